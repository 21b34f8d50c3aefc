#!/usr/bin/env bash
# Takes the workbook screenshots of the providers' guides from the real template, as LibreOffice
# shows it: the Read me sheet and the left part of the Listings sheet, in English and French.
#
#   docs/guides/img/workbook-screenshots.sh
#
# Needs LibreOffice Calc (Debian: libreoffice-calc-nogui, which .ci/run installs) and pdftoppm
# (Debian: poppler-utils). Run it again whenever the template changes, and commit the pictures.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
out="$root/docs/guides/img"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for lang in en fr; do
  book="$work/template-$lang.xlsx"
  "$root/opdl" template --to xlsx --lang "$lang" -o "$book"
  soffice "-env:UserInstallation=file://$work/profile" --headless \
    --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
    --outdir "$work" "$book" >/dev/null
  pdf="$work/template-$lang.pdf"
  # One page per sheet: page 1 is Read me, page 2 Listings (80 columns wide: keep the first ones).
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$pdf" "$out/workbook-readme-$lang"
  pdftoppm -png -r 130 -f 2 -l 2 -x 0 -y 0 -W 1500 -H 60 -singlefile "$pdf" "$out/workbook-listings-$lang"
done
echo "screenshots written to $out"
