"""Referential integrity and recorder warnings, on models built in code and on the sample."""

import copy
from pathlib import Path
from typing import Any

import pytest

from factsheet.loading import read_incident
from factsheet.model.incident import Incident
from factsheet.model.integrity import Finding, check_incident

# A fictional incident as plain data, valid and without findings.
BASE: dict[str, Any] = {
    "format_version": 1,
    "incident": {
        "id": "TEST-2",
        "title": "A fictional raid",
        "summary": "Used by the tests only.",
        "date": "2021-05",
        "locations": [{"name": "Nowhere", "precision": "district"}],
        "status": "concluded",
        "last_updated": "2021-06-01",
    },
    "actors": [
        {"id": "monitor", "name": "Monitor", "kind": "monitor"},
        {"id": "paper", "name": "Paper", "kind": "media"},
        {"id": "unit", "name": "Unit", "kind": "state-forces"},
        {"id": "army", "name": "Army", "kind": "state-forces"},
    ],
    "sources": [
        {"id": "report", "publisher": "monitor", "kind": "monitor-report"},
        {"id": "article", "publisher": "paper", "kind": "news-report", "relays": ["report"]},
    ],
    "timeline": [
        {"id": "raid", "date": "2021-05-02", "text": "A raid.", "sources": ["article"]},
    ],
    "claims": [
        {
            "id": "total",
            "claimant": "monitor",
            "sources": ["report", "article"],
            "claimed_on": "2021-05-03",
            "qualifier": "range",
            "count": 10,
            "count_max": 20,
            "victims": "civilians",
            "basis": "documented-deaths",
        },
        {
            "id": "children",
            "claimant": "monitor",
            "sources": ["report", "article"],
            "claimed_on": "2021-05-03",
            "qualifier": "exact",
            "count": 4,
            "victims": "civilians",
            "basis": "names-listed",
            "part_of": "total",
        },
    ],
}


def _incident(change: dict[str, Any] | None = None, **sections: Any) -> Incident:
    data = copy.deepcopy(BASE)
    for section, value in sections.items():
        data[section] = value
    for dotted, value in (change or {}).items():
        target: Any = data
        *parents, last = dotted.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return Incident.model_validate(data)


_DELETE = object()


def _findings(incident: Incident) -> list[tuple[str, tuple[str | int, ...], str]]:
    return [(f.severity, f.path, f.message) for f in check_incident(incident)]


def test_the_base_has_no_findings() -> None:
    assert check_incident(_incident()) == []


@pytest.mark.parametrize("section", ["actors", "sources", "timeline", "claims"])
def test_a_repeated_id_is_an_error_at_the_second_use(section: str) -> None:
    items = copy.deepcopy(BASE[section])
    items.append(copy.deepcopy(items[0]))
    index = len(items) - 1
    findings = _findings(_incident(**{section: items}))
    duplicate = [f for f in findings if f[1] == (section, index, "id")]
    assert duplicate == [
        (
            "error",
            (section, index, "id"),
            f"expected a unique id; found {items[0]['id']!r} again (first used by {section}[0])",
        )
    ]


def test_a_dangling_reference_names_the_section_it_should_be_in() -> None:
    findings = _findings(_incident({"claims.1.part_of": "overall"}))
    assert findings == [
        (
            "error",
            ("claims", 1, "part_of"),
            (
                "expected the id of one of the claims; found 'overall', which is not defined "
                "under claims (defined: total, children)"
            ),
        )
    ]


