let () =
  let buf = Buffer.create 256 in
  (try
     while true do
       Buffer.add_channel buf stdin 1
     done
   with End_of_file -> ());
  let s = String.trim (Buffer.contents buf) in
  match s with
  | "" -> print_endline "Hello, World!"
  | "re" -> failwith "runtime error on purpose"
  | "tle" ->
    let x = ref 0 in
    while true do incr x done
  | "mle" ->
    let keep = ref [] in
    while true do keep := Bytes.make (1 lsl 20) 'x' :: !keep done
  | _ -> Scanf.sscanf s " %d %d" (fun a b -> Printf.printf "%d\n" (a + b))
