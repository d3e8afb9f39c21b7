#!/usr/bin/env bash
# End-to-end test: runs newsgraph on examples/articles and checks what it wrote.
# Always: exit code, files present and non-empty, byte-identical output across -j1 and -j2.
# When ../shared is beside the project: the client checks and the scorer run on the output too
# (skipped with a message otherwise, since a clone of the project alone has no ../shared).
set -euo pipefail
bin=$1
root=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" build "$root/examples/articles" -o "$out/a" -j 1 --quiet --no-svg
"$bin" build "$root/examples/articles" -o "$out/b" -j 2 --quiet --no-svg
for f in graph.graphml graph.dot; do
  [ -s "$out/a/$f" ] || { echo "FAIL: $f missing or empty"; exit 1; }
  cmp "$out/a/$f" "$out/b/$f" || { echo "FAIL: $f differs between -j1 and -j2"; exit 1; }
done
grep -q '<node id="person:' "$out/a/graph.graphml" || { echo "FAIL: no person node"; exit 1; }
grep -q 'attr.name="type"' "$out/a/graph.graphml" || { echo "FAIL: no type key"; exit 1; }
echo "PASS output written, deterministic across -j1/-j2"

shared="$root/../shared"
if [ ! -x "$shared/tools/check-clients" ] || [ ! -f "$shared/eval/score.py" ]; then
  echo "SKIP client checks and scoring: $shared not found (it ships beside the project, not in it)"
  exit 0
fi
"$shared/tools/check-clients" "$out/a/graph.graphml" "$out/a/graph.dot"
score=$(python3 "$shared/eval/score.py" "$out/a/graph.graphml" "$shared/eval/dev" --json)
python3 - "$score" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
f1 = s["entities"]["micro"]["f1"] or 0
core = s["relations"]["core"]["micro"]["f1"] or 0
print(f"dev entity micro F1 {f1:.3f}, core relation micro F1 {core:.3f}")
# Floors well under the current figures: a regression, not a target.
assert f1 >= 0.70, "entity F1 fell below 0.70"
assert core >= 0.60, "core relation F1 fell below 0.60"
PY
echo "PASS check-clients and scorer"
