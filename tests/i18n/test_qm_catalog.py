"""The .qm reader without Qt answers every lookup exactly as QTranslator does."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from factsheet.i18n.qm_catalog import MAGIC, QmCatalog, QmFormatError, plural_form
from factsheet.shipped_catalogs import catalog_path, translations_dir

# Past 100 every Arabic form repeats with n mod 100; 1,200 covers 1,000's leading group.
COUNTS = range(1200)


@pytest.fixture(scope="module")
def qt() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(catalog_path("ar")))
    return translator


@pytest.fixture(scope="module")
def ours() -> QmCatalog:
    return QmCatalog.from_file(catalog_path("ar"))


def _messages() -> list[tuple[str, str, str | None, bool]]:
    root = ET.parse(translations_dir() / "factsheet_ar.ts").getroot()  # noqa: S314 - our own
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment"),
            message.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_and_plural_form_is_qts(qt: QTranslator, ours: QmCatalog) -> None:
    messages = _messages()
    assert len(ours) == len(messages)
    differ = []
    for context, source, comment, numerus in messages:
        for n in COUNTS if numerus else (-1,):
            expected = qt.translate(context, source, comment, n) or None
            if ours.lookup(context, source, comment, n) != expected:
                differ.append((context, source, n))
    assert differ == []


def test_a_comment_without_its_own_entry_falls_back_to_none(
    qt: QTranslator, ours: QmCatalog
) -> None:
    expected = qt.translate("Qualifier", "at least", "no such comment")
    assert expected == "على الأقل"
    assert ours.lookup("Qualifier", "at least", "no such comment", -1) == expected
    assert ours.lookup("Qualifier", "no such words", None, -1) is None
    assert ours.lookup("No such context", "at least", None, -1) is None


def test_arabic_rules_give_six_forms(ours: QmCatalog) -> None:
    rules = ours._rules
    forms = {n: plural_form(n, rules) for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111)}
    assert forms == {
        0: 0,
        1: 1,
        2: 2,
        3: 3,
        10: 3,
        11: 4,
        99: 4,
        100: 5,
        101: 5,
        102: 5,
        103: 3,
        111: 4,
    }
    assert plural_form(7, b"") == 0  # no rules: one form


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"PK\x03\x04 a zip file", "expected a Qt .qm catalog"),
        (MAGIC + b"\x69\x00\x00", "ends inside a block header"),
        (MAGIC + b"\x69\x00\x00\x00\x01\x03", "ends inside a message"),
        (MAGIC + b"\x69\x00\x00\x00\x02\x0c\x01", "unknown field 12"),
    ],
)
def test_a_broken_catalog_is_refused_with_a_reason(data: bytes, fragment: str) -> None:
    with pytest.raises(QmFormatError, match=fragment):
        QmCatalog.from_bytes(data)


def test_a_missing_catalog_leaves_english(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        QmCatalog.from_file(tmp_path / "factsheet_xx.qm")
