#!/usr/bin/env bash
# Install test: `cmake --install` into a temporary prefix, then the installed program, run from
# another folder, must write the same bytes as the build tree's program on examples/articles,
# with the lexicons of the prefix (a broken installed lexicon must be the one reported), after
# the prefix is moved too. Checks the man page, the docs and the bash completion are installed.
set -euo pipefail
cmake=$1
build=$2
bin=$3
root=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset NEWSGRAPH_DATA_DIR
fail() { echo "FAIL: $*"; exit 1; }

"$cmake" --install "$build" --prefix "$tmp/p" >"$tmp/install.log" || { cat "$tmp/install.log"; fail "cmake --install"; }
for f in bin/newsgraph share/newsgraph/lexicon/countries.tsv share/newsgraph/patterns/leads.pat share/doc/newsgraph/lexicon-format.md \
  share/doc/newsgraph/README.md share/doc/newsgraph/user-example.tsv share/doc/newsgraph/copyright \
  share/doc/newsgraph/changelog.gz share/man/man1/newsgraph.1.gz share/bash-completion/completions/newsgraph; do
  [ -s "$tmp/p/$f" ] || fail "$f not installed"
done
echo "PASS cmake --install laid out bin/, share/newsgraph/lexicon, share/doc, the man page and the completion"

"$bin" build "$root/examples/articles" -o "$tmp/want" -j 1 --quiet --no-svg
mkdir "$tmp/elsewhere"
(cd "$tmp/elsewhere" && "$tmp/p/bin/newsgraph" build "$root/examples/articles" -o got -j 1 --quiet --no-svg)
mv "$tmp/p" "$tmp/moved"
(cd "$tmp/elsewhere" && "$tmp/moved/bin/newsgraph" build "$root/examples/articles" -o moved -j 1 --quiet --no-svg)
for f in graph.graphml graph.gexf graph.dot graph.json; do
  cmp "$tmp/want/$f" "$tmp/elsewhere/got/$f" || fail "installed program: $f differs from the build tree's"
  cmp "$tmp/want/$f" "$tmp/elsewhere/moved/$f" || fail "moved prefix: $f differs from the build tree's"
done
echo "PASS the installed program, run from another folder (and after moving the prefix), writes the same bytes"

# The lexicons used are the prefix's, not the source tree's compiled-in folder: break one.
printf 'country\n' >>"$tmp/moved/share/newsgraph/lexicon/countries.tsv"
set +e
(cd "$tmp/elsewhere" && "$tmp/moved/bin/newsgraph" build "$root/examples/articles" -o broken --quiet --no-svg) 2>"$tmp/err"
code=$?
set -e
[ "$code" = 2 ] && grep -q "$tmp/moved/share/newsgraph/lexicon/countries.tsv:" "$tmp/err" ||
  fail "a broken installed lexicon was not the one read (exit $code: $(cat "$tmp/err"))"
# --data-dir and NEWSGRAPH_DATA_DIR still come first.
"$tmp/moved/bin/newsgraph" build "$root/examples/articles" --graphml "$tmp/d.graphml" --quiet --data-dir "$root/data/lexicon"
NEWSGRAPH_DATA_DIR="$root/data/lexicon" "$tmp/moved/bin/newsgraph" build "$root/examples/articles" --graphml "$tmp/e.graphml" --quiet
cmp "$tmp/want/graph.graphml" "$tmp/d.graphml" && cmp "$tmp/want/graph.graphml" "$tmp/e.graphml" ||
  fail "--data-dir or NEWSGRAPH_DATA_DIR did not take precedence over the installed lexicons"
echo "PASS the installed lexicons are the ones read; --data-dir and NEWSGRAPH_DATA_DIR come first"

# The man page holds every option of every --help, and man reads it without warnings.
page=$(gzip -dc "$tmp/moved/share/man/man1/newsgraph.1.gz")
for opt in $({ "$bin" --help; "$bin" build --help; "$bin" merge --help; } | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
  grep -qF -- "${opt//-/\\-}" <<<"$page" || fail "man page lacks $opt"
done
if command -v man >/dev/null; then
  warnings=$(MANWIDTH=80 man --warnings -l "$tmp/moved/share/man/man1/newsgraph.1.gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man warns: $warnings"
fi
echo "PASS the man page has every option of --help, build --help and merge --help"

# Bash completion (when bash-completion is installed): subcommands, then a subcommand's options.
bc=/usr/share/bash-completion/bash_completion
if [ ! -f "$bc" ]; then
  echo "SKIP bash completion check: bash-completion not installed"
  exit 0
fi
complete_line() { PATH="$tmp/moved/bin:$PATH" "$root/tests/complete.sh" "$tmp/moved/share/bash-completion/completions/newsgraph" "$@"; }
[ "$(complete_line newsgraph '' | grep -cxE 'build|merge|--help|--version')" = 4 ] ||
  fail "subcommand completion: $(complete_line newsgraph '' | tr '\n' ' ')"
complete_line newsgraph build --le | grep -qx -- --lexicon || fail "option completion: $(complete_line newsgraph build --le)"
complete_line newsgraph merge --min | grep -qx -- --min-mentions || fail "merge option completion"
[ "$(complete_line newsgraph build x --types person,age)" = "person,agency" ] || fail "--types completion"
echo "PASS bash completion of subcommands, options and --types"
