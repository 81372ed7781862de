"""The new-incident template: valid, warning-free, true to the vocabularies, never over a file."""

import re
from pathlib import Path

import pytest

from factsheet.loading import read_incident
from factsheet.model import vocabulary
from factsheet.model.vocabulary import values
from factsheet.resources import incident_template
from factsheet.template import NewIncidentError, incident_file_path, write_template


def test_the_template_is_written_as_bundled_and_loads_without_warnings(tmp_path: Path) -> None:
    path = tmp_path / "raid.incident.yaml"
    write_template(path)
    assert path.read_bytes() == incident_template().read_bytes()
    loaded = read_incident(path)
    assert loaded.warnings == ()
    assert loaded.incident.claims[0].claimant == ("example-monitor",)


def test_an_existing_file_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("format_version: 1  # a week of work\n", encoding="utf-8")
    with pytest.raises(NewIncidentError) as caught:
        write_template(path)
    assert str(caught.value) == (
        f"cannot create {path}: a file of that name exists (a new incident never replaces "
        "anything); choose another name"
    )
    assert path.read_text(encoding="utf-8") == "format_version: 1  # a week of work\n"


def test_a_folder_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NewIncidentError, match="a folder of that name exists"):
        write_template(tmp_path)
    missing = tmp_path / "no such folder" / "new.yaml"
    with pytest.raises(NewIncidentError) as caught:
        write_template(missing)
    assert (
        str(caught.value) == f"cannot create {missing}: the folder {missing.parent} does not exist"
    )
    assert not missing.parent.exists()


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ("raid.yaml", "raid.yaml"),
        ("raid.yml", "raid.yml"),
        ("RAID.YAML", "RAID.YAML"),  # the library lists .yaml in any case
        ("raid.incident.yaml", "raid.incident.yaml"),
        ("n2", "n2.incident.yaml"),
        ("2017.10.21-raid", "2017.10.21-raid.incident.yaml"),  # the dots are the name's
        ("notes.txt", "notes.txt.incident.yaml"),
    ],
)
def test_a_new_file_is_named_so_the_library_lists_it(given: str, named: str) -> None:
    # As the app's New Incident dialog names it; ".incident.yaml", not ".yaml": the ending
    # an installed Factsheet opens by double-click.
    assert incident_file_path(Path("drafts") / given) == Path("drafts") / named


def test_an_existing_folder_keeps_its_name_to_be_refused(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    assert incident_file_path(tmp_path / "drafts") == tmp_path / "drafts"


# The vocabulary of each key whose comment lists values, by (top-level section, key).
_VOCABULARY_OF = {
    ("incident", "precision"): vocabulary.LocationPrecision,
    ("incident", "status"): vocabulary.Status,
    ("actors", "kind"): vocabulary.ActorKind,
    ("sources", "kind"): vocabulary.SourceKind,
    ("claims", "outcome"): vocabulary.Outcome,
    ("claims", "qualifier"): vocabulary.Qualifier,
    ("claims", "victims"): vocabulary.Victims,
    ("claims", "basis"): vocabulary.CountingBasis,
}


def test_the_values_listed_in_its_comments_are_the_vocabularies() -> None:
    # "  status: developing   # developing, ongoing, …": each value listed is a real one.
    section, checked = "", set()
    for line in incident_template().read_text(encoding="utf-8").splitlines():
        top = re.match(r"(\w+):", line)
        section = top.group(1) if top else section
        found = re.fullmatch(r"\s*(?:- )?(\w+): (\S+)\s+# (?:[\w ]+: )?(.+)", line)
        if found is None or (section, found.group(1)) not in _VOCABULARY_OF:
            continue
        allowed = values(_VOCABULARY_OF[section, found.group(1)])
        listed = {w.strip() for w in found.group(3).split(",")} - {"…"}
        assert found.group(2) in allowed, line
        assert listed <= set(allowed), line
        checked.add((section, found.group(1)))
    assert checked == set(_VOCABULARY_OF)


def test_its_comments_point_to_the_guide_in_the_app() -> None:
    text = incident_template().read_text(encoding="utf-8")
    assert "Help ▸ Writing Incident Files" in text
    assert "docs/format.md" in text
    assert "factsheet check" in text
