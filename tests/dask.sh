#!/usr/bin/env bash
# newsgraph-dask (cluster/): the distributed build gives the bytes of one `newsgraph build`.
# 1. a local cluster of 2 workers on a generated corpus mixing every input format, small shards and
#    a fan-in of 2 (a reduce tree of 3 levels), and again with one shard, filters, a user lexicon
#    and pattern file (sent to the workers) and fan-in 8;
# 2. a scheduler and 2 workers started here, one worker killed (SIGKILL) while it builds a shard:
#    Dask runs its tasks again elsewhere and the output is still build's;
# 3. a shard holding bad files: each reported with the user's path and build's reason, exit 1, the
#    rest written, same bytes as build;
# 4. a shard that fails for good (the program crashes on it): named, exit 1, nothing written;
# 5. installed (`cmake --install`, component dask): the driver finds its package and the program.
# Skips (exit 77) when Dask (python3-distributed) is missing. Uses ../shared/tools/gen-corpus when
# present, else copies of the example articles.
set -uo pipefail
bin=$(realpath "$1")
root=$(realpath "$2")
driver="$root/cluster/newsgraph-dask"
if ! /usr/bin/python3 -c 'import distributed' 2>/dev/null; then
  echo "SKIP: Dask is missing (python3-distributed; scripts/setup installs it)"
  exit 77
fi
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fails=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
same_outputs() {  # same_outputs DIR_A DIR_B: the four formats byte for byte
  local f
  for f in graph.graphml graph.gexf graph.dot graph.json; do
    [ -s "$1/$f" ] && cmp -s "$1/$f" "$2/$f" || { echo "  $f differs or is missing"; return 1; }
  done
}

# A corpus: generated articles in two folders, a file name found twice (ids "talks", "talks~1"),
# a page, feeds and JSON Lines (several articles per file, ids from their content), and a copy of a
# feed in a later shard (its items are read twice: build adds them once).
c="$work/corpus"
mkdir -p "$c/a" "$c/b/more" "$c/b/mixed"
gen="$root/../shared/tools/gen-corpus"
if [ -x "$gen" ]; then
  "$gen" 240 "$c/a" >/dev/null && "$gen" --seed 7 120 "$c/b/more" >/dev/null
else
  echo "note: $gen absent; the corpus is copies of the example articles"
  for n in $(seq 1 40); do
    for f in "$root"/examples/articles/*.txt; do cp "$f" "$c/a/$n-$(basename "$f")"; done
  done
fi
fx="$root/tests/fixtures/readers"
cp "$fx/talks.txt" "$c/a/" && cp "$fx/talks.txt" "$c/b/mixed/"
cp "$fx/page.html" "$fx/feed.rss" "$fx/feed.atom" "$fx/articles.jsonl" "$c/b/mixed/"
cp "$fx/feed.rss" "$c/b/more/zz-feed-copy.xml"
echo "<catalog/>" >"$c/b/mixed/other.xml"  # no feed: a warning, left out by -q
# File names whose id or order a careless copy would change: an upper-case extension, a leading
# dot, two dots, a space, non-ASCII (sorted by bytes), a name without extension (not read from a
# folder); and a file named on the command line with an extension no reader has (read by content).
one=$(ls "$c/a" | head -1)
for name in "Ünïcode talks.TXT" ".early.txt" "v1.2.txt" "zz-no-extension" "Zed.txt"; do cp "$c/a/$one" "$c/a/$name"; done
cp "$c/a/$one" "$work/named.md"
articles=$(( $(find "$c" -type f | wc -l) + 1 ))
export NEWSGRAPH_PROGRAM="$bin"

"$bin" build "$c" "$work/named.md" -o "$work/ref" --no-svg -j 2 2>"$work/ref.err"
ref_rc=$?
# "N articles (files: ...), K failed, N nodes, M edges" without the time
summary() { sed -n "s/^$1: \([0-9]* articles.* edges\), [0-9.]* s.*/\1/p" "$2"; }
ref_summary=$(summary newsgraph "$work/ref.err")

# 1. Local cluster, 2 workers.
timeout 120 "$driver" "$c" "$work/named.md" -o "$work/d1" --no-svg --local 2 --shard-mb 0.05 --fan-in 2 \
  2>"$work/d1.err"
