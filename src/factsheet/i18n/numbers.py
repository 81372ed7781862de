"""Numbers in the current language's digits: 12,345 or ١٢٬٣٤٥."""

from factsheet.i18n.language import Digits, Language, current_digits, current_language

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# CLDR's group separators: a comma with Western digits, U+066C ARABIC THOUSANDS SEPARATOR
# with Arabic-Indic ones (a comma would read as the Arabic decimal comma's cousin).
_GROUP = {"western": ",", "arabic-indic": "٬"}


def _effective(language: Language | None, digits: Digits | None) -> Digits:
    language = language or current_language()
    if language != "ar":
        return "western"
    return digits or current_digits()


def localize_digits(
    text: str, language: Language | None = None, digits: Digits | None = None
) -> str:
    """``text`` with 0-9 written in the chosen digits; for the program's own text only.

    Never apply it to data from a file: identifiers, quotations and figures as a source
    wrote them stay exactly as written.
    """
    if _effective(language, digits) == "arabic-indic":
        return text.translate(_ARABIC_INDIC)
    return text


def format_number(
    number: int, language: Language | None = None, digits: Digits | None = None
) -> str:
    """A count with thousands grouped: 12,345 (English and Arabic by default), ١٢٬٣٤٥."""
    chosen = _effective(language, digits)
    grouped = f"{number:,}".replace(",", _GROUP[chosen])
    return localize_digits(grouped, "ar", chosen) if chosen == "arabic-indic" else grouped
