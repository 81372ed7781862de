"""The fact sheet as one QTextDocument built from a LoadedIncident, laid out at 1200 dpi."""

import datetime as dt
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTable,
    QTransform,
)

from factsheet.loading import LoadedIncident
from factsheet.model.incident import Incident
from factsheet.rendering import sheet_annex, sheet_headline
from factsheet.rendering.claims_chart import claims_chart_height, paint_claims_chart
from factsheet.rendering.fonts import SHEET_FAMILIES
from factsheet.rendering.paged import RowGroup
from factsheet.rendering.sheet_html import (
    CHART_MARKER,
    LAYOUT_DPI,
    SheetHtml,
    TableRecord,
    css_px,
)
from factsheet.views.claims import claim_numbers

BODY_PT = 10.0
CHART_PT = 8.5
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
#: A chart taller than this share of the body would not fit on a page with its heading.
CHART_MAX_SHARE = 0.8


def _style_sheet() -> str:
    # Body text 10 pt; tables 9 pt so eight claim columns fit a portrait page without
    # breaking words; notes (the small() spans) 8.5 pt; nothing under 8 pt, nothing grey.
    return f"""
        p {{ margin-top: 0px; margin-bottom: {css_px(5)}px; }}
        h1 {{ font-size: 17pt; font-weight: bold; margin-top: 0px; margin-bottom: {css_px(4)}px; }}
        h2 {{ font-size: 12.5pt; font-weight: bold; margin-top: {css_px(13)}px;
              margin-bottom: {css_px(4)}px; }}
        ul {{ margin-top: 0px; margin-bottom: {css_px(4)}px; }}
        li {{ margin-bottom: {css_px(2)}px; }}
        th {{ font-size: 9pt; font-weight: bold; }}
        td {{ font-size: 9pt; }}
    """


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
        #: Ruled tables with their row groups, for keeping rows whole across pages.
        self.row_groups: list[tuple[QTextTable, list[RowGroup]]] = []
        # The QImage must outlive the layout that measures with it.
        self.measuring_device = layout_device()
        self.documentLayout().setPaintDevice(self.measuring_device)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt's names
        """Refuse every resource, and remember that one was asked for."""
        self.resource_requests.append(name.toString() if isinstance(name, QUrl) else name)
        # Empty data rather than None: PySide6 mis-counts a None returned as a QVariant.
        return QByteArray()


def chart_font() -> QFont:
    """The claims chart's font on paper: the sheet's families, at note size."""
    font = QFont()
    font.setFamilies(list(SHEET_FAMILIES))
    font.setPointSizeF(CHART_PT)
    return font


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


def build_sheet(
    loaded: LoadedIncident,
    body: QSizeF,
    *,
    generated_at: dt.datetime,
    row_breaks: dict[int, set[int]] | None = None,
) -> SheetDocument:
    """The whole sheet, paginated on pages of ``body`` size (layout units).

    ``row_breaks`` names, by table number, the body rows that start a new page (see
    pagination.layout_sheet, which keeps rows whole).
    """
    incident = loaded.incident
    doc = SheetDocument()
    font = QFont()
    font.setFamilies(list(SHEET_FAMILIES))
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setIndentWidth(css_px(12))  # rich-text pixels, scaled to the device like margins
    option = QTextOption()
    # Long addresses and hashes have no spaces; they must wrap rather than run off the page.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(_style_sheet())
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, incident.incident.title)

    # The chart's rows carry the claims table's numbers, so a reader can go from one to the other.
    numbers = {claim_id: f"C{n}" for claim_id, n in claim_numbers(incident).items()}
    chart_height = claims_chart_height(
        incident, body.width(), chart_font(), doc.measuring_device, numbers=numbers
    )
    fits = chart_height <= body.height() * CHART_MAX_SHARE
    sheet = SheetHtml(row_breaks=row_breaks or {})
    sheet_headline.identity(sheet, incident)
    sheet_headline.key_points(sheet, incident)
    sheet_headline.reported_figures(sheet, incident, chart=fits)
    if incident.claims and not fits:
        sheet.paragraph(
            "The claims chart is left out: this record has too many claims for one page. "
            "The table below lists every claim."
        )
    sheet_headline.claims_table(sheet, incident)
    sheet_headline.summary(sheet, incident)
    sheet_annex.timeline(sheet, incident)
    sheet_annex.actors(sheet, incident)
    sheet_annex.data_notes_box(sheet, loaded)
    sheet_annex.sources(sheet, incident)
    sheet_annex.method(sheet, incident)
    sheet_annex.provenance(sheet, loaded, generated_at)
    doc.setHtml(sheet.html())
    # One edit block: each cell format change would otherwise lay the document out again.
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    _rule_tables(doc, sheet.tables)
    doc.row_groups = _row_groups(doc, sheet.tables)
    if fits:
        # Made only when used: PySide6 crashes at exit on an unregistered QPyTextObject.
        chart = ChartObject(incident, QSizeF(body.width(), chart_height), numbers)
        doc.documentLayout().registerHandler(CHART_OBJECT, chart)
        doc.chart = chart  # type: ignore[attr-defined] # Qt does not own the handler; keep it
        _place_chart(doc)
    cursor.endEditBlock()
    # Paginating last: the layout then runs once, on the finished document.
    doc.setPageSize(body)
    return doc


