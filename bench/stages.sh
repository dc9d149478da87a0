#!/usr/bin/env bash
# Stage times of two gongshi binaries on one site, side by side: `gongshi build --verbose`, run
# alternately (A, B, A, B …) so that a busy machine slows both alike; prints the median of every
# stage (load, audit, plan, render, output scan, publish), user+sys CPU and peak RSS, and B/A.
#
#   A=/dev/shm/city/gongshi-base B=.build-rel/release/gongshi SITE=/dev/shm/city/site RUNS=3 \
#       bash bench/stages.sh
#
# Each run writes into a fresh folder under /dev/shm (removed after the run). Needs GNU time.
set -euo pipefail
die() { echo "stages.sh: $*" >&2; exit 1; }
A=${A:?binary A (the baseline)}; B=${B:?binary B}; SITE=${SITE:?site folder}; RUNS=${RUNS:-3}
[[ -x $A && -x $B ]] || die "binaries not executable"
out=$(mktemp -d /dev/shm/stages.XXXXXX)
trap 'rm -rf -- "$out"' EXIT
declare -A times
run() {  # run LABEL BINARY INDEX
    local log=$out/log
    /usr/bin/time -f 'cpu %U %S rss %M' "$2" build --verbose --source "$SITE" --output "$out/site-$1-$3" >"$log" 2>&1 \
        || { tail -5 "$log" >&2; die "$1 failed"; }
    while read -r stage seconds; do times[$1:$stage]+="$seconds "
    done < <(sed -nE 's/^ +([a-z ]+)：([0-9.]+) 秒(，.*)?$/\1 \2/p' "$log" | sed 's/output scan/output_scan/')
    read -r _ user sys _ rss < <(grep '^cpu ' "$log")
    times[$1:cpu]+="$(echo "$user + $sys" | bc) "
    times[$1:rss_MiB]+="$((rss / 1024)) "
    rm -rf -- "$out/site-$1-$3"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
for i in $(seq "$RUNS"); do run A "$A" "$i"; run B "$B" "$i"; done
printf '%-12s %10s %10s %8s\n' stage A B B/A
for stage in load audit plan render output_scan publish cpu rss_MiB; do
    a=$(echo "${times[A:$stage]:-}" | median); b=$(echo "${times[B:$stage]:-}" | median)
    [[ -n $a && -n $b ]] || continue
    printf '%-12s %10s %10s %8s\n' "$stage" "$a" "$b" "$(echo "scale=3; $b / $a" | bc)"
done
echo "runs: $RUNS each, alternating; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
