"""One document of the sheet: its rich text laid out at 1200 dpi at the body's width, unpaged."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTransform,
)

from factsheet.model.incident import Incident
from factsheet.rendering.claims_chart import paint_claims_chart
from factsheet.rendering.fonts import SHEET_FAMILIES
from factsheet.rendering.sheet_html import CHART_MARKER, LAYOUT_DPI, SheetPart, css_px

BODY_PT = 10.0
CHART_PT = 8.5
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1


def _style_sheet() -> str:
    # Body text 10 pt; tables 9 pt so eight claim columns fit a portrait page without
    # breaking words; notes (the small() spans) 8.5 pt; nothing under 8 pt, nothing grey.
    return f"""
        p {{ margin-top: 0px; margin-bottom: {css_px(5)}px; }}
        h1 {{ font-size: 17pt; font-weight: bold; margin-top: 0px; margin-bottom: {css_px(4)}px; }}
        h2 {{ font-size: 12.5pt; font-weight: bold; margin-top: {css_px(13)}px;
              margin-bottom: {css_px(4)}px; }}
        h3 {{ font-size: 10pt; font-weight: bold; margin-top: {css_px(7)}px;
              margin-bottom: {css_px(2)}px; }}
        ul {{ margin-top: 0px; margin-bottom: {css_px(4)}px; }}
        li {{ margin-bottom: {css_px(2)}px; }}
        th {{ font-size: 9pt; font-weight: bold; }}
        td {{ font-size: 9pt; }}
    """


# An Arabic sheet's lines would be as tall as its Arabic font makes them (Noto Naskh,
# enlarged to the Latin's size, has tall ascenders and descenders for stacked marks): the
# sample's brief ran to three pages where the English takes two. Each of its lines is given
# the height Noto Sans gives a line of the same size instead (1.36 em of the block's own
# size, 8.5 pt notes as 10 pt text), which still clears the marks above and below (looked
# at in the rendered pages), and leaves Latin lines as they are.
LINE_EMS = 1.36


def _fix_line_heights(doc: QTextDocument) -> None:
    """Every block's lines LINE_EMS of its text's size (the chart's line is laid out later)."""
    default = doc.defaultFont().pointSizeF()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        # The largest text of the line decides (a bold 10 pt label beside an 8.5 pt note).
        sizes = [block.charFormat().fontPointSize()]
        fragments = block.begin()
        while not fragments.atEnd():
            sizes.append(fragments.fragment().charFormat().fontPointSize())
            fragments += 1
        size = max(sizes) or default
        fmt = block.blockFormat()
        # In rich-text pixels (1/96 inch), which Qt scales to the device as it does margins.
        fmt.setLineHeight(
            size * LINE_EMS * 96 / 72, QTextBlockFormat.LineHeightTypes.FixedHeight.value
        )
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()


def layout_device() -> QImage:
    """A 1×1 image whose only job is to say 1200 dpi to the text layout."""
    image = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


class SheetDocument(QTextDocument):
    """A text document that never loads anything: no file, no image, no address.

    Every string from the incident is escaped, so no <img> can reach the document; this
    refusal is the second lock on the same door, and ``resource_requests`` lets tests see it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.resource_requests: list[str] = []
        # The QImage must outlive the layout that measures with it.
        self.measuring_device = layout_device()
        self.documentLayout().setPaintDevice(self.measuring_device)
        self.chart: ChartObject | None = None  # Qt does not own a handler: kept here

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt's names
        """Refuse every resource, and remember that one was asked for."""
        self.resource_requests.append(name.toString() if isinstance(name, QUrl) else name)
        # Empty data rather than None: PySide6 mis-counts a None returned as a QVariant.
        return QByteArray()


def sheet_font(point_size: float = BODY_PT) -> QFont:
    """The sheet's families at ``point_size``."""
    font = QFont()
    font.setFamilies(list(SHEET_FAMILIES))
    font.setPointSizeF(point_size)
    return font


def chart_font() -> QFont:
    """The claims chart's font on paper: the sheet's families, at note size."""
    return sheet_font(CHART_PT)


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """What the chart needs to be drawn: its incident, measured size and claim numbers."""

    incident: Incident
    size: QSizeF
    numbers: dict[str, str]


class ChartObject(QPyTextObject):
    """Draws the claims range chart where the sheet holds its object character."""

    def __init__(self, incident: Incident, size: QSizeF, numbers: dict[str, str]) -> None:
        super().__init__()
        self._incident = incident
        self._size = size  # measured once: the layout asks on every pass
        self._numbers = numbers

    def size(self) -> QSizeF:
        """The chart's size at the full body width, in layout units."""
        return QSizeF(self._size)

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        """The chart's size, for the text layout."""
        return self.size()

    def drawObject(  # noqa: N802
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        """Paint in device pixels with point-size fonts, whatever scale the page is drawn at."""
        target = painter.worldTransform().mapRect(QRectF(rect))
        painter.save()
        painter.setWorldTransform(QTransform())
        paint_claims_chart(
            painter,
            target,
            self._incident,
            chart_font(),
            QColor("black"),
            numbers=self._numbers,
        )
        painter.restore()


def part_document(
    part: SheetPart,
    width: float,
    *,
    title: str,
    chart: ChartSpec | None = None,
    right_to_left: bool = False,
) -> SheetDocument:
    """One part of the sheet laid out at ``width`` (layout units), without pages.

    The width is set before the text: Qt then lays the text out once as it reads it, where
    setting it after made it lay everything out twice (half the time, measured).
    """
    doc = SheetDocument()
    doc.setDefaultFont(sheet_font())
    doc.setDocumentMargin(0)
    doc.setIndentWidth(css_px(12))  # rich-text pixels, scaled to the device like margins
    option = QTextOption()
    # Long addresses and hashes have no spaces; they must wrap rather than run off the page.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if right_to_left:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(_style_sheet())
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setTextWidth(width)
    # A right-to-left sheet runs every block, list and table right to left.
    doc.setHtml(f'<div dir="rtl">{part.html()}</div>' if right_to_left else part.html())
    if right_to_left:
        _fix_line_heights(doc)
    if chart is not None:
        _place_chart(doc, chart)
    doc.size()  # the layout, done now
    _lay_out_skipped_blocks(doc)
    return doc


def _unlaid_blocks(doc: QTextDocument) -> list[QTextBlock]:
    blocks = []
    block = doc.begin()
    while block.isValid():
        if block.length() > 1 and block.layout().lineCount() == 0:
            blocks.append(block)
        block = block.next()
    return blocks


def _lay_out_skipped_blocks(doc: QTextDocument) -> None:
    """Qt's layout, fed text as it is read, leaves a block between two tables without lines
    now and then (a heading would vanish from the page); such blocks are laid out again."""
    for _ in range(3):
        skipped = _unlaid_blocks(doc)
        if not skipped:
            return
        first, last = skipped[0], skipped[-1]
        doc.markContentsDirty(first.position(), last.position() + last.length() - first.position())
        doc.size()
    width = doc.textWidth()  # still not: the whole document, from the top
    doc.setTextWidth(width + 1)
    doc.setTextWidth(width)
    doc.size()


def _place_chart(doc: SheetDocument, spec: ChartSpec) -> None:
    found = doc.find(CHART_MARKER)
    if found.isNull():
        return
    # Made only where used: PySide6 crashes at exit on an unregistered QPyTextObject.
    chart = ChartObject(spec.incident, spec.size, spec.numbers)
    doc.documentLayout().registerHandler(CHART_OBJECT, chart)
    doc.chart = chart
    fmt = QTextCharFormat()
    fmt.setObjectType(CHART_OBJECT)
    found.insertText("\ufffc", fmt)
    # The chart's line is as tall as the chart, whatever line height the sheet's text has.
    block = found.blockFormat()
    block.setLineHeight(100, QTextBlockFormat.LineHeightTypes.SingleHeight.value)
    found.setBlockFormat(block)
