"""Arabic inside English: isolated so that it cannot reorder the punctuation around it."""

from factsheet.i18n import using_language
from factsheet.views.bidi import has_right_to_left, in_line, isolate, label_row


def test_arabic_is_isolated_and_latin_left_alone() -> None:
    assert has_right_to_left("داعش")
    assert not has_right_to_left("Daesh (alleged)")
    assert isolate("داعش") == "\u2068داعش\u2069"
    assert in_line("داعش") == isolate("داعش")
    assert in_line("Daesh") == "Daesh"


def test_in_line_isolates_right_to_left_letters_and_direction_controls() -> None:
    assert in_line("Example Army") == "Example Army"
    assert in_line("القريتين") == "\u2068القريتين\u2069"
    # issue 12: an override with no Arabic letter at all still reverses what follows it.
    assert in_line("Field team\u202eRALC") == "\u2068Field team\u202eRALC\u2069"


def test_a_label_row_puts_the_label_where_lines_start() -> None:
    label, value = "<th>Date</th>", "<td>October 2017</td>"
    assert label_row(label, value) == "<tr><th>Date</th><td>October 2017</td></tr>"
    # Qt lays columns out left to right in Arabic too: the label cell comes last, rightmost.
    with using_language("ar"):
        assert label_row(label, value) == "<tr><td>October 2017</td><th>Date</th></tr>"
