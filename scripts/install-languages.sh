#!/usr/bin/env bash
# Installs the toolchains of Gavel's languages (gavel-judge: dev/gavel/judge/language/languages.yaml).
# Idempotent: Debian packages are installed only when missing; toolchains from Maven Central and npm go to
# /opt/gavel/toolchains/<name> and are fetched again only when their version marker differs.
# Everything a submission uses must be visible inside the sandbox: /usr, /etc and /opt/gavel are; /root is not.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

TOOLCHAINS="${GAVEL_TOOLCHAINS:-/opt/gavel/toolchains}"
KOTLIN_VERSION=2.2.0
SCALA_VERSION=3.3.7
GROOVY_VERSION=4.0.33
TYPESCRIPT_VERSION=5.9.3

start=$(date +%s)

# Debian packages, one line per language (some share a package).
DEBIAN_PACKAGES=(
  gcc g++                     # C, C++17, C++20
  openjdk-17-jdk-headless     # Java, and the JVM of Kotlin, Scala, Groovy, Clojure
  python3 pypy3               # Python 3, PyPy 3
  nodejs                      # JavaScript, TypeScript's runtime (already there when NodeSource's nodejs is)
  golang-go                   # Go
  rustc                       # Rust (Debian's: rustup's toolchain under /root is not visible in the sandbox)
  mono-mcs mono-runtime libmono-system-core4.0-cil   # C#
  ghc                         # Haskell
  ocaml-nox                   # OCaml
  fp-compiler fp-units-rtl    # Pascal
  gfortran                    # Fortran
  gnat                        # Ada
  ruby php-cli perl lua5.4 bash gawk   # Ruby, PHP, Perl, Lua, Bash, Awk
  r-base-core                 # R
  gprolog                     # Prolog
  guile-3.0                   # Scheme
  erlang-nox elixir           # Erlang, Elixir
  sbcl                        # Common Lisp
  gdc                         # D
  nim                         # Nim
  clojure                     # Clojure
  tcl                         # Tcl
  gnucobol3                   # COBOL
  maven                       # fetches the JVM compilers below from Maven Central
)
# nodejs may come from NodeSource instead of Debian; any installed node will do. npm installs TypeScript.
packages=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  [ "$p" = nodejs ] && command -v node >/dev/null 2>&1 && continue
  packages+=("$p")
done
command -v npm >/dev/null 2>&1 || packages+=(npm)
log "Debian packages: checking ${#packages[@]}"
apt_install "${packages[@]}"

# maven_fetch NAME VERSION RUNTIME_JARS G:A:V... : copies those artifacts and their runtime dependencies into
# $TOOLCHAINS/NAME/lib, and the jars matching the glob RUNTIME_JARS (what a compiled program needs) into .../runtime.
maven_fetch() {
  local name="$1" version="$2" runtime="$3"; shift 3
  local dest="$TOOLCHAINS/$name"
  if [ "$(cat "$dest/VERSION" 2>/dev/null)" = "$version" ]; then
    log "$name $version: already there"
    return 0
  fi
  log "$name $version: fetching from Maven Central into $dest"
  local work deps="" gav g a v
  work=$(mktemp -d)
  for gav in "$@"; do
    IFS=: read -r g a v <<<"$gav"
    deps+="<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
  done
  cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>dev.gavel.toolchain</groupId><artifactId>$name</artifactId><version>1</version>
<dependencies>$deps</dependencies></project>
POM
  rm -rf "$dest.new"
  mkdir -p "$dest.new/lib"
  mvn -B -ntp -q -f "$work/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$dest.new/lib" || die "fetching $name from Maven Central failed"
  mkdir -p "$dest.new/runtime"
  (cd "$dest.new/lib" && cp $runtime ../runtime/)
  echo "$version" >"$dest.new/VERSION"
  rm -rf "$dest" "$work"
  mv "$dest.new" "$dest"
  chmod -R a+rX "$dest"
}

maven_fetch kotlin "$KOTLIN_VERSION" 'kotlin-stdlib-*.jar' \
  "org.jetbrains.kotlin:kotlin-compiler-embeddable:$KOTLIN_VERSION" "org.jetbrains.kotlin:kotlin-stdlib:$KOTLIN_VERSION"
maven_fetch scala "$SCALA_VERSION" 'scala3-library_3-*.jar scala-library-*.jar' "org.scala-lang:scala3-compiler_3:$SCALA_VERSION"
maven_fetch groovy "$GROOVY_VERSION" 'groovy-*.jar' "org.apache.groovy:groovy:$GROOVY_VERSION"

# GHC's global package db lives in /var/lib/ghc, which the sandbox does not show: keep a copy under /opt/gavel.
ghc_db="$TOOLCHAINS/ghc/package.conf.d"
if [ -d /var/lib/ghc/package.conf.d ] && ! diff -rq /var/lib/ghc/package.conf.d "$ghc_db" >/dev/null 2>&1; then
  log "ghc: copying the package db to $ghc_db"
  rm -rf "$ghc_db"
  mkdir -p "$(dirname "$ghc_db")"
  cp -r /var/lib/ghc/package.conf.d "$ghc_db"
  chmod -R a+rX "$TOOLCHAINS/ghc"
fi

# TypeScript from npm (Debian's node-typescript is old and depends on Debian's nodejs).
ts="$TOOLCHAINS/typescript"
if [ "$(cat "$ts/VERSION" 2>/dev/null)" = "$TYPESCRIPT_VERSION" ]; then
  log "typescript $TYPESCRIPT_VERSION: already there"
else
  log "typescript $TYPESCRIPT_VERSION: installing from npm into $ts"
  rm -rf "$ts"
  mkdir -p "$ts"
  npm install --silent --no-audit --no-fund --prefix "$ts" "typescript@$TYPESCRIPT_VERSION" "@types/node@20" \
    || die "npm install typescript failed"
  echo "$TYPESCRIPT_VERSION" >"$ts/VERSION"
  chmod -R a+rX "$ts"
fi

log "languages installed in $(( $(date +%s) - start )) s; toolchains under $TOOLCHAINS: $(du -sh "$TOOLCHAINS" 2>/dev/null | cut -f1)"
