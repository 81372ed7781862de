"""Counts in the chosen digits, grouped by thousands; data is never touched."""

import pytest

from factsheet.i18n import format_number, localize_digits, using_language


@pytest.mark.parametrize(
    ("number", "language", "digits", "text"),
    [
        (0, "en", None, "0"),
        (128, "en", "arabic-indic", "128"),  # English always has Western digits
        (12345, "en", None, "12,345"),
        (128, "ar", None, "128"),  # the default: as the Syrian press prints figures
        (1234567, "ar", "western", "1,234,567"),
        (128, "ar", "arabic-indic", "١٢٨"),
        (1234567, "ar", "arabic-indic", "١٬٢٣٤٬٥٦٧"),  # CLDR's Arabic thousands separator
    ],
)
def test_format_number(number: int, language: str, digits: str | None, text: str) -> None:
    assert format_number(number, language, digits) == text  # type: ignore[arg-type]


def test_the_current_language_and_digits_are_the_default() -> None:
    assert format_number(2017) == "2,017"
    with using_language("ar", digits="arabic-indic"):
        assert format_number(2017) == "٢٬٠١٧"
        assert localize_digits("صفحة 1 من 2") == "صفحة ١ من ٢"
    assert localize_digits("page 1 of 2") == "page 1 of 2"
