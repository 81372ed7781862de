"""Arabic inside English: isolated so that it cannot reorder the punctuation around it."""

from factsheet.views.bidi import has_right_to_left, in_line, isolate


def test_arabic_is_isolated_and_latin_left_alone() -> None:
    assert has_right_to_left("داعش")
    assert not has_right_to_left("Daesh (alleged)")
    assert isolate("داعش") == "\u2068داعش\u2069"
    assert in_line("داعش") == isolate("داعش")
    assert in_line("Daesh") == "Daesh"
