"""The library package, the search folding and the library commands load no Qt."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

QT = ("PySide6", "shiboken6")
_RUN = """
import json, sys
from factsheet.cli import main
import factsheet.library, factsheet.search_text, factsheet.batch_export
code = main({argv!r})
sys.stdout.flush()
print("\\nQT=" + json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {qt!r})))
"""


@pytest.mark.parametrize("verb", ["list", "search", "export-json"])
def test_library_commands_load_no_qt(verb: str, library: Path, tmp_path: Path) -> None:
    argv = {
        "list": ["list", str(library)],
        "search": ["search", "PCC", str(library)],
        "export-json": ["export", str(library), "-o", str(tmp_path / "out"), "--format", "json"],
    }[verb]
    result = subprocess.run(
        [sys.executable, "-c", _RUN.format(argv=argv, qt=QT)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "QT=" in result.stdout, result.stderr
    assert json.loads(result.stdout.rsplit("QT=", 1)[1]) == []


_WARM = """
import json, sys
from factsheet.cli import main
code = main({argv!r})
sys.stdout.flush()
print("\\nLOADED=" + json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic')))
"""


@pytest.mark.parametrize("verb", ["search", "list"])
def test_a_warm_search_does_not_import_the_loader(library: Path, verb: str) -> None:
    # What makes `factsheet search` start about as fast as `factsheet schema`: the summaries
    # and texts come from the index; nothing that reads YAML (pydantic) is imported, by the
    # command line's own imports or by the words of a line (views/plural.py).
    argv = ["search", "PCC", str(library)] if verb == "search" else ["list", str(library)]
    for round_ in range(2):
        result = subprocess.run(
            [sys.executable, "-c", _WARM.format(argv=argv)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        loaded = json.loads(result.stdout.rsplit("LOADED=", 1)[1])
        assert bool(loaded) is (round_ == 0), result.stderr  # the first run reads the files
