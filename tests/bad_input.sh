#!/usr/bin/env bash
# Bad-input suite: runs newsgraph on broken, hostile and odd inputs and checks the exit code, the
# message (file named, reason given), that the rest of the batch is still processed, and that what
# was written is well-formed (and passes ../shared/tools/check-clients when it is there).
set -uo pipefail
bin=$1
root=$2
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
fails=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
good="$root/examples/articles/001_abbbce55f1c4d7ce.txt"

# run NAME EXPECTED_EXIT GREP_PATTERN ARGS... : runs, checks exit code and that stderr matches.
# $wrap, when set, is a command line the program runs under (timeout, env).
run() {
  local name=$1 want=$2 pattern=$3
  shift 3
  ${wrap:-} "$bin" "$@" >"$work/out.txt" 2>"$work/err.txt"
  local got=$?
  if [ "$got" != "$want" ]; then
    fail "$name: exit $got, expected $want"; sed 's/^/    /' "$work/err.txt" | head -5; return
  fi
  if [ -n "$pattern" ] && ! grep -Eq -- "$pattern" "$work/err.txt"; then
    fail "$name: stderr lacks /$pattern/"; sed 's/^/    /' "$work/err.txt" | head -5; return
  fi
  pass "$name"
}

# well_formed FILE: the GraphML parses as XML (python3's parser, strict about XML 1.0 characters).
well_formed() {
  python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$1" 2>/dev/null
}

# 1. A missing file: reported, the rest processed, exit 1, output written.
run missing-file 1 "nope.txt: no such file.*" build "$work/nope.txt" "$good" --graphml "$work/g1.graphml" -q
[ -s "$work/g1.graphml" ] && grep -q 'person:' "$work/g1.graphml" && pass "missing-file: good article still exported" || fail "missing-file: no output"
grep -q "1 failed" "$work/err.txt" && pass "missing-file: failure counted in summary" || fail "missing-file: summary lacks the count"

# 2. Empty file and binary data.
: >"$work/empty.txt"
head -c 4096 /dev/urandom | tr -d '\n' >"$work/binary.txt"
printf '\0\0\0\0\0\0\0\0\0\0' >>"$work/binary.txt"
python3 -c 'import sys; sys.stdout.buffer.write(b"\x00" * 5000 + b"text")' >"$work/nul.txt"
run empty-file 1 "empty.txt: empty file" build "$work/empty.txt" "$good" --graphml "$work/g2.graphml" -q
run binary-file 1 "nul.txt: binary data" build "$work/nul.txt" "$good" --graphml "$work/g3.graphml" -q

# 3. Invalid UTF-8 and a few NUL bytes: processed, bad bytes replaced, reported once.
printf 'Talks in Geneva \xff\xfe ended.\nChief negotiator Maros Sefcovic said \xc3 the EU\0 was ready.\n' >"$work/badutf8.txt"
run invalid-utf8 0 "badutf8.txt: warning: 3 invalid UTF-8" build "$work/badutf8.txt" --graphml "$work/g4.graphml"
[ "$(grep -c 'invalid UTF-8' "$work/err.txt")" = 1 ] && pass "invalid-utf8: reported once" || fail "invalid-utf8: reported more than once"
well_formed "$work/g4.graphml" && pass "invalid-utf8: GraphML well-formed" || fail "invalid-utf8: GraphML not well-formed"

# 4. A folder loop through a symbolic link, and a file over the size limit.
mkdir -p "$work/loop/sub"
cp "$good" "$work/loop/a.txt"
ln -s "$work/loop" "$work/loop/sub/back"
run folder-loop 1 "already visited" build "$work/loop" --graphml "$work/g5.graphml" -q
head -c 3000 /dev/zero | tr '\0' 'a' >"$work/big.txt"
run size-limit 1 "big.txt: larger than the article size limit" build "$work/big.txt" "$good" --max-article-bytes 2000 --graphml "$work/g6.graphml" -q

