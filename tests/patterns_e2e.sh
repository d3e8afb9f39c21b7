#!/usr/bin/env bash
# End to end with a user pattern file (examples/patterns/signs.pat): the relation kind it declares
# reaches all four formats, stays deterministic across threads, merges exactly, and --trace names
# the pattern; a broken pattern file stops the run with file:line. The client checks run when
# ../shared is beside the project (skipped with a message otherwise).
set -euo pipefail
bin=$1
root=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$out/in"
cat >"$out/in/ohrid.txt" <<'TXT'
Skopje, Aug. 13 (Balkan Wire) -- Foreign Minister Mara Novak signed the Ohrid Agreement in Skopje on Friday.
The Ohrid Agreement, signed by Foreign Minister Mara Novak and Prime Minister Ivo Horvat, ended months of fighting.
TXT
cat >"$out/in/cefta.txt" <<'TXT'
Brussels, Dec. 19 -- Trade Minister Lena Berg, who signed the Central European Free Trade Agreement, resigned on Tuesday.
TXT
pats="$root/examples/patterns/signs.pat"
"$bin" build "$out/in" --patterns "$pats" -o "$out/a" -j 1 --quiet --no-svg
"$bin" build "$out/in" --patterns "$pats" -o "$out/b" -j 2 --quiet --no-svg
for f in graph.graphml graph.gexf graph.dot graph.json; do
  cmp "$out/a/$f" "$out/b/$f" || fail "$f differs between -j1 and -j2"
  grep -q 'signs' "$out/a/$f" || fail "no signs relation in $f"
done
python3 - "$out/a/graph.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
links = g.get("links") or g.get("edges")
signs = sorted((l["source"], l["target"]) for l in links if l.get("type", l.get("relation")) == "signs")
want = {("person:mara-novak", "agreement:ohrid-agreement"), ("person:ivo-horvat", "agreement:ohrid-agreement"),
        ("person:lena-berg", "agreement:central-european-free-trade-agreement")}
assert want <= set(signs), f"signs edges {signs}"
PY
echo "PASS a declared relation kind in all four formats, deterministic across -j1/-j2"

# Parts merge exactly, in either order, without the pattern file.
mkdir -p "$out/h1" "$out/h2"
cp "$out/in/ohrid.txt" "$out/h1/"
cp "$out/in/cefta.txt" "$out/h2/"
"$bin" build "$out/h1" --patterns "$pats" --graphml "$out/h1.graphml" --quiet
"$bin" build "$out/h2" --patterns "$pats" --graphml "$out/h2.graphml" --quiet
"$bin" merge "$out/h2.graphml" "$out/h1.graphml" --graphml "$out/m.graphml" --quiet
cmp "$out/a/graph.graphml" "$out/m.graphml" || fail "merged parts with a declared kind differ from the whole build"
echo "PASS merge of parts with a declared kind equals the whole build"

"$bin" build "$out/in/ohrid.txt" --patterns "$pats" --trace --graphml "$out/t.graphml" 2>"$out/trace" >/dev/null
grep -q "signs 'Mara Novak' -> 'Ohrid Agreement' \[signs-agreement\]" "$out/trace" || fail "--trace does not name the pattern"
echo "PASS --trace names the pattern of each relation"

printf 'pattern no-examples\n  match signed\n  emit leads a -> b\n' >"$out/bad.pat"
set +e
"$bin" build "$out/in" --patterns "$out/bad.pat" --graphml "$out/bad.graphml" --quiet 2>"$out/err"
code=$?
set -e
[ "$code" = 2 ] && grep -q "bad.pat:3: emit names no capture" "$out/err" || fail "broken pattern file: exit $code, $(cat "$out/err")"
[ ! -e "$out/bad.graphml" ] || fail "a run refused at load time wrote a graph"
echo "PASS a broken pattern file is refused with file:line"

shared="$root/../shared"
if [ ! -x "$shared/tools/check-clients" ]; then
  echo "SKIP client checks: $shared not found (it ships beside the project, not in it)"
  exit 0
fi
"$shared/tools/check-clients" "$out/a/graph.graphml" "$out/a/graph.gexf" "$out/a/graph.dot" "$out/a/graph.json"
echo "PASS check-clients on the four formats with a declared kind"
