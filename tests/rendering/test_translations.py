"""The shipped Arabic catalog: vocabulary in Arabic, plurals by Qt's rules, Qt's own catalogue."""

import runpy
from pathlib import Path

import pytest

from factsheet.i18n import Context, install_catalog, installed_catalog, using_language
from factsheet.i18n.qm_catalog import QmCatalog
from factsheet.model.vocabulary import (
    HANDLING,
    OUTCOMES,
    QUALIFIERS,
    RELIABILITY,
    VOCABULARIES,
    definition,
    label,
)
from factsheet.rendering.translations import load_translator, qt_translations_dirs
from factsheet.shipped_catalogs import catalog_path, install_catalogs, translations_dir

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = runpy.run_path(str(ROOT / "scripts" / "translations.py"))


def test_the_compiled_catalog_is_beside_its_source() -> None:
    assert (translations_dir() / "factsheet_ar.ts").is_file()
    assert (translations_dir() / "factsheet_ar.qm").is_file(), "./dev.sh builds it"


@pytest.mark.usefixtures("shipped_arabic")
def test_every_vocabulary_word_reads_arabic() -> None:
    codes = {id(RELIABILITY), id(HANDLING)}  # labels that are codes in every language
    for _, table in VOCABULARIES.values():
        for value in table:
            english = (label(table, value), definition(table, value))
            with using_language("ar"):
                arabic = (label(table, value), definition(table, value))
            assert arabic[1] != english[1], value
            assert (arabic[0] == english[0]) == (id(table) in codes), value


@pytest.mark.usefixtures("shipped_arabic")
def test_a_few_vocabulary_words() -> None:
    with using_language("ar"):
        assert label(QUALIFIERS, "at-least") == "على الأقل"
        assert label(QUALIFIERS, "about") == "نحو"
        assert label(OUTCOMES, "killed") == "قتلى"
        assert label(RELIABILITY, "A") == "A"
        assert definition(RELIABILITY, "A") == "موثوق تماماً"
    assert label(QUALIFIERS, "at-least") == "at least"


def test_installing_twice_keeps_the_first_catalog(shipped_arabic: None) -> None:
    first = installed_catalog("ar")
    install_catalogs()
    assert installed_catalog("ar") is first


_PLURAL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Claims</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%n ادعاءات</numerusform>
            <numerusform>%n ادعاءً</numerusform>
            <numerusform>%n ادعاء</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_the_arabic_plural_form_is_picked_by_the_catalog_rules(tmp_path: Path) -> None:
    ts_file = tmp_path / "plural_ar.ts"
    ts_file.write_text(_PLURAL_TS, encoding="utf-8")
    SCRIPT["compile_catalog"](ts_file, tmp_path / "plural_ar.qm")
    before = installed_catalog("ar")
    install_catalog("ar", QmCatalog.from_file(tmp_path / "plural_ar.qm"))
    claims = Context("Claims")
    try:
        with using_language("ar"):
            forms = {n: claims.tr("%n claim(s)", None, n) for n in (0, 1, 2, 3, 10, 11, 99)}
            more = [claims.tr("%n claim(s)", None, n) for n in (100, 102, 103, 111, 1000)]
    finally:
        install_catalog("ar", before)
    assert forms == {
        0: "لا ادعاءات",
        1: "ادعاء واحد",
        2: "ادعاءان",
        3: "3 ادعاءات",
        10: "10 ادعاءات",
        11: "11 ادعاءً",
        99: "99 ادعاءً",
    }
    assert more == ["100 ادعاء", "102 ادعاء", "103 ادعاءات", "111 ادعاءً", "1,000 ادعاء"]


def test_a_missing_string_is_none_so_english_shows() -> None:
    catalog = QmCatalog.from_file(catalog_path("ar"))
    assert catalog.lookup("Qualifier", "at least", None, -1) == "على الأقل"
    assert catalog.lookup("Qualifier", "no such words", None, -1) is None


def test_the_window_loads_our_catalog_for_qt_too() -> None:
    translator = load_translator("ar")
    assert translator is not None
    assert translator.translate("Qualifier", "at least") == "على الأقل"


def test_qt_own_arabic_catalogue_is_found() -> None:
    assert any((folder / "qtbase_ar.qm").is_file() for folder in qt_translations_dirs())
    translator = load_translator("ar", "qtbase_")
    assert translator is not None
    assert translator.translate("QPlatformTheme", "Cancel") == "ألغِ"  # Qt's own wording
