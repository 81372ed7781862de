"""The sheet laid out on pages (rows kept whole) and painted page by page on any device."""

# Decisions, for the next engineer:
# - The sheet is laid out once at 1200 dpi (sheet_html.LAYOUT_DPI) at the body's width and
#   scaled to the device, so preview, printer and PDF break pages at the same places; header
#   and footer are drawn in device pixels with point-size fonts.
# - It is laid out without pages, in parts (one text document each; a long table goes on in
#   parts of its own), and paged afterwards in one pass over its atoms (page_breaks.py): a
#   line, a heading, the chart, a table row with its detail row. Rows are never split, a
#   continued table repeats its header row, a heading keeps with what follows, and each page
#   paints slices of the parts; nothing is laid out twice, for any length of sheet.
# - A printer's From/To range prints those pages only, still numbered "Page i of N" of the
#   whole sheet. QPrinter itself is handled in ui/print_actions: QtPrintSupport loads
#   QtWidgets, which the PDF path (factsheet export) must not pull in. Landscape paper
#   gets a wider body; the sheet is designed for portrait.
# - Default paper (pdf.default_paper): Letter where the locale's country uses it (US, CA,
#   MX, PH and the rest of CLDR's list), A4 elsewhere and for the C locale.

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter

from factsheet import FORMAT_VERSION, __version__
from factsheet.i18n import current_language, is_right_to_left
from factsheet.loading import LoadedIncident
from factsheet.rendering.fonts import register_fonts
from factsheet.rendering.page_breaks import Atom, Page, paginate
from factsheet.rendering.paged import PageFurniture, PageGeometry, paint_page
from factsheet.rendering.sheet import BRIEF_SECTIONS, chart_spec, sheet_html
from factsheet.rendering.sheet_annex import printed_at_words
from factsheet.rendering.sheet_atoms import document_atoms
from factsheet.rendering.sheet_document import SheetDocument, part_document
from factsheet.rendering.sheet_html import SheetPart
from factsheet.views.brief import DEFAULT_VARIANT, SheetVariant

#: Qt's text layout gives up at about 720 A4 pages of one 1200-dpi document: the rest is left
#: without lines, and reading a position there crashed the process. A part (one document)
#: taller than this many pages — a few table rows with 20,000-character names, say — is
#: refused before anything reads its layout further.
MAX_PART_PAGES = 500
#: Longer sheets are refused: they would take minutes and gigabytes to paint.
MAX_SHEET_PAGES = 5_000
#: The brief's length, at most, when its closing sections can be left out to get there.
BRIEF_PAGES = 2


class PrintError(OSError):
    """The device refused to start painting (a printer went away, a file cannot be opened)."""


class SheetTooLongError(PrintError):
    """The sheet would run to more pages than it can be laid out on."""

    def __init__(self, pages: int, *, where: str = "") -> None:
        super().__init__(
            f"the fact sheet would run to more than {pages:,} pages{where}, more than "
            "Factsheet can lay out; export the incident as JSON instead"
        )


@dataclass(frozen=True, slots=True)
class LaidOutSheet:
    """The sheet's parts, laid out, and the slices of them each page paints."""

    documents: tuple[SheetDocument, ...]
    pages: tuple[Page, ...]
    body: QSizeF  # layout units

    def page_count(self) -> int:
        """How many pages the sheet has."""
        return len(self.pages)

    def plain_text(self) -> str:
        """Every part's text, in order (for tests)."""
        return "\n".join(doc.toPlainText() for doc in self.documents)


def furniture_for(
    loaded: LoadedIncident, generated_at: dt.datetime, *, right_to_left: bool = False
) -> PageFurniture:
    """Header and footer texts of the sheet of ``loaded``."""
    info = loaded.incident.incident
    # A right-to-left sheet leads with the Arabic title, as its first page does.
    title = info.title_ar if right_to_left and info.title_ar else info.title
    return PageFurniture(
        title=title,
        handling=info.handling,
        file_name=loaded.path.name,
        sha256=loaded.sha256,
        printed_at=printed_at_words(generated_at),
        format_version=FORMAT_VERSION,
        app_version=__version__,
        right_to_left=right_to_left,
    )


def paper_size(device: QPagedPaintDevice) -> QSizeF:
    """The device's paper in points, as oriented (landscape gives a wider body)."""
    return device.pageLayout().fullRect(QPageLayout.Unit.Point).size()


