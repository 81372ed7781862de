"""The Library view's rows: cells in words, sort keys, tooltips, files still being read."""

import dataclasses

from factsheet.i18n import using_language
from factsheet.library import IncidentSummary
from factsheet.library.rows import (
    DATE,
    FIGURE_LINES,
    FIGURES,
    FILE,
    HANDLING_COLUMN,
    HEADERS,
    PROBLEMS,
    STATUS,
    TITLE,
    LibraryRow,
)
from library_folder import PALMYRA_SUMMARY

PALMYRA = PALMYRA_SUMMARY


def test_cells_say_in_words_what_the_summary_holds() -> None:
    row = LibraryRow(PALMYRA)
    assert row.item_id == "homs/palmyra.yml"
    assert dict(zip(HEADERS, row.cells, strict=True)) == {
        "Title": "Shelling near the Palmyra museum",
        "Arabic title": "قصف قرب متحف تدمر",
        "Date": "October 2017",
        "Place": "Palmyra, Homs Governorate",
        "Status": "verified",
        "Problems": "2 warnings",
        "Handling": "TLP:AMBER",
        # Every figure line, figures first (the tooltip has the headings in full).
        "Figures": f"{PALMYRA.figures[0]}\nsecond, short",
        "Perpetrators": "Example Army",
        "Claimants": "Palmyra Coordination Committee",
        "File": "homs/palmyra.yml",
    }


def test_a_file_without_a_title_or_with_unknown_values_shows_what_it_can() -> None:
    row = LibraryRow(IncidentSummary("a/b/broken.yaml", status="old-value", errors=1))
    assert row.cells[TITLE] == "broken.yaml"
    assert (row.cells[STATUS], row.cells[HANDLING_COLUMN], row.cells[DATE]) == ("", "", "")
    assert row.cells[PROBLEMS] == "1 error"
    assert row.tooltip(DATE) is None
    assert LibraryRow(IncidentSummary("x.yaml", status="under-review")).cells[STATUS] == (
        "under review"
    )


def test_a_title_of_invisible_characters_alone_shows_the_file_name() -> None:
    invisible = "\u2068\u200b\u2060\u202e\u2069"
    row = LibraryRow(IncidentSummary("notes/zw.yaml", title=invisible))
    assert row.cells[TITLE] == "zw.yaml"
    assert LibraryRow(IncidentSummary("zw.yaml", title="\u200bMarket")).cells[TITLE] == (
        "\u200bMarket"
    )


def test_figures_beyond_what_a_row_shows_are_counted_never_dropped() -> None:
    assert FIGURE_LINES == 3
    full = tuple(f"Killed — attributed to X: figure {n}" for n in range(1, 6))
    short = tuple(f"figure {n} · killed, blamed on X" for n in range(1, 6))
    three = LibraryRow(IncidentSummary("a.yaml", headlines=full[:3], figures=short[:3]))
    assert three.cells[FIGURES] == "\n".join(short[:3])
    five = LibraryRow(IncidentSummary("b.yaml", headlines=full, figures=short))
    lines = five.cells[FIGURES].split("\n")
    assert lines == [short[0], short[1], "and 3 more figures (in the tooltip)"]
    # The tooltip has every line in full, its heading first.
    assert five.tooltip(FIGURES) == "\n".join(full)
    # A summary without the short lines (none is stored so) shows the full ones.
    assert LibraryRow(IncidentSummary("c.yaml", headlines=full[:1])).cells[FIGURES] == full[0]


def test_a_file_being_read_says_so() -> None:
    row = LibraryRow(PALMYRA, pending=True)
    assert row.pending
    assert row.cells[PROBLEMS] == "reading…"
    assert row.cells[TITLE] == PALMYRA.title  # what was known stays on show meanwhile


def test_sort_keys_order_dates_and_problems_as_such() -> None:
    undated = LibraryRow(IncidentSummary("z.yaml", errors=3))
    dated = LibraryRow(PALMYRA)
    # An undated (unreadable) file sorts before every date, as an open start does.
    assert undated.sort_key(DATE) == ("", "9999", "z.yaml")
    assert dated.sort_key(DATE) == ("2017-10-01", "2017-10-31", "homs/palmyra.yml")
    assert (dated.sort_key(PROBLEMS), undated.sort_key(PROBLEMS)) == (
        (0, 2, "homs/palmyra.yml"),
        (3, 0, "z.yaml"),
    )
    assert dated.sort_key(TITLE) == "shelling near the palmyra museum"


def test_tooltips_hold_what_the_cell_leaves_out() -> None:
    row = LibraryRow(PALMYRA)
    assert row.tooltip(FIGURES) == f"{PALMYRA.headlines[0]}\nsecond"
    assert row.tooltip(TITLE) == row.tooltip(FILE) == "homs/palmyra.yml"
    assert row.tooltip(DATE) == "October 2017 (2017-10)"
    assert row.tooltip(STATUS) == "verified"


def test_an_arabic_window_reads_the_library_s_dates_in_arabic() -> None:
    summary = IncidentSummary(path="homs/x.yaml", date="2017-10", date_words="October 2017")
    assert LibraryRow(summary).cells[DATE] == "October 2017"
    with using_language("ar"):
        row = LibraryRow(summary)
        assert row.cells[DATE] == "تشرين الأول 2017"
        assert row.tooltip(DATE) == "تشرين الأول 2017 (2017-10)"
    broken = IncidentSummary(path="y.yaml", date="2017-13", date_words="")
    with using_language("ar"):
        assert LibraryRow(broken).cells[DATE] == ""  # an index from an older reader


def test_an_arabic_window_shows_the_figure_lines_the_index_worded_in_arabic() -> None:
    arabic = dataclasses.replace(
        PALMYRA,
        headlines_in={"ar": ("قتلى — لم يُسمَّ مرتكب: 15 على الأقل", "ثانٍ")},
        figures_in={"ar": ("15 على الأقل · قتلى", "ثانٍ، قصير")},
    )
    with using_language("ar"):
        row = LibraryRow(arabic)
        assert row.cells[FIGURES] == "15 على الأقل · قتلى\nثانٍ، قصير"
        assert row.tooltip(FIGURES) == "قتلى — لم يُسمَّ مرتكب: 15 على الأقل\nثانٍ"
    assert LibraryRow(arabic).cells[FIGURES] == f"{PALMYRA.figures[0]}\nsecond, short"


def test_in_an_arabic_window_each_english_figure_line_runs_left_to_right() -> None:
    # An index written where no Arabic catalog was found keeps the English lines alone.
    assert PALMYRA.headlines_in == {}
    with using_language("ar"):
        row = LibraryRow(PALMYRA)
        lines = row.cells[FIGURES].split("\n")
        tip = row.tooltip(FIGURES)
    # Isolated (first strong letter), so that '15' stays before 'documented', not at the end.
    assert lines[0] == f"\u2068{PALMYRA.figures[0]}\u2069"
    assert tip is not None
    assert tip.split("\n")[0] == f"\u2068{PALMYRA.headlines[0]}\u2069"
    assert LibraryRow(PALMYRA).cells[FIGURES].split("\n")[0] == PALMYRA.figures[0]
