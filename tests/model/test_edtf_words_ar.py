"""Arabic date words: every form the English words have, Syrian month names, chosen digits."""

import re

import pytest
from hypothesis import given
from test_dates import WORDS, any_edtf

from factsheet.i18n import LANGUAGES, using_language
from factsheet.model._edtf_words_ar import MONTHS_AR
from factsheet.model.dates import PHRASEBOOKS, parse_edtf

# One line per line of the English table in test_dates.py, in the same order.
WORDS_AR = [
    ("2017-10-21", "21 تشرين الأول 2017"),
    ("2015-08", "آب 2015"),
    ("2017", "2017"),
    ("2016-04~", "نحو نيسان 2016"),
    ("2017-10?", "ربما تشرين الأول 2017"),
    ("2017-10%", "ربما نحو تشرين الأول 2017"),
    ("2017-10-21/2017-10-23", "21–23 تشرين الأول 2017"),
    ("2017-09-28/2017-10-02", "28 أيلول – 2 تشرين الأول 2017"),
    ("2016-12-30/2017-01-02", "30 كانون الأول 2016 – 2 كانون الثاني 2017"),
    ("2015-08/2016-04", "آب 2015 – نيسان 2016"),
    ("2017-10/2017-11", "تشرين الأول – تشرين الثاني 2017"),
    ("2015/2017", "2015–2017"),
    ("2017-10-21/2017-10-21", "21 تشرين الأول 2017"),
    ("2017-10-01/2017-10-31", "1–31 تشرين الأول 2017"),
    ("2017-10-21/2017-10", "21 تشرين الأول 2017 – تشرين الأول 2017"),
    ("2017-09-01/2017-09-10", "أوائل أيلول 2017"),
    ("2017-09-11/2017-09-20", "منتصف أيلول 2017"),
    ("2017-09-21/2017-09-30", "أواخر أيلول 2017"),
    ("2017-09-21/2017-09-29", "21–29 أيلول 2017"),
    ("2016-02-21/2016-02-29", "أواخر شباط 2016"),
    ("2017-09-21~/2017-09-30~", "نحو أواخر أيلول 2017"),
    ("2017-10-21~/2017-10-23", "نحو 21 تشرين الأول 2017 – 23 تشرين الأول 2017"),
    ("2017-10-21?/2017-10-23?", "ربما 21–23 تشرين الأول 2017"),
    ("../2017-10-23", "بحلول 23 تشرين الأول 2017"),
    ("2017-10-21/..", "ابتداءً من 21 تشرين الأول 2017"),
    ("/2017-10-23", "حتى 23 تشرين الأول 2017 (البداية غير معروفة)"),
    ("2017-10-21/", "من 21 تشرين الأول 2017 (النهاية غير معروفة)"),
    ("../2017-10~", "بحلول نحو تشرين الأول 2017"),
    ("2017-10-2X", "بين 20 و29 تشرين الأول 2017"),
    ("2017-10-2X~", "بين 20 و29 تشرين الأول 2017 تقريباً"),
    ("2017-04-3X", "30 نيسان 2017"),
    ("2017-1X", "بين تشرين الأول وكانون الأول 2017"),
    ("2017-XX", "2017 (الشهر غير معروف)"),
    ("2017-XX-XX", "2017 (الشهر واليوم غير معروفين)"),
    ("2017-10-XX", "تشرين الأول 2017 (اليوم غير معروف)"),
    ("201X", "2010–2019"),
    ("201X?", "ربما 2010–2019"),
    ("19XX", "1900–1999"),
    ("XXXX", "العام غير معروف"),
    ("2017-21", "ربيع 2017"),
    ("2017-22", "صيف 2017"),
    ("2017-23~", "نحو خريف 2017"),
    ("2017-24", "شتاء 2017–2018"),
    ("2017-10-21T14:30:00Z", "21 تشرين الأول 2017، الساعة 14:30 UTC"),
    ("2017-10-21T14:30:05+05:30", "21 تشرين الأول 2017، الساعة 14:30:05 UTC+05:30"),
    ("2017-10-21T09:05:00-03", "21 تشرين الأول 2017، الساعة 09:05 UTC-03:00"),
    ("2017-10-21T14:30:00+00:00", "21 تشرين الأول 2017، الساعة 14:30 UTC"),
    ("2017-10-21T14:30:00", "21 تشرين الأول 2017، الساعة 14:30"),
    ("Y170000002", "العام 170000002"),
    ("Y-170000002", "العام 170000003 ق.م"),
    ("Y999999999999999999", "العام 999999999999999999"),
    ("-0044", "45 ق.م"),
    ("-0044-03-15", "15 آذار 45 ق.م"),
    ("0000", "1 ق.م"),
    ("0001-01-05", "5 كانون الثاني 1"),
]


def test_every_english_form_has_its_arabic_form() -> None:
    assert [text for text, _ in WORDS_AR] == [text for text, _ in WORDS]


@pytest.mark.parametrize(("text", "words"), WORDS_AR)
def test_arabic_words(text: str, words: str) -> None:
    assert parse_edtf(text).words("ar") == words


def test_the_current_language_is_the_default() -> None:
    date = parse_edtf("2017-09-21/2017-09-30")
    assert date.words() == "late September 2017"
    with using_language("ar"):
        assert date.words() == "أواخر أيلول 2017"
        assert date.words("en") == "late September 2017"  # an explicit language wins
    assert date.words() == "late September 2017"


def test_month_names_are_the_ones_used_in_syria() -> None:
    # As CLDR's ar_SY has them (checked against Babel 2.18); not Egypt's يناير، فبراير…
    assert MONTHS_AR[1:] == (
        *("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران"),
        *("تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"),
    )


def test_arabic_indic_digits_when_chosen() -> None:
    date = parse_edtf("../2017-10-23")
    with using_language("ar", digits="arabic-indic"):
        assert date.words() == "بحلول ٢٣ تشرين الأول ٢٠١٧"
        assert date.words("en") == "by 23 October 2017"  # English keeps Western digits
    with using_language("ar"):
        assert date.words() == "بحلول 23 تشرين الأول 2017"  # the default: as the press prints


def test_every_language_has_a_phrasebook() -> None:
    assert set(PHRASEBOOKS) == set(LANGUAGES)


# Latin letters an Arabic date may hold: "UTC" only.
_LATIN = re.compile(r"[A-Za-z]+")


@given(any_edtf())
def test_no_english_word_in_any_arabic_date(text: str) -> None:
    words = parse_edtf(text).words("ar")
    assert set(_LATIN.findall(words)) <= {"UTC"}, words
    assert words.strip() == words
    assert "  " not in words
