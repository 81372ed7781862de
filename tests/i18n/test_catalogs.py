"""translate(): English as written, other languages from their catalog, %n filled in."""

from collections.abc import Iterator

import pytest

from factsheet.i18n import (
    QT_TRANSLATE_NOOP,
    Context,
    install_catalog,
    installed_catalog,
    join_list,
    translate,
    using_language,
)


class DictCatalog:
    """A catalog from a dict, with a plural rule of its own (not Arabic's)."""

    def __init__(self, entries: dict[tuple[str, str, str | None], str | list[str]]) -> None:
        self.entries = entries
        self.asked: list[tuple[str, str, str | None, int]] = []

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        self.asked.append((context, text, disambiguation, n))
        found = self.entries.get((context, text, disambiguation))
        if isinstance(found, list):
            return found[0 if n == 1 else 1]
        return found


@pytest.fixture
def arabic() -> Iterator[DictCatalog]:
    before = installed_catalog("ar")
    catalog = DictCatalog(
        {
            ("Menu", "&Open…", None): "&فتح…",
            ("Menu", "Open", "verb"): "افتح",
            ("Menu", "Open", "adjective"): "مفتوح",
            ("Claims", "%n claim(s)", None): ["ادعاء واحد", "%n ادعاءات"],
            ("Claims", "Untranslated", None): "",
        }
    )
    install_catalog("ar", catalog)
    yield catalog
    install_catalog("ar", before)


def test_english_is_the_source_text_and_asks_no_catalog(arabic: DictCatalog) -> None:
    assert translate("Menu", "&Open…") == "&Open…"
    assert arabic.asked == []


def test_arabic_comes_from_the_catalog(arabic: DictCatalog) -> None:
    with using_language("ar"):
        assert translate("Menu", "&Open…") == "&فتح…"
        assert translate("Menu", "Open", "verb") == "افتح"
        assert translate("Menu", "Open", "adjective") == "مفتوح"
    assert arabic.asked[0] == ("Menu", "&Open…", None, -1)


def test_a_missing_or_empty_translation_falls_back_to_english(arabic: DictCatalog) -> None:
    with using_language("ar"):
        assert translate("Menu", "Quit") == "Quit"
        assert translate("Claims", "Untranslated") == "Untranslated"


def test_no_catalog_means_english() -> None:
    before = installed_catalog("ar")
    install_catalog("ar", None)
    try:
        with using_language("ar"):
            assert translate("Menu", "&Open…") == "&Open…"
    finally:
        install_catalog("ar", before)


def test_n_chooses_the_form_and_fills_in_the_number_in_the_chosen_digits(
    arabic: DictCatalog,
) -> None:
    claims = Context("Claims")
    assert claims.tr("%n claim(s)", None, 1234) == "1,234 claims"
    assert claims.tr("%n claim(s)", None, 1) == "1 claim"
    with using_language("ar"):
        assert claims.tr("%n claim(s)", None, 1) == "ادعاء واحد"
        assert claims.tr("%n claim(s)", None, 1234) == "1,234 ادعاءات"
    with using_language("ar", digits="arabic-indic"):
        assert claims.tr("%n claim(s)", None, 1234) == "١٬٢٣٤ ادعاءات"
    assert arabic.asked[-1] == ("Claims", "%n claim(s)", None, 1234)


def test_english_writes_its_two_forms_in_the_source() -> None:
    # English has no catalog: "(s)" and "(es)" after a word are its plural, as in Qt.
    sources = Context("Sources")
    assert sources.tr("%n source(s)", None, 0) == "0 sources"
    assert sources.tr("%n source(s)", None, 1) == "1 source"
    assert sources.tr("%n match(es) in %n file(s)", None, 2) == "2 matches in 2 files"
    assert sources.tr("%n match(es)", None, 1) == "1 match"
    # Only a suffix right after a word is a plural; other brackets stay as written.
    assert sources.tr("%n claim(s) (see notes)", None, 3) == "3 claims (see notes)"


def test_without_n_a_percent_n_stays_as_written() -> None:
    assert translate("Claims", "%n claim(s)") == "%n claim(s)"


def test_noop_marks_and_returns_the_text() -> None:
    assert QT_TRANSLATE_NOOP("Menu", "&Open…") == "&Open…"
    assert QT_TRANSLATE_NOOP("Menu", "Open", "verb") == "Open"


def test_a_context_names_itself() -> None:
    assert Context("Overview").name == "Overview"
    assert repr(Context("Overview")) == "Context('Overview')"


def test_lists_take_the_languages_separator() -> None:
    before = installed_catalog("ar")
    install_catalog("ar", DictCatalog({("Lists", ", ", "between the items of a list"): "، "}))
    try:
        assert join_list(["alleged", "implied"]) == "alleged, implied"
        with using_language("ar"):
            assert join_list(["مزعوم", "ضمني"]) == "مزعوم، ضمني"
    finally:
        install_catalog("ar", before)
