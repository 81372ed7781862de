"""translate() and its catalogs: the program's words looked up in the current language."""

# The source text is English and is its own translation: English needs no catalog, and a
# language whose catalog is missing or lacks a string falls back to English rather than
# showing nothing. Catalogs are plugged in from outside (rendering/translations.py wraps
# Qt's QTranslator over resources/translations/factsheet_ar.qm), so this package, and the
# model that uses it, stay free of Qt.
#
# pyside6-lupdate extracts two call forms, with literal strings only (no f-strings, no
# variables; adjacent literals are joined):
#   QT_TRANSLATE_NOOP("Context", "text")            marks a constant, translated later
#   Overview.tr("text"), Overview.tr("text", "disambiguation")
#   Overview.tr("%n claim(s)", None, count)         numerus: Arabic's six plural forms
# where ``Overview = Context("Overview")``: lupdate takes the context from the name before
# ``.tr``, so the name and the string must be the same (tests/i18n checks it). A bare
# translate("Context", "text") call is extracted too, but not as numerus: lupdate reads a
# fourth argument as PyQt4's old "encoding" and drops the plural, so counts go via .tr.

import re
from collections.abc import Iterable
from typing import Protocol

from factsheet.i18n.language import SOURCE_LANGUAGE, Language, current_language
from factsheet.i18n.numbers import format_number


class Catalog(Protocol):
    """Translations of one language, looked up the way QTranslator.translate does."""

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        """The translation, with %n still in it; None (or "") when there is none."""


_catalogs: dict[Language, Catalog] = {}


def install_catalog(language: Language, catalog: Catalog | None) -> None:
    """Use ``catalog`` for ``language`` from now on (None removes it); for every thread."""
    if catalog is None:
        _catalogs.pop(language, None)
    else:
        _catalogs[language] = catalog


def installed_catalog(language: Language) -> Catalog | None:
    """The catalog translate() uses for ``language``, if one is installed."""
    return _catalogs.get(language)


# "(s)" or "(es)" right after a word of an English source text with a count: "%n claim(s)".
_SOURCE_PLURAL = re.compile(r"(?<=\w)\((e?s)\)")


def source_plural(text: str, n: int) -> str:
    """The English source text's form for ``n``: '1 claim', '2 claims' from '%n claim(s)'.

    English is its own translation and has no catalog, so its two forms are written in the
    source as Qt's convention has it, with "(s)" or "(es)" after the noun; a word whose
    plural is not a suffix is reworded rather than spelt out (docs/translation.md).
    """
    return _SOURCE_PLURAL.sub("" if n == 1 else r"\1", text)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language; with ``n`` >= 0, the plural form for n, %n filled in.

    %n becomes the number with thousands grouped, in the current language's digits.
    """
    language = current_language()
    result: str | None = None
    if language != SOURCE_LANGUAGE:
        catalog = _catalogs.get(language)
        if catalog is not None:
            result = catalog.lookup(context, text, disambiguation, n)
    if not result:
        result = source_plural(text, n) if n >= 0 else text
    if n >= 0 and "%n" in result:
        result = result.replace("%n", format_number(n, language))
    return result


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:  # noqa: N802 - lupdate's name
    """Mark ``text`` for translation in ``context`` and return it as it is.

    For constants defined before any language is chosen (vocabulary labels, headings):
    translate them where they are shown, with ``translate(context, text)``.
    """
    del context, disambiguation  # read by lupdate, not at run time
    return text


class Context:
    """The strings of one module or class: ``Overview = Context("Overview")``.

    ``Overview.tr("text")`` translates at call time into the current language, so the same
    code serves an English window and an Arabic sheet.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the current language; %n, with ``n``, in its plural form."""
        return translate(self.name, text, disambiguation, n)

    def __repr__(self) -> str:
        return f"Context({self.name!r})"


Lists = Context("Lists")


def join_list(items: Iterable[str]) -> str:
    """Items joined with the current language's list separator: "a, b" or "a، b"."""
    return Lists.tr(", ", "between the items of a list").join(items)
