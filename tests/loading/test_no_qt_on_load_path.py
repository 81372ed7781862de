"""The model, the loader and the command line's check/schema/export paths never import Qt."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

QT_MODULES = ("PySide6", "shiboken6")

_IMPORTS = """
import json, sys
import factsheet.model, factsheet.model.wording, factsheet.model.integrity
import factsheet.loading, factsheet.cli, factsheet.json_export, factsheet.schema
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {qt!r})))
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


def test_importing_model_loading_and_cli_loads_no_qt() -> None:
    result = _run(_IMPORTS.format(qt=QT_MODULES))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


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