@pytest.mark.parametrize(
    ("change", "path", "section", "hint"),
    [
        (
            {"claims.1.part_of": "totl"},
            ("claims", 1, "part_of"),
            "claims",
            ": did you mean 'total'?",
        ),
        (
            {"sources.0.publisher": "monitr"},
            ("sources", 0, "publisher"),
            "actors",
            ": did you mean 'monitor'?",
        ),
        (
            {"timeline.0.sources": ["articel"]},
            ("timeline", 0, "sources", 0),
            "sources",
            ": did you mean 'article'?",
        ),
        # The right spelling in the wrong section: say where it is defined instead.
        (
            {"claims.0.claimant": "report"},
            ("claims", 0, "claimant"),
            "actors",
            ": it is the id of a source",
        ),
        (
            {"claims.1.part_of": "army"},
            ("claims", 1, "part_of"),
            "claims",
            ": it is the id of an actor",
        ),
    ],
    ids=["claim", "actor", "source-case", "source-as-actor", "actor-as-claim"],
)
def test_a_dangling_reference_gets_a_hint(
    change: dict[str, Any], path: tuple[str | int, ...], section: str, hint: str
) -> None:
    (error,) = [f for f in _findings(_incident(change)) if f[0] == "error"]
    assert error[1] == path
    assert error[2].endswith(f"which is not defined under {section}{hint}")


def test_without_a_guess_the_sentence_ends_with_the_first_ids_defined() -> None:
    # Nothing close to 'zzzz': the writer sees how the section's ids are written instead
    # of a sentence that stops at "under actors:".
    actors = [{"id": f"actor-{n}", "name": f"Actor {n}", "kind": "monitor"} for n in range(1, 18)]
    sources = [{"id": "report", "publisher": "zzzz", "kind": "monitor-report"}]
    (error,) = _findings(_incident(actors=actors, sources=sources, timeline=[], claims=[]))
    assert error[1:] == (
        ("sources", 0, "publisher"),
        (
            "expected the id of one of the actors; found 'zzzz', which is not defined under "
            "actors (defined: actor-1, actor-2, actor-3, actor-4, actor-5, … 17 in all)"
        ),
    )


def test_a_reference_into_an_empty_section_says_the_section_is_empty() -> None:
    event = {
        **BASE["timeline"][0],
        "sources": [],
        "actors": [{"actor": "army", "role": "perpetrator"}],
    }
    empty = _incident(actors=[], sources=[], claims=[], timeline=[event])
    (error,) = [f for f in _findings(empty) if f[0] == "error"]
    assert error[2] == (
        "expected the id of one of the actors; found 'army', which is not defined under "
        "actors (the file defines no actors)"
    )


def test_guesses_stop_after_a_hundred_broken_references() -> None:
    # Each guess compares with every id of the section; a hostile file may break thousands.
    events = copy.deepcopy(BASE["timeline"])
    events[0]["sources"] = ["articel"] * 150
    errors = _findings(_incident(timeline=events))
    guessed = [e for e in errors if e[2].endswith("did you mean 'article'?")]
    assert (len(errors), len(guessed)) == (150, 100)


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            {"sources.1.relays": ["article"]},
            ("sources", 1, "relays", 0),
            "expected another source; found the source itself ('article')",
        ),
        (
            {"actors.2.relations": [{"type": "part-of", "actor": "unit"}]},
            ("actors", 2, "relations", 0, "actor"),
            "expected another actor; found the actor itself ('unit')",
        ),
        (
            {"claims.1.part_of": "children"},
            ("claims", 1, "part_of"),
            "expected another claim; found the claim itself ('children')",
        ),
        (
            {"claims.1.revises": "children"},
            ("claims", 1, "revises"),
            "expected another claim; found the claim itself ('children')",
        ),
    ],
    ids=["relays-itself", "actor-relates-to-itself", "part-of-itself", "revises-itself"],
)
def test_self_references_are_errors(
    change: dict[str, Any], path: tuple[str | int, ...], message: str
) -> None:
    errors = [f for f in _findings(_incident(change)) if f[0] == "error"]
    assert errors == [("error", path, message)]


