"""Small pieces of the sheet's rich text: escaping, isolates, references, rule-table records."""

import html
from collections.abc import Iterable
from dataclasses import dataclass, field

from factsheet.model.incident import Incident
from factsheet.views.bidi import in_line, isolate, page_direction, start_side, text_direction
from factsheet.views.independence import source_refs
from factsheet.views.wording import quoted as quoted_words

#: The sheet is laid out once, in units of 1/1200 inch, and scaled to whatever device it is
#: painted on: preview, printer and PDF then break pages at exactly the same places.
LAYOUT_DPI = 1200

#: Where the claims chart goes: an ordinary paragraph the sheet replaces by the drawing.
CHART_MARKER = "[[claims-chart]]"


def points(pt: float) -> float:
    """A length in points as layout units."""
    return pt * LAYOUT_DPI / 72


def css_px(pt: float) -> int:
    """A length in points as Qt rich-text pixels (1/96 inch; Qt scales them to the device)."""
    return round(pt * 96 / 72)


def number_column(count: int, *, least: float = 5.0) -> float:
    """The width (per cent of the body) of a column of numbers such as E1000 or [800]: wide
    enough for the longest at 9 pt on A4, the narrowest body, so that none wraps."""
    characters = 2 + len(str(max(count, 1)))  # 'E' and the digits, or '[', ']' and digits
    return max(least, round((characters * 5.4 + 6) / 4.93, 1))


def esc(text: object) -> str:
    """A string from the file as rich text that can only ever print literally."""
    return html.escape(str(text), quote=True)


def iso(text: str) -> str:
    """Escaped text in a bidi isolate, so an Arabic name cannot reorder the English around it."""
    return isolate(esc(text))


def data(text: str) -> str:
    """Escaped text from the file, isolated where its script differs from the sheet's (an
    English note on an Arabic sheet keeps its punctuation at its own end)."""
    return esc(in_line(text))


def refs(incident: Incident, source_ids: Iterable[str]) -> str:
    """Note numbers such as [1][3], in ascending order (as a reader looks them up)."""
    return esc(source_refs(incident, source_ids))


def quoted(text: str | None) -> str:
    """A source's own words in the sheet language's quotation marks (“…” or «…»), isolated,
    or nothing."""
    return esc(quoted_words(text, isolated=True)) if text else ""


def small(text: str) -> str:
    """Secondary text inside a cell or paragraph (still at least 8 pt, still black)."""
    return f'<span style="font-size:8.5pt">{text}</span>' if text else ""


def joined(parts: Iterable[str], sep: str = "; ") -> str:
    """Non-empty parts joined."""
    return sep.join(p for p in parts if p)


#: A long table is laid out in several documents, each of at most this many body rows and
#: characters: one Qt text document cannot hold many hundred pages (its layout gives up past
#: about 720 A4 pages), and a page's painting then looks through one part, not the whole sheet.
PART_ROWS = 250
PART_CHARS = 60_000

#: The rules of a ruled table, as rich-text pixels: headers between two, rows ruled under.
_RULE = f"{css_px(0.75)}px solid black"


@dataclass
class TableRecord:
    """What the pages need to know of one table of a part: which rows go together.

    ``unruled_rows`` are rows whose detail row below carries the rule; the two are one
    atom, never parted by a page break.
    """

    column_widths: tuple[float, ...]
    unruled_rows: set[int] = field(default_factory=set)


@dataclass
class SheetPart:
    """The rich text of one document of the sheet, with a record of every table in it."""

    #: True when the part only continues the previous part's table (its header row is the
    #: same table's, repeated by the pages anyway).
    continues: bool = False
    #: True when the part's start stays on the page of what precedes it.
    keep_with_previous: bool = False
    #: The section a part belongs to where the pages may leave sections out (the brief's).
    section: str = ""
    parts: list[str] = field(default_factory=list)
    tables: list[TableRecord] = field(default_factory=list)

    def html(self) -> str:
        """The part's whole rich text."""
        return "".join(self.parts)


