"""Small pieces of the sheet's rich text: escaping, isolates, references, rule-table records."""

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from factsheet.model.incident import Incident
from factsheet.views.bidi import isolate
from factsheet.views.names import source_number

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


def esc(text: object) -> str:
    """A string from the file as rich text that can only ever print literally."""
    return html.escape(str(text), quote=True)


def iso(text: str) -> str:
    """Escaped text in a bidi isolate, so an Arabic name cannot reorder the English around it."""
    return isolate(esc(text))


def refs(incident: Incident, source_ids: Iterable[str]) -> str:
    """Note numbers such as [1][3], in the order given."""
    return "".join(esc(source_number(incident, s)) for s in source_ids)


def quoted(text: str | None) -> str:
    """A source's own words in typographic quotes, or nothing."""
    return f"“{iso(text)}”" if text else ""


def small(text: str) -> str:
    """Secondary text inside a cell or paragraph (still at least 8 pt, still black)."""
    return f'<span style="font-size:8.5pt">{text}</span>' if text else ""


def joined(parts: Iterable[str], sep: str = "; ") -> str:
    """Non-empty parts joined."""
    return sep.join(p for p in parts if p)


TableKind = Literal["rules", "box"]


@dataclass
class TableRecord:
    """How one table of the sheet is ruled once it is in the document (in emission order).

    Qt's HTML import cannot draw horizontal-only rules, so the sheet applies them to the
    cells afterwards; ``unruled_rows`` are rows whose detail row below carries the rule.
    """

    kind: TableKind
    column_widths: tuple[float, ...]
    unruled_rows: set[int] = field(default_factory=set)
    #: Which table of the sheet this is part of (a table broken before a page is several).
    logical: int = -1
    #: The index, among that table's body rows, of this part's first row.
    first_row: int = 0
    #: True when another part of the same table follows, on the next page.
    continued: bool = False


@dataclass
class SheetHtml:
    """The sheet's rich text as it is assembled, with a record of every table in it."""

    parts: list[str] = field(default_factory=list)
    tables: list[TableRecord] = field(default_factory=list)
    #: Body rows that start a new page, by table number: set by pagination (keep rows whole).
    row_breaks: dict[int, set[int]] = field(default_factory=dict)
    logical_tables: int = 0

    def add(self, text: str) -> None:
        """Append rich text."""
        self.parts.append(text)

    def heading(self, text: str) -> None:
        """A section heading (h2): kept with what follows it when the sheet is paginated."""
        self.parts.append(f"<h2>{text}</h2>")

    def paragraph(self, text: str, *, style: str = "") -> None:
        """A paragraph; right-to-left and right-aligned when it is Arabic."""
        if not text:
            return
        attrs = f' style="{style}"' if style else ""
        self.parts.append(f"<p{attrs}>{text}</p>")

    def arabic_paragraph(self, text: str, *, style: str = "") -> None:
        """A whole paragraph in Arabic: laid out right to left, aligned right."""
        attrs = f' style="{style}"' if style else ""
        self.parts.append(f'<p dir="rtl" align="right" lang="ar"{attrs}>{esc(text)}</p>')

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: tuple[float, ...],
        *,
        detail_after: dict[int, str] | None = None,
    ) -> None:
        """A ruled table with a repeated header row; a detail row may follow any body row.

        ``detail_after`` maps a body row index to rich text printed across the columns
        after the first, under that row and ruled with it. A body row in ``row_breaks``
        starts a new table on a new page, with the header again.
        """
        number = self.logical_tables
        self.logical_tables += 1
        breaks = sorted(i for i in self.row_breaks.get(number, ()) if 0 < i < len(rows))
        for start, end in zip([0, *breaks], [*breaks, len(rows)], strict=True):
            self._table_part(header, rows, widths, detail_after or {}, part=(number, start, end))

    def _table_part(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: tuple[float, ...],
        detail_after: dict[int, str],
        *,
        part: tuple[int, int, int],
    ) -> None:
        number, start, end = part  # the table's number, and the body rows of this part
        record = TableRecord(
            "rules", widths, logical=number, first_row=start, continued=end < len(rows)
        )
        if start:
            # The part starts a page. The break is on a tiny paragraph of its own: on the
            # table (CSS or frame format) Qt breaks twice and leaves a blank page.
            self.parts.append(
                '<p style="page-break-before: always; margin: 0; font-size: 1pt">&#8203;</p>'
            )
        out = ["<table><thead><tr>"]
        out += [
            f'<th align="left" width="{w:g}%">{h}</th>' for h, w in zip(header, widths, strict=True)
        ]
        out.append("</tr></thead>")
        row_index = 1  # the header is row 0
        for i in range(start, end):
            out.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in rows[i]) + "</tr>")
            detail = detail_after.get(i)
            if detail:
                record.unruled_rows.add(row_index)
                row_index += 1
                out.append(f'<tr><td></td><td colspan="{len(header) - 1}">{detail}</td></tr>')
            row_index += 1
        out.append("</table>")
        self.tables.append(record)
        self.parts.append("".join(out))

    def box(self, inner: str) -> None:
        """A framed one-cell box (the data notes)."""
        self.tables.append(TableRecord("box", (100.0,)))
        self.parts.append(f'<table width="100%"><tr><td>{inner}</td></tr></table>')

    def html(self) -> str:
        """The whole rich text."""
        return "".join(self.parts)
