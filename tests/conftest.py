"""Shared fixtures: paths to the sample, the corpora and a scratch copy of files."""

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Headless by default; a developer may still run the tests on a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"
CORPORA = ROOT.parent / "shared" / "corpora"
#: A fictional incident with one claim for each case of issue 10 (its header lists them).
FIDELITY = ROOT / "tests" / "fixtures" / "fidelity.yaml"


@pytest.fixture
def sample_path() -> Path:
    """The bundled Al Qaryatayn sample (read-only: tests copy it before changing it)."""
    return SAMPLE


@pytest.fixture(scope="session")
def sample_loaded() -> Any:
    """The sample as the loader reads it (frozen: tests build changed copies)."""
    from factsheet.loading import read_incident

    return read_incident(SAMPLE)


@pytest.fixture(scope="session")
def fidelity_path() -> Path:
    """tests/fixtures/fidelity.yaml: a part blamed on someone else, a hedged attribution, a
    relayed joint claim, a claim with two independent sources, an unquantified one."""
    return FIDELITY


@pytest.fixture(scope="session")
def fidelity_loaded() -> Any:
    """The fidelity fixture as the loader reads it (it has no warnings)."""
    from factsheet.loading import read_incident

    loaded = read_incident(FIDELITY)
    assert loaded.warnings == ()
    return loaded


#: The lines of the sample's claim trt-35-in-shaft that give its date.
_TRT_DATED = "  - id: trt-35-in-shaft\n    claimant: trt-world\n    sources: [trt-2017-10-23]\n"


@pytest.fixture(scope="session")
def warned_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with one recorder's slip, so that it loads with one warning: claim
    trt-35-in-shaft has no claimed_on date (the sample itself loads without any)."""
    text = SAMPLE.read_text(encoding="utf-8")
    dated = _TRT_DATED + "    claimed_on: 2017-10-23\n"
    assert dated in text
    path = tmp_path_factory.mktemp("warned") / SAMPLE.name
    path.write_text(text.replace(dated, _TRT_DATED), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def warned_loaded(warned_path: Path) -> Any:
    """warned_path as the loader reads it: one warning, at claims[2]."""
    from factsheet.loading import read_incident

    loaded = read_incident(warned_path)
    assert [(w.path, w.message) for w in loaded.warnings] == [
        ("claims[2]", "claim 'trt-35-in-shaft' has no claimed_on date")
    ]
    return loaded


#: Text a hostile or careless file may hold: it must always show as these very characters.
MARKUP = "<b>bold</b> & <img src='x.png'> <a href='claim:x'>link</a>"


@pytest.fixture(scope="session")
def marked_up_loaded(sample_loaded: Any) -> Any:
    """The sample with markup in an actor's name, an event's text, a claim's note and a
    source's title: every view must show it as text."""
    import dataclasses

    from factsheet.model.incident import Incident

    data = sample_loaded.incident.model_dump(mode="json", exclude_none=True)
    data["actors"][0]["name"] = MARKUP
    data["timeline"][0]["text"] = MARKUP
    data["claims"][0]["note"] = MARKUP
    data["sources"][0]["title"] = MARKUP
    changed = Incident.model_validate(data)
    return dataclasses.replace(sample_loaded, incident=changed)


#: What every recorder_note of a noted copy starts with (with_recorder_notes).
RECORDER_ONLY = "RECORDER ONLY"


@pytest.fixture
def with_recorder_notes(tmp_path: Path) -> Callable[[Path], tuple[Path, int]]:
    """A copy of an incident file with a recorder_note on every item that takes one (the
    incident, actors and their aliases and relations, sources, events and their other
    dates, claims and their attributions): the copy's path and how many notes it has."""
    import yaml

    def noted(source: Path) -> tuple[Path, int]:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        count = 0

        def note(item: dict[str, object]) -> None:
            nonlocal count
            item["recorder_note"] = f"{RECORDER_ONLY} {count}"
            count += 1

        note(data["incident"])
        for actor in data["actors"]:
            note(actor)
            for part in (*actor.get("aliases", ()), *actor.get("relations", ())):
                note(part)
        for item in (*data["sources"], *data.get("timeline", ()), *data["claims"]):
            note(item)
            for part in (*item.get("alternative_dates", ()), *item.get("perpetrators", ())):
                note(part)
        out = tmp_path / f"noted-{source.name}"
        out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return out, count

    return noted


# --- the application shell (tests/ui/): windows with settings that never touch the user's ---


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """An INI file for QSettings in a scratch folder (the format Linux uses natively)."""
    return tmp_path / "settings" / "factsheet.ini"


@pytest.fixture
def make_window(qtbot: Any, settings_file: Path) -> Callable[..., Any]:
    """Build MainWindows that read and write ``settings_file``; each is closed after the test."""
    from PySide6.QtCore import QSettings

    from factsheet.ui.main_window import MainWindow
    from factsheet.ui.settings import AppSettings

    def make(settings: Path | None = None) -> MainWindow:
        store = QSettings(str(settings or settings_file), QSettings.Format.IniFormat)
        window = MainWindow(AppSettings(store))
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def translators(qapp: Any) -> Iterator[Any]:
    """InterfaceTranslators on the test application; English and left to right afterwards."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from factsheet.ui.language import InterfaceTranslators

    installed = InterfaceTranslators(qapp)
    yield installed
    installed.apply("en", "western")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def shipped_arabic() -> Iterator[None]:
    """The Arabic catalog as it ships (the compiled .qm), whatever an earlier test installed."""
    from factsheet.i18n import install_catalog, installed_catalog
    from factsheet.shipped_catalogs import install_catalogs

    before = installed_catalog("ar")
    install_catalog("ar", None)
    assert install_catalogs() == ["ar"]
    yield
    install_catalog("ar", before)


@pytest.fixture(autouse=True)
def _widgets_application_first(qapp: Any) -> None:
    """Start pytest-qt's QApplication before a test can start a plain one.

    The command line and the PDF export, run in-process, start a headless QGuiApplication
    when none runs; a later test asking for ``qapp`` would then find the wrong kind and
    warn (an error here), so which tests pass would depend on the order they run in.
    """


@pytest.fixture(autouse=True)
def _language_is_restored() -> Iterator[None]:
    """A test that changes the current language (set_language) must change it back."""
    yield
    from factsheet.i18n import current_digits, current_language, set_language

    left = (current_language(), current_digits())
    if left != ("en", "western"):
        set_language("en", "western")
        pytest.fail(f"the test left the language and digits at {left}")


# --- libraries of incident files (tests/library/, the library commands and view) ---------


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library folder (see tests/library_folder.py); the index goes to a scratch cache."""
    from library_folder import build_library

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTSHEET_CACHE_DIR", raising=False)
    return build_library(tmp_path / "incidents")
