"""The benchmark's synthetic incidents are valid and repeatable, and ./dev.sh bench runs."""

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factsheet.loading.loader import parse_incident_bytes

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("events", [1, 37, 1_000])
def test_generated_incidents_are_valid_and_warning_free(events: int) -> None:
    generate = _generator()
    shape = generate.Shape.for_events(events)
    text = generate.generate(shape)
    incident, warnings = parse_incident_bytes(text.encode("utf-8"), "generated.yaml")
    assert warnings == ()
    assert len(incident.timeline) == events
    assert len(incident.claims) == shape.claims
    assert len(incident.actors) == shape.actors
    assert len(incident.sources) == shape.sources
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)  # Arabic, as in real records
    if events >= 100:
        # The scalars YAML 1.1 would mistype arrive as the text that was written.
        wordings = {event.date_wording for event in incident.timeline}
        assert {"14:30", "NO", "012"} <= wordings


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    generate = _generator()
    shape = generate.Shape.for_events(200)
    assert generate.generate(shape, seed=7) == generate.generate(shape, seed=7)
    assert generate.generate(shape, seed=7) != generate.generate(shape, seed=8)


def test_bench_prints_every_parse_and_check_figure_beside_its_floor(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--no-gui",
            "--sizes",
            "40",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    table = done.stdout
    for measure in (
        "parse: yaml-rs (floor)",
        "parse: libyaml events (loader now)",
        "parse: fast reader (guards + yaml-rs)",
        "validate: pydantic model_validate",
        "whole: factsheet check, fast path",
        "load on a worker (fast-gc-paused)",
        "pdf: export_pdf",
    ):
        assert measure in table, measure
    fast_rows = [line for line in table.splitlines() if "whole: factsheet check, fast path" in line]
    assert all("python + yaml-rs" in row and "×" in row for row in fast_rows)
    assert "failed" not in table
    assert "(exit" not in table
