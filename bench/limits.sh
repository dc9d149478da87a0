#!/usr/bin/env bash
# Adversarial inputs just under the per-file size limit (64 MiB): peak memory and time of one
# build each. The promise (README "Limits"): no input makes a build exceed 2 GiB or run for
# minutes at sample-site scale; what is refused is refused with exit 1 and a message.
#
#   bash bench/limits.sh                           # builds a release binary first
#   GONGSHI_BIN=.build/debug/gongshi bash bench/limits.sh
#   CASES="roster-60mib md-deep-quote" SIZE_MIB=8 bash bench/limits.sh
#
# Prints one line per case: name, exit status, peak RSS (MiB), wall seconds, first message.
set -euo pipefail

SIZE_MIB=${SIZE_MIB:-60}
ALL_CASES="roster-60mib roster-huge-cell roster-million-columns md-deep-quote md-deep-list md-emphasis md-brackets html-deep front-matter-huge yaml-alias-bomb yaml-deep"
CASES=${CASES:-$ALL_CASES}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

die() { echo "limits.sh: $*" >&2; exit 1; }
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing; install it with: apt-get install -y time"
command -v python3 >/dev/null || die "python3 is needed to generate the inputs"
# shellcheck source=lib.sh
source "$here/lib.sh"
build_gongshi
make_workdir gongshi-limits

# generate CASE SITE: writes the adversarial file of CASE into the sample site copy SITE.
generate() {
    python3 - "$1" "$2" "$SIZE_MIB" <<'PY'
import os, sys
case, site, mib = sys.argv[1], sys.argv[2], int(sys.argv[3])
size = mib << 20
def write(path, data):
    full = os.path.join(site, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
roster = "content/rosters/2026-11/410829101201.csv"
header = "记录编号,户主姓名,保障人数,家庭人口,保障类别,供养方式,月保障金额(元),起始月份,备注\n"
def article(body, front="title: 压力测试\ndate: 2026-11-01\n"):
    write("content/articles/stress.md", "---\n" + front + "---\n" + body)
if case == "roster-60mib":
    rows, n = [], 0
    while n < size - 200:
        row = "Z%07d,孟*民,1,1,农村低保,,207.00,2022-11,\n" % len(rows)
        rows.append(row); n += len(row.encode())
    write(roster, header + "".join(rows))
elif case == "roster-huge-cell":
    write(roster, header + 'Z0000001,"' + "孟" * (size // 3 - 100) + '",1,1,农村低保,,207.00,2022-11,\n')
elif case == "roster-million-columns":
    write(roster, header.rstrip("\n") + "," * 1_000_000 + "\n" + "Z0000001,孟*民,1,1,农村低保,,207.00,2022-11," + "," * 1_000_000 + "\n")
elif case == "md-deep-quote":
    article("> " * (size // 2 - 100) + "低保\n")
elif case == "md-deep-list":
    article("".join("  " * min(i, 2000) + "- 项\n" for i in range(size // 4200)))
elif case == "md-emphasis":
    article("*低 **保 " * (size // 12) + "\n")
elif case == "md-brackets":
    article("[" * (size - 100) + "\n")
elif case == "html-deep":
    article("<div>" * (size // 5 - 100) + "\n")
elif case == "front-matter-huge":
    article("正文\n", front="title: 压力测试\ndate: 2026-11-01\nsummary: \"" + "低保" * (size // 6 - 100) + "\"\n")
elif case == "yaml-alias-bomb":
    lines = ["title: 压力测试", "x0: &a0 [\"低保低保\",\"低保低保\"]"]
    lines += ["x%d: &a%d [%s]" % (i, i, ",".join(["*a%d" % (i - 1)] * 9)) for i in range(1, 40)]
    article("正文\n", front="\n".join(lines) + "\n")
elif case == "yaml-deep":
    article("正文\n", front="title: 压力测试\ntags: " + "[" * (size - 100) + "\n")
else:
    sys.exit("unknown case " + case)
PY
}

printf '%-24s %6s %10s %9s  %s\n' case status "peak MiB" seconds "first message"
for case in $CASES; do
    site="$work/$case"
    mkdir -p "$site"
    cp -R "$repo/site.yaml" "$repo/content" "$repo/themes" "$site/"
    generate "$case" "$site"
    set +e
    /usr/bin/time -v -o "$work/$case.time" "$gongshi" build --source "$site" --output "$work/$case-out" --quiet \
        >"$work/$case.out" 2>"$work/$case.err"
    status=$?
    set -e
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); printf "%.0f", $2 / 1024}' "$work/$case.time")
    wall=$(awk '/Elapsed \(wall clock\)/ {n = split($NF, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s}' "$work/$case.time")
    first=$(head -n 1 "$work/$case.err" | cut -c1-110)
    printf '%-24s %6s %10s %9s  %s\n' "$case" "$status" "$rss" "$wall" "$first"
    rm -rf "$site" "$work/$case-out"
done
