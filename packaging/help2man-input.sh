#!/usr/bin/env bash
# What help2man reads to write the man page: `newsgraph --help`, then each subcommand's --help
# as a section of its own ("*newsgraph build*" is help2man's mark for one), text unchanged but
# for the program's path and the "Positionals:"/"Options:" headings. `--version` as the program's.
#   NEWSGRAPH_PROGRAM=build/newsgraph help2man ... packaging/help2man-input.sh
set -euo pipefail
program=${NEWSGRAPH_PROGRAM:?the program to describe}
if [ "${1:-}" = "--version" ]; then
  exec "$program" --version
fi
"$program" --help | sed 's|^Usage: [^ ]*newsgraph|Usage: newsgraph|'
for sub in $("$program" --help | awk '/^Subcommands:/ {s = 1; next} s && NF {print $1}'); do
  printf '\n*newsgraph %s*\n' "$sub"
  "$program" "$sub" --help | sed -e 's|^Usage: [^ ]*newsgraph|newsgraph|' -e '1a\\' \
    -e '/^\(Positionals\|Options\):$/d'
done
