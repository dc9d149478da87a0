#!/usr/bin/env bash
# Benchmark: Gongshi vs Hugo on a synthetic city-scale disclosure site (rosters, articles,
# notices) from the shared dataset generator.
#
#   bash bench/city.sh                     # city scale (~24,000 roster files), 5 timed runs each
#   SCALE=small RUNS=2 bash bench/city.sh  # quick check (10 villages, 3 months)
#
# Environment:
#   SCALE           small | city | province (default city; passed to gen_dataset.py --scale)
#   RUNS            timed runs per tool (default 5; one extra untimed warm-up run each)
#   SEED            generator seed (default 20240101)
#   SHARED_BENCH    folder with gen_dataset.py and to_hugo.py (default: ../shared/bench,
#                   relative to the repository root)
#   GONGSHI_BIN     use this gongshi binary instead of building one
#   SCRATCH_PATH    passed to swift build as --scratch-path (default .build-bench, to keep
#                   clear of another build in .build; set it empty to use .build)
#   HUGO            hugo command (default: hugo)
#
# The dataset is generated once (deterministic for a given SCALE and SEED) into /dev/shm; the
# Gongshi site is that content/ plus the repository's site.yaml (hotlines allow-listed; the office
# numbers the articles publish are added to privacy.allowed_numbers, see lib.sh) and
# themes/default; the Hugo site is written by to_hugo.py. Every run builds into a folder never
# used before. Everything under /dev/shm is removed on exit.
#
# Needs: swift (unless GONGSHI_BIN), hugo, python3, /usr/bin/time (GNU time).
set -euo pipefail

SCALE=${SCALE:-city}
RUNS=${RUNS:-5}
SEED=${SEED:-20240101}
HUGO=${HUGO:-hugo}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-../shared/bench}
SCRATCH_PATH=${SCRATCH_PATH-.build-bench}

die() { echo "city.sh: $*" >&2; exit 1; }

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer (got '$RUNS')"
[[ "$SCALE" =~ ^(small|city|province)$ ]] || die "SCALE must be small, city or province (got '$SCALE')"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing; install it with: apt-get install -y time"
command -v "$HUGO" >/dev/null || die "hugo not found"
command -v python3 >/dev/null || die "python3 not found"
shared=$(cd "$repo" && cd "$SHARED_BENCH" 2>/dev/null && pwd) \
    || die "shared bench tools not found at $SHARED_BENCH (relative to $repo); set SHARED_BENCH"
[[ -f "$shared/gen_dataset.py" && -f "$shared/to_hugo.py" ]] \
    || die "$shared lacks gen_dataset.py or to_hugo.py"

# --- gongshi, release build, and a work folder ------------------------------------------------
# shellcheck source=lib.sh
source "$here/lib.sh"
build_gongshi
make_workdir gongshi-city

echo "Generating the $SCALE dataset (seed $SEED) into $work …" >&2
python3 "$shared/gen_dataset.py" --scale "$SCALE" --seed "$SEED" --out "$work/data" >"$work/dataset.txt" 2>&1
python3 "$shared/to_hugo.py" --src "$work/data" --dst "$work/site-hugo" >>"$work/dataset.txt" 2>&1
cat "$work/dataset.txt" >&2

mkdir -p "$work/site-gongshi/themes"
cp "$repo/site.yaml" "$work/site-gongshi/site.yaml"
cp -R "$repo/themes/default" "$work/site-gongshi/themes/default"
mv "$work/data/content" "$work/site-gongshi/content"
allow_dataset_numbers "$work/site-gongshi"

roster_files=$(find "$work/site-gongshi/content/rosters" -name '*.csv' | wc -l)
roster_rows=$(find "$work/site-gongshi/content/rosters" -name '*.csv' -exec cat {} + | wc -l)
roster_rows=$((roster_rows - roster_files))   # minus one header line per file
input_mb=$(du -sb "$work/site-gongshi/content" | awk '{printf "%.1f", $1 / 1e6}')

# A full build: without the caches in the site's .gongshi/cache/ (the load cache is per site, so
# every run after the warm-up would otherwise skip parsing); binaries before --no-cache have none.
no_cache=()
"$gongshi" build --help 2>/dev/null | grep -q -- --no-cache && no_cache=(--no-cache)
mkdir -p "$work/out" "$work/log"
: >"$work/results"   # tool wall_s peak_kb user_s sys_s html_pages output_bytes