def test_claim_part_of_cycle_is_reported_from_each_member() -> None:
    findings = _findings(_incident({"claims.0.part_of": "children"}))
    errors = [f for f in findings if f[0] == "error"]
    assert [f[1] for f in errors] == [("claims", 0, "part_of"), ("claims", 1, "part_of")]
    assert "following them from 'total' comes back to it (a cycle)" in errors[0][2]


def test_claim_revises_cycle_is_an_error() -> None:
    incident = _incident({"claims.0.revises": "children", "claims.1.revises": "total"})
    errors = [f for f in _findings(incident) if f[0] == "error"]
    assert [f[1] for f in errors] == [("claims", 0, "revises"), ("claims", 1, "revises")]


def test_a_revises_chain_without_a_cycle_is_fine() -> None:
    incident = _incident({"claims.1.revises": "total", "claims.1.part_of": None})
    assert check_incident(incident) == []


def test_actor_part_of_cycle_points_at_the_relation_that_closes_it() -> None:
    incident = _incident(
        {
            "actors.2.relations": [
                {"type": "allied-with", "actor": "monitor"},
                {"type": "part-of", "actor": "paper"},
                {"type": "part-of", "actor": "army"},
            ],
            "actors.3.relations": [{"type": "part-of", "actor": "unit"}],
        }
    )
    errors = [f for f in _findings(incident) if f[0] == "error"]
    assert errors == [
        (
            "error",
            ("actors", 2, "relations", 2),
            "expected part-of relations without cycles; 'unit' ends up part of itself",
        ),
        (
            "error",
            ("actors", 3, "relations", 0),
            "expected part-of relations without cycles; 'army' ends up part of itself",
        ),
    ]


def test_part_of_in_several_coalitions_is_not_a_cycle() -> None:
    incident = _incident(
        {
            "actors.2.relations": [
                {"type": "part-of", "actor": "army"},
                {"type": "part-of", "actor": "paper"},
            ],
            "actors.3.relations": [{"type": "part-of", "actor": "paper"}],
        }
    )
    assert check_incident(incident) == []


def test_a_cycle_through_a_duplicate_actor_id_does_not_crash() -> None:
    actors = [
        *copy.deepcopy(BASE["actors"]),
        {
            "id": "unit",
            "name": "Unit again",
            "kind": "militia",
            "relations": [{"type": "part-of", "actor": "army"}],
        },
    ]
    actors[3]["relations"] = [{"type": "part-of", "actor": "unit"}]
    findings = _findings(_incident(actors=actors))
    paths = [f[1] for f in findings]
    assert ("actors", 4, "id") in paths
    assert ("actors", 2, "relations") in paths


# --- warnings --------------------------------------------------------------------------------


def _warnings(incident: Incident) -> list[tuple[tuple[str | int, ...], str]]:
    return [(f.path, f.message) for f in check_incident(incident) if f.severity == "warning"]


def test_an_event_without_a_source_is_a_warning() -> None:
    assert _warnings(_incident({"timeline.0.sources": []})) == [
        (("timeline", 0, "sources"), "event 'raid' has no source")
    ]


def test_a_claim_without_a_source_is_a_warning() -> None:
    warnings = _warnings(_incident({"claims.0.sources": []}))
    assert warnings == [(("claims", 0, "sources"), "claim 'total' has no source")]


def test_a_claim_published_only_by_its_claimant_is_normal_practice_not_a_warning() -> None:
    # A monitor publishing its own count: the claim shows "no independent source" instead.
    assert _warnings(_incident({"claims.1.sources": ["report"]})) == []


def test_each_claimant_of_a_joint_claim_must_be_an_actor() -> None:
    findings = _findings(_incident({"claims.0.claimant": ["monitor", "papr"]}))
    assert findings == [
        (
            "error",
            ("claims", 0, "claimant", 1),
            (
                "expected the id of one of the actors; found 'papr', which is not defined under "
                "actors: did you mean 'paper'?"
            ),
        )
    ]