rc=$?
[ "$rc" = "$ref_rc" ] && same_outputs "$work/ref" "$work/d1" &&
  pass "2 workers, $(grep -o '([0-9]* shards' "$work/d1.err" | tr -d '(') of $articles files, fan-in 2: build's bytes" ||
  { fail "2 workers: exit $rc (build $ref_rc) or outputs differ"; tail -5 "$work/d1.err"; }
[ -n "$ref_summary" ] && [ "$(summary newsgraph-dask "$work/d1.err")" = "$ref_summary" ] &&
  pass "summary line counts what build counts ($ref_summary)" || { fail "summary line"; tail -2 "$work/d1.err"; }
twice=$(grep 'read twice' "$work/ref.err")
[ -n "$twice" ] && [ "$(grep 'read twice' "$work/d1.err")" = "$twice" ] &&
  pass "a feed's items read again in a later shard are added once: ${twice#newsgraph: }" ||
  { fail "items read twice"; grep 'twice' "$work/d1.err"; }
user=(--lexicon "$root/examples/lexicon/user-example.tsv" --patterns "$root/examples/patterns/signs.pat")
timeout 120 "$driver" "$c" --graphml "$work/d2.graphml" --json "$work/d2.json" --types person,agency,place,agreement \
  "${user[@]}" --local 2 --shard-mb 1000 -q 2>"$work/d2.err"
"$bin" build "$c" --graphml "$work/ref2.graphml" --json "$work/ref2.json" --types person,agency,place,agreement \
  "${user[@]}" -q -j 1 2>"$work/ref2.err"
cmp -s "$work/d2.graphml" "$work/ref2.graphml" && cmp -s "$work/d2.json" "$work/ref2.json" &&
  pass "one shard, --types, a user lexicon and pattern file, explicit files: build's bytes" ||
  fail "one shard with --types and user files differs"
grep -v '^newsgraph: [0-9]* articles' "$work/ref2.err" >"$work/ref2.msgs"
grep -v '^newsgraph-dask: [0-9]* articles' "$work/d2.err" >"$work/d2.msgs"
[ -s "$work/ref2.msgs" ] && cmp -s "$work/ref2.msgs" "$work/d2.msgs" && pass "-q: only build's error messages" ||
  { fail "-q: other messages than build's"; diff "$work/ref2.msgs" "$work/d2.msgs" | head -5; }

# 2. A scheduler and 2 workers; the program kills the worker that runs it on the third build.
sched="$work/scheduler.json"
dask-scheduler --host 127.0.0.1 --port 0 --no-dashboard --scheduler-file "$sched" >"$work/sched.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  dask-worker --scheduler-file "$sched" --nthreads 1 --no-dashboard --name "w$w" >"$work/worker$w.log" 2>&1 &
  pids+=($!)
done
mkdir "$work/calls"
cat >"$work/killer" <<EOS
#!/bin/sh
# The third build of a shard kills its worker process (SIGKILL) and so itself.
if [ "\$1" = build ]; then
  mktemp -p "$work/calls" >/dev/null
  if [ "\$(ls "$work/calls" | wc -l)" = 3 ]; then
    worker=\$PPID  # the worker process, or GNU time that it started to measure this one
    [ "\$(cat /proc/\$worker/comm)" = time ] && worker=\$(awk '{print \$4}' /proc/\$worker/stat)
    echo "\$worker" >"$work/killed"
    kill -9 "\$worker"
    exit 1
  fi
fi
exec "$bin" "\$@"
EOS
chmod +x "$work/killer"
for _ in $(seq 1 60); do [ -s "$sched" ] && break; sleep 0.5; done
address=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["address"])' "$sched")
timeout 180 "$driver" "$c" "$work/named.md" -o "$work/d3" --no-svg --scheduler "$address" --shard-mb 0.1 --fan-in 3 \
  --program "$work/killer" 2>"$work/d3.err"
rc=$?
if [ -s "$work/killed" ] && ! kill -0 "$(cat "$work/killed")" 2>/dev/null; then
  pass "a worker was killed mid-run (pid $(cat "$work/killed"))"
else
  fail "no worker was killed"
