"""The sheet's rich-text pieces: escaping, isolates, note numbers, ruled tables and breaks."""

from factsheet.loading import LoadedIncident
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


def test_note_numbers_in_the_order_given(sample_loaded: LoadedIncident) -> None:
    incident = sample_loaded.incident
    assert refs(incident, ["sohr-statement", "trt-2017-10-23"]) == "[4][1]"
    assert refs(incident, ["<gone>"]) == "[?] &lt;gone&gt;"


def test_a_table_records_its_rules_and_detail_rows() -> None:
    sheet = SheetHtml()
    sheet.table(["#", "What"], [["1", "a"], ["2", "b"]], (10, 90), detail_after={0: "more"})
    (record,) = sheet.tables
    assert record.kind == "rules"
    assert record.unruled_rows == {1}  # row 1 (the first body row) has its detail row below
    html = sheet.html()
    assert html.count("<tr>") == 4
    assert '<td colspan="1">more</td>' in html


def test_a_row_break_starts_a_new_part_of_the_table_on_a_new_page() -> None:
    sheet = SheetHtml(row_breaks={0: {2}})
    rows = [[str(n)] for n in range(4)]
    sheet.table(["#"], rows, (100,))
    first, second = sheet.tables
    assert (first.first_row, first.continued) == (0, True)
    assert (second.first_row, second.continued, second.logical) == (2, False, 0)
    assert sheet.html().count("page-break-before: always") == 1
    assert sheet.html().count("<thead>") == 2


def test_paragraphs_headings_and_the_box() -> None:
    sheet = SheetHtml()
    sheet.heading("Timeline")
    sheet.paragraph("")
    sheet.paragraph("text", style="font-size:9pt")
    sheet.arabic_paragraph("<نص>")
    sheet.box("inside")
    assert sheet.html() == (
        "<h2>Timeline</h2>"
        '<p style="font-size:9pt">text</p>'
        '<p dir="rtl" align="right" lang="ar">&lt;نص&gt;</p>'
        '<table width="100%"><tr><td>inside</td></tr></table>'
    )
    assert sheet.tables[-1].kind == "box"
