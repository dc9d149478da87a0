#!/usr/bin/env bash
# Rebuild → reload latency of `gongshi serve`: how long from touching one input file until an
# open tab receives the `reload` event (Server-Sent Events), as a browser would; with the server's
# own time for each rebuild (from its log) beside it, and the medians of both.
#
#   bash bench/serve-reload.sh                                   # sample site, one article
#   FILE=content/rosters/2026-11/410829101201.csv bash bench/serve-reload.sh
#   cp -R /dev/shm/city/site /dev/shm/city-serve                 # city scale: a copy (files are touched)
#   SITE=/dev/shm/city-serve FILE=content/rosters/2024-12/430102001001.csv ROUNDS=9 bash bench/serve-reload.sh
#   GONGSHI_WATCH=poll bash bench/serve-reload.sh                # the polling fallback, for comparison
#   SWAP=735.50/735.51 SITE=… FILE=… bash bench/serve-reload.sh   # a real edit, not a touch
#
# Environment:
#   SITE           site folder (default: a temporary copy of this repository's sample site)
#   FILE           input file to touch, relative to SITE (default: the first article)
#   ROUNDS         touches, one after another (default 5)
#   GONGSHI_BIN    gongshi binary (default .build/release/gongshi, else .build/debug/gongshi)
#   GONGSHI_WATCH  poll: force the polling watcher (passed on to the server)
#   SWAP           OLD/NEW: instead of touching FILE, change its first OLD to NEW (odd rounds) and
#                  back (even rounds), so its bytes really change (a touch keeps its SHA-256);
#                  FILE must contain OLD, and after an odd number of rounds it is changed back
#
# On Linux the server is told of a save by the kernel (inotify), so latency = the watcher's quiet
# period (25 ms after the last event) + the rebuild + delivery. Where it polls (macOS, the inotify
# watch limit, GONGSHI_WATCH=poll) add the poll interval (250 ms, longer on a big tree) and the
# 150 ms debounce. The first build (before the URL is printed) may take minutes at city scale.
# Needs curl and bc.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
ROUNDS=${ROUNDS:-5}
die() { echo "serve-reload.sh: $*" >&2; exit 1; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer"
command -v curl >/dev/null || die "curl not found"

gongshi=${GONGSHI_BIN:-}
if [[ -z "$gongshi" ]]; then
    for candidate in "$repo/.build/release/gongshi" "$repo/.build/debug/gongshi"; do
        [[ -x "$candidate" ]] && { gongshi=$candidate; break; }
    done
fi
[[ -x "${gongshi:-}" ]] || die "no gongshi binary: run swift build -c release --product gongshi, or set GONGSHI_BIN"

work=$(mktemp -d "${TMPDIR:-/tmp}/gongshi-serve-reload.XXXXXX")
server_pid=""
curl_pid=""
cleanup() {
    [[ -n "$curl_pid" ]] && kill "$curl_pid" 2>/dev/null || true
    [[ -n "$server_pid" ]] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    # A run stopped after an odd SWAP round leaves NEW in FILE: put OLD back for the next run.
    if (( swapped == 1 )); then
        sed -i "0,/${SWAP#*/}/s//${SWAP%%/*}/" "$SITE/$FILE" || true
    fi
    rm -rf -- "$work"
}
swapped=0
trap cleanup EXIT

if [[ -z "${SITE:-}" ]]; then
    SITE="$work/site"
    mkdir -p "$SITE"
    cp -R "$repo/site.yaml" "$repo/content" "$repo/themes" "$SITE/"
fi
FILE=${FILE:-$(cd "$SITE" && ls content/articles/*.md | head -n 1)}
[[ -f "$SITE/$FILE" ]] || die "$SITE/$FILE does not exist"

# GONGSHI_STAGE_TIMES=1: the server logs each rebuild's stage times on stderr (binaries before it ignore it).
GONGSHI_STAGE_TIMES=1 "$gongshi" serve --port 0 --source "$SITE" >"$work/out.log" 2>"$work/err.log" &
server_pid=$!
url=""
for _ in $(seq 1 3000); do   # up to 300 s for the first build
    url=$(grep -o 'http://[0-9.]*:[0-9]*/' "$work/out.log" || true)
    [[ -n "$url" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/err.log" >&2; die "server exited"; }
    sleep 0.1
done
[[ -n "$url" ]] || die "server printed no URL"

# The tab: every reload event is timestamped as it arrives.
(curl -sN "${url}__gongshi/events" | while IFS= read -r line; do
    case "$line" in
        "event: hello") echo connected >>"$work/events" ;;
        "event: reload") date +%s.%N >>"$work/events" ;;
    esac
done) &
curl_pid=$!
for _ in $(seq 1 100); do grep -q connected "$work/events" 2>/dev/null && break; sleep 0.05; done

echo "site: $SITE   file: $FILE   gongshi: $gongshi   watch: ${GONGSHI_WATCH:-kernel}"
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
# The server's own time of its Nth rebuild (0-based), from its "… 有变化：已重新生成 … 用时 X 秒" lines.
rebuild_seconds() { grep '有变化：已重新生成' "$work/out.log" | sed -n "$(($1 + 1))p" | grep -o '用时 [0-9.]*' | grep -o '[0-9.]*$' || true; }
latencies=()
rebuilds=()
for round in $(seq 1 "$ROUNDS"); do
    before=$(grep -vc connected "$work/events" || true)
    sleep 0.5
    start=$(date +%s.%N)
    if [[ -n "${SWAP:-}" ]]; then
        grep -q -- "${SWAP%%/*}" "$SITE/$FILE" || (( round > 1 )) || die "SWAP: $FILE does not contain ${SWAP%%/*}"
        from=${SWAP%%/*} to=${SWAP#*/}
        (( round % 2 == 0 )) && { from=${SWAP#*/}; to=${SWAP%%/*}; }
        sed -i "0,/$from/s//$to/" "$SITE/$FILE"
        swapped=$((1 - swapped))
    else
        touch "$SITE/$FILE"
    fi
    arrived=""
    deadline=$((SECONDS + 300))
    while (( SECONDS < deadline )); do
        now=$(grep -vc connected "$work/events" || true)
        if (( now > before )); then arrived=$(grep -v connected "$work/events" | tail -n 1); break; fi
        sleep 0.005
    done
    [[ -n "$arrived" ]] || die "no reload event within 300 s"
    latency=$(echo "$arrived - $start" | bc -l)
    latencies+=("$latency")
    server=""
    for _ in $(seq 1 100); do server=$(rebuild_seconds "$((round - 1))"); [[ -n "$server" ]] && break; sleep 0.01; done
    rebuilds+=("${server:-0}")
    printf 'round %d: reload after %.3f s (server rebuild %s s)\n' "$round" "$latency" "${server:-?}"
done
printf 'median touch → reload: %.3f s, median server rebuild: %.3f s, over %d rounds\n' \
    "$(printf '%s\n' "${latencies[@]}" | median)" "$(printf '%s\n' "${rebuilds[@]}" | median)" "$ROUNDS"
echo "--- server log (last lines)"
tail -n 5 "$work/out.log"
echo "--- stage times of the rebuilds (the first line is the first build)"
grep '^stages:' "$work/err.log" | tail -n 6 || true
echo "--- after each rebuild: snapshot swap, terminal line, reload event sent"
grep '^after:' "$work/err.log" | tail -n 6 || true
grep -v '^stages:\|^after:' "$work/err.log" | tail -n 5 || true
