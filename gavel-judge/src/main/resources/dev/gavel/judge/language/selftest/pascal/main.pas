program Main;
{$mode objfpc}
uses SysUtils;
var
  s, line: string;
  a, b: Int64;
  p: Pointer;
  x: QWord;
  sp: Integer;
begin
  s := '';
  while not eof(input) do
  begin
    readln(line);
    s := s + line + ' ';
  end;
  s := Trim(s);
  if s = '' then
    writeln('Hello, World!')
  else if s = 're' then
  begin
    a := Length(s) - 2;
    b := 10 div a;
    writeln(b);
  end
  else if s = 'tle' then
  begin
    x := 0;
    while x <> High(QWord) do
      x := x + 1;
  end
  else if s = 'mle' then
  begin
    while True do
    begin
      GetMem(p, 1 shl 20);
      FillChar(p^, 1 shl 20, 1);
    end;
  end
  else
  begin
    sp := Pos(' ', s);
    a := StrToInt64(Copy(s, 1, sp - 1));
    b := StrToInt64(Trim(Copy(s, sp + 1, Length(s))));
    writeln(a + b);
  end;
end.
