#!/usr/bin/env bash
# Benchmark: the output privacy scan, old binary against new. Both build the same site with
# `--no-cache` in alternation (RUNS each); the table gives the median CPU seconds (user + sys)
# of the whole build and, from one `perf record` of each, the share of that CPU spent under
# `OutputPrivacyGate.Scanner.scan`, so the scan's own CPU and the ratios old/new.
#
#   BASE_BIN=/dev/shm/city/gongshi-main NEW_BIN=.build-rel/release/gongshi \
#   SITE=/dev/shm/city/site OUT=/dev/shm/scan-bench RUNS=3 bash bench/scan.sh
#
# Environment: BASE_BIN, NEW_BIN (required), SITE (a site folder, read only), OUT (a scratch
# output folder, removed afterwards), RUNS (default 3), PERF (default 1; 0 skips the profile).
set -euo pipefail

RUNS=${RUNS:-3}
PERF=${PERF:-1}
die() { echo "scan.sh: $*" >&2; exit 1; }
[[ -x "${BASE_BIN:-}" ]] || die "set BASE_BIN to the old gongshi binary"
[[ -x "${NEW_BIN:-}" ]] || die "set NEW_BIN to the new gongshi binary"
[[ -d "${SITE:-}" ]] || die "set SITE to a site folder"
[[ -n "${OUT:-}" ]] || die "set OUT to a scratch output folder"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing"
BASE_BIN=$(realpath "$BASE_BIN")
NEW_BIN=$(realpath "$NEW_BIN")
work=$(mktemp -d)
trap 'rm -rf -- "$work" "$OUT"' EXIT

# One build; prints its CPU seconds (user + sys).
cpu_of_build() {
    rm -rf -- "$OUT"
    (cd "$SITE" && /usr/bin/time -f '%U %S' -o "$work/time" "$1" build --no-cache --output "$OUT" >/dev/null 2>&1) \
        || die "$1 failed to build $SITE"
    awk '{ printf "%.2f\n", $1 + $2 }' "$work/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The share (0–1) of a build's CPU samples under the output scan.
scan_share() {
    rm -rf -- "$OUT"
    (cd "$SITE" && perf record -q -F 499 -g -o "$work/perf.data" "$1" build --no-cache --output "$OUT" >/dev/null 2>&1) \
        || die "perf record failed"
    perf script -i "$work/perf.data" 2>/dev/null | awk '
        /^[^ \t]/ { if (n) { total++; if (hit) scan++ } n = 0; hit = 0; next }
        /^[ \t]*$/ { if (n) { total++; if (hit) scan++ } n = 0; hit = 0; next }
        { n++; if ($0 ~ /OutputPrivacyGateO7ScannerV4scan/) hit = 1 }
        END { if (n) { total++; if (hit) scan++ } printf "%.4f\n", scan / total }'
}

: >"$work/base"
: >"$work/new"
for run in $(seq 1 "$RUNS"); do
    cpu_of_build "$BASE_BIN" >>"$work/base"
    cpu_of_build "$NEW_BIN" >>"$work/new"
    echo "run $run: base $(tail -1 "$work/base") s, new $(tail -1 "$work/new") s CPU" >&2
done
base_cpu=$(median <"$work/base")
new_cpu=$(median <"$work/new")
echo "build CPU (median of $RUNS): base ${base_cpu} s, new ${new_cpu} s, new/base $(awk -v a="$new_cpu" -v b="$base_cpu" 'BEGIN { printf "%.3f", a / b }')"
if [[ "$PERF" == 1 ]] && command -v perf >/dev/null; then
    base_share=$(scan_share "$BASE_BIN")
    new_share=$(scan_share "$NEW_BIN")
    awk -v bs="$base_share" -v ns="$new_share" -v bc="$base_cpu" -v nc="$new_cpu" 'BEGIN {
        printf "scan share of build CPU: base %.1f%%, new %.1f%%\n", bs * 100, ns * 100
        printf "scan CPU: base %.2f s, new %.2f s, new/base %.3f (%.2fx cheaper)\n", bs * bc, ns * nc, (ns * nc) / (bs * bc), (bs * bc) / (ns * nc) }'
fi
