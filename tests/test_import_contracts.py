"""The layer contracts in pyproject.toml hold, and break when a layer imports what it may not."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import factsheet

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def copy_of_the_tree(tmp_path: Path) -> Path:
    """pyproject.toml, the contract type and the package, where the copy is the one imported."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copytree(ROOT / "scripts", tmp_path / "scripts")
    package = Path(factsheet.__file__).parent
    shutil.copytree(package, tmp_path / "factsheet", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _plant(module: Path, line: str) -> None:
    text = module.read_text(encoding="utf-8")
    docstring_end = text.index('"""', 3) + 3
    module.write_text(f"{text[:docstring_end]}\n{line}\n{text[docstring_end:]}", encoding="utf-8")


def test_the_tree_keeps_every_contract() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        (
            "views/plural.py",
            "from PySide6.QtCore import QObject",
            "factsheet.views.plural -> PySide6",
        ),
        ("model/items.py", "import PySide6", "factsheet.model.items -> PySide6"),
        ("loading/problems.py", "import shiboken6", "factsheet.loading.problems -> shiboken6"),
        ("rendering/fonts.py", "from PySide6 import QtWidgets", "factsheet.rendering.fonts:"),
        (
            "rendering/sheet_html.py",
            "from PySide6.QtPrintSupport import QPrinter",
            "factsheet.rendering.sheet_html:",
        ),
        (
            "views/names.py",
            "from factsheet.ui import dialogs",
            "factsheet.views.names -> factsheet.ui",
        ),
        (
            "model/items.py",
            "from factsheet import views",
            "factsheet.model.items -> factsheet.views",
        ),
        (
            "library/summary.py",
            "from PySide6.QtCore import QObject",
            "factsheet.library.summary -> PySide6",
        ),
        ("search_text.py", "import PySide6", "factsheet.search_text -> PySide6"),
        (
            "library/index.py",
            "from factsheet.rendering import fonts",
            "factsheet.library.index -> factsheet.rendering.fonts",
        ),
        (
            "views/names.py",
            "from factsheet.library import summary",
            "factsheet.views.names -> factsheet.library.summary",
        ),
    ],
    ids=[
        "qt-in-views",
        "qt-in-model",
        "shiboken-in-loading",
        "widgets-in-rendering",
        "printing-in-rendering",
        "ui-in-views",
        "views-in-model",
        "qt-in-library",
        "qt-in-search-text",
        "rendering-in-library",
        "library-in-views",
    ],
)
def test_a_planted_import_breaks_a_contract(
    copy_of_the_tree: Path, module: str, line: str, contract: str
) -> None:
    _plant(copy_of_the_tree / "factsheet" / module, line)
    result = _lint_imports(copy_of_the_tree)
    assert result.returncode == 1, result.stdout
    assert contract in result.stdout
