#!/usr/bin/env bash
# End-to-end test of the readers through the command line: a folder mixing every format (text,
# HTML, RSS, Atom, JSON Lines with a broken line, and a FIFO nobody writes to), a feed given as a
# pipe, HTML on standard input, and a page whose date is only in its metadata giving the same graph
# as the same text with a dateline. The outputs pass ../shared/tools/check-clients when present.
set -uo pipefail
bin=$1
root=$2
fx="$root/tests/fixtures/readers"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

# 1. A folder of every kind.
mkdir -p "$work/in/sub"
cp "$fx/talks.txt" "$fx/page.html" "$fx/feed.rss" "$work/in/"
cp "$fx/nomain.html" "$work/in/sub/nomain.htm"
cp "$fx/feed.atom" "$work/in/sub/"
cp "$fx/articles.jsonl" "$work/in/sub/articles.ndjson"
cp "$fx/feed.rss" "$work/in/sub/feed-copy.xml"   # a feed in .xml, its items already read
echo "<catalog/>" >"$work/in/sub/other.xml"     # an XML file that is no feed
mkfifo "$work/in/sub/stuck.jsonl"
timeout 60 "$bin" build "$work/in" -o "$work/out" -j 2 >"$work/out.txt" 2>"$work/err.txt"
rc=$?
[ "$rc" = 1 ] && pass "mixed folder: exit 1 (broken lines reported)" || { fail "mixed folder: exit $rc"; cat "$work/err.txt"; }
grep -q "newsgraph: 11 articles (files: 1 text, 2 HTML, 4 RSS/Atom, 1 JSON Lines), 5 failed" "$work/err.txt" &&
  pass "mixed folder: summary counts files of each kind" || { fail "mixed folder: summary"; tail -3 "$work/err.txt"; }
grep -q "articles.ndjson:4: not JSON; skipped" "$work/err.txt" && pass "broken JSON line: file, line, reason" || fail "broken JSON line not reported"
grep -q "feed.rss:26: item without title or text" "$work/err.txt" && pass "empty feed item: file and line" || fail "empty item not reported"
grep -q "other.xml:1: warning: not a feed: the root element is <catalog>.*; skipped" "$work/err.txt" && pass "an .xml file in a folder that is no feed: skipped with a warning" || fail "other.xml"
"$bin" build "$work/in/sub/other.xml" --graphml "$work/x.graphml" 2>/dev/null
[ $? = 1 ] && pass "an .xml file named that is no feed: fails" || fail "named other.xml did not fail"
grep -q "stuck.jsonl: warning: not a regular file (a named pipe)" "$work/err.txt" && pass "FIFO in folder skipped" || fail "FIFO not reported"
grep -q "article(s) read twice (same id) skipped (nordicwire-88213" "$work/err.txt" && pass "feed items seen twice added once" || fail "repeated feed items"
g="$work/out/graph.graphml"
for f in graph.graphml graph.gexf graph.dot graph.json; do [ -s "$work/out/$f" ] || fail "$f not written"; done
grep -q 'nordicwire-88213' "$g" && grep -q 'tag:southernpost.example,2025:canberra-visit' "$g" && grep -q 'articles#8' "$g" &&
  pass "article ids from guid, id, URL and file#line" || fail "article ids"
grep -qi 'yonhap\|cookie\|kari-lund' "$g" && fail "page furniture became nodes" || pass "no node from footers, banners or bylines"
grep -q 'person:hilde-strand' "$g" && grep -q 'person:budi-santoso' "$g" && pass "people from HTML, feeds and JSON Lines" || fail "people missing"
# Metadata per article in GraphML and JSON, kept through a merge.
python3 - "$g" "$work/out/graph.json" <<'PY' && pass "title, URL and date per article in GraphML and JSON" || fail "article metadata"
import json, sys, xml.etree.ElementTree as E
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = E.parse(sys.argv[1]).getroot()
key = [k for k in root.findall("g:key", ns) if k.get("attr.name") == "article_info"][0]
info = {i["id"]: i for i in json.loads(root.find("g:graph/g:data[@key='%s']" % key.get("id"), ns).text)}
a = info["nordicwire-88213"]
assert a == {"id": "nordicwire-88213", "title": "Norway and EU open fourth round of fisheries talks in Bergen",
             "url": "https://nordicwire.example/2025/03/04/fisheries-talks", "date": "2025-03-04"}, a
