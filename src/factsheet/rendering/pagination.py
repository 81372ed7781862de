"""The sheet laid out on pages (rows kept whole) and painted page by page on any device."""

# Decisions, for the next engineer:
# - The sheet is laid out once at 1200 dpi (sheet_html.LAYOUT_DPI) on the paper's body
#   rectangle and scaled to the device, so preview, printer and PDF break pages at the same
#   places; header and footer are drawn in device pixels with point-size fonts.
# - A printer's From/To range prints those pages only, still numbered "Page i of N" of the
#   whole sheet. QPrinter itself is handled in ui/print_actions: QtPrintSupport loads
#   QtWidgets, which the PDF path (factsheet export) must not pull in. Landscape paper
#   gets a wider body; the sheet is designed for portrait.
# - Default paper (pdf.default_paper): Letter where the locale's country uses it (US, CA,
#   MX, PH and the rest of CLDR's list), A4 elsewhere and for the C locale.
# - The claims chart is the Claims tab's drawing, placed as a text object; a record whose
#   chart would not fit on a page gets a sentence instead (the table lists every claim).
# - The timeline is in date order, like the Timeline tab; claims in file order with each
#   subset under its claim; sources numbered in file order, as Incident.source_numbers.
# - Table rows are kept whole: a row that would straddle two pages starts the next one,
#   the table broken before it and its header repeated (layout_sheet). Sheets over
#   KEEP_ROWS_PAGES pages skip this (a full layout per moved row costs seconds there).
#   There Qt still splits rows and paints every line of a split row on both pages,
#   clipped: paper shows each line once, the PDF's text layer holds those lines twice.

import datetime as dt
import math

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter

from factsheet import FORMAT_VERSION, __version__
from factsheet.loading import LoadedIncident
from factsheet.rendering.fonts import register_fonts
from factsheet.rendering.paged import (
    PageFurniture,
    PageGeometry,
    keep_headings_with_next,
    paint_page,
    split_row_groups,
)
from factsheet.rendering.sheet import SheetDocument, build_sheet
from factsheet.rendering.sheet_annex import printed_at_words

#: Sheets up to this many pages keep every table row on one page (see layout_sheet).
KEEP_ROWS_PAGES = 16
#: Rows moved to keep them whole, at most: each move builds the sheet again.
MAX_ROUNDS = 16


#: Qt's text layout gives up at about 720 A4 pages of the 1200-dpi sheet: the rest of the
#: document is left without lines, and reading a position there crashed the process (a 30 KB
#: file whose 20 claims name a 20,000-character actor; 10,000 generated events). Longer
#: sheets are refused before anything reads the layout.
MAX_SHEET_PAGES = 600


class PrintError(OSError):
    """The device refused to start painting (a printer went away, a file cannot be opened)."""


class SheetTooLongError(PrintError):
    """The sheet would run to more pages than it can be laid out on."""

    def __init__(self) -> None:
        super().__init__(
            f"the fact sheet would run to more than {MAX_SHEET_PAGES} pages, more than "
            "Factsheet can lay out; export the incident as JSON instead"
        )


def furniture_for(loaded: LoadedIncident, generated_at: dt.datetime) -> PageFurniture:
    """Header and footer texts of the sheet of ``loaded``."""
    info = loaded.incident.incident
    return PageFurniture(
        title=info.title,
        handling=info.handling,
        file_name=loaded.path.name,
        sha256=loaded.sha256,
        printed_at=printed_at_words(generated_at),
        format_version=FORMAT_VERSION,
        app_version=__version__,
    )


def paper_size(device: QPagedPaintDevice) -> QSizeF:
    """The device's paper in points, as oriented (landscape gives a wider body)."""
    return device.pageLayout().fullRect(QPageLayout.Unit.Point).size()


