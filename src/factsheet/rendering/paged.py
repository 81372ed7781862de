"""Pages: slices of the laid-out sheet painted on the body, each page with header and footer."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTransform,
)

from factsheet.i18n import Context, localize_digits
from factsheet.rendering.fonts import SHEET_FAMILIES
from factsheet.rendering.page_breaks import Page
from factsheet.rendering.sheet_html import LAYOUT_DPI, points
from factsheet.views.bidi import isolate

SheetPage = Context("SheetPage")

MM = 72 / 25.4  # points per millimetre

# Page furniture in millimetres from the paper's edges. 18 mm sides leave room for
# hole punches and binders on both A4 and Letter; the body fills the rest.
SIDE_MM = 18.0
HEADER_TOP_MM = 10.0
BODY_TOP_MM = 21.0
BODY_BOTTOM_MM = 23.0
FOOTER_TOP_MM = 19.0
FURNITURE_PT = 8.0  # the smallest size on the sheet


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """Where header, body and footer go on a sheet of paper (sizes in points)."""

    paper: QSizeF

    @property
    def body(self) -> QRectF:
        """The body rectangle in points."""
        left, top = SIDE_MM * MM, BODY_TOP_MM * MM
        return QRectF(
            left,
            top,
            self.paper.width() - 2 * left,
            self.paper.height() - top - BODY_BOTTOM_MM * MM,
        )

    def body_in_layout_units(self) -> QSizeF:
        """The body's size in the units the sheet is laid out in."""
        body = self.body
        return QSizeF(points(body.width()), points(body.height()))


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """What every page's header and footer say."""

    title: str
    handling: str | None
    file_name: str
    sha256: str
    printed_at: str
    format_version: int
    app_version: str
    # A right-to-left sheet mirrors its furniture: texts from the right, the marking left.
    right_to_left: bool = False

    def footer_lines(self, page: int, pages: int) -> tuple[str, str]:
        """The two footer lines of page ``page`` (1-based) of ``pages``."""
        # Page numbers in the chosen digits (Western unless the user chose Arabic-Indic);
        # the file's name, hash and versions are left to right whatever the sheet's language.
        first = SheetPage.tr("Page {page} of {pages} · printed {moment}").format(
            page=localize_digits(str(page)),
            pages=localize_digits(str(pages)),
            moment=isolate(self.printed_at),
        )
        second = SheetPage.tr(
            "{file} · SHA-256 {sha256} · format version {format} · Factsheet {version}"
        ).format(
            file=isolate(self.file_name),
            sha256=isolate(self.sha256[:12]),
            format=localize_digits(str(self.format_version)),
            version=isolate(self.app_version),
        )
        return first, second


def _furniture_font(*, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(SHEET_FAMILIES))
    font.setPointSizeF(FURNITURE_PT)
    font.setBold(bold)
    return font


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def paint_page(
    painter: QPainter,
    documents: Sequence[QTextDocument],
    page: Page,
    *,
    device_dpi: float,
    geometry: PageGeometry,
    furniture: PageFurniture,
    index: int,
    pages: int,
) -> None:
    """Paint page ``index`` (0-based) of ``pages``: its slices, then header and footer."""
    body = geometry.body
    scale = device_dpi / LAYOUT_DPI
    palette = QPalette()
    # Paper is black on white whatever colours the desktop theme uses.
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    for piece in page:
        doc = documents[piece.span.part]
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.scale(scale, scale)
        painter.translate(points(body.left()), points(body.top()) + piece.y - piece.span.top)
        width = doc.textWidth()
        painter.setClipRect(QRectF(0, piece.span.top, width, piece.span.height))
        context = QAbstractTextDocumentLayout.PaintContext()
        # Qt paints every line that touches the clip; the inset keeps the lines of the atoms
        # on either side out, so no line is painted (nor in a PDF's text layer) twice.
        inset = min(points(1.5), piece.span.height / 4)
        context.clip = QRectF(0, piece.span.top + inset, width, piece.span.height - 2 * inset)
        context.palette = palette
        doc.documentLayout().draw(painter, context)
        painter.restore()
    _paint_furniture(
        painter,
        device_dpi=device_dpi,
        geometry=geometry,
        furniture=furniture,
        index=index,
        pages=pages,
    )


def _paint_furniture(
    painter: QPainter,
    *,
    device_dpi: float,
    geometry: PageGeometry,
    furniture: PageFurniture,
    index: int,
    pages: int,
) -> None:
    """Header and footer in device pixels with point-size fonts (no scaling involved)."""
    unit = device_dpi / 72
    body = geometry.body
    left, right = body.left() * unit, body.right() * unit
    regular = _furniture_font()
    bold = _furniture_font(bold=True)
    metrics = QFontMetricsF(regular, painter.device())
    bold_metrics = QFontMetricsF(bold, painter.device())
    line_height = metrics.lineSpacing()
    painter.save()
    painter.setWorldTransform(QTransform())
    painter.setPen(QPen(QColor("black"), 0.75 * unit))
    marking = furniture.handling or ""
    marking_width = bold_metrics.horizontalAdvance(marking) + (4 * unit if marking else 0)

    mirrored = furniture.right_to_left

    def line(y: float, text: str, *, elide: Qt.TextElideMode) -> None:
        room = right - left - marking_width
        painter.setFont(regular)
        shown = metrics.elidedText(_one_line(text), elide, room)
        x = right - metrics.horizontalAdvance(shown) if mirrored else left
        painter.drawText(QPointF(x, y), shown)
        if marking:
            painter.setFont(bold)
            width = bold_metrics.horizontalAdvance(marking)
            painter.drawText(QPointF(left if mirrored else right - width, y), marking)

    header_baseline = HEADER_TOP_MM * MM * unit + metrics.ascent()
    line(header_baseline, furniture.title, elide=Qt.TextElideMode.ElideRight)
    rule_y = header_baseline + metrics.descent() + 2 * unit
    painter.drawLine(QLineF(left, rule_y, right, rule_y))

    footer_top = (geometry.paper.height() - FOOTER_TOP_MM * MM) * unit
    painter.drawLine(QLineF(left, footer_top, right, footer_top))
    first, second = furniture.footer_lines(index + 1, pages)
    baseline = footer_top + 3 * unit + metrics.ascent()
    line(baseline, first, elide=Qt.TextElideMode.ElideRight)
    marking, marking_width = "", 0.0  # the marking once per footer is enough
    line(baseline + line_height, second, elide=Qt.TextElideMode.ElideMiddle)
    painter.restore()