def _row_groups(
    doc: QTextDocument, records: list[TableRecord]
) -> list[tuple[QTextTable, list[RowGroup]]]:
    """Each ruled table's body rows, a row and the detail row under it taken together."""
    groups = []
    for table, record in zip(_top_tables(doc), records, strict=False):
        if record.kind != "rules":
            continue
        rows: list[RowGroup] = []
        row = 1  # the header row repeats on every page by itself
        while row < table.rows():
            last = min(row + 1 if row in record.unruled_rows else row, table.rows() - 1)
            rows.append(RowGroup(row, last, record.logical, record.first_row + len(rows)))
            row = last + 1
        groups.append((table, rows))
    return groups


def _place_chart(doc: QTextDocument) -> None:
    found = doc.find(CHART_MARKER)
    if found.isNull():
        return
    fmt = QTextCharFormat()
    fmt.setObjectType(CHART_OBJECT)
    found.insertText("\ufffc", fmt)


def _top_tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _rule_tables(doc: QTextDocument, records: list[TableRecord]) -> None:
    """Horizontal rules only (photocopies keep them; vertical lines add noise), or a box."""
    black = QBrush(QColor("black"))
    solid = QTextFrameFormat.BorderStyle.BorderStyle_Solid
    for table, record in zip(_top_tables(doc), records, strict=False):
        fmt = table.format()
        fmt.setBorderCollapse(True)
        # Headings' and paragraphs' margins do not reach across a table's edges.
        fmt.setTopMargin(css_px(3))
        fmt.setBottomMargin(css_px(8))
        if record.continued:
            # A page break follows: a margin reaching past the page's end would make it
            # break from the next page and leave that one blank.
            fmt.setBottomMargin(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(css_px(2.5))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in record.column_widths]
        )
        if record.kind == "box":
            fmt.setBorder(css_px(1))
            fmt.setBorderBrush(black)
            fmt.setBorderStyle(solid)
            fmt.setCellPadding(css_px(5))
            table.setFormat(fmt)
            continue
        fmt.setBorder(0)
        fmt.setHeaderRowCount(1)
        table.setFormat(fmt)
        for row in range(table.rows()):
            rule = css_px(1) if row == 0 else css_px(0.5)
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                cell_format = cell.format().toTableCellFormat()
                if row == 0:
                    cell_format.setTopBorder(css_px(1))
                    cell_format.setTopBorderStyle(solid)
                    cell_format.setTopBorderBrush(black)
                if row not in record.unruled_rows:
                    cell_format.setBottomBorder(rule)
                    cell_format.setBottomBorderStyle(solid)
                    cell_format.setBottomBorderBrush(black)
                if record.continued and row == table.rows() - 1:
                    cell_format.setBottomPadding(0)  # as the margin above: no sliver over
                cell.setFormat(cell_format)
