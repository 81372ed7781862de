"""docs/format.md stays true: its example loads, and its tables match the code."""

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from factsheet.loading import MAX_FILE_BYTES, read_incident
from factsheet.loading.yaml_reader import MAX_ALIASES, MAX_DEPTH, MAX_EXPANDED_NODES
from factsheet.model import incident as models
from factsheet.model.dates import parse_edtf
from factsheet.model.vocabulary import VOCABULARIES, values

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "format.md"
EXAMPLE_MARK = "<!-- the example below is loaded by tests/loading/test_format_doc.py -->"


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


def _example(doc: str) -> str:
    after = doc.split(EXAMPLE_MARK, 1)[1]
    found = re.match(r"\s*```yaml\n(.*?)\n```", after, re.DOTALL)
    assert found, "the example's ```yaml block must follow its marker"
    return found.group(1) + "\n"


def test_the_annotated_example_loads_without_errors_or_warnings(doc: str, tmp_path: Path) -> None:
    file = tmp_path / "example.yaml"
    file.write_text(_example(doc), encoding="utf-8")
    loaded = read_incident(file)
    assert loaded.warnings == ()
    incident = loaded.incident
    assert "fictional" in incident.incident.title
    assert {c.qualifier for c in incident.claims} >= {"at-least", "exact", "range"}
    assert any(c.part_of for c in incident.claims)


def test_the_example_is_marked_fictional_and_differs_from_the_sample(doc: str) -> None:
    example = _example(doc)
    assert "FICTIONAL EXAMPLE" in example
    assert "Qaryatayn" not in example


def test_the_schema_comment_points_at_the_shipped_schema(doc: str) -> None:
    line = "# yaml-language-server: $schema=../resources/incident.schema.json"
    assert _example(doc).splitlines()[0] == line
    # Written for a file in a folder beside resources/, such as docs/ or data/.
    assert (DOC.parent / "../resources/incident.schema.json").resolve().is_file()
    assert "factsheet schema > incident.schema.json" in doc


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_every_vocabulary_value_is_documented_with_its_words(doc: str, name: str) -> None:
    literal, table = VOCABULARIES[name]
    for value in values(literal):
        words, meaning = table[value]
        assert f"| `{value}` | {words} | {meaning} |" in doc, (name, value)


def test_the_date_table_shows_what_the_app_shows(doc: str) -> None:
    rows = re.findall(r"^\| `([^`]+)` \| ([^|]+) \| [^|]+ \|$", doc, re.MULTILINE)
    edtf_rows = [(text, words.strip()) for text, words in rows if text[:1] in "0123456789./X"]
    assert len(edtf_rows) >= 15
    for text, words in edtf_rows:
        assert parse_edtf(text).words() == words, text


def _format_models() -> list[type[BaseModel]]:
    return [
        value
        for value in vars(models).values()
        if isinstance(value, type)
        and issubclass(value, BaseModel)
        and value.__module__ == models.__name__
        and value is not models.FrozenModel
    ]


def test_every_key_of_every_section_is_documented(doc: str) -> None:
    for model in _format_models():
        for name in model.model_fields:
            if model is models.Incident:
                assert f"`{name}`" in doc, name
            else:
                assert f"| `{name}` |" in doc, f"{model.__name__}.{name}"


def test_the_limits_are_the_loaders(doc: str) -> None:
    assert f"| file size | {MAX_FILE_BYTES // (1024 * 1024)} MB" in doc
    assert f"| nesting | {MAX_DEPTH} levels" in doc
    assert f"| aliases | {MAX_ALIASES:,} uses" in doc
    assert f"| alias expansion | {MAX_EXPANDED_NODES:,} values" in doc


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def test_every_link_inside_the_page_has_its_heading(doc: str) -> None:
    outside_code = re.sub(r"```.*?```", "", doc, flags=re.DOTALL)
    anchors = {_slug(h) for h in re.findall(r"^#+ (.+)$", outside_code, re.MULTILINE)}
    links = set(re.findall(r"\]\(#([^)]+)\)", outside_code))
    assert links
    assert links <= anchors, sorted(links - anchors)
