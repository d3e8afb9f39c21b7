#!/usr/bin/env bash
# Prints the completions bash offers for a command line, one a line, as bash-completion would
# with the completion file given (the program is found on PATH; the last word is being typed).
#   tests/complete.sh COMPLETION_FILE newsgraph build --ou
# (no set -eu: completion functions are not written for it)
source /usr/share/bash-completion/bash_completion
source "$1"
shift
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
_newsgraph "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
