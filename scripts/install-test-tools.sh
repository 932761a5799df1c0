#!/usr/bin/env bash
# Installs the tools some tests use, from Debian packages:
#   qpdf (qpdf --check), poppler-utils (pdffonts, pdftotext, pdftoppm), libreoffice-calc-nogui (soffice),
#   chromium and chromium-driver (the real-browser test of the upload page, through Selenium).
# Without them those tests skip locally and say so; under CI=true they fail. Needs root or sudo.
set -euo pipefail
need=()
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdffonts >/dev/null || need+=(poppler-utils)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
if [ ${#need[@]} -eq 0 ]; then
  echo "test tools present: qpdf, poppler-utils, soffice, chromium, chromedriver"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