def _relay_chain(length: int) -> Incident:
    """Each source relaying the one before, the first the monitor's own, each one cited."""
    sources: list[dict[str, Any]] = [{"id": "s0", "publisher": "monitor", "kind": "monitor-report"}]
    sources += [
        {"id": f"s{n}", "publisher": "paper", "kind": "news-report", "relays": [f"s{n - 1}"]}
        for n in range(1, length)
    ]
    claims = [{**BASE["claims"][0], "id": f"c{n}", "sources": [f"s{n}"]} for n in range(length)]
    return _incident(sources=sources, claims=claims, timeline=[])


def test_relays_past_the_limit_are_an_error_at_the_source_claims_cite() -> None:
    # 2,000 sources would make 2 million relay links to follow; the file is refused at the
    # first source past the limit.
    errors = [f for f in _findings(_relay_chain(2_000)) if f[0] == "error"]
    assert len(errors) == 1
    (_, path, message) = errors[0]
    assert path[:1] == ("sources",)
    assert path[2:] == ("relays",)
    assert message.startswith(
        "expected the relays of the sources claims cite to lead through at most 200,000 links"
    )


def test_relays_within_the_limit_are_fine() -> None:
    assert [f for f in _findings(_relay_chain(300)) if f[0] == "error"] == []


def test_a_claim_without_claimed_on_is_a_warning() -> None:
    warnings = _warnings(_incident({"claims.0.claimed_on": _DELETE}))
    assert warnings == [(("claims", 0), "claim 'total' has no claimed_on date")]


def test_a_subset_larger_than_its_parent_is_a_warning() -> None:
    warnings = _warnings(_incident({"claims.1.count": 25}))
    assert warnings == [
        (
            ("claims", 1, "count"),
            (
                "subset 'children' (25) is larger than the claim it belongs to, 'total' "
                "(between 10 and 20)"
            ),
        )
    ]


def test_a_subset_above_an_at_least_floor_is_a_warning() -> None:
    incident = _incident(
        {"claims.0.qualifier": "at-least", "claims.0.count_max": None, "claims.1.count": 11}
    )
    assert _warnings(incident) == [
        (
            ("claims", 1, "count"),
            (
                "subset 'children' (11) is larger than the stated floor of the claim it belongs "
                "to, 'total' (at least 10)"
            ),
        )
    ]


def test_a_subset_within_its_parent_range_is_fine() -> None:
    assert _warnings(_incident({"claims.1.count": 20})) == []


def test_a_subset_counting_another_outcome_is_a_warning() -> None:
    warnings = _warnings(_incident({"claims.1.outcome": "injured"}))
    assert warnings == [
        (
            ("claims", 1, "part_of"),
            "claim 'children' counts injured but is part of 'total', which counts killed",
        )
    ]


def test_a_url_without_an_archived_copy_is_a_warning() -> None:
    warnings = _warnings(_incident({"sources.1.url": "https://example.org/raid"}))
    assert warnings == [
        (
            ("sources", 1, "url"),
            "source 'article' has a URL but no archived copy (archived_url)",
        )
    ]
    archived = _incident(
        {
            "sources.1.url": "https://example.org/raid",
            "sources.1.archived_url": "https://web.archive.org/web/2021/https://example.org/raid",
        }
    )
    assert _warnings(archived) == []


def test_findings_are_plain_data() -> None:
    finding = check_incident(_incident({"timeline.0.sources": []}))[0]
    assert isinstance(finding, Finding)
    assert finding.severity == "warning"


def test_the_sample_has_no_warnings(sample_path: Path) -> None:
    # TRT World's own 35 (its report its only source) is normal practice, not a mistake.
    assert read_incident(sample_path).warnings == ()


