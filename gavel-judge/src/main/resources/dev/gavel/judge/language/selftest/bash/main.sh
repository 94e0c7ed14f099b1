s=$(cat)
s="${s#"${s%%[![:space:]]*}"}"
s="${s%"${s##*[![:space:]]}"}"
case "$s" in
  "") echo "Hello, World!" ;;
  re) echo "runtime error on purpose" >&2; exit 3 ;;
  tle) while :; do :; done ;;
  mle) printf -v x '%*s' 2000000000 '' ;;
  *) read -r a b <<<"$s"; echo $((a + b)) ;;
esac
