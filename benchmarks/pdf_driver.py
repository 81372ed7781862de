"""Child process for run.py: time one PDF export, or the floor (a bare one-page QPdfWriter)."""

# Usage: pdf_driver.py floor OUT | pdf_driver.py export FILE OUT [brief|full]. Prints
# {"seconds": …, "pages": …}: the time from before the QGuiApplication exists to the closed
# PDF, imports and loading excluded.

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

FLOOR_TEXT = (
    "Killings of civilians in Al Qaryatayn — مقتل مدنيين في القريتين. At least 80 bodies "
    "found, according to activists; SOHR documented at least 128 killings. "
) * 6


def floor(output: Path) -> float:
    """A4 page with a heading and a paragraph in English and Arabic: the least any sheet costs."""
    start = time.perf_counter()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    writer = QPdfWriter(str(output))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
        )
    )
    painter = QPainter(writer)
    area = QRectF(0, 0, writer.width(), writer.height())
    painter.drawText(area, int(Qt.TextFlag.TextWordWrap), FLOOR_TEXT)
    painter.end()
    del app
    return time.perf_counter() - start


def export(file: Path, output: Path, variant: str) -> tuple[float, int]:
    """Factsheet's own export of ``file`` (the brief or the full dossier), and its pages;
    loading is not timed."""
    from factsheet.loading import read_incident
    from factsheet.rendering.pdf import export_pdf

    loaded = read_incident(file)
    start = time.perf_counter()
    pages = export_pdf(loaded, output, paper="a4", variant="full" if variant == "full" else "brief")
    return time.perf_counter() - start, pages


if __name__ == "__main__":
    if sys.argv[1] == "floor":
        seconds, pages = floor(Path(sys.argv[2])), 1
    else:
        variant = sys.argv[4] if len(sys.argv) > 4 else "brief"
        seconds, pages = export(Path(sys.argv[2]), Path(sys.argv[3]), variant)
    print(json.dumps({"seconds": seconds, "pages": pages}))
