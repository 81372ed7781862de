"""The command line: verbs, exit codes and what they print."""

import json
from pathlib import Path

import pytest

from factsheet.cli import main
from factsheet.resources import schema_file
from factsheet.schema import schema_text


def test_check_sample_is_valid(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample_path)]) == 0
    assert "ok" in capsys.readouterr().err


def test_check_reports_located_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\nincident: 3\n", encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:2:11: error: incident: expected a mapping" in out


def test_check_unreadable_file_is_usage_error(tmp_path: Path) -> None:
    assert main(["check", str(tmp_path / "missing.yaml")]) == 2


def test_schema_in_resources_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == schema_text()
    assert schema_file().read_text(encoding="utf-8") == printed, (
        "resources/incident.schema.json is stale: run `factsheet schema > "
        "resources/incident.schema.json`"
    )


def test_export_json_carries_every_seed_figure(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "sample.json"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    figures = {(c["claimant"]["id"], c["figure_words"]) for c in data["claims"]}
    assert figures >= {
        ("activists", "at least 80"),
        ("trt-world", "at least 35"),
        ("pcc", "at least 35"),
        ("sohr", "at least 128"),
        ("pcc", "67"),
        ("sohr", "at least 12"),
        ("pcc", "unquantified"),
    }


def test_export_unknown_suffix_is_usage_error(sample_path: Path, tmp_path: Path) -> None:
    assert main(["export", str(sample_path), "-o", str(tmp_path / "x.docx")]) == 2
    assert not (tmp_path / "x.docx").exists()
