#!/usr/bin/env bash
# Printing a whole county: `gongshi print --month 2026-11 --pdf` for one county of $VILLAGES
# villages (townships of 20), one PDF per village, by this build (one headless Chromium kept open,
# driven over the DevTools pipe) and by a baseline binary (one Chromium start per PDF), alternating
# in the same run. Prints medians (min/max) of wall time, the baseline/new ratio, and checks that
# every village got a PDF whose pages say 「第 N 页 共 M 页」 of that village.
#
#   RUNS=3 VILLAGES=300 bash bench/print-county.sh
#   GONGSHI_BASE_BIN=none VILLAGES=300 bash bench/print-county.sh     # the new way only
#
# GONGSHI_BIN: the binary to measure (default: a release build into $SCRATCH_PATH, .build-bench).
# GONGSHI_BASE_BIN: the baseline (default /dev/shm/city/gongshi-base; `none` skips it: the old way
# takes about a second of Chromium start per village, minutes for a county).
# Needs chromium, fonts-wqy-microhei, poppler-utils (scripts/ensure-deps.sh --test), python3, GNU time.
set -euo pipefail

RUNS=${RUNS:-3}
VILLAGES=${VILLAGES:-300}
GONGSHI_BASE_BIN=${GONGSHI_BASE_BIN:-/dev/shm/city/gongshi-base}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
SCRATCH_PATH=${SCRATCH_PATH-.build-bench}

die() { echo "print-county.sh: $*" >&2; exit 1; }

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer (got '$RUNS')"
[[ "$VILLAGES" =~ ^[1-9][0-9]*$ ]] || die "VILLAGES must be a positive integer (got '$VILLAGES')"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing; install it with: apt-get install -y time"
command -v python3 >/dev/null || die "python3 not found"
command -v pdftotext >/dev/null || die "pdftotext not found (apt-get install poppler-utils)"
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || [[ -n "${GONGSHI_CHROMIUM:-}" ]] \
    || die "chromium not found (scripts/ensure-deps.sh --test installs it)"
if [[ "$GONGSHI_BASE_BIN" != none ]]; then
    [[ -x "$GONGSHI_BASE_BIN" ]] || die "baseline binary not found at $GONGSHI_BASE_BIN (set GONGSHI_BASE_BIN, or none)"
fi

source "$here/lib.sh"
build_gongshi
make_workdir gongshi-print-county

