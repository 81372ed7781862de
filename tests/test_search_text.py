"""search_text: one folding of Arabic and Latin text for every search."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.search_text import (
    article_free_words,
    excerpt,
    fold,
    fold_with_offsets,
    matcher,
    query_terms,
)


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("القَرْيَتَيْن", "القريتين"),  # harakat and sukun
        ("أحمد", "احمد"),  # hamza above alef
        ("إبراهيم", "ابراهيم"),  # hamza below
        ("آمنة", "امنه"),  # madda; ta marbuta
        ("ٱلله", "الله"),  # alef wasla
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مؤسسة", "موسسه"),  # hamza on waw
        ("رئيس", "رييس"),  # hamza on ya
        ("الـــرقة", "الرقه"),  # tatweel
        ("١٢٨", "128"),  # Arabic-Indic digits
        ("ﻻ", "لا"),  # presentation form
        ("Qaryatáyn", "qaryatayn"),
        ("STRASSE", "straße"),
        ("Łódź", "lodz"),
        ("Da\u200besh", "daesh"),  # zero-width space
        ("\u202eabc\u202c", "abc"),  # bidi controls
        ("Al‑Qaryatayn’s", "al-qaryatayn's"),  # non-breaking hyphen, typographic apostrophe
    ],
)
def test_written_and_typed_forms_fold_alike(written: str, typed: str) -> None:
    assert fold(written) == fold(typed)


def test_free_hamza_and_ta_marbuta_rules_are_the_documented_ones() -> None:
    assert fold("ء") == "ء"  # a letter of its own, kept
    assert fold("مدرسة") == fold("مدرسه")


_SCRIPTS = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "Zs", "Cf"),
    # Latin with its accents, Arabic with its marks and presentation forms, format characters.
    include_characters="\u200b\u200c\u200d\u202e\u2066\ufeff",
).filter(lambda c: c < "\u0800" or "\ufb50" <= c <= "\ufeff" or c in "\u200b\u202e\u2066")


@given(st.text(alphabet=_SCRIPTS, min_size=1, max_size=120))
def test_the_table_and_the_character_paths_agree(text: str) -> None:
    # Under 200 characters fold works a character at a time, above it through one table.
    long = (text + " ") * (250 // (len(text) + 1) + 1)
    assert len(long) >= 200
    assert fold(long) == fold_with_offsets(long)[0]
    folded, offsets = fold_with_offsets(text)
    assert len(offsets) == len(folded)
    assert offsets == sorted(offsets)


@given(st.text(alphabet=st.sampled_from("abcأإآةىـًٌٍَُِّْ ٱ١ Éé"), max_size=300))
def test_offsets_fold_equals_fold(text: str) -> None:
    assert fold_with_offsets(text)[0] == fold(text)


def test_query_terms_keep_phrases_and_drop_repeats() -> None:
    assert query_terms('PCC  "Coordination   Committee" pcc القَرْيَتَيْن') == [
        "pcc",
        "coordination committee",
        "القريتين",
    ]
    assert query_terms('  ""  ') == []


def test_matcher_needs_every_term() -> None:
    matches = matcher("qaryatayn قريتين")
    assert matches("Killings in Al Qaryatáyn — القُرَيتين")
    assert not matches("Killings in Al Qaryatayn")
    assert matcher("")("anything")


def test_article_free_words() -> None:
    words = article_free_words(fold("في القريتين والرقة بالمدينة للمدنيين الله"))
    assert words.split() == ["قريتين", "رقه", "مدينه", "مدنيين"]


def test_excerpt_shows_the_original_around_the_match() -> None:
    text = "word " * 40 + "the Palmyra Coordination Committee (تنسيقيَّة تدمر) said " + "x " * 40
    piece = excerpt(text, [fold("تنسيقية")], width=60)
    assert "تنسيقيَّة" in piece
    assert (piece[0], piece[-1]) == ("…", "…")
    assert len(piece) <= 62
    assert excerpt("short text", ["zzz"]) == "short text"


def test_excerpt_cuts_between_words_never_inside_one() -> None:
    text = (
        "Residents who fled said the fighters shot many of those who stayed, and that "
        "government forces found the bodies after they regained the town. The Palmyra "
        "Coordination Committee later named sixty of the dead in a list it published."
    )
    words = set(text.split())
    for term in ("regained", "palmyra", "sixty", "residents"):
        piece = excerpt(text, [fold(term)], width=60)
        assert term in fold(piece)
        inner = piece.strip("…").split()
        assert inner[0] in words, piece
        assert inner[-1] in words, piece
        assert len(piece) <= 62
    # No match: the start, cut after a whole word.
    start = excerpt(text, ["zzz"], width=30)
    assert start == "Residents who fled said the…"
    # A text without spaces is cut where it must be.
    assert excerpt("x" * 100, [fold("x")], width=20) == "x" * 20 + "…"
