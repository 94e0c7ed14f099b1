s=$(cat)
s="${s#"${s%%[![:space:]]*}"}"
s="${s%"${s##*[![:space:]]}"}"
case "$s" in
  "") echo "Hello, World!" ;;
  re) echo "runtime error on purpose" >&2; exit 3 ;;
  tle) while :; do :; done ;;
  mle) x=xxxxxxxx; while :; do x="$x$x"; done ;;
  *) read -r a b <<<"$s"; echo $((a + b)) ;;
esac
