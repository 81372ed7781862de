"""printable: names and text from a file, one line each, nothing that acts on a terminal."""

from factsheet.printable import printable_name, printable_text, printable_title, visible


def test_a_name_keeps_its_letters_and_shows_what_does_not_print() -> None:
    assert printable_name("تقرير الميدان.yaml") == "تقرير الميدان.yaml"
    assert printable_name("evil\nwrote x.pdf: ok.yaml") == "evil\\nwrote x.pdf: ok.yaml"
    assert printable_name("a\u202eb\u200bc\u2060d\udcff") == "a\\u202eb\\u200bc\\u2060d\\udcff"
    assert printable_name("\x1b[31m") == "\\x1b[31m"
    assert printable_name("x\ty") == visible("x\ty") == "x\\ty"


def test_text_from_a_file_is_one_line_with_its_whitespace_made_single_spaces() -> None:
    assert printable_text("  Field\nteam \u00a0 report\t") == "Field team report"
    assert printable_text("Da\u200besh \u202e") == "Da\\u200besh \\u202e"
    assert printable_text(None) == printable_text("") == ""


def test_a_title_that_shows_nothing_reads_as_its_file_s_name() -> None:
    assert printable_title(["Market", "السوق"], "a.yaml") == "Market — السوق"
    assert printable_title(["Market", "\u200b"], "a.yaml") == "Market"
    assert printable_title(["\u200b\u2060", None], "blank\n.yaml") == "blank\\n.yaml"
    assert printable_title([" \x1b "], "ctl.yaml") == "ctl.yaml"
    assert printable_title([], "none.yaml") == "none.yaml"
