"""Direction controls and invisible characters: finding and showing them."""

import pytest

from factsheet.model.characters import (
    hidden_in_a_word,
    only_invisible,
    unpaired_direction_control,
    visible,
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("plain", None),
        ("\u202bnested \u202dLTR\u202c\u202c", None),
        ("\u2067رتل\u2069 and \u2068x\u2069", None),
        ("Field team\u202egro", "\u202e"),
        ("a \u2066b", "\u2066"),
        ("closed too soon\u202c", "\u202c"),
        ("\u2069 stray", "\u2069"),
        ("\u2068 a \u202e b \u2069", None),  # a PDI closes the override opened inside it too
        ("\u202e a \u2069", "\u202e"),
    ],
)
def test_unpaired_direction_controls(text: str, found: str | None) -> None:
    assert unpaired_direction_control(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Daesh", None),
        ("Da\u200besh", ("Da\u200besh", "\u200b")),
        ("the Da\u2060esh group", ("Da\u2060esh", "\u2060")),
        ("\u200bDaesh", None),  # at a word's edge it hides nothing a search would miss
        ("می\u200cخواهم", None),  # Persian spells with the zero-width non-joiner
        ("ab\u200ccd", ("ab\u200ccd", "\u200c")),
    ],
)
def test_hidden_characters_inside_a_word(text: str, found: tuple[str, str] | None) -> None:
    assert hidden_in_a_word(text) == found


@pytest.mark.parametrize(
    ("text", "invisible"),
    [
        ("\u200b\u2060\u202e", True),
        ("\u200b \u200b", True),
        ("\U000e0041\U000e0042", True),  # tag characters: text no one sees
        ("a\u200b", False),
        ("القريتين", False),
    ],
)
def test_only_invisible(text: str, invisible: bool) -> None:
    assert only_invisible(text) is invisible


def test_visible_writes_what_does_not_print_as_an_escape() -> None:
    assert visible("Da\u200besh") == "Da\\u200besh"
    assert visible("two\nlines\t\x85") == "two\\nlines\\t\\x85"
    assert visible("بيان \\ C:\\x") == "بيان \\ C:\\x"
    assert visible("\U000e0041") == "\\U000e0041"
