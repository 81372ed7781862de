"""The YAML project's own test suite through load_incident: a model or our error, nothing else."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPORA

SUITE = CORPORA / "yaml-test-suite"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not SUITE.is_dir(),
        reason=f"the YAML test suite is not at {SUITE} (see ../shared/corpora/README.md)",
    ),
]

# One child process loads every case, so a crash (a segfault in a C parser, a stack
# overflow) fails the test instead of killing pytest; it reports one line per case.
_BATCH = r"""
import json, sys, traceback
from pathlib import Path
from factsheet.loading import IncidentLoadError, load_incident
for line in sys.stdin:
    case = Path(line.strip())
    print(json.dumps({"case": str(case)}), flush=True)  # the last case started, if we die
    try:
        load_incident(case)
        outcome = {"case": str(case), "outcome": "model"}
    except IncidentLoadError as error:
        outcome = {
            "case": str(case),
            "outcome": "error",
            "problems": [[p.line, p.column, p.path, p.message] for p in error.problems],
        }
    except BaseException as error:  # what this test exists to catch
        outcome = {"case": str(case), "outcome": "other", "error": traceback.format_exc()}
    print(json.dumps(outcome), flush=True)
"""


def _cases() -> list[Path]:
    return sorted(SUITE.rglob("in.yaml"))


def test_every_case_gives_a_model_or_a_located_load_error() -> None:
    cases = _cases()
    assert len(cases) > 300, "the corpus looks incomplete"
    result = subprocess.run(
        [sys.executable, "-c", _BATCH],
        input="\n".join(str(c) for c in cases) + "\n",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    finished = [line for line in lines if "outcome" in line]
    last_started = lines[-1]["case"] if lines else None
    assert result.returncode == 0, f"the child died (code {result.returncode}) on {last_started}"
    assert len(finished) == len(cases)
    other = [line for line in finished if line["outcome"] == "other"]
    assert other == [], other[0]["error"]
    for line in finished:
        if line["outcome"] != "error":
            continue
        text = Path(line["case"]).read_text(encoding="utf-8", errors="replace")
        lines_in_file = text.count("\n") + 1
        for row, column, path, message in line["problems"]:
            assert 1 <= row <= lines_in_file + 1, (line["case"], row, message)
            assert column >= 1
            assert path
            assert message


def test_error_cases_of_the_suite_are_refused() -> None:
    """Cases the suite marks as invalid YAML must never load as an incident."""
    invalid = [c for c in _cases() if (c.parent / "error").exists()]
    assert invalid
    code = (
        "import sys\nfrom factsheet.loading import IncidentLoadError, load_incident\n"
        "loaded = []\n"
        "for p in sys.argv[1:]:\n"
        "    try:\n        load_incident(p); loaded.append(p)\n"
        "    except IncidentLoadError:\n        pass\n"
        "print('\\n'.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *map(str, invalid)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
