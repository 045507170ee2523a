#!/usr/bin/env bash
# Build the demo organization and show what mediacode says about it (`make run`).
#
#   scripts/run-demo.sh [DIR]      DIR defaults to build/demo and is rebuilt from scratch.
#
# Commands that are not part of this version of mediacode are skipped with a note.
# Exits non-zero when a command that exists fails.
set -euo pipefail

demo="${1:-build/demo}"
documents="$demo/documents"
failed=0

# Under `uv run` (as `make run` calls it) the environment's commands are on PATH; every
# start of mediacode costs about a second, so commands are looked up once and the
# sixteen documents are rendered in one process.
if command -v mediacode >/dev/null 2>&1; then
    mc=(mediacode)
    py=(python)
else
    mc=(uv run --frozen mediacode)
    py=(uv run --frozen python)
fi

if [[ -t 1 ]]; then bold=$'\033[1m' plain=$'\033[0m'; else bold="" plain=""; fi
header() {
    printf '\n%s== %s%s\n' "$bold" "$*" "$plain"
}

root_help="$("${mc[@]}" --help 2>&1 || true)"
policy_help="$("${mc[@]}" policy --help 2>&1 || true)"

# has policy lint / has review: is the command listed in the help of its group?
has() {
    local help="$root_help" name="$1"
    if [[ $# -eq 2 ]]; then help="$policy_help" name="$2"; fi
    grep -qE "^[│| ]+${name}( |$)" <<<"$help"
}

# Run many mediacode command lines (one a line, tab-separated arguments) in one process.
run_many() {
    "${py[@]}" -c '
import sys
from mediacode.cli.main import main
failed = 0
for line in sys.stdin:
    args = line.rstrip("\n").split("\t")
    code = main(args)
    out = args[args.index("-o") + 1]
    print(f"  {out:<44} " + ("written" if code == 0 else f"failed (exit code {code})"), flush=True)
    failed |= code != 0
sys.exit(1 if failed else 0)
'
}

show() {
    header "mediacode $*"
    local code=0
    "${mc[@]}" "$@" || code=$?
    if [[ $code -ne 0 ]]; then
        echo "(exit code $code)"
        failed=1
    fi
}

skip() {
    header "mediacode $*"
    echo "(not available in this version of mediacode; skipped)"
}

case "$demo" in
    "" | "/" | ".") echo "refusing to rebuild '$demo'" >&2; exit 2 ;;
esac
rm -rf -- "$demo"
show demo --out "$demo"
[[ $failed -eq 0 ]] || exit 1

if has policy lint; then show policy lint --org "$demo"; else skip policy lint; fi
if has policy status; then show policy status --org "$demo"; else skip policy status; fi

if has policy render; then
    mkdir -p "$documents"
    header "mediacode policy render (4 documents x nl, en x html, pdf) -> $documents"
    for doc in regulation notice vacancy-clause code; do
        for lang in nl en; do
            for format in html pdf; do
                printf 'policy\trender\t--org\t%s\t--doc\t%s\t--lang\t%s\t--format\t%s\t-o\t%s\n' \
                    "$demo" "$doc" "$lang" "$format" "$documents/$doc.$lang.$format"
            done
        done
    done | run_many || failed=1
else
    skip policy render
fi

if has policy blocklist; then
    blocklist="$demo/squid-blocklist.txt"
    show policy blocklist --org "$demo" --format squid -o "$blocklist"
    if [[ -f "$blocklist" ]]; then
        head -n 8 "$blocklist"
        echo "..."
    fi
else
    skip policy blocklist
fi

if has review; then
    show review --org "$demo" --batch "$demo/sample-posts.jsonl"
else
    skip review
fi

exit "$failed"