def layout_sheet(
    loaded: LoadedIncident,
    paper: QSizeF,
    generated_at: dt.datetime,
    variant: SheetVariant = DEFAULT_VARIANT,
    *,
    right_to_left: bool = False,
) -> LaidOutSheet:
    """The sheet of ``variant`` laid out and paged for paper of this size (points).

    The brief's optional sections (sheet.BRIEF_SECTIONS) are printed as room allows: the
    most of them, the most wanted first, that add no page to what the essentials take (and
    never a page past BRIEF_PAGES). They are parts of their own, so this only pages again.
    """
    register_fonts()
    body = PageGeometry(paper).body_in_layout_units()
    chart = chart_spec(loaded, body)
    html = sheet_html(loaded, variant, chart=chart, generated_at=generated_at)
    title = loaded.incident.incident.title
    documents: list[SheetDocument] = []
    atoms_of: list[list[Atom]] = []
    total = 0.0
    for number, part in enumerate(html.finished()):
        doc = part_document(
            part, body.width(), title=title, chart=chart, right_to_left=right_to_left
        )
        if doc.size().height() > MAX_PART_PAGES * body.height():
            raise SheetTooLongError(MAX_PART_PAGES, where=" in a few rows of one table")
        documents.append(doc)
        atoms = document_atoms(
            doc, part.tables, number, continues=part.continues, page_height=body.height()
        )
        atoms_of.append(atoms)
        total += sum(a.span.height for a in atoms)
        if total > MAX_SHEET_PAGES * body.height():
            raise SheetTooLongError(MAX_SHEET_PAGES)
    parts = html.finished()
    present = [s for s in BRIEF_SECTIONS if any(p.section == s for p in parts)]
    pages = paginate(_joined(parts, atoms_of, set(present)), body.height())
    if variant == "brief" and present:
        # Room is what the essentials leave on their own pages: optional sections never
        # add a page (nor go past BRIEF_PAGES).
        essential = paginate(_joined(parts, atoms_of, set()), body.height())
        room = min(len(essential), BRIEF_PAGES)
        if len(pages) > room:
            pages = essential
            for kept in _fewer_sections(present):
                tried = paginate(_joined(parts, atoms_of, kept), body.height())
                if len(tried) <= room:
                    pages = tried
                    break
    return LaidOutSheet(tuple(documents), tuple(pages), body)


def _fewer_sections(present: Sequence[str]) -> list[set[str]]:
    """Every smaller choice of the brief's optional sections, the most content first and,
    for as much, the most wanted sections (their order in BRIEF_SECTIONS) first."""
    choices = [
        {s for i, s in enumerate(present) if mask >> i & 1} for mask in range(2 ** len(present))
    ]
    choices.sort(key=lambda kept: (-len(kept), sorted(present.index(s) for s in kept)))
    return choices[1:-1]  # every section has been tried, and none is the essentials


def _joined(
    parts: Sequence[SheetPart], atoms_of: Sequence[list[Atom]], sections: set[str]
) -> list[Atom]:
    """The atoms of the parts kept (those of no section, and of the sections given)."""
    joined: list[Atom] = []
    for part, atoms in zip(parts, atoms_of, strict=True):
        if part.section and part.section not in sections:
            continue
        if part.keep_with_previous and joined and atoms:
            joined[-1] = replace(joined[-1], glue_next=True)
        joined += atoms
    return joined


def render_sheet(
    device: QPagedPaintDevice,
    loaded: LoadedIncident,
    *,
    variant: SheetVariant = DEFAULT_VARIANT,
    generated_at: dt.datetime | None = None,
    page_range: tuple[int, int] | None = None,
    right_to_left: bool | None = None,
) -> int:
    """Paint the ``variant`` sheet of ``loaded`` on ``device``; return the sheet's page count.

    ``page_range`` (first, last; 1-based, as a print dialog's From/To) paints those pages
    only; the footer still counts every page of the sheet, so page 3 of 7 stays page 3 of 7.
    The device's coordinates must start at the paper's corner: the sheet sets its margins.
    ``right_to_left`` mirrors the page (None: when the sheet's language, the current one,
    is written right to left).
    """
    if right_to_left is None:
        right_to_left = is_right_to_left(current_language())
    moment = generated_at or dt.datetime.now().astimezone()
    paper = paper_size(device)
    sheet = layout_sheet(loaded, paper, moment, variant, right_to_left=right_to_left)
    pages = sheet.page_count()
    first, last = 1, pages
    if page_range is not None and page_range[0] > 0:
        first = min(page_range[0], pages)
        last = min(max(page_range[1], first), pages)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("the printer or file could not be opened for writing")
    try:
        dpi = float(device.logicalDpiY())
        furniture = furniture_for(loaded, moment, right_to_left=right_to_left)
        geometry = PageGeometry(paper)
        for number in range(first, last + 1):
            if number > first:
                device.newPage()
            paint_page(
                painter,
                sheet.documents,
                sheet.pages[number - 1],
                device_dpi=dpi,
                geometry=geometry,
                furniture=furniture,
                index=number - 1,
                pages=pages,
            )
    finally:
        painter.end()
    return pages
