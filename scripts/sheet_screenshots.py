"""Render the sample's printed brief, page by page, into docs/screenshots/ as PNG images."""

# Usage: .venv/bin/python scripts/sheet_screenshots.py [--out DIR] [--dpi 96] [--full]
#        [--lang en|ar]   (--lang ar: the Arabic sheet, right to left, into names ending -ar)
# The pages are painted by the sheet's own renderer on an image (the same slices, fonts and
# furniture as the PDF and the printer), so no PDF tool is needed.

import argparse
import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage, QPainter

from factsheet.i18n import LANGUAGES, SOURCE_LANGUAGE, is_right_to_left, using_language
from factsheet.loading import read_incident
from factsheet.rendering.paged import PageGeometry, paint_page
from factsheet.rendering.pagination import furniture_for, layout_sheet
from factsheet.rendering.pdf import ensure_gui_application
from factsheet.resources import sample_incident
from factsheet.shipped_catalogs import install_catalogs

ROOT = Path(__file__).resolve().parent.parent
A4 = QSizeF(595.28, 841.89)  # points
#: A fixed moment, so the pictures change only when the sheet does.
PRINTED_AT = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def main() -> int:
    """Write one PNG per page of the brief (or the dossier); print their paths."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dpi", type=int, default=96)
    parser.add_argument("--full", action="store_true", help="the full dossier instead")
    parser.add_argument("--lang", choices=LANGUAGES, default=SOURCE_LANGUAGE)
    args = parser.parse_args()
    ensure_gui_application()
    install_catalogs()
    with using_language(args.lang):
        return _shoot(args)


def _shoot(args: argparse.Namespace) -> int:
    loaded = read_incident(sample_incident())
    variant = "full" if args.full else "brief"
    mirrored = is_right_to_left(args.lang)
    ending = "" if args.lang == SOURCE_LANGUAGE else f"-{args.lang}"
    sheet = layout_sheet(loaded, A4, PRINTED_AT, variant, right_to_left=mirrored)
    furniture = furniture_for(loaded, PRINTED_AT, right_to_left=mirrored)
    size = (round(A4.width() * args.dpi / 72), round(A4.height() * args.dpi / 72))
    args.out.mkdir(parents=True, exist_ok=True)
    for index, page in enumerate(sheet.pages):
        image = QImage(*size, QImage.Format.Format_RGB32)
        dots_per_metre = round(args.dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_page(
            painter,
            sheet.documents,
            page,
            device_dpi=float(args.dpi),
            geometry=PageGeometry(A4),
            furniture=furniture,
            index=index,
            pages=sheet.page_count(),
        )
        painter.end()
        target = args.out / f"{variant}{ending}-{index + 1}.png"
        if not image.save(str(target)):
            print(f"could not write {target}", file=sys.stderr)  # noqa: T201
            return 1
        print(target)  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