# 5. Hostile text: endless capitals, repeated names, other scripts, bidi marks, emoji, injection.
python3 - "$work" <<'PY'
import sys, random
w = sys.argv[1]
random.seed(1)
caps = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]
open(f"{w}/caps.txt", "w").write(" ".join(random.choice(caps) for _ in range(200000)) + "\n")
open(f"{w}/repeat.txt", "w").write("Ambassador Maros Sefcovic said the talks in Geneva went well. " * 5000 + "\n")
open(f"{w}/scripts.txt", "w", encoding="utf-8").write(
    "한국 외교부는 협상이 서울에서 열렸다고 밝혔다. 中国和美国在北京举行谈判。"
    " قال المفاوض إن المحادثات في الدوحة \u200f\u202e ناجحة. Trade Minister Piyush Goyal 😀 said talks in New Delhi went well.\n")
open(f"{w}/inject.txt", "w").write(
    'Ambassador Evil"]; x [label="Pwned said in Geneva.\n'
    'Trade Minister Back\\\\Slash <b>Bold</b> & Co said in Geneva.\n'
    'The {Curly} Ministry of Foreign Affairs said talks in Geneva "]; evil [label=" went well.\n')
PY
run endless-capitals 0 "" build "$work/caps.txt" --graphml "$work/g7.graphml" -q
run repeated-names 0 "" build "$work/repeat.txt" --graphml "$work/g8.graphml" -q
run other-scripts 0 "" build "$work/scripts.txt" --graphml "$work/g9.graphml" --dot "$work/g9.dot" -q
# names that carry DOT, XML and JSON syntax, from a user lexicon so they surely become nodes
printf 'agency\tEvil"]; x [label="Pwned\tEvilCorp\nagency\tBack\\Slash <b>Bold</b> & {Co}\tBackCorp\n' >"$work/inject.tsv"
printf 'EvilCorp and BackCorp met in Geneva.\n' >>"$work/inject.txt"
run injection 0 "" build "$work/inject.txt" --lexicon "$work/inject.tsv" --graphml "$work/g10.graphml" --dot "$work/g10.dot" -q
for g in g7 g8 g9 g10; do
  well_formed "$work/$g.graphml" && pass "$g: GraphML well-formed" || fail "$g: GraphML not well-formed"
done
if command -v dot >/dev/null; then
  for g in g9 g10; do
    if dot -Tsvg "$work/$g.dot" -o /dev/null 2>"$work/dot.err" && [ ! -s "$work/dot.err" ]; then pass "$g: DOT renders without warnings"
    else fail "$g: DOT: $(head -2 "$work/dot.err")"; fi
  done
fi
grep -qF 'label="Evil\"]; x [label=\"Pwned"' "$work/g10.dot" && pass "injection: stays a label in DOT" || fail "injection: name not escaped in DOT"
grep -qF 'Back\Slash &lt;b&gt;Bold&lt;/b&gt; &amp; {Co}' "$work/g10.graphml" && { grep -qF 'label="Back\\Slash <b>Bold</b> &amp; {Co}"' "$work/g10.dot" || grep -qF 'label="Back\\Slash <b>Bold</b> & {Co}"' "$work/g10.dot"; } && pass "injection: escaped in GraphML and DOT" || fail "injection: name not escaped in GraphML or DOT"

# 6. A broken lexicon: refused before any work with file, line and reason; exit 2.
printf 'country\tAtlantis\n\ncountri\tNowhere\n' >"$work/bad.tsv"
run bad-lexicon 2 "bad.tsv:3: unknown kind 'countri'" build "$good" --lexicon "$work/bad.tsv" --graphml "$work/g11.graphml"
[ ! -e "$work/g11.graphml" ] && pass "bad-lexicon: nothing written" || fail "bad-lexicon: output written anyway"

