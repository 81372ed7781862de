"""The atoms of a laid-out sheet document: its lines, headings, chart and table rows."""

# A document here is laid out without pages, at the body's width (sheet_document.py); the
# atoms it yields are placed on pages by page_breaks.py. Geometry is read back from Qt's
# layout once: the top of every line, the top of every table row's cells.

from collections.abc import Iterator, Sequence

from PySide6.QtGui import QAbstractTextDocumentLayout, QTextBlock, QTextDocument, QTextTable

from factsheet.rendering.page_breaks import Atom, Span
from factsheet.rendering.sheet_html import TableRecord

_BLANK = "\u200b\u2028\u2029 \t"


def _px_scale(doc: QTextDocument) -> float:
    """Layout units per rich-text pixel: Qt scales CSS pixels (1/96 inch) to the device."""
    device = doc.documentLayout().paintDevice()
    return device.logicalDpiY() / 96 if device is not None else 1.0


def _lines(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> Iterator[tuple[float, float]]:
    """(top, bottom) of each line of a block, in document coordinates."""
    top = layout.blockBoundingRect(block).top()
    text_layout = block.layout()
    for i in range(text_layout.lineCount()):
        line = text_layout.lineAt(i)
        yield top + line.y(), top + line.y() + line.height()


def _block_atoms(
    layout: QAbstractTextDocumentLayout, block: QTextBlock, part: int
) -> list[tuple[Span, bool]]:
    """A paragraph's lines: its first two and its last two kept together; a heading whole
    and kept with what follows it."""
    lines = list(_lines(layout, block))
    heading = block.blockFormat().headingLevel() > 0
    count = len(lines)
    atoms = []
    for i, (top, bottom) in enumerate(lines):
        # No lone first or last line at a page's foot or head (orphans and widows).
        glue = heading or (count > 1 and (i == 0 or i == count - 2))
        atoms.append((Span(part, top, bottom), glue))
    return atoms


def _cell_blocks(table: QTextTable, row: int) -> Iterator[tuple[QTextBlock, QTextBlock]]:
    """(first, last) block of each cell that starts in ``row``."""
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # covered by a cell that spans columns
        yield cell.firstCursorPosition().block(), cell.lastCursorPosition().block()


def _inner_cuts(
    layout: QAbstractTextDocumentLayout, table: QTextTable, first: int, last: int
) -> tuple[float, ...]:
    """Between-line positions across every cell of rows first..last: where a row taller
    than a page may be cut without cutting through any line."""
    intervals: list[tuple[float, float]] = []
    for row in range(first, last + 1):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue
            block = cell.firstCursorPosition().block()
            end = cell.lastCursorPosition().block()
            while block.isValid():
                intervals.extend(_lines(layout, block))
                if block == end:
                    break
                block = block.next()
    intervals.sort()
    cuts = []
    reach = -1.0
    for top, bottom in intervals:
        if reach >= 0 and top >= reach - 1e-6:
            cuts.append(reach)
        reach = max(reach, bottom)
    return tuple(cuts)


def _table_atoms(
    doc: QTextDocument,
    table: QTextTable,
    record: TableRecord,
    part: int,
    *,
    continues: bool,
    page_height: float,
) -> list[tuple[Span, bool, Span | None, tuple[float, ...]]]:
    """The header row (kept with the first row) and each row group, cut between rows."""
    layout = doc.documentLayout()
    rows = table.rows()
    scale = _px_scale(doc)
    fmt = table.format()
    pad = fmt.cellPadding() * scale
    rule = max(fmt.border(), 1.0) * scale
    tops, bottoms = [], []
    for row in range(rows):
        cells = list(_cell_blocks(table, row))
        tops.append(min(layout.blockBoundingRect(first).top() for first, _ in cells))
        bottoms.append(max(layout.blockBoundingRect(end).bottom() for _, end in cells))
    # A cut halfway into a row's top padding: under the rule that closes the row above.
    cuts = [tops[0] - pad - rule, *(top - pad / 2 for top in tops[1:]), bottoms[-1] + pad + rule]
    header = Span(part, cuts[0], cuts[1]) if fmt.headerRowCount() else None
    atoms: list[tuple[Span, bool, Span | None, tuple[float, ...]]] = []
    row = 0
    if header is not None:
        if not continues:
            atoms.append((header, True, None, ()))
        row = 1
    while row < rows:
        last = min(row + 1 if row in record.unruled_rows else row, rows - 1)
        span = Span(part, cuts[row], cuts[last + 1])
        inner = _inner_cuts(layout, table, row, last) if span.height > page_height / 2 else ()
        atoms.append((span, False, header, inner))
        row = last + 1
    return atoms


def document_atoms(
    doc: QTextDocument,
    records: Sequence[TableRecord],
    part: int,
    *,
    continues: bool = False,
    page_height: float,
) -> list[Atom]:
    """Every atom of a laid-out document, in reading order.

    ``records`` describe its top-level tables in order. A part that ``continues`` the
    previous part's table (a long table is laid out in several documents) drops that
    table's header row, which the pages repeat anyway, and adds no space above its first row.
    """
    layout = doc.documentLayout()
    raw: list[tuple[Span, bool, Span | None, tuple[float, ...]]] = []
    lead = 0.0  # Qt sets no space above a document's first block; its margin says how much
    tables = iter(records)
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            record = next(tables)
            raw += _table_atoms(
                doc, frame, record, part, continues=continues and not raw, page_height=page_height
            )
        else:
            block = it.currentBlock()  # invalid for a frame that is not a table (none here)
            if block.isValid() and block.text().strip(_BLANK):
                if not raw:
                    lead = block.blockFormat().topMargin() * _px_scale(doc)
                raw += [(span, glue, None, ()) for span, glue in _block_atoms(layout, block, part)]
        it += 1
    atoms = []
    previous: float | None = None
    for span, glue, header, inner in raw:
        if previous is None:
            gap = 0.0 if continues else max(span.top, lead)
        else:
            gap = span.top - previous
        atoms.append(Atom(span, max(gap, 0.0), glue, header, inner))
        previous = span.bottom
    return atoms
