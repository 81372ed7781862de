"""Every module of the model, the loader, the views and the library, and the command line's
check, schema and JSON export, run without Qt: imported in a fresh process, none loads PySide6.

The import-linter contracts (pyproject.toml) check the import statements; this checks what
actually gets imported, by walking every module rather than a list that could miss one."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

QT_MODULES = ("PySide6", "shiboken6")

_IMPORTS = """
import importlib, json, pkgutil, sys
import factsheet.library, factsheet.loading, factsheet.model, factsheet.views
names = ["factsheet.cli", "factsheet.json_export", "factsheet.schema", "factsheet.resources",
         "factsheet.cli_library", "factsheet.batch_export", "factsheet.search_text",
         "factsheet.special_files"]
for package in (factsheet.model, factsheet.loading, factsheet.views, factsheet.library):
    names += [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
print(json.dumps({{"imported": names,
    "qt": sorted(m for m in sys.modules if m.split('.')[0] in {qt!r})}}))
"""

_VERB = """
import json, sys
from factsheet.cli import main
code = main({argv!r})
sys.stdout.flush()
print("\\nQT=" + json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {qt!r})))
sys.exit(code)
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )


def test_importing_every_module_of_model_loading_views_and_library_loads_no_qt() -> None:
    result = _run(_IMPORTS.format(qt=QT_MODULES))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["qt"] == []
    # The walk found the modules, not an empty package.
    walked = ("factsheet.model.chronology", "factsheet.views.notes", "factsheet.library.rows")
    for module in walked:
        assert module in found["imported"]


@pytest.mark.parametrize(
    "verb",
    [
        pytest.param(["check"], id="check"),
        pytest.param(["schema"], id="schema"),
        pytest.param(["export", "-o"], id="export-json"),
    ],
)
def test_command_line_verbs_load_no_qt(verb: list[str], sample_path: Path, tmp_path: Path) -> None:
    argv = {
        "check": ["check", str(sample_path)],
        "schema": ["schema"],
        "export": ["export", str(sample_path), "-o", str(tmp_path / "out.json")],
    }[verb[0]]
    result = _run(_VERB.format(argv=argv, qt=QT_MODULES))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.rsplit("QT=", 1)[1]) == []