def layout_sheet(loaded: LoadedIncident, paper: QSizeF, generated_at: dt.datetime) -> SheetDocument:
    """The sheet laid out and paginated for paper of this size (points).

    Table rows that would straddle two pages start the next page instead (the table is
    broken before them and its header repeated), so no page shows half a claim. Moving a
    row shifts all after it, so the sheet is built again for each row moved, from the top.
    That costs a full layout per row, so only sheets of up to KEEP_ROWS_PAGES pages get it,
    and at most MAX_ROUNDS rows are moved; rows of longer sheets split as Qt lays them out.
    """
    register_fonts()
    body = PageGeometry(paper).body_in_layout_units()
    breaks: dict[int, set[int]] = {}
    doc = _paginated(build_sheet(loaded, body, generated_at=generated_at))
    if doc.pageCount() <= KEEP_ROWS_PAGES:
        for _ in range(MAX_ROUNDS):
            split = split_row_groups(doc, doc.row_groups)
            if not split:
                break
            # Only the first: moving it shifts all that follows, so a later split row may
            # no longer straddle (moving all at once left pages holding one or two rows).
            table, row = min(split)
            breaks.setdefault(table, set()).add(row)
            doc = _paginated(
                build_sheet(loaded, body, generated_at=generated_at, row_breaks=breaks)
            )
        if breaks and has_blank_page(doc):
            # A forced break right after a page filled to its end leaves a page blank:
            # Qt's split rows are then the lesser harm.
            doc = _paginated(build_sheet(loaded, body, generated_at=generated_at))
    return doc


def has_blank_page(doc: SheetDocument) -> bool:
    """True when some page of the body holds no text at all."""
    page_height = doc.pageSize().height()
    layout = doc.documentLayout()
    used: set[int] = set()
    block = doc.begin()
    while block.isValid():
        if block.length() > 1 and block.text().strip("\u200b"):
            rect = layout.blockBoundingRect(block)
            first = math.floor(rect.top() / page_height)
            last = math.floor((rect.bottom() - 1) / page_height)
            used.update(range(first, last + 1))
        block = block.next()
    return len(used) < doc.pageCount()


def _paginated(doc: SheetDocument) -> SheetDocument:
    # Qt's incremental layout can leave a block between two page-spanning tables with no
    # lines at all (a heading then vanishes from the page) when formats change while it is
    # half done; laying out in full before and after the heading moves avoids that.
    if doc.pageCount() > MAX_SHEET_PAGES or has_unlaid_block(doc):
        raise SheetTooLongError
    keep_headings_with_next(doc)
    if has_unlaid_block(doc):
        relayout(doc)
    return doc


def has_unlaid_block(doc: SheetDocument) -> bool:
    """True when some block with text has no lines (the Qt layout glitch above)."""
    block = doc.begin()
    while block.isValid():
        if block.length() > 1 and block.layout().lineCount() == 0:
            return True
        block = block.next()
    return False


def relayout(doc: SheetDocument) -> None:
    """Lay the whole document out again from the top."""
    size = doc.pageSize()
    doc.setPageSize(QSizeF(size.width() + 1, size.height()))
    doc.setPageSize(size)
    doc.pageCount()


def render_sheet(
    device: QPagedPaintDevice,
    loaded: LoadedIncident,
    *,
    generated_at: dt.datetime | None = None,
    page_range: tuple[int, int] | None = None,
) -> int:
    """Paint the fact sheet of ``loaded`` on ``device``; return the sheet's page count.

    ``page_range`` (first, last; 1-based, as a print dialog's From/To) paints those pages
    only; the footer still counts every page of the sheet, so page 3 of 7 stays page 3 of 7.
    The device's coordinates must start at the paper's corner: the sheet sets its margins.
    """
    moment = generated_at or dt.datetime.now().astimezone()
    paper = paper_size(device)
    doc = layout_sheet(loaded, paper, moment)
    pages = doc.pageCount()
    first, last = 1, pages
    if page_range is not None and page_range[0] > 0:
        first = min(page_range[0], pages)
        last = min(max(page_range[1], first), pages)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("the printer or file could not be opened for writing")
    try:
        dpi = float(device.logicalDpiY())
        furniture = furniture_for(loaded, moment)
        geometry = PageGeometry(paper)
        for number in range(first, last + 1):
            if number > first:
                device.newPage()
            paint_page(
                painter,
                doc,
                device_dpi=dpi,
                geometry=geometry,
                furniture=furniture,
                index=number - 1,
            )
    finally:
        painter.end()
    return pages
