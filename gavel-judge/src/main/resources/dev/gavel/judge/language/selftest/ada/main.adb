with Ada.Text_IO;       use Ada.Text_IO;
with Ada.Strings;       use Ada.Strings;
with Ada.Strings.Fixed; use Ada.Strings.Fixed;

procedure Main is
   type Block is array (1 .. 1_048_576) of Character;
   type Block_Access is access Block;
   type Node;
   type Node_Access is access Node;
   type Node is record
      Data : Block_Access;
      Next : Node_Access;
   end record;
   Line : String (1 .. 256);
   Last : Natural := 0;
   Keep : Node_Access := null;
   X    : Long_Long_Integer := 0;
begin
   if not End_Of_File then
      Get_Line (Line, Last);
   end if;
   declare
      T : constant String := Trim (Line (1 .. Last), Both);
   begin
      if T = "" then
         Put_Line ("Hello, World!");
      elsif T = "re" then
         raise Program_Error with "runtime error on purpose";
      elsif T = "tle" then
         while X >= 0 loop
            X := (X + 1) mod 1_000_000_007;
         end loop;
      elsif T = "mle" then
         loop
            Keep := new Node'(Data => new Block'(others => 'x'), Next => Keep);
         end loop;
      else
         declare
            Sp : constant Natural := Index (T, " ");
            A  : constant Long_Long_Integer := Long_Long_Integer'Value (T (T'First .. Sp - 1));
            B  : constant Long_Long_Integer := Long_Long_Integer'Value (T (Sp + 1 .. T'Last));
         begin
            Put_Line (Trim (Long_Long_Integer'Image (A + B), Left));
         end;
      end if;
   end;
end Main;
