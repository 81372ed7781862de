"""Pages: the body laid out on the body rectangle, each page painted with header and footer."""

import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
    QTransform,
)

from factsheet.rendering.fonts import SHEET_FAMILIES
from factsheet.rendering.sheet_html import LAYOUT_DPI, points

MM = 72 / 25.4  # points per millimetre

#: Page furniture in millimetres from the paper's edges. 18 mm sides leave room for
#: hole punches and binders on both A4 and Letter; the body fills the rest.
SIDE_MM = 18.0
HEADER_TOP_MM = 10.0
BODY_TOP_MM = 21.0
BODY_BOTTOM_MM = 23.0
FOOTER_TOP_MM = 19.0
FURNITURE_PT = 8.0  # the smallest size on the sheet

#: A heading needs this much room under it on its page, or it moves to the next one
#: (the header row and first row of a table, or two or three lines of text).
KEEP_WITH_NEXT_PT = 44.0


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

    def footer_lines(self, page: int, pages: int) -> tuple[str, str]:
        """The two footer lines of page ``page`` (1-based) of ``pages``."""
        first = f"Page {page} of {pages} · printed {self.printed_at}"
        second = (
            f"{self.file_name} · SHA-256 {self.sha256[:12]} · format version "
            f"{self.format_version} · Factsheet {self.app_version}"
        )
        return first, second


def keep_headings_with_next(doc: QTextDocument) -> None:
    """Move a heading to the next page when it would end a page alone (no orphan headings),
    or when its section is short enough to stay whole but would be split (no last page
    holding one stray paragraph of the provenance, say)."""
    page_height = doc.pageSize().height()
    layout = doc.documentLayout()
    needed = points(KEEP_WITH_NEXT_PT)
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.headingLevel() > 0 and block.next().isValid():
            rect = layout.blockBoundingRect(block)
            page = math.floor(rect.top() / page_height)
            at_page_top = rect.top() - page * page_height < points(1)
            next_rect = layout.blockBoundingRect(block.next())
            alone = math.floor(next_rect.top() / page_height) > page
            cramped = rect.bottom() + needed > (page + 1) * page_height
            section_end = _section_end(doc, block)
            short_and_split = (
                section_end - rect.top() < page_height / 3
                and math.floor((section_end - 1) / page_height) > page
            )
            if not at_page_top and (alone or cramped or short_and_split):
                moved = QTextBlockFormat()
                moved.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(moved)
        block = block.next()


class RowGroup(NamedTuple):
    """Rows of a table that belong together (a claim's row and the detail row under it)."""

    first: int  # rows of the QTextTable, the header being row 0
    last: int
    table: int  # which table of the sheet, and which of its body rows
    body_row: int


def split_row_groups(
    doc: QTextDocument, tables: list[tuple[QTextTable, list[RowGroup]]]
) -> set[tuple[int, int]]:
    """(table, body row) of every row group that straddles a page boundary.

    Qt breaks a table row between two pages mid-cell, so page 2 would show a claim's number
    and figure with its claimant or sources only on page 3. The sheet is built again with
    the table broken before such rows (sheet_html.SheetHtml.row_breaks). A group that
    begins its table part (the part moves whole, or already starts a page) or is taller
    than a share of the page is left as Qt lays it out.
    """
    page_height = doc.pageSize().height()
    layout = doc.documentLayout()
    split = set()
    for table, groups in tables:
        for group in groups:
            top, bottom = _rows_extent(layout, table, group.first, group.last)
            page = math.floor(top / page_height)
            if math.floor((bottom - points(1)) / page_height) == page:
                continue
            if group.first > 1 and bottom - top < page_height * 0.6:
                split.add((group.table, group.body_row))
    return split


def _rows_extent(
    layout: QAbstractTextDocumentLayout, table: QTextTable, first: int, last: int
) -> tuple[float, float]:
    """Top of the first row's text and bottom of the last row's, in document coordinates."""
    tops, bottoms = [], []
    for row in range(first, last + 1):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue  # covered by a cell that spans columns
            start = layout.blockBoundingRect(cell.firstCursorPosition().block())
            end = layout.blockBoundingRect(cell.lastCursorPosition().block())
            if row == first:
                tops.append(start.top())
            bottoms.append(end.bottom())
    return min(tops), max(bottoms)


def _section_end(doc: QTextDocument, heading: QTextBlock) -> float:
    """Where the section under ``heading`` ends: the next heading's top or the document's end."""
    layout = doc.documentLayout()
    block = heading.next()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            return layout.blockBoundingRect(block).top()
        block = block.next()
    return layout.documentSize().height()


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
    doc: QTextDocument,
    *,
    device_dpi: float,
    geometry: PageGeometry,
    furniture: PageFurniture,
    index: int,
) -> None:
    """Paint page ``index`` (0-based): the body slice, then header and footer over it."""
    page_height = doc.pageSize().height()
    body = geometry.body
    scale = device_dpi / LAYOUT_DPI
    painter.save()
    painter.setWorldTransform(QTransform())
    painter.scale(scale, scale)
    painter.translate(points(body.left()), points(body.top()) - index * page_height)
    clip = QRectF(0, index * page_height, doc.pageSize().width(), page_height)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    # Lines are pushed off a page whole, but their boxes can touch the next page's top; the
    # inset keeps such lines off the neighbouring page. (Qt still paints every line of a table
    # row that spans two pages on both, clipped: invisible on paper, but a PDF's text layer
    # then holds those few lines twice.)
    context.clip = clip.adjusted(0, points(1.5), 0, -points(1.5))
    palette = QPalette()
    # Paper is black on white whatever colours the desktop theme uses.
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    context.palette = palette
    doc.documentLayout().draw(painter, context)
    painter.restore()
    _paint_furniture(
        painter,
        device_dpi=device_dpi,
        geometry=geometry,
        furniture=furniture,
        index=index,
        pages=doc.pageCount(),
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

    def line(y: float, text: str, *, elide: Qt.TextElideMode) -> None:
        room = right - left - marking_width
        painter.setFont(regular)
        painter.drawText(QPointF(left, y), metrics.elidedText(_one_line(text), elide, room))
        if marking:
            painter.setFont(bold)
            painter.drawText(QPointF(right - bold_metrics.horizontalAdvance(marking), y), marking)

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
