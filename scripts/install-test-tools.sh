#!/usr/bin/env bash
# Installs the tools some tests use, from Debian packages:
#   qpdf (qpdf --check), poppler-utils (pdffonts, pdftotext, pdftoppm), libreoffice-calc-nogui (soffice),
#   chromium and chromium-driver (the real-browser tests, through Selenium),
# and from the npm registry axe-core (scripts/test-tools/package.json, pinned by its package-lock.json), which
# AxeAudit injects into Chromium to check pages against WCAG 2.1 AA.
# Without them those tests skip locally and say so; under CI=true they fail. Needs root or sudo.
set -euo pipefail
need=()
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdffonts >/dev/null || need+=(poppler-utils)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
tools="$(cd "$(dirname "${BASH_SOURCE[0]}")/test-tools" && pwd)"
if [ ! -f "$tools/node_modules/axe-core/axe.min.js" ]; then
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
if [ ${#need[@]} -eq 0 ]; then
  echo "test tools present: qpdf, poppler-utils, soffice, chromium, chromedriver, axe-core"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
