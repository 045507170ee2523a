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
run_many_py=$(cat <<'PY'
import sys
from mediacode.cli.main import main
failed = 0
for line in sys.stdin:
    args = line.rstrip("\n").split("\t")
    code = main(args)
    if code != 0:
        print(f"failed (exit code {code}): mediacode {' '.join(args)}", flush=True)
        failed = 1
sys.exit(failed)
PY
)
run_many() {
    "${py[@]}" -c "$run_many_py"
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
# --with-accounts gives one fictitious person per role the demo password (refused outside the demo).
accounts_file="$(mktemp)"
trap 'rm -f -- "$accounts_file"' EXIT
header "mediacode demo --out $demo --with-accounts"
"${mc[@]}" demo --out "$demo" --with-accounts | tee "$accounts_file" || failed=1
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

# One line per post: id, author, verdict and the findings (category: text).
summarise_py=$(cat <<'PY'
import json, sys
authors = {}
with open(sys.argv[1], encoding="utf-8") as posts:
    for line in posts:
        post = json.loads(line)
        authors[post["id"]] = post["author"]
with open(sys.argv[2], encoding="utf-8") as results:
    for line in results:
        result = json.loads(line)
        head = f"  {result['id']:<8} {authors.get(result['id'], '?'):<5}"
        if "error" in result:
            print(f"{head} error: {result['error']}")
            continue
        found = "; ".join(f"{f['category']}: {f['text'] or '(whole post)'}" for f in result["findings"])
        print(f"{head} {result['verdict']:<18} {found}")
PY
)
summarise_reviews() {
    "${py[@]}" -c "$summarise_py" "$1" "$2"
}

if has review; then
    reviews="$demo/sample-posts.review.jsonl"
    header "mediacode review --org $demo --batch $demo/sample-posts.jsonl > $reviews"
    if "${mc[@]}" review --org "$demo" --batch "$demo/sample-posts.jsonl" >"$reviews"; then
        summarise_reviews "$demo/sample-posts.jsonl" "$reviews"
    else
        echo "(exit code $?)"
        failed=1
    fi
else
    skip review
fi


# Monitoring: ingest the demo's month of logs, report per purpose, audit, a case, an export.
if has ingest && has report; then
    show ingest --org "$demo" --source squid "$demo/logs/access.log"
    show ingest --org "$demo" --source postfix "$demo/logs/maillog"
    show report --org "$demo" --purpose private_use
    reports="$demo/reports"
    mkdir -p "$reports"
    header "mediacode report (html, json) for every purpose -> $reports"
    for purpose in security capacity private_use; do
        printf 'report\t--org\t%s\t--purpose\t%s\t--format\thtml\t-o\t%s\n' "$demo" "$purpose" "$reports/$purpose.html"
        printf 'report\t--org\t%s\t--purpose\t%s\t--format\tjson\t-o\t%s\n' "$demo" "$purpose" "$reports/$purpose.json"
    done | run_many || failed=1
else
    skip ingest and report
fi

# Who plays which part in the demo case: read from the policy and people.csv.
roles_py=$(cat <<'PY'
import json, sys
from pathlib import Path
from mediacode.org import load_organization
org = load_organization(Path(sys.argv[1]))
officer = org.policy.governance.privacy_officer
council = next(p.id for p in org.people if "works_council" in p.groups and p.id != officer)
director = next(p.id for p in org.people if p.role == "director")
flags = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")).get("flags", [])
flag = flags[0] if flags else {}
print(officer, council, director, flag.get("pseudonym", ""), flag.get("period", ""))
PY
)

subject=""
if has case && [[ -f "$demo/reports/private_use.json" ]]; then
    read -r officer council director pseudonym period < <("${py[@]}" -c "$roles_py" "$demo" "$demo/reports/private_use.json")
    if [[ -n "$pseudonym" ]]; then
        header "a case: flag $pseudonym ($period) -> two approvals -> reveal -> notification"
        first="$period-01"
        last=$("${py[@]}" -c 'import calendar,sys; y,m=map(int,sys.argv[1].split("-")); print(f"{y:04d}-{m:02d}-{calendar.monthrange(y,m)[1]:02d}")' "$period")
        show case open --org "$demo" --as "$director" --pseudonym "$pseudonym" --purpose private_use \
            --reason "Far more refused requests to blocked categories than the department's norm" \
            --from "$first" --to "$last"
        show case approve --org "$demo" --as "$officer" --case 1
        show case approve --org "$demo" --as "$council" --case 1
        show case reveal --org "$demo" --as "$officer" --case 1
        show case notify --org "$demo" --as "$officer" --case 1 --on "$(date +%F)"
        show case show --org "$demo" --case 1
        subject=$("${mc[@]}" case show --org "$demo" --case 1 --format json |
            "${py[@]}" -c 'import json,sys; print(json.load(sys.stdin).get("subject") or "")')
    else
        header "a case"
        echo "(no flag in the private_use report; nothing to open)"
    fi
    person="${subject:-$officer}"
    show rights export --org "$demo" --person "$person" --out "$demo/rights/$person.html"
else
    skip case and rights
fi

if has audit; then show audit verify --org "$demo"; else skip audit verify; fi

# The web app: the URL, the demo accounts, then serve until Ctrl-C when a person is watching.
port="${PORT:-8000}"
header "the web app: http://127.0.0.1:$port/"
sed -n '/^Demo accounts/,$p' "$accounts_file"
if [[ $failed -ne 0 ]]; then
    echo "(a step above failed; not serving)"
elif [[ -t 0 && -t 1 ]] && has serve; then
    echo "Serving $demo at http://127.0.0.1:$port/ — open it in a browser and sign in; Ctrl-C stops it."
    "${mc[@]}" serve --org "$demo" --host 127.0.0.1 --port "$port" || true
else
    echo "To serve it: make serve    (or: mediacode serve --org $demo --port $port)"
fi

exit "$failed"
