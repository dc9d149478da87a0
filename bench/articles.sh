#!/usr/bin/env bash
# Benchmark: Gongshi vs Hugo on the same synthetic site of policy articles.
#
#   bash bench/articles.sh                 # 1000 articles, 7 timed runs of each tool
#   RUNS=5 COUNT=3000 bash bench/articles.sh
#
# Environment:
#   RUNS            timed runs per tool (default 7; one extra untimed warm-up run each)
#   COUNT           number of generated articles (default 1000)
#   SEED            generator seed (default 20240105)
#   GONGSHI_BIN     use this gongshi binary instead of building one
#   SCRATCH_PATH    passed to swift build as --scratch-path (e.g. .build-bench, to keep
#                   clear of another build in .build)
#   HUGO            hugo command (default: hugo)
#
# Needs: swift (unless GONGSHI_BIN), hugo, python3, /usr/bin/time (GNU time).
set -euo pipefail

RUNS=${RUNS:-7}
COUNT=${COUNT:-1000}
SEED=${SEED:-20240105}
HUGO=${HUGO:-hugo}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

die() { echo "articles.sh: $*" >&2; exit 1; }

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer (got '$RUNS')"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing; install it with: apt-get install -y time"
command -v "$HUGO" >/dev/null || die "hugo not found"
command -v python3 >/dev/null || die "python3 not found"

# --- gongshi, release build, and a work folder ------------------------------------------------
# shellcheck source=lib.sh
source "$here/lib.sh"
build_gongshi
make_workdir gongshi-bench

python3 "$here/gen_articles.py" --count "$COUNT" --seed "$SEED" \
    --site-yaml "$repo/site.yaml" --theme "$repo/themes/default" \
    --out "$work/site-gongshi" --hugo-out "$work/site-hugo"

mkdir -p "$work/out" "$work/log"
: >"$work/results"   # tool wall_seconds peak_kb html_pages

# run TOOL LABEL: build into a never-used folder, time it, record the result unless warm-up.
run() {
    local tool=$1 label=$2 out="$work/out/$1-$2" timing="$work/log/$1-$2.time" log="$work/log/$1-$2.err"
    local cmd
    case $tool in
        gongshi) cmd=("$gongshi" build --quiet --source "$work/site-gongshi" --output "$out") ;;
        hugo)    cmd=("$HUGO" --quiet -s "$work/site-hugo" -d "$out") ;;
    esac
    if ! /usr/bin/time -f "%e %M" -o "$timing" "${cmd[@]}" >"$log" 2>&1; then
        echo "articles.sh: $tool failed (run $label): ${cmd[*]}" >&2
        cat "$log" >&2
        exit 1
    fi
    if [[ -s "$log" ]]; then
        echo "--- $tool printed (run $label):" >&2
        cat "$log" >&2
    fi
    local pages
    pages=$(find "$out" -type f -name '*.html' | wc -l)
    if [[ $label != warmup ]]; then
        echo "$tool $(tail -n 1 "$timing") $pages" >>"$work/results"
    fi
    rm -rf -- "$out"
}

echo "Timing: $RUNS runs each (plus one warm-up), alternating; $(nproc) CPUs; work dir $work" >&2
run gongshi warmup
run hugo warmup
for ((i = 1; i <= RUNS; i++)); do
    run gongshi "$i"
    run hugo "$i"
done

# --- table ---------------------------------------------------------------------------------
gongshi_version=$("$gongshi" --version 2>/dev/null || true)
hugo_version=$("$HUGO" version | awk '{print $2}')
echo
echo "Site: $COUNT articles + 5 notices (seed $SEED); runs: $RUNS; $(nproc) CPUs"
echo "gongshi ${gongshi_version:-(release build)}; hugo $hugo_version"
python3 - "$work/results" <<'EOF'
import statistics, sys

rows = {}
for line in open(sys.argv[1]):
    tool, wall, kb, pages = line.split()
    rows.setdefault(tool, []).append((float(wall), int(kb), int(pages)))

print("%-8s %9s %7s %7s %7s %9s %9s" % ("tool", "median s", "min s", "max s", "pages", "pages/s", "RSS MiB"))
medians = {}
for tool in ("gongshi", "hugo"):
    runs = rows[tool]
    walls = [r[0] for r in runs]
    pages = sorted({r[2] for r in runs})
    med = statistics.median(walls)
    rss = statistics.median(r[1] for r in runs) / 1024
    medians[tool] = (med, rss)
    pps = pages[0] / med if med > 0 else float("inf")
    print("%-8s %9.3f %7.3f %7.3f %7s %9.0f %9.1f"
          % (tool, med, min(walls), max(walls), "/".join(map(str, pages)), pps, rss))
(gw, gr), (hw, hr) = medians["gongshi"], medians["hugo"]
print("gongshi/hugo: wall %s, peak RSS %.2f" % ("%.2f" % (gw / hw) if hw > 0 else "n/a", gr / hr))
EOF
