bomb() { bomb | bomb & }
bomb
wait
