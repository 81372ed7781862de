"""The sheet's rich-text pieces: escaping, isolates, note numbers, ruled tables and parts."""

import pytest

from factsheet.loading import LoadedIncident
from factsheet.rendering import sheet_html
from factsheet.rendering.sheet_html import (
    SheetHtml,
    css_px,
    esc,
    iso,
    joined,
    points,
    quoted,
    refs,
    small,
)


def test_text_from_the_file_prints_literally() -> None:
    assert esc("<b> & \"x\" 'y'") == "&lt;b&gt; &amp; &quot;x&quot; &#x27;y&#x27;"
    assert iso("<داعش>") == "\u2068&lt;داعش&gt;\u2069"
    assert quoted("late <on> Sunday") == "“\u2068late &lt;on&gt; Sunday\u2069”"
    assert quoted(None) == ""


def test_small_pieces() -> None:
    assert small("") == ""
    assert small("x") == '<span style="font-size:8.5pt">x</span>'
    assert joined(["a", "", "b"]) == "a; b"
    assert joined(["a", "b"], " ") == "a b"
    assert points(72) == 1200
    assert css_px(12) == 16


def test_note_numbers_in_ascending_order(sample_loaded: LoadedIncident) -> None:
    incident = sample_loaded.incident
    assert refs(incident, ["sohr-statement", "trt-2017-10-23"]) == "[1][4]"
    assert refs(incident, ["<gone>"]) == "[?] &lt;gone&gt;"


def test_a_table_records_its_detail_rows_and_rules_its_cells() -> None:
    sheet = SheetHtml()
    sheet.table(["#", "What"], [["1", "a"], ["2", "b"]], (10.0, 90.0), detail_after={0: "more"})
    (record,) = sheet.tables
    assert record.column_widths == (10.0, 90.0)
    assert record.unruled_rows == {1}  # row 1 (the first body row) has its detail row below
    html = sheet.html()
    assert html.count("<tr>") == 4
    assert '<td colspan="1" style="border-bottom: 1px solid black">more</td>' in html
    # The row above its detail row is not ruled: the two read as one.
    assert "<tr><td>1</td><td>a</td></tr>" in html
    assert html.count("<thead>") == 1


def test_a_long_table_goes_on_in_parts_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_html, "PART_ROWS", 3)
    sheet = SheetHtml()
    sheet.paragraph("before")
    sheet.table(["#"], [[str(n)] for n in range(7)], (100,))
    sheet.paragraph("after")
    parts = sheet.finished()
    assert [p.continues for p in parts] == [False, True, True, False]
    assert [p.html().count("<tr>") for p in parts] == [4, 4, 2, 0]  # each with its header
    assert parts[0].html().startswith("<p>before</p>")
    assert parts[-1].html() == "<p>after</p>"


def test_a_table_of_long_rows_is_parted_by_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_html, "PART_CHARS", 100)
    sheet = SheetHtml()
    sheet.table(["#"], [["x" * 60] for _ in range(4)], (100,))
    assert [p.html().count("<tr>") for p in sheet.finished()] == [2, 2, 2, 2]


def test_paragraphs_headings_and_parts() -> None:
    sheet = SheetHtml()
    sheet.heading("Timeline")
    sheet.paragraph("")
    sheet.paragraph("text", style="font-size:9pt")
    sheet.arabic_paragraph("<نص>")
    assert sheet.html() == (
        "<h2>Timeline</h2>"
        '<p style="font-size:9pt">text</p>'
        '<p dir="rtl" align="right" lang="ar">&lt;نص&gt;</p>'
    )
    sheet.new_part(section="events")
    sheet.new_part(section="notes")  # the empty part before is dropped
    sheet.paragraph("x")
    sheet.new_part(keep_with_previous=True)
    sheet.paragraph("y")
    parts = sheet.finished()
    assert [(p.section, p.keep_with_previous) for p in parts] == [
        ("", False),
        ("notes", False),
        ("", True),
    ]
