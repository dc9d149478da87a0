#!/usr/bin/env bash
# Benchmark: the cost of the privacy guard. Two gongshi binaries, this repository's and a base
# (the commit before a change), build the same city-scale site in alternation; the table gives
# median wall time, the audit and output-scan stages (where the guard runs) and their share.
#
#   BASE_BIN=/path/to/old/gongshi bash bench/guard.sh
#   BASE_REF=1c1f7a5 bash bench/guard.sh        # builds the base from a git worktree first
#   SCALE=small RUNS=2 BASE_BIN=… bash bench/guard.sh
#
# Environment: SCALE (default city), RUNS (default 5, plus one warm-up each), SEED, SHARED_BENCH,
# GONGSHI_BIN (this side's binary instead of a release build), SCRATCH_PATH (as in city.sh),
# BASE_BIN or BASE_REF (one of them is required).
set -euo pipefail

SCALE=${SCALE:-city}
RUNS=${RUNS:-5}
SEED=${SEED:-20240101}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-../shared/bench}
SCRATCH_PATH=${SCRATCH_PATH-.build-bench}

die() { echo "guard.sh: $*" >&2; exit 1; }
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer (got '$RUNS')"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing; install it with: apt-get install -y time"
shared=$(cd "$repo" && cd "$SHARED_BENCH" 2>/dev/null && pwd) || die "shared bench tools not found at $SHARED_BENCH"

# shellcheck source=lib.sh
source "$here/lib.sh"
build_gongshi
make_workdir gongshi-guard

if [[ -z "${BASE_BIN:-}" ]]; then
    [[ -n "${BASE_REF:-}" ]] || die "set BASE_BIN (a gongshi binary) or BASE_REF (a commit to build)"
    git -C "$repo" worktree add -q --detach "$work/base-src" "$BASE_REF"
    echo "Building the base ($BASE_REF) …" >&2
    (cd "$work/base-src" && swift build -c release --product gongshi >&2)
    BASE_BIN="$work/base-src/.build/release/gongshi"
    trap 'git -C "$repo" worktree remove --force "$work/base-src" 2>/dev/null; rm -rf -- "$work"' EXIT
fi
[[ -x "$BASE_BIN" ]] || die "base binary not found at $BASE_BIN"

echo "Generating the $SCALE dataset (seed $SEED) …" >&2
python3 "$shared/gen_dataset.py" --scale "$SCALE" --seed "$SEED" --out "$work/data" >"$work/dataset.txt" 2>&1
mkdir -p "$work/site/themes" "$work/out" "$work/log"
cp "$repo/site.yaml" "$work/site/site.yaml"
cp -R "$repo/themes/default" "$work/site/themes/default"
mv "$work/data/content" "$work/site/content"
allow_dataset_numbers "$work/site"
: >"$work/results"   # side wall_s audit_s scan_s

run() {
    local side=$1 label=$2 bin out="$work/out/$1-$2" log="$work/log/$1-$2"
    bin=$gongshi
    [[ $side == base ]] && bin=$BASE_BIN
    if ! /usr/bin/time -f "%e" -o "$log.time" "$bin" build --verbose --source "$work/site" --output "$out" >"$log.out" 2>"$log.err"; then
        echo "guard.sh: $side failed (run $label)" >&2
        head -n 20 "$log.err" >&2
        exit 1
    fi
    local audit scan
    audit=$(grep -o 'audit：[0-9.]*' "$log.out" "$log.err" | head -n 1 | sed 's/.*：//')
    scan=$(grep -o 'output scan：[0-9.]*' "$log.out" "$log.err" | head -n 1 | sed 's/.*：//')
    [[ $label == warmup ]] || echo "$side $(tail -n 1 "$log.time") ${audit:-0} ${scan:-0}" >>"$work/results"
    rm -rf -- "$out"
}

echo "Timing: $RUNS runs each (plus one warm-up), alternating; $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
run base warmup
run new warmup
for ((i = 1; i <= RUNS; i++)); do
    run base "$i"
    run new "$i"
done

echo "Site: scale $SCALE (seed $SEED): $(head -n 1 "$work/dataset.txt")"
echo "new: $(grep -v '^[[:space:]]*$' "$work/log/new-warmup.out" | tail -n 1)"
python3 - "$work/results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    side, wall, audit, scan = line.split()
    rows.setdefault(side, []).append((float(wall), float(audit), float(scan)))
med = {s: [statistics.median(r[i] for r in rows[s]) for i in range(3)] for s in rows}
print("%-5s %9s %9s %13s %13s" % ("side", "median s", "audit s", "output scan s", "guard share"))
for side in ("base", "new"):
    wall, audit, scan = med[side]
    print("%-5s %9.2f %9.2f %13.2f %12.1f%%" % (side, wall, audit, scan, 100 * (audit + scan) / wall))
b, n = med["base"], med["new"]
print("new/base wall %.2f; guard stages new − base: %+.2f s (%.1f%% of the new build)"
      % (n[0] / b[0], (n[1] + n[2]) - (b[1] + b[2]), 100 * ((n[1] + n[2]) - (b[1] + b[2])) / n[0]))
PY
