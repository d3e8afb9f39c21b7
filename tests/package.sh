#!/usr/bin/env bash
# Debian package test (CI runs it through `scripts/test --full`, as root; elsewhere it uses sudo):
# builds the .deb with CPack in BUILD (default build/), runs lintian on it, installs it with
# dpkg -i, runs the installed newsgraph on examples/articles from another folder (same bytes as
# the build tree's program), reads the installed man page with man -l, checks the bash
# completion, then removes the package and checks that none of its files is left.
#   tests/package.sh [BUILD]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
start=$(date +%s)
tmp=$(mktemp -d)
installed=false
cleanup() {
  $installed && $sudo dpkg -r newsgraph >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
unset NEWSGRAPH_DATA_DIR

if dpkg -L newsgraph >/dev/null 2>&1; then
  fail "a newsgraph package is installed already; remove it first (dpkg -r newsgraph)"
fi

(cd "$build" && rm -f newsgraph_*.deb && cpack -G DEB >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; fail "cpack"; }
deb=$(echo "$build"/newsgraph_*.deb)
echo "== $(basename "$deb"): $(stat -c %s "$deb") bytes, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
dpkg-deb -f "$deb" Depends Recommends | sed 's/^/   /'
for field in Depends Recommends Description; do
  [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "no $field in the package"
done
dpkg-deb -f "$deb" Recommends | grep -qw graphviz || fail "graphviz not recommended"

# lintian: every tag it still shows is explained in the README (section "Install").
lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges" >"$tmp/lintian" || true
sed 's/^/   lintian: /' "$tmp/lintian"
while read -r _ _ tag _; do
  grep -q "\`$tag\`" "$root/README.md" || fail "lintian tag $tag is not explained in README.md"
done < <(grep -E '^[EW]: ' "$tmp/lintian")

$sudo dpkg -i "$deb" >/dev/null
installed=true
dpkg -L newsgraph >"$tmp/files"
for f in /usr/bin/newsgraph /usr/share/newsgraph/lexicon/countries.tsv /usr/share/man/man1/newsgraph.1.gz \
  /usr/share/doc/newsgraph/copyright /usr/share/doc/newsgraph/README.md /usr/share/bash-completion/completions/newsgraph; do
  grep -qx "$f" "$tmp/files" && [ -e "$f" ] || fail "$f not installed by the package"
done
echo "PASS dpkg -i: $(grep -c . "$tmp/files") paths"

"$build/newsgraph" build "$root/examples/articles" -o "$tmp/want" -j 1 --quiet --no-svg
mkdir "$tmp/elsewhere"
(cd "$tmp/elsewhere" && newsgraph build "$root/examples/articles" -o got -j 1 --quiet --no-svg)
for f in graph.graphml graph.gexf graph.dot graph.json; do
  cmp "$tmp/want/$f" "$tmp/elsewhere/got/$f" || fail "the packaged program: $f differs from the build tree's"
done
[ "$(command -v newsgraph)" = /usr/bin/newsgraph ] || fail "newsgraph on PATH is $(command -v newsgraph)"
echo "PASS the packaged /usr/bin/newsgraph, run from another folder, writes the same bytes"

warnings=$(MANWIDTH=80 man --warnings -l /usr/share/man/man1/newsgraph.1.gz 2>&1 >"$tmp/man.txt")
[ -z "$warnings" ] || fail "man -l warns: $warnings"
grep -q -- "--data-dir" "$tmp/man.txt" && grep -q "EXIT STATUS" "$tmp/man.txt" || fail "man page incomplete"
echo "PASS man -l /usr/share/man/man1/newsgraph.1.gz ($(wc -l <"$tmp/man.txt") lines)"

words=$("$root/tests/complete.sh" /usr/share/bash-completion/completions/newsgraph newsgraph build --ou)
[ "$words" = "--out" ] || fail "bash completion of 'newsgraph build --ou' gave '$words'"
echo "PASS bash completion installed and completing"

$sudo dpkg -r newsgraph >/dev/null
installed=false
dpkg -L newsgraph >/dev/null 2>&1 && fail "dpkg -L still lists newsgraph after dpkg -r"
left=()
while read -r f; do
  case $f in /usr/share/newsgraph* | /usr/share/doc/newsgraph*) [ -e "$f" ] && left+=("$f") ;;
    *) [ -e "$f" ] && [ ! -d "$f" ] && left+=("$f") ;; esac
done <"$tmp/files"
((${#left[@]} == 0)) || fail "left behind after dpkg -r: ${left[*]}"
echo "PASS dpkg -r removed all $(grep -c . "$tmp/files") paths (shared folders such as /usr/bin stay)"
echo "package test: $(($(date +%s) - start)) s"