# One county (410829), townships of 20 villages, 5 to 80 households each (median about 20: one or
# two A4 sheets), deterministic.
site="$work/site"
mkdir -p "$site/themes"
cp "$repo/site.yaml" "$site/site.yaml"
cp -R "$repo/themes/default" "$site/themes/default"
python3 - "$site" "$VILLAGES" <<'PY'
import os, random, sys
site, villages = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261101)
content = os.path.join(site, "content")
month = os.path.join(content, "rosters", "2026-11")
os.makedirs(month)
surnames, given = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗", "华明军平芳英兰秀珍强伟丽敏静霞红梅玲桂凤"
regions = ["区划代码,名称", "410829000000,云台县"]
for v in range(villages):
    township = "410829%03d" % (101 + v // 20)
    if v % 20 == 0:
        regions.append("%s000,第%d镇" % (township, v // 20 + 1))
    code = "%s%03d" % (township, 201 + v % 20)
    regions.append("%s,第%d村" % (code, v + 1))
    rows = ["记录编号,户主姓名,保障人数,家庭人口,保障类别,月保障金额(元),起始月份,备注"]
    for i in range(min(80, max(5, int(rng.lognormvariate(3.0, 0.5))))):
        persons = 1 + rng.randrange(4)
        rows.append("R%s%03d,%s*%s,%d,%d,农村低保,%d.00,2024-01," % (code[-6:], i, rng.choice(surnames), rng.choice(given),
                                                                    persons, persons, persons * 550))
    with open(os.path.join(month, code + ".csv"), "w") as f:
        f.write("\n".join(rows) + "\n")
with open(os.path.join(content, "regions.csv"), "w") as f:
    f.write("\n".join(regions) + "\n")
with open(os.path.join(content, "standards.yaml"), "w") as f:
    f.write('- from: 2024-01-01\n  region: "410829"\n  农村低保: 550\n  农村特困: 715\n')
with open(os.path.join(month, "_month.yaml"), "w") as f:
    f.write('notice_type: 长期公示\npublish_from: 2026-11-01\npublish_to: 2026-11-30\npublisher: 云台县民政局\n'
            'hotline: "0391-7123456"\nbasis:\n  - 《最低生活保障审核确认办法》\n')
PY

mkdir -p "$work/log"
: >"$work/results"   # tool wall_s user_s sys_s peak_kb

run() {
    local tool=$1 label=$2 binary out="$work/out-$1-$2" timing="$work/log/$1-$2.time" log="$work/log/$1-$2.err"
    [[ $tool == new ]] && binary=$gongshi || binary=$GONGSHI_BASE_BIN
    if ! /usr/bin/time -f "%e %U %S %M" -o "$timing" \
        "$binary" print --month 2026-11 --pdf --quiet --source "$site" --out "$out" >/dev/null 2>"$log"; then
        echo "print-county.sh: $tool failed (run $label); first lines of its standard error:" >&2
        head -n 20 "$log" >&2
        exit 1
    fi
    local pdfs
    pdfs=$(find "$out/2026-11" -maxdepth 1 -name '*.pdf' | wc -l)
    [[ $pdfs -eq $VILLAGES ]] || die "$tool wrote $pdfs PDFs for $VILLAGES villages (run $label)"
    if [[ $tool == new && $label == 1 ]]; then check_numbers "$out/2026-11"; fi
    echo "$tool $(tail -n 1 "$timing")" >>"$work/results"
    rm -rf -- "$out"
}

# Every page of every village PDF says 「第 N 页 共 M 页」 with N its page and M the village's pages.
check_numbers() {
    local folder=$1 pdf pages page bad=0 checked=0
    for pdf in "$folder"/*.pdf; do
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
        for ((page = 1; page <= pages; page++)); do
            pdftotext -f "$page" -l "$page" "$pdf" - | tr -d ' \n' | grep -q "第${page}页共${pages}页" || bad=$((bad + 1))
            checked=$((checked + 1))
        done
    done
    [[ $bad -eq 0 ]] || die "$bad of $checked pages have a wrong 第 N 页 共 M 页"
    echo "Page numbers checked: $checked pages of $VILLAGES village PDFs, each numbered within its village." >&2
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Timing $VILLAGES village PDFs: $RUNS runs each, alternating; $(nproc) CPUs; load $load_before; work dir $work" >&2
for ((i = 1; i <= RUNS; i++)); do
    run new "$i"
    [[ "$GONGSHI_BASE_BIN" == none ]] || run base "$i"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$work/results" "$VILLAGES" "$load_before" "$load_after" <<'PY'
import statistics, sys
path, villages, before, after = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rows = {}
for line in open(path):
    tool, wall, user, system, peak = line.split()
    rows.setdefault(tool, []).append((float(wall), float(user) + float(system), int(peak)))
print("%-5s %5s %10s %18s %12s %12s %10s" % ("tool", "runs", "median s", "min-max s", "ms/village", "CPU s (med)", "peak MiB"))
medians = {}
for tool in ("new", "base"):
    if tool not in rows: continue
    walls = [r[0] for r in rows[tool]]
    medians[tool] = statistics.median(walls)
    print("%-5s %5d %10.1f %18s %12.0f %12.1f %10.0f" % (tool, len(walls), medians[tool], "%.1f-%.1f" % (min(walls), max(walls)),
          medians[tool] / villages * 1000, statistics.median(r[1] for r in rows[tool]), max(r[2] for r in rows[tool]) / 1024))
if "base" in medians:
    print("base/new wall ratio: %.1fx" % (medians["base"] / medians["new"]))
print("load average before %s, after %s" % (before, after))
PY
