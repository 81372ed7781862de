"""The shipped JSON Schema: what an editor checks matches what the loader accepts."""

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factsheet.loading.yaml_reader import read_yaml
from factsheet.resources import schema_file

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(schema_file().read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def _plain(path: Path) -> Any:
    return read_yaml(path.read_text(encoding="utf-8"), keep_marks=False).value


def test_the_sample_passes_the_editor_schema(
    validator: jsonschema.Draft7Validator, sample_path: Path
) -> None:
    assert [e.message for e in validator.iter_errors(_plain(sample_path))] == []


def test_the_schema_rejects_what_the_loader_rejects(
    validator: jsonschema.Draft7Validator, sample_path: Path
) -> None:
    data = _plain(sample_path)
    data["claims"][0]["qualifer"] = "at-least"  # a typo an editor should underline
    data["claims"][1]["qualifier"] = "roughly"
    messages = [e.message for e in validator.iter_errors(data)]
    assert any("qualifer" in m for m in messages)
    assert any("roughly" in m for m in messages)


def test_the_schema_takes_one_claimant_or_a_list_of_them(
    validator: jsonschema.Draft7Validator, fidelity_path: Path
) -> None:
    data = _plain(fidelity_path)
    joint = next(c for c in data["claims"] if c["id"] == "joint-67")
    assert joint["claimant"] == ["syrian-government", "activists"]
    assert [e.message for e in validator.iter_errors(data)] == []
    joint["claimant"] = ["activists", "activists"]
    data["claims"][0]["claimant"] = []
    messages = [e.message for e in validator.iter_errors(data)]
    assert len(messages) == 2
    assert any("is not valid under any of the given schemas" in m for m in messages)
