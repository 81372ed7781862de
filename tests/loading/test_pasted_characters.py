"""Spaces and invisible characters pasted from word processors, found and named."""

import pytest

from factsheet.loading.pasted_characters import pasted_character, what_to_type


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("    count: 80", None),
        ("\u00a0   count: 80", 0),
        ("count:\u202f80", 6),
        ("co\u200bunt:\u00a080", 2),  # the first of the two
        ("\u3000count", 0),
        ("count: \u0661", None),  # an Arabic-Indic digit shows: it is not pasted blank
    ],
)
def test_the_first_space_like_or_invisible_character_is_found(text: str, index: int | None) -> None:
    assert pasted_character(text) == index


def test_a_space_is_to_be_retyped_and_an_invisible_character_deleted() -> None:
    assert what_to_type("\u00a0", " at 3:1") == (
        "U+00A0 NO-BREAK SPACE at 3:1, which YAML does not read as a space — type an ordinary space"
    )
    assert what_to_type("\u200b") == (
        "U+200B ZERO WIDTH SPACE, an invisible character YAML reads as text — delete it"
    )