# 7. Nothing lost: an unwritable output is reported before work; an earlier output survives a failed run.
run unwritable-output 2 "no/such/dir/g.graphml: folder" build "$good" --graphml "$work/no/such/dir/g.graphml"
cp "$work/g1.graphml" "$work/keep.graphml"
run bad-flag 2 "" build "$good" --graphml "$work/keep.graphml" --no-such-flag
cmp -s "$work/g1.graphml" "$work/keep.graphml" && pass "bad-flag: earlier output untouched" || fail "bad-flag: earlier output changed"
ls "$work"/.keep.graphml.tmp* >/dev/null 2>&1 && fail "temporary files left behind" || pass "no temporary files left behind"

# 9. Files that are not regular: a FIFO (nobody writing) and a socket in a folder are skipped with
# a warning, never opened; a pipe named on the command line is read. Bounded to 20 s each.
mkdir -p "$work/special"
cp "$good" "$work/special/a.txt"
mkfifo "$work/special/stuck.txt"
python3 -c 'import socket, sys; s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' "$work/special/sock.txt"
wrap="timeout 20" run fifo-in-folder 0 "stuck.txt: warning: not a regular file \(a named pipe\); skipped" \
  build "$work/special" --graphml "$work/g20.graphml"
grep -Eq "sock.txt: warning: not a regular file \(a socket\)" "$work/err.txt" && pass "socket-in-folder: skipped" || fail "socket-in-folder: no warning"
grep -q "newsgraph: 1 articles" "$work/err.txt" && pass "fifo-in-folder: the regular file read" || fail "fifo-in-folder: summary wrong"
wrap="timeout 20" run named-pipe 0 "newsgraph: 1 articles" build <(cat "$good") --graphml "$work/g21.graphml"
grep -q 'person:' "$work/g21.graphml" && pass "named-pipe: read by content" || fail "named-pipe: nothing read"

# 10. graph.svg: a renderer that hangs is stopped (time limit from $NEWSGRAPH_SVG_SECONDS), and a
# graph too large to read as a picture is not rendered (the reason is printed).
mkdir -p "$work/fakebin"
printf '#!/bin/sh\nexec sleep 600\n' >"$work/fakebin/dot"
chmod +x "$work/fakebin/dot"
start=$SECONDS
wrap="env PATH=$work/fakebin:$PATH NEWSGRAPH_SVG_SECONDS=1 timeout 20" run svg-time-limit 0 "graph.svg: not written: Graphviz took longer than" \
  build "$good" -o "$work/svg1"
[ $((SECONDS - start)) -lt 20 ] && [ ! -e "$work/svg1/graph.svg" ] && [ -s "$work/svg1/graph.graphml" ] &&
  pass "svg-time-limit: stopped, other files written" || fail "svg-time-limit: ran on or wrote graph.svg"
if [ -x "$root/../shared/tools/gen-corpus" ]; then
  "$root/../shared/tools/gen-corpus" --seed 7 400 "$work/corpus" >/dev/null 2>&1
  wrap="env PATH=$work/fakebin:$PATH NEWSGRAPH_SVG_SECONDS=1 timeout 60" run svg-too-large 0 "graph.svg: not rendered: [0-9]+ nodes, more than a readable picture holds \(300\)" \
    build "$work/corpus" -o "$work/svg2" -j 2
else
  echo "SKIP svg-too-large: ../shared/tools/gen-corpus not found"
fi

# 8. The outputs pass the real clients, when the shared tools are beside the project.
checker="$root/../shared/tools/check-clients"
if [ -x "$checker" ]; then
  if "$checker" "$work/g4.graphml" "$work/g9.graphml" "$work/g9.dot" "$work/g10.graphml" "$work/g10.dot" >"$work/cc.txt" 2>&1; then
    pass "check-clients on the hostile outputs"
  else
    fail "check-clients"; grep FAIL "$work/cc.txt" | head -5
  fi
else
  echo "SKIP check-clients: $checker not found (it ships beside the project, not in it)"
fi

echo "bad-input suite: $fails failed"
[ "$fails" = 0 ]
