#!/usr/bin/env bash
# One roster saved, then `gongshi build` with its caches: two (or more) binaries side by side.
# Each binary builds its own copy of the site once (caches filled), then, alternately, each copy
# has one amount of one roster changed (OLD → NEW, back on the next run: the bytes really change)
# and is built again under /usr/bin/time; prints the median wall time, CPU (user + sys) and peak
# RSS of each binary and the ratios to the first.
#
#   SITE=/dev/shm/city/site RUNS=9 bash bench/one-roster.sh /dev/shm/city/gongshi-old .build-bench/release/gongshi
#
# Environment:
#   SITE    the site to copy: content/, site.yaml and themes/ (a city-scale site is made as
#           bench/city.sh makes it: ../shared/bench/gen_dataset.py --scale city, this repository's
#           site.yaml and themes/default)
#   FILE    the roster changed, relative to SITE (default content/rosters/2024-12/430102001001.csv)
#   SWAP    OLD/NEW amounts (default 735.50/735.51; FILE must contain OLD, and the site must stay
#           valid with NEW: a month whose _month.yaml states its totals fails the build)
#   RUNS    timed runs per binary (default 7)
#
# The copies and outputs are made in a folder under /dev/shm (removed on exit). Needs GNU time, python3.
set -euo pipefail

SITE=${SITE:?set SITE to a site folder}
FILE=${FILE:-content/rosters/2024-12/430102001001.csv}
SWAP=${SWAP:-735.50/735.51}
RUNS=${RUNS:-7}
die() { echo "one-roster.sh: $*" >&2; exit 1; }
[[ $# -ge 1 ]] || die "give one or more gongshi binaries"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing; install it with: apt-get install -y time"
[[ -f "$SITE/$FILE" ]] || die "$SITE/$FILE not found"
old=${SWAP%/*} new=${SWAP#*/}
grep -qF -- "$old" "$SITE/$FILE" || die "$FILE does not contain $old"

work=$(mktemp -d "/dev/shm/one-roster.XXXXXX")
trap 'rm -rf -- "$work"' EXIT
binaries=("$@")
for index in "${!binaries[@]}"; do
    [[ -x "${binaries[$index]}" ]] || die "${binaries[$index]} is not an executable"
    cp -R "$SITE" "$work/site-$index"
    rm -rf "$work/site-$index/.gongshi"
    "${binaries[$index]}" build --source "$work/site-$index" --output "$work/out-$index" --quiet >/dev/null
done
escape() { printf '%s' "$1" | sed 's/[.[\*^$/]/\\&/g'; }
for run in $(seq "$RUNS"); do
    for index in "${!binaries[@]}"; do
        file="$work/site-$index/$FILE"
        if grep -qF -- "$old" "$file"; then
            sed -i "0,/$(escape "$old")/s//$(escape "$new")/" "$file"
        else
            sed -i "0,/$(escape "$new")/s//$(escape "$old")/" "$file"
        fi
        /usr/bin/time -f "$index %e %U %S %M" -a -o "$work/times" \
            "${binaries[$index]}" build --source "$work/site-$index" --output "$work/out-$index" --quiet >/dev/null
    done
done
python3 - "$work/times" "${binaries[@]}" <<'PY'
import sys, statistics as st
times, binaries = sys.argv[1], sys.argv[2:]
rows = [line.split() for line in open(times) if line.strip() and line[0].isdigit()]
first = None
for index, binary in enumerate(binaries):
    own = [row for row in rows if row[0] == str(index)]
    wall = st.median(float(row[1]) for row in own)
    cpu = st.median(float(row[2]) + float(row[3]) for row in own)
    peak = st.median(int(row[4]) / 1024 for row in own)
    first = first or (wall, cpu)
    print(f"{binary}: wall {wall:.2f} s ({wall / first[0]:.2f} ×), CPU {cpu:.2f} s ({cpu / first[1]:.2f} ×), "
          f"peak {peak:.0f} MiB, median of {len(own)}")
PY
