#!/usr/bin/env bash
# Runs before `npm test`: the browser tests drive Debian's Chromium with CJK
# fonts, and the print test reads the PDF back with poppler-utils (pdftotext,
# pdftoppm). Install them through apt-get when missing (never a downloaded
# browser); without root, say what to install instead of failing later.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "FundWatch tests need Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "[pretest] installing ${missing[*]} with apt-get"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