def test_a_long_name_repeated_by_many_references_is_an_error_at_the_name() -> None:
    # 45 KB of YAML said 82 MB in the JSON export: each claim writes the claimant's name out.
    claims = [
        {**BASE["claims"][0], "id": f"c{n}", "claimant": "unit", "sources": ["report"]}
        for n in range(1_700)
    ]
    incident = _incident({"actors.2.name": "Unit " * 4_000}, claims=claims)
    errors = [f for f in _findings(incident) if f[0] == "error"]
    assert errors == [
        (
            "error",
            ("actors", 2, "name"),
            (
                "expected the names and titles that references repeat to come to at most "
                "32,000,000 characters in all (as much as the largest file holds); found "
                "34,010,224 — this name (19,999 characters) is referred to 1,700 times"
            ),
        )
    ]


def test_names_repeated_within_the_ceiling_are_fine() -> None:
    claims = [
        {**BASE["claims"][0], "id": f"c{n}", "claimant": "unit", "sources": ["report"]}
        for n in range(1_500)
    ]
    incident = _incident({"actors.2.name": "Unit " * 4_000}, claims=claims)
    assert [f for f in _findings(incident) if f[0] == "error"] == []


def test_a_title_of_invisible_characters_only_is_a_warning_at_the_title() -> None:
    findings = _findings(_incident({"incident.title": "\u200b\u2060\u202e"}))
    assert (
        "warning",
        ("incident", "title"),
        "expected some text; found only invisible characters (\\u200b\\u2060\\u202e)",
    ) in findings


def test_an_unclosed_override_is_a_warning_where_it_is() -> None:
    findings = _findings(_incident({"actors.0.name": "Monitor\u202erotinoM"}))
    assert findings == [
        (
            "warning",
            ("actors", 0, "name"),
            (
                "expected each direction control to be closed within the text; found U+202E "
                "RIGHT-TO-LEFT OVERRIDE never closed, which reverses the text after it"
            ),
        )
    ]


def test_a_zero_width_space_inside_a_word_is_a_warning() -> None:
    findings = _findings(_incident({"timeline.0.text": "A raid by Da\u200besh."}))
    assert findings == [
        (
            "warning",
            ("timeline", 0, "text"),
            (
                "expected words without hidden characters; found U+200B ZERO WIDTH SPACE inside "
                "'Da\\u200besh' — a search for the word as it reads will not find it"
            ),
        )
    ]


def test_invisible_characters_in_lists_are_found_at_their_item() -> None:
    incident = _incident({"incident.locations.0.other_names": ["Nowhere", "No\u2060where"]})
    assert [f[1] for f in _findings(incident)] == [("incident", "locations", 0, "other_names", 1)]


def test_arabic_with_its_own_marks_raises_nothing() -> None:
    arabic = {"actors.0.name": "المرصد\u200f السوري", "actors.0.name_ar": "\u2067ب\u2069"}
    incident = _incident(arabic)
    assert _findings(incident) == []


def test_two_names_joined_by_an_arabic_comma_are_a_warning_with_the_list_to_write() -> None:
    actors = copy.deepcopy(BASE["actors"])
    actors[0]["aliases"] = [{"name": "المرصد، الرصد", "lang": "ar"}, {"name": "Monitor A"}]
    incident = _incident(
        {"incident.locations.0.other_names": ["Nowhere Town، Nowheria"]}, actors=actors
    )
    assert _findings(incident) == [
        (
            "warning",
            ("actors", 0, "aliases", 0, "name"),
            (
                "expected one name; found 'المرصد، الرصد', joined by the Arabic comma '،' "
                "(U+060C), which YAML does not read as a separator — if these are 2 names, write "
                "them as 2 items: [المرصد, الرصد]"
            ),
        ),
        (
            "warning",
            ("incident", "locations", 0, "other_names", 0),
            (
                "expected one name; found 'Nowhere Town، Nowheria', joined by the Arabic comma "
                "'،' (U+060C), which YAML does not read as a separator — if these are 2 names, "
                "write them as 2 items: [Nowhere Town, Nowheria]"
            ),
        ),
    ]
