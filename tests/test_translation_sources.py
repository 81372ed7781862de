"""resources/translations/*.ts: complete, finished, up to date with the code, well-formed."""

# The test a translator and an engineer both run into: it fails when the code has a string
# the .ts lacks (run ./dev.sh translations, then translate it), when an entry is unfinished
# or vanished from the code, when a plural lacks one of its forms, or a translation lost a
# placeholder. How to fix each is in docs/translation.md.

import ast
import re
import runpy
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SCRIPT = runpy.run_path(str(ROOT / "scripts" / "translations.py"))
#: Qt's numerus forms per language, in Qt's order (Arabic: zero, one, two, few, many, other).
PLURAL_FORMS = {"ar": 6}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str | None
    numerus: bool
    state: str | None  # None (finished), "unfinished", "vanished" or "obsolete"
    forms: tuple[str, ...]


def _root(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 - the repository's own file or lupdate's


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in _root(path).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            entries.append(
                Entry(
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment"),
                    numerus,
                    translation.get("type"),
                    forms,
                )
            )
    return entries


TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))


def _language(ts_file: Path) -> str:
    return ts_file.stem.rsplit("_", 1)[-1]


def test_there_is_an_arabic_catalog() -> None:
    assert [p.name for p in TS_FILES] == ["factsheet_ar.ts"]
    root = _root(TS_FILES[0])
    assert (root.get("language"), root.get("sourcelanguage")) == ("ar", "en")


@pytest.fixture(scope="module", params=TS_FILES, ids=lambda p: p.name)
def extracted(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts after lupdate has read today's code into a copy (vanished entries kept)."""
    original: Path = request.param
    copy = tmp_path_factory.mktemp("ts") / original.name
    shutil.copyfile(original, copy)
    result = subprocess.run(
        SCRIPT["lupdate_command"](ROOT / "src" / "factsheet", copy, drop_vanished=False),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # lupdate warns about what it cannot read (unbalanced brackets, a bad call): none allowed.
    assert result.stdout.strip() == result.stderr.strip() == ""
    return copy


def _key(entry: Entry) -> tuple[str, str, str | None]:
    return entry.context, entry.source, entry.comment


def test_every_string_of_the_code_is_in_the_committed_file(extracted: Path) -> None:
    committed = {_key(e) for e in read_ts(TRANSLATIONS / extracted.name)}
    missing = [_key(e) for e in read_ts(extracted) if _key(e) not in committed]
    assert missing == [], "new strings: run ./dev.sh translations and translate them"


def test_no_entry_is_unfinished_or_vanished(extracted: Path) -> None:
    stale = [(e.state, *_key(e)) for e in read_ts(extracted) if e.state is not None]
    assert stale == [], "translate the unfinished; run ./dev.sh translations for vanished"


def _has_words(text: str) -> bool:
    """Whether ``text`` has a letter outside its {placeholders} and %n."""
    return re.search(r"[A-Za-z]", _PLACEHOLDER.sub("", text).replace("%n", "")) is not None


def test_every_translation_is_filled_in_and_reads_arabic(extracted: Path) -> None:
    language = _language(extracted)
    for entry in read_ts(extracted):
        expected = PLURAL_FORMS[language] if entry.numerus else 1
        assert len(entry.forms) == expected, _key(entry)
        for form in entry.forms:
            assert form.strip(), _key(entry)
            # English pasted in has Latin letters and no Arabic ones. A translation of
            # placeholders and punctuation only is no such thing: "{name} ({firmness})" as it
            # is, or "{other} is {relation} {actor}" where Arabic needs no "is".
            if language == "ar" and _has_words(form):
                assert _ARABIC.search(form), (_key(entry), form)


def test_counts_are_plurals(extracted: Path) -> None:
    # lupdate marks numerus only for Context.tr("…%n…", None, n): see factsheet/i18n/catalogs.py
    for entry in read_ts(extracted):
        assert entry.numerus == ("%n" in entry.source), _key(entry)


def test_translations_keep_every_placeholder(extracted: Path) -> None:
    for entry in read_ts(extracted):
        wanted = sorted(_PLACEHOLDER.findall(entry.source))
        for index, form in enumerate(entry.forms):
            assert sorted(_PLACEHOLDER.findall(form)) == wanted, (_key(entry), form)
            # Arabic says "one claim" and "two claims" without the digit; from "few" on the
            # number must be there.
            if entry.numerus and index >= 3:
                assert "%n" in form, (_key(entry), form)


def test_mnemonics_stay_single(extracted: Path) -> None:
    for entry in read_ts(extracted):
        marked = entry.source.replace("&&", "").count("&")
        for form in entry.forms:
            assert form.replace("&&", "").count("&") == marked, (_key(entry), form)


# --- the call conventions lupdate depends on --------------------------------------------

_TRANSLATING = {"translate", "QT_TRANSLATE_NOOP", "tr"}


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id in _TRANSLATING)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == "tr")
        )
    ]


SOURCES = sorted((ROOT / "src" / "factsheet").rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT / "src")))
def test_translated_strings_are_plain_literals(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in _calls(tree):
        where = f"{path.name}:{call.lineno}"
        for arg in call.args:
            # An f-string is extracted as written, braces and all, and never found again.
            assert not isinstance(arg, ast.JoinedStr), f"{where}: no f-strings; use .format()"
        # lupdate reads positional arguments only: a keyword n= loses the plural.
        assert not any(k.arg in ("n", "disambiguation") for k in call.keywords), where
        if isinstance(call.func, ast.Name) and call.func.id == "translate" and len(call.args) > 3:
            literal = call.args[1]
            assert not isinstance(literal, ast.Constant), f"{where}: counts go via Context.tr"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT / "src")))
def test_a_context_is_named_as_it_is_called(path: Path) -> None:
    # lupdate takes the context of Overview.tr("…") from the name "Overview".
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "Context"
        ):
            (target,) = node.targets
            assert isinstance(target, ast.Name), f"{path.name}:{node.lineno}"
            (name,) = node.value.args
            assert isinstance(name, ast.Constant), f"{path.name}:{node.lineno}"
            assert target.id == name.value, f"{path.name}:{node.lineno}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT / "src")))
def test_no_string_is_translated_inside_an_f_string(path: Path) -> None:
    # lupdate does not look inside f"…{Sheet.tr('Where:')}…": the string never reaches the
    # .ts, and stays English on every sheet.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside = [call.lineno for call in _calls(node) if _has_literal_text(call)]
            assert inside == [], f"{path.name}:{inside}: translate before the f-string"


def _has_literal_text(call: ast.Call) -> bool:
    """Whether a call names its text as a literal (which lupdate would extract), rather than
    translating a constant marked elsewhere (translate("About", licence))."""
    texts = call.args[:1] if isinstance(call.func, ast.Attribute) else call.args[1:2]
    return any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts)


def test_a_string_translated_in_an_f_string_is_found() -> None:
    tree = ast.parse("x = f\"<b>{Sheet.tr('Where:')}</b>{translate('About', lic)}\"")
    (joined,) = [n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)]
    assert [_has_literal_text(call) for call in _calls(joined)] == [True, False]