# run TOOL LABEL: build into a never-used folder, time it, record the result unless warm-up.
# Timed runs are --quiet (errors only); the gongshi warm-up is not, so that its summary line
# and any warnings can be shown.
run() {
    local tool=$1 label=$2 out="$work/out/$1-$2" timing="$work/log/$1-$2.time"
    local stdout="$work/log/$1-$2.out" stderr="$work/log/$1-$2.err"
    local cmd quiet=(--quiet)
    [[ $label == warmup && $tool == gongshi ]] && quiet=()
    case $tool in
        gongshi) cmd=("$gongshi" build "${quiet[@]}" "${no_cache[@]}" --source "$work/site-gongshi" --output "$out") ;;
        hugo)    cmd=("$HUGO" --quiet -s "$work/site-hugo" -d "$out") ;;
    esac
    if ! /usr/bin/time -f "%e %M %U %S" -o "$timing" "${cmd[@]}" >"$stdout" 2>"$stderr"; then
        echo "city.sh: $tool failed (run $label): ${cmd[*]}" >&2
        echo "--- first 40 lines of its standard error ($(wc -l <"$stderr") lines in all):" >&2
        head -n 40 "$stderr" >&2
        echo "--- standard output:" >&2
        tail -n 5 "$stdout" >&2
        exit 1
    fi
    if [[ -s "$stderr" ]]; then
        echo "--- $tool printed on standard error (run $label; first 20 of $(wc -l <"$stderr") lines):" >&2
        head -n 20 "$stderr" >&2
    fi
    local pages bytes
    pages=$(find "$out" -type f -name '*.html' | wc -l)
    bytes=$(du -sb "$out" | awk '{print $1}')
    if [[ $label != warmup ]]; then
        echo "$tool $(tail -n 1 "$timing") $pages $bytes" >>"$work/results"
    fi
    rm -rf -- "$out"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Timing: $RUNS runs each (plus one warm-up), alternating; $(nproc) CPUs; load $load_before; work dir $work" >&2
run gongshi warmup
run hugo warmup
for ((i = 1; i <= RUNS; i++)); do
    run gongshi "$i"
    run hugo "$i"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- table ---------------------------------------------------------------------------------
gongshi_version=$("$gongshi" --version 2>/dev/null || true)
hugo_version=$("$HUGO" version | awk '{print $2}')
echo
echo "Site: scale $SCALE (seed $SEED): $(head -n 1 "$work/dataset.txt" | sed 's/^scale=[a-z]* seed=[0-9]* //')"
echo "      $roster_files roster files, $roster_rows roster rows, $input_mb MB of content; runs: $RUNS; $(nproc) CPUs"
echo "      load average before/after timing: $load_before / $load_after"
echo "gongshi ${gongshi_version:-(release build)}; hugo $hugo_version"
echo "gongshi summary (warm-up run): $(grep -v '^[[:space:]]*$' "$work/log/gongshi-warmup.out" | tail -n 1)"
python3 - "$work/results" <<'EOF'
import statistics, sys

rows = {}
for line in open(sys.argv[1]):
    tool, wall, kb, user, sys_, pages, size = line.split()
    rows.setdefault(tool, []).append((float(wall), int(kb), float(user) + float(sys_), int(pages), int(size)))

print("%-8s %9s %7s %7s %7s %9s %9s %8s %7s"
      % ("tool", "median s", "min s", "max s", "pages", "pages/s", "RSS MiB", "out MB", "CPU s"))
med = {}
for tool in ("gongshi", "hugo"):
    runs = rows[tool]
    walls = [r[0] for r in runs]
    pages = sorted({r[3] for r in runs})
    m = {
        "wall": statistics.median(walls),
        "rss": statistics.median(r[1] for r in runs) / 1024,
        "cpu": statistics.median(r[2] for r in runs),
        "pages": pages[0],
        "mb": statistics.median(r[4] for r in runs) / 1e6,
    }
    m["pps"] = m["pages"] / m["wall"] if m["wall"] > 0 else float("inf")
    med[tool] = m
    print("%-8s %9.3f %7.3f %7.3f %7s %9.0f %9.1f %8.1f %7.2f"
          % (tool, m["wall"], min(walls), max(walls), "/".join(map(str, pages)), m["pps"],
             m["rss"], m["mb"], m["cpu"]))
g, h = med["gongshi"], med["hugo"]
ratio = lambda a, b: "%.2f" % (a / b) if b > 0 else "n/a"
print("gongshi/hugo: wall %s, pages %s, pages/s %s, peak RSS %s, output %s, CPU %s"
      % (ratio(g["wall"], h["wall"]), ratio(g["pages"], h["pages"]), ratio(g["pps"], h["pps"]),
         ratio(g["rss"], h["rss"]), ratio(g["mb"], h["mb"]), ratio(g["cpu"], h["cpu"])))
EOF
