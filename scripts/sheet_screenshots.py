"""Render the sample's printed brief, page by page, into docs/screenshots/ as PNG images."""

# Usage: .venv/bin/python scripts/sheet_screenshots.py [--out DIR] [--dpi 96] [--full]
# The pages are painted by the sheet's own renderer on an image (the same slices, fonts and
# furniture as the PDF and the printer), so no PDF tool is needed.

import argparse
import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage, QPainter

from factsheet.loading import read_incident
from factsheet.rendering.paged import PageGeometry, paint_page
from factsheet.rendering.pagination import furniture_for, layout_sheet
from factsheet.rendering.pdf import ensure_gui_application
from factsheet.resources import sample_incident

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
    args = parser.parse_args()
    ensure_gui_application()
    loaded = read_incident(sample_incident())
    variant = "full" if args.full else "brief"
    sheet = layout_sheet(loaded, A4, PRINTED_AT, variant)
    furniture = furniture_for(loaded, PRINTED_AT)
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
        target = args.out / f"{variant}-{index + 1}.png"
        if not image.save(str(target)):
            print(f"could not write {target}", file=sys.stderr)  # noqa: T201
            return 1
        print(target)  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
