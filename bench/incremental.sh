#!/usr/bin/env bash
# Benchmark: how long `gongshi build` takes after one kind of edit, with the build cache
# (.gongshi/cache/), side by side with a clean build (`--no-cache`) and Hugo's full build of the
# same dataset, all in one run.
#
#   bash bench/incremental.sh                     # city scale, 5 runs of each case
#   SCALE=small RUNS=2 bash bench/incremental.sh  # quick check
#
# Cases (each timed RUNS times, medians printed; every edit is undone before the next run so
# each run starts from the same published site):
#   clean        gongshi build --no-cache (everything rendered, scanned, written)
#   unchanged    gongshi build with nothing changed
#   one-roster   one household's amount changed in one roster of the latest month
#   template     a comment added to print_sheet.mustache (every notice-board page re-rendered)
#   new-month    the latest month's folder added back after a build without it
#   hugo         hugo's full build of the same content (it has no incremental mode outside its server)
# After the runs, the output of the last incremental build is compared with a clean build of the
# same content (they must be byte-identical; the script fails otherwise).
#
# Environment: SCALE (small | city | province, default city), RUNS (default 5), SEED,
# SHARED_BENCH, GONGSHI_BIN, SCRATCH_PATH, HUGO, as in city.sh.
set -euo pipefail

SCALE=${SCALE:-city}
RUNS=${RUNS:-5}
SEED=${SEED:-20240101}
HUGO=${HUGO:-hugo}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-../shared/bench}
SCRATCH_PATH=${SCRATCH_PATH-.build-bench}
die() { echo "incremental.sh: $*" >&2; exit 1; }
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer (got '$RUNS')"
[[ "$SCALE" =~ ^(small|city|province)$ ]] || die "SCALE must be small, city or province (got '$SCALE')"
command -v "$HUGO" >/dev/null || die "hugo not found"
shared=$(cd "$repo" && cd "$SHARED_BENCH" 2>/dev/null && pwd) || die "shared bench tools not found at $SHARED_BENCH"

# shellcheck source=lib.sh
source "$here/lib.sh"
build_gongshi
make_workdir gongshi-incremental

echo "Generating the $SCALE dataset (seed $SEED) …" >&2
python3 "$shared/gen_dataset.py" --scale "$SCALE" --seed "$SEED" --out "$work/data" >"$work/dataset.txt" 2>&1
python3 "$shared/to_hugo.py" --src "$work/data" --dst "$work/site-hugo" >>"$work/dataset.txt" 2>&1
site="$work/site"
mkdir -p "$site/themes"
cp "$repo/site.yaml" "$site/site.yaml"
cp -R "$repo/themes/default" "$site/themes/default"
mv "$work/data/content" "$site/content"
allow_dataset_numbers "$site"
out="$work/public"
latest=$(ls "$site/content/rosters" | sort | tail -n 1)
roster=$(ls "$site/content/rosters/$latest"/*.csv | sort | sed -n 1p)
template="$site/themes/default/templates/print_sheet.mustache"
cp "$roster" "$work/roster.orig"
cp "$template" "$work/template.orig"

: >"$work/results"
# timed CASE CMD…: one run, wall seconds appended to results.
timed() {
    local case=$1; shift
    local start end
    start=$(date +%s%N)
    "$@" >"$work/last.out" 2>"$work/last.err" || { cat "$work/last.err" >&2; die "$case failed"; }
    end=$(date +%s%N)
    echo "$case $(( (end - start) / 1000000 ))" >>"$work/results"   # milliseconds
}
build() { "$gongshi" build --quiet --source "$site" --output "$out" "$@"; }

echo "Warm-up build …" >&2
build --no-cache
for ((i = 1; i <= RUNS; i++)); do
    timed clean build --no-cache
    timed unchanged build
    # one roster: the first household's amount + 1 yuan, then put back (and rebuilt, untimed)
    python3 - "$roster" <<'PY'
import sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
cells = lines[1].split(",")
yuan, fen = cells[5].split(".")
cells[5] = f"{int(yuan) + 1}.{fen}"
lines[1] = ",".join(cells)
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
    timed one-roster build
    cp "$work/roster.orig" "$roster"; build
    printf '{{! bench %s }}' "$i" >>"$template"
    timed template build
    cp "$work/template.orig" "$template"; build
    mv "$site/content/rosters/$latest" "$work/latest-aside"; build
    mv "$work/latest-aside" "$site/content/rosters/$latest"
    timed new-month build
    timed hugo "$HUGO" --quiet -s "$work/site-hugo" -d "$work/hugo-out-$i"
    rm -rf "$work/hugo-out-$i"
done

# The last incremental output against a clean build of the same content.
"$gongshi" build --quiet --no-cache --source "$site" --output "$work/clean-check"
diff -r "$out" "$work/clean-check" >/dev/null || die "incremental output differs from a clean build"

echo
echo "Site: scale $SCALE (seed $SEED), $(find "$site/content/rosters" -name '*.csv' | wc -l) roster files; $RUNS runs; $(nproc) CPUs"
echo "gongshi: $("$gongshi" --version 2>/dev/null || echo release build); hugo $("$HUGO" version | awk '{print $2}')"
python3 - "$work/results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    case, milliseconds = line.split()
    rows.setdefault(case, []).append(int(milliseconds) / 1000)
hugo = statistics.median(rows["hugo"])
print("%-11s %9s %7s %7s %10s" % ("case", "median s", "min s", "max s", "× hugo"))
for case in ("clean", "unchanged", "one-roster", "template", "new-month", "hugo"):
    runs = rows[case]
    m = statistics.median(runs)
    print("%-11s %9.3f %7.3f %7.3f %10.2f" % (case, m, min(runs), max(runs), m / hugo))
PY
echo "Incremental output identical to a clean build: yes"
