let () = print_endline (