fi
[ "$rc" = "$ref_rc" ] && same_outputs "$work/ref" "$work/d3" && pass "killed worker: its tasks ran again, build's bytes" ||
  { fail "killed worker: exit $rc or outputs differ"; tail -5 "$work/d3.err"; }

# 3. Bad files in a shard: reported as build reports them, the rest built.
b="$work/bad"
cp -r "$c/b" "$b"
: >"$b/more/empty.txt"
head -c 3000 /dev/urandom >"$b/more/noise.txt"
printf '{"id": "x", "text": "Talks resumed in Oslo."}\nnot json\n' >"$b/mixed/broken.jsonl"
"$bin" build "$b" -o "$work/ref4" --no-svg -j 2 2>"$work/ref4.err"
ref4_rc=$?
timeout 120 "$driver" "$b" -o "$work/d4" --no-svg --local 2 --shard-mb 0.02 2>"$work/d4.err"
rc=$?
[ "$rc" = 1 ] && [ "$ref4_rc" = 1 ] && same_outputs "$work/ref4" "$work/d4" &&
  pass "bad files: exit 1, the rest written, build's bytes" || { fail "bad files: exit $rc (build $ref4_rc)"; tail -5 "$work/d4.err"; }
grep "^newsgraph: $b" "$work/ref4.err" | sort >"$work/ref4.msgs"
grep "^newsgraph: $b" "$work/d4.err" | sort >"$work/d4.msgs"
[ -s "$work/ref4.msgs" ] && cmp -s "$work/ref4.msgs" "$work/d4.msgs" &&
  pass "bad files: the same $(wc -l <"$work/ref4.msgs") messages as build (user's paths, lines, reasons)" ||
  { fail "bad files: messages differ"; diff "$work/ref4.msgs" "$work/d4.msgs" | head; }
[ "$(summary newsgraph-dask "$work/d4.err")" = "$(summary newsgraph "$work/ref4.err")" ] &&
  pass "bad files: the summary counts them as build does" || fail "bad files: summary"

# 4. A shard the program always crashes on: the run fails, names it, and writes nothing.
cat >"$work/crasher" <<EOS
#!/bin/sh
# Crashes (SIGSEGV) on any shard holding a file named poison.txt.
for a; do [ -d "\$a" ] && find "\$a" -name poison.txt | grep -q . && kill -SEGV \$\$; done
exec "$bin" "\$@"
EOS
chmod +x "$work/crasher"
cp "$c/a/$(ls "$c/a" | head -1)" "$c/b/poison.txt"
timeout 120 "$driver" "$c" -o "$work/d5" --local 2 --shard-mb 0.1 --program "$work/crasher" 2>"$work/d5.err"
rc=$?
[ "$rc" = 1 ] && pass "a shard failing for good: exit 1" || fail "failing shard: exit $rc"
grep -q "shard [0-9]* (.*poison.txt.*killed by signal 11; nothing written" "$work/d5.err" &&
  pass "the failed shard is named: $(grep -o 'shard [0-9]* ([^)]*)' "$work/d5.err" | head -1)" || { fail "failed shard not named"; tail -3 "$work/d5.err"; }
[ -z "$(ls -A "$work/d5")" ] && pass "nothing written" || { fail "outputs written after a failure"; ls -A "$work/d5"; }

# 5. The installed driver, run from elsewhere with nothing set: the program beside it is used.
build_dir=$(dirname "$bin")
if [ -f "$build_dir/cmake_install.cmake" ]; then
  cmake --install "$build_dir" --prefix "$work/p" >/dev/null &&
    cmake --install "$build_dir" --component dask --prefix "$work/p" >/dev/null
  (cd "$work" && env -u NEWSGRAPH_PROGRAM -u NEWSGRAPH_DATA_DIR \
    timeout 120 "$work/p/bin/newsgraph-dask" "$c/a" -o "$work/d6" --no-svg --local 1 -q)
  "$bin" build "$c/a" -o "$work/ref6" --no-svg -q -j 2
  same_outputs "$work/ref6" "$work/d6" && pass "installed driver: build's bytes" || fail "installed driver"
fi

echo "$fails failed"
[ "$fails" = 0 ]
