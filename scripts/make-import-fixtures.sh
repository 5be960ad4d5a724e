#!/usr/bin/env bash
# Makes the import test fixtures (test/fixtures/import/) from the test documents, the way a user's
# own tools would: Word files from pandoc and LibreOffice, PDFs saved by LibreOffice, scans made by
# printing to an image at 150 dpi, adding noise and a slight rotation, saving as JPEG and
# assembling with img2pdf. The generated files are committed; run this again only to remake them.
#
#   bash scripts/make-import-fixtures.sh
#
# Needs Debian's pandoc, libreoffice-writer, poppler-utils, imagemagick, img2pdf and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=test/fixtures/import
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" # LibreOffice keeps its profile here, not in the user's home
export SOURCE_DATE_EPOCH=1700000000
CONVERT=/usr/bin/convert # ImageMagick itself

# The scans: two markdown and two OCR-style documents, one of them French; seed 003 makes the
# four-page scan the benchmark reads.
SCANNED=(cra-manager-domestic-collections cra-director-collections-operations
  esdc-director-ei-processing aac-directeur-services-numeriques-producteurs)

rm -rf "$OUT"
mkdir -p "$OUT"/{docx,pdf,scan,image,bad} "$HOME"

soffice() { command soffice --headless --norestore "$@" >/dev/null 2>&1; }
TEXT_FILTER='Text (encoded):UTF8,LF,,,'

# A Word template with what government forms carry on every page: a running header and a
# "Page N of M" footer, so the PDFs have page noise to recognise.
make_reference_docx() {
  pandoc -o "$WORK/reference.docx" --print-default-data-file reference.docx
  python3 - "$WORK/reference.docx" <<'PY'
import sys, zipfile, shutil
path = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def field(code):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> {code} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
header = f'<w:hdr {W}><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>PROTECTED A (when completed)</w:t></w:r></w:p></w:hdr>'
footer = (f'<w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r>'
          + field('PAGE') + '<w:r><w:t xml:space="preserve"> of </w:t></w:r>' + field('NUMPAGES') + '</w:p></w:ftr>')
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml'
src = zipfile.ZipFile(path)
tmp = path + '.tmp'
with zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename).decode('utf-8')
        if item.filename == 'word/document.xml':
            data = data.replace('<w:sectPr />',
                f'<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr" xmlns:r="{R}"/>'
                f'<w:footerReference w:type="default" r:id="rIdFtr" xmlns:r="{R}"/></w:sectPr>')
        elif item.filename == 'word/_rels/document.xml.rels':
            data = data.replace('</Relationships>',
                f'<Relationship Type="{R}/header" Id="rIdHdr" Target="header1.xml"/>'
                f'<Relationship Type="{R}/footer" Id="rIdFtr" Target="footer1.xml"/></Relationships>')
        elif item.filename == '[Content_Types].xml':
            data = data.replace('</Types>',
                f'<Override PartName="/word/header1.xml" ContentType="{CT}.header+xml"/>'
                f'<Override PartName="/word/footer1.xml" ContentType="{CT}.footer+xml"/></Types>')
        dst.writestr(item, data)
    dst.writestr('word/header1.xml', header)
    dst.writestr('word/footer1.xml', footer)
shutil.move(tmp, path)
PY
}

# Word and PDF for every test document: markdown through pandoc (each line of a field block is a
# line of its own, as its author sees it), OCR-style text opened in LibreOffice as plain text.
convert_documents() {
  for src in test/fixtures/docs/* test/fixtures/docs-fr/*; do
    local base ext
    base=$(basename "${src%.*}")
    ext=${src##*.}
    if [ "$ext" = md ]; then
      pandoc -f markdown+hard_line_breaks --reference-doc="$WORK/reference.docx" \
        -o "$OUT/docx/$base.docx" "$src"
    else
      cp "$src" "$WORK/$base.txt"
      soffice --infilter="$TEXT_FILTER" --convert-to docx --outdir "$OUT/docx" "$WORK/$base.txt"
    fi
    soffice --convert-to pdf --outdir "$OUT/pdf" "$OUT/docx/$base.docx"
  done
}

# A page image as a flatbed scanner would give it: grey, a little noise, slightly turned, JPEG.
scan_pages() { # <pdf> <output prefix>
  pdftoppm -r 150 -gray "$1" "$WORK/page"
  for page in "$WORK"/page-*.pgm; do
    "$CONVERT" "$page" -attenuate 0.4 +noise Gaussian -background white -rotate 0.6 \
      -quality 60 "$2-$(basename "${page%.pgm}").jpg"
    rm "$page"
  done
}

make_scans() {
  for base in "${SCANNED[@]}"; do
    scan_pages "$OUT/pdf/$base.pdf" "$WORK/$base"
    img2pdf --pagesize A4 -o "$OUT/scan/$base.scan.pdf" "$WORK/$base"-page-*.jpg
  done
  cp seeds/003_*.txt "$WORK/seed-003.txt"
  soffice --infilter="$TEXT_FILTER" --convert-to pdf --outdir "$WORK" "$WORK/seed-003.txt"
  scan_pages "$WORK/seed-003.pdf" "$WORK/seed-003"
  img2pdf --pagesize A4 -o "$OUT/scan/seed-003-four-pages.scan.pdf" "$WORK"/seed-003-page-*.jpg
  # Single page images in the formats a phone or a scanner saves.
  local first="$WORK/cra-manager-domestic-collections-page-1.jpg"
  cp "$first" "$OUT/image/cra-manager-domestic-collections.jpg"
  # A PNG as a "save as image" gives it: clean, grey, 150 dpi.
  pdftoppm -r 150 -gray -png -f 1 -l 1 -singlefile "$OUT/pdf/cra-manager-domestic-collections.pdf" \
    "$OUT/image/cra-manager-domestic-collections"
  "$CONVERT" "$first" -colorspace Gray -compress Group4 -monochrome \
    "$OUT/image/cra-manager-domestic-collections.tif"
}

# Files a user may pick by mistake or that arrive damaged.
make_bad_inputs() {
  local docx="$OUT/docx/hc-director-strategic-planning.docx"
  soffice --convert-to doc --outdir "$WORK" "$docx"
  soffice --convert-to rtf --outdir "$WORK" "$docx"
  soffice --convert-to odt --outdir "$WORK" "$docx"
  cp "$WORK/hc-director-strategic-planning.doc" "$OUT/bad/legacy-word.doc"
  cp "$WORK/hc-director-strategic-planning.rtf" "$OUT/bad/rich-text.rtf"
  cp "$WORK/hc-director-strategic-planning.odt" "$OUT/bad/open-document.odt"
  soffice --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
    --outdir "$WORK/locked" "$docx"
  cp "$WORK/locked/hc-director-strategic-planning.pdf" "$OUT/bad/password-protected.pdf"
  local pdf="$OUT/pdf/hc-director-strategic-planning.pdf"
  head -c $(($(stat -c %s "$pdf") / 2)) "$pdf" >"$OUT/bad/truncated.pdf"
  head -c $(($(stat -c %s "$docx") / 2)) "$docx" >"$OUT/bad/corrupt.docx"
  # A photo of a wall: an image with no text in it.
  "$CONVERT" -size 900x600 plasma:grey50-grey80 -seed 7 -colorspace Gray -quality 60 \
    "$OUT/bad/no-text.jpg"
}

make_reference_docx
convert_documents
make_scans
make_bad_inputs
du -sh "$OUT"/*
