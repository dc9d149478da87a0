#!/usr/bin/env bash
# Benchmark: one province-scale build (~40,000 villages × 12 months, ~11 M roster rows, ~1.08 M
# pages): wall time, CPU, peak memory (RSS) and the stage times and memory of `gongshi build --verbose`.
#
#   bash bench/province.sh                          # generate the dataset, build once
#   SITE=/dev/shm/prov/site bash bench/province.sh  # reuse a site made by an earlier run (KEEP=1)
#   HUGO=hugo bash bench/province.sh                # also Hugo, under HUGO_MEMORY (see below)
#
# Environment:
#   SITE          an existing province site folder (content/ + site.yaml + themes/default)
#   KEEP          1: keep the generated site (printed at the end) for the next run's SITE
#   OUTPUT_DIR    where the output goes (default: a folder under $TMPDIR, i.e. on disk: the
#                 output is about 9.5 GB, too much to keep in RAM beside the build)
#   GONGSHI_BIN, SCRATCH_PATH, SEED, SHARED_BENCH  as in city.sh
#   HUGO          run Hugo on the same content too (default: not run). Hugo took 5.1 GB for the
#                 city (27,786 pages); at 20 times the size it needs far more than this machine
#                 has, so it runs under `prlimit --as=HUGO_MEMORY` (default 16G) and a 30-minute
#                 timeout, and the table says how it ended.
#
# Needs: python3, /usr/bin/time (GNU time), prlimit and timeout (util-linux, coreutils) for Hugo.
set -euo pipefail

SEED=${SEED:-20240101}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-../shared/bench}
SCRATCH_PATH=${SCRATCH_PATH-.build-bench}
HUGO_MEMORY=${HUGO_MEMORY:-16G}
die() { echo "province.sh: $*" >&2; exit 1; }

# shellcheck source=lib.sh
source "$here/lib.sh"
build_gongshi

if [[ -n "${SITE:-}" ]]; then
    [[ -f "$SITE/site.yaml" && -d "$SITE/content/rosters" ]] || die "SITE=$SITE is not a province site folder"
    site=$SITE
    work=$(mktemp -d "${TMPDIR:-/tmp}/gongshi-province.XXXXXX")
    trap 'rm -rf -- "$work"' EXIT
else
    shared=$(cd "$repo" && cd "$SHARED_BENCH" 2>/dev/null && pwd) || die "shared bench tools not found at $SHARED_BENCH"
    make_workdir gongshi-province
    [[ "${KEEP:-}" == 1 ]] && trap - EXIT
    echo "Generating the province dataset (seed $SEED; about 2 minutes, 2 GB) …" >&2
    python3 "$shared/gen_dataset.py" --scale province --seed "$SEED" --out "$work/data" >"$work/dataset.txt" 2>&1
    site="$work/site"
    mkdir -p "$site/themes"
    cp "$repo/site.yaml" "$site/site.yaml"
    cp -R "$repo/themes/default" "$site/themes/default"
    mv "$work/data/content" "$site/content"
    allow_dataset_numbers "$site"
    if [[ -n "${HUGO:-}" ]]; then
        python3 "$shared/to_hugo.py" --src "$site" --dst "$work/site-hugo" >>"$work/dataset.txt" 2>&1
    fi
fi
output=${OUTPUT_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/gongshi-province-out.XXXXXX")}
rm -rf -- "$output"

echo "Building (load average $(cut -d' ' -f1-3 /proc/loadavg)) …" >&2
/usr/bin/time -f "%e %M %U %S" -o "$work/gongshi.time" \
    "$gongshi" build --no-cache --verbose --source "$site" --output "$output" >"$work/gongshi.out" 2>&1 \
    || { tail -n 30 "$work/gongshi.out" >&2; die "gongshi failed"; }
pages=$(find "$output" -type f -name '*.html' | wc -l)
rm -rf -- "$output"
read -r wall kb user sys <"$work/gongshi.time"
echo
echo "Province build: $(grep -c '' <(find "$site/content/rosters" -name '*.csv')) roster files; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'gongshi  wall %8.1f s  CPU %8.1f s  peak RSS %6d MiB  %d pages\n' "$wall" "$(echo "$user + $sys" | bc)" $((kb / 1024)) "$pages"
grep -E '^  ([a-z ]+|内存峰值|名单行另存)：' "$work/gongshi.out" | sed 's/^/  stage /'

if [[ -n "${HUGO:-}" ]]; then
    [[ -d "$work/site-hugo" ]] || die "HUGO needs a generated dataset (run without SITE)"
    status=0
    /usr/bin/time -f "%e %M %U %S" -o "$work/hugo.time" timeout 30m prlimit --as="$(numfmt --from=iec "$HUGO_MEMORY")" \
        "$HUGO" --quiet -s "$work/site-hugo" -d "$work/hugo-out" >"$work/hugo.out" 2>&1 || status=$?
    read -r wall kb user sys < <(tail -n 1 "$work/hugo.time")
    case $status in
        0) ended="finished, $(find "$work/hugo-out" -type f -name '*.html' | wc -l) pages" ;;
        124) ended="stopped by the 30-minute timeout" ;;
        *) ended="failed (exit $status; within $HUGO_MEMORY of address space: $(grep -m1 -oiE 'out of memory|cannot allocate memory' "$work/hugo.out" || echo 'see its log'))" ;;
    esac
    rm -rf -- "$work/hugo-out"
    printf 'hugo     wall %8.1f s  CPU %8.1f s  peak RSS %6d MiB  %s\n' "$wall" "$(echo "$user + $sys" | bc)" $((kb / 1024)) "$ended"
fi
[[ "${KEEP:-}" == 1 && -z "${SITE:-}" ]] && echo "Site kept at $site (SITE=$site for the next run)"
exit 0