@dataclass
class SheetHtml:
    """The sheet's rich text as it is assembled, in one or more parts (documents)."""

    done: list[SheetPart] = field(default_factory=list)
    current: SheetPart = field(default_factory=SheetPart)

    @property
    def parts(self) -> list[str]:
        """The rich-text pieces of the part being written."""
        return self.current.parts

    @property
    def tables(self) -> list[TableRecord]:
        """The tables of the part being written."""
        return self.current.tables

    def add(self, text: str) -> None:
        """Append rich text."""
        self.current.parts.append(text)

    def heading(self, text: str) -> None:
        """A section heading (h2): kept with what follows it when the sheet is paginated."""
        self.add(f"<h2>{text}</h2>")

    def paragraph(self, text: str, *, style: str = "") -> None:
        """A paragraph; right-to-left and right-aligned when it is Arabic."""
        if not text:
            return
        attrs = f' style="{style}"' if style else ""
        self.add(f"<p{attrs}>{text}</p>")

    def data_paragraph(self, text: str, *, tag: str = "p") -> None:
        """A paragraph of the file's text (escaped here), running its own way: an English
        summary on an Arabic sheet stays left to right, with its full stop at its end."""
        direction = text_direction(text)
        attrs = f' dir="{direction}"' if direction != page_direction() else ""
        self.add(f"<{tag}{attrs}>{esc(text)}</{tag}>")

    def arabic_paragraph(self, text: str, *, style: str = "") -> None:
        """A whole paragraph in Arabic: laid out right to left, aligned right."""
        attrs = f' style="{style}"' if style else ""
        self.add(f'<p dir="rtl" align="right" lang="ar"{attrs}>{esc(text)}</p>')

    def new_part(
        self, *, continues: bool = False, keep_with_previous: bool = False, section: str = ""
    ) -> None:
        """Close the part being written (unless it is empty) and start another."""
        if self.current.parts:
            self.done.append(self.current)
        self.current = SheetPart(continues, keep_with_previous, section)

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: tuple[float, ...],
        *,
        detail_after: dict[int, str] | None = None,
    ) -> None:
        """A ruled table with a header row; a detail row may follow any body row.

        ``detail_after`` maps a body row index to rich text printed across the columns
        after the first, under that row and ruled with it. Past PART_ROWS rows or
        PART_CHARS characters the table goes on in a part of its own.
        """
        details = detail_after or {}
        start, size = 0, 0
        for i, row in enumerate(rows):
            size += sum(len(cell) for cell in row) + len(details.get(i, ""))
            if i > start and (i - start >= PART_ROWS or size > PART_CHARS):
                self._table_part(header, rows, widths, details, (start, i))
                self.new_part(continues=True, section=self.current.section)
                start, size = i, sum(len(cell) for cell in row)
        self._table_part(header, rows, widths, details, (start, len(rows)))
        if self.current.continues:
            self.new_part(section=self.current.section)

    def _table_part(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: tuple[float, ...],
        details: dict[int, str],
        rows_shown: tuple[int, int],
    ) -> None:
        start, end = rows_shown
        record = TableRecord(widths)
        table_style = (
            f"border-collapse: collapse; margin-top: {css_px(3)}px; margin-bottom: {css_px(8)}px"
        )
        opening = (
            f'<table width="100%" cellspacing="0" cellpadding="{css_px(2.5)}" '
            f'style="{table_style}"><thead><tr>'
        )
        out = [opening]
        ruled = f"border-top: {_RULE}; border-bottom: {_RULE}"
        side = start_side()  # headings start where the sheet's lines do
        out += [
            f'<th align="{side}" width="{w:g}%" style="{ruled}">{h}</th>'
            for h, w in zip(header, widths, strict=True)
        ]
        out.append("</tr></thead>")
        under = f' style="border-bottom: {_RULE}"'
        row_index = 1  # the header is row 0
        for i in range(start, end):
            detail = details.get(i)
            rule = "" if detail else under
            out.append("<tr>" + "".join(f"<td{rule}>{cell}</td>" for cell in rows[i]) + "</tr>")
            if detail:
                record.unruled_rows.add(row_index)
                row_index += 1
                out.append(
                    f'<tr><td{under}></td><td colspan="{len(header) - 1}"{under}>{detail}</td></tr>'
                )
            row_index += 1
        out.append("</table>")
        self.tables.append(record)
        self.add("".join(out))

    def finished(self) -> list[SheetPart]:
        """Every part, the one being written last."""
        return [*self.done, *([self.current] if self.current.parts else [])]

    def html(self) -> str:
        """The rich text of every part, run together (for tests and plain-text checks)."""
        return "".join(part.html() for part in self.finished())