assert info["page"]["url"] == "https://nordicwire.example/2025/03/04/fisheries-talks"
assert info["articles#8"]["date"] == "2025-03-07"
assert "talks" not in info  # plain text has no metadata
j = json.load(open(sys.argv[2]))
assert {i["id"]: i for i in j["graph"]["article_info"]} == info
PY
"$bin" merge "$g" --graphml "$work/merged.graphml" -q && cmp -s "$g" "$work/merged.graphml" &&
  pass "merge keeps the metadata (same bytes)" || fail "merge changes the mixed graph"
checker="$root/../shared/tools/check-clients"
if [ -x "$checker" ]; then
  "$checker" "$work/out/graph.graphml" "$work/out/graph.gexf" "$work/out/graph.dot" "$work/out/graph.json" >"$work/cc.txt" 2>&1 &&
    pass "check-clients on the mixed outputs" || { fail "check-clients"; grep FAIL "$work/cc.txt" | head; }
else
  echo "SKIP check-clients: ../shared/tools not found"
fi

# 2. A feed through a pipe (no extension: sniffed), HTML on standard input.
timeout 20 "$bin" build <(cat "$fx/feed.atom") --graphml "$work/pipe.graphml" 2>"$work/err2.txt" &&
  grep -q "2 articles (files: 1 RSS/Atom)" "$work/err2.txt" && pass "feed through a pipe" || { fail "feed through a pipe"; cat "$work/err2.txt"; }
timeout 20 "$bin" build - --graphml "$work/stdin.graphml" <"$fx/page.html" 2>"$work/err3.txt" &&
  grep -q "1 articles (files: 1 HTML)" "$work/err3.txt" && grep -q 'person:paolo-ricci' "$work/stdin.graphml" &&
  pass "HTML on standard input" || { fail "HTML on standard input"; cat "$work/err3.txt"; }

# 3. The date only in the metadata resolves relative dates as a dateline does.
body="Norway's chief negotiator Hilde Strand and her European Union counterpart Paolo Ricci opened the fourth round of talks on the fisheries agreement in Bergen on Tuesday, officials said. The two sides will meet again on March 20."
printf 'Fisheries talks open\n\nBERGEN, March 4, 2025 (NTB) -- %s\n' "$body" >"$work/dateline.txt"
python3 -c 'import json, sys; print(json.dumps({"id": "meta", "title": "Fisheries talks open", "text": sys.argv[1], "date": "2025-03-04T09:30:00Z"}))' "$body" >"$work/meta.jsonl"
printf 'Fisheries talks open\n\n%s\n' "$body" >"$work/nodate.txt"
for f in dateline.txt meta.jsonl nodate.txt; do "$bin" build "$work/$f" --json "$work/$f.json" -q; done
shape() {  # node ids and edges, without the article ids
  python3 -c 'import json, sys; g = json.load(open(sys.argv[1]))
print(sorted(n["id"] for n in g["nodes"])); print(sorted((l["source"], l["target"], l["type"]) for l in g["links"]))' "$1"
}
if [ "$(shape "$work/dateline.txt.json")" = "$(shape "$work/meta.jsonl.json")" ] && grep -q '"date:20250304"' "$work/meta.jsonl.json"; then
  pass "metadata date anchors relative dates like a dateline"
else
  fail "metadata date: graphs differ"; shape "$work/dateline.txt.json"; shape "$work/meta.jsonl.json"
fi
grep -q '"date:20250304"' "$work/nodate.txt.json" && fail "without any date the month/day was resolved anyway" || pass "without a date, nothing is guessed"

echo "readers end-to-end: $fails failed"
[ "$fails" = 0 ]
