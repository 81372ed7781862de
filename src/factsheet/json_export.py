"""The normalised incident as JSON: dates with bounds and words, references resolved."""

import json
from typing import Any

from pydantic import BaseModel

from factsheet import FORMAT_VERSION, __version__
from factsheet.loading import LoadedIncident
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Incident
from factsheet.model.vocabulary import (
    COUNTING_BASES,
    FIRMNESS,
    QUALIFIERS,
    VICTIMS,
    label,
)
from factsheet.model.wording import figure_words
from factsheet.views.claims import claim_numbers
from factsheet.views.figures import figure_lines
from factsheet.views.independence import independence_words
from factsheet.views.wording import attribution_cell, claimant_name, claimed_on_words


def _date(value: UncertainDate | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "edtf": value.text,
        "words": value.words(),
        "earliest": value.lower.isoformat() if value.lower else None,
        "latest": value.upper.isoformat() if value.upper else None,
        "precision": value.precision,
        "approximate": value.approximate,
        "uncertain": value.uncertain,
    }


def _ref(table: dict[str, Any], ref: str, name_of: str = "name") -> dict[str, Any]:
    item = table.get(ref)
    return {"id": ref, name_of: getattr(item, name_of, None) if item else None}


def _maybe_ref(table: dict[str, Any], ref: str | None, name_of: str = "name") -> Any:
    return None if ref is None else _ref(table, ref, name_of)


def _normalise(value: Any) -> Any:
    """Model values as JSON: dates expanded; tuples as lists."""
    if isinstance(value, UncertainDate):
        return _date(value)
    if isinstance(value, BaseModel):
        return {name: _normalise(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normalise(v) for v in value]
    return value


def normalised(loaded: LoadedIncident) -> dict[str, Any]:
    """The whole incident as plain JSON-ready data."""
    incident: Incident = loaded.incident
    actors, sources = incident.actors_by_id, incident.sources_by_id

    def expand(model: BaseModel) -> dict[str, Any]:
        data: dict[str, Any] = _normalise(model)
        return data

    numbers = claim_numbers(incident)
    claims = []
    for claim in incident.claims:
        item = {"number": numbers.get(claim.id)} | expand(claim)
        # Always a list, whether the file wrote one id or several.
        item["claimant"] = [_ref(actors, actor_id) for actor_id in claim.claimant]
        item["claimant_words"] = claimant_name(incident, claim)
        item["sources"] = [
            _ref(sources, s, "title")
            | {
                "publisher": _ref(actors, sources[s].publisher) if s in sources else None,
                "number": incident.source_numbers.get(s),
            }
            for s in claim.sources
        ]
        item["perpetrators"] = [
            {
                **_ref(actors, a.actor),
                "firmness": a.firmness,
                "firmness_words": label(FIRMNESS, a.firmness),
                "note": a.note,
                "recorder_note": a.recorder_note,
            }
            for a in claim.perpetrators
        ]
        item["attribution_words"] = attribution_cell(incident, claim)
        item["figure_words"] = figure_words(claim)
        item["qualifier_words"] = label(QUALIFIERS, claim.qualifier)
        item["victims_words"] = label(VICTIMS, claim.victims)
        item["basis_words"] = label(COUNTING_BASES, claim.basis)
        item["claimed_on_words"] = claimed_on_words(claim)
        item["independent_sources"] = incident.independence[claim.id].count
        item["independence_words"] = independence_words(incident, claim)
        item["part_of"] = _maybe_ref(incident.claims_by_id, claim.part_of, "id")
        item["revises"] = _maybe_ref(incident.claims_by_id, claim.revises, "id")
        claims.append(item)

    events = []
    for event in incident.timeline:
        item = expand(event)
        item["actors"] = [{**_ref(actors, r.actor), "role": r.role} for r in event.actors]
        item["sources"] = [_ref(sources, s, "title") for s in event.sources]
        events.append(item)

    return {
        "generator": f"Factsheet {__version__}",
        "format_version": FORMAT_VERSION,
        "file": {"name": loaded.path.name, "sha256": loaded.sha256, "bytes": loaded.size},
        "incident": expand(incident.incident),
        # The Overview's and the sheet's reported figures, in the same words.
        "key_figures": [
            {
                "heading": line.heading,
                "outcome": line.key.outcome,
                "perpetrators": [_ref(actors, a) for a in line.key.perpetrators],
                "words": line.words,
                "figures": [
                    {
                        "words": entry.text,
                        "claims": [c.id for c in entry.claims],
                        "part_of": entry.claims[0].part_of,
                    }
                    for entry in line.entries
                ],
            }
            for line in figure_lines(incident)
        ],
        "actors": [expand(a) for a in incident.actors],
        "sources": [
            expand(s)
            | {
                "number": incident.source_numbers[s.id],
                "publisher": _ref(actors, s.publisher),
                "author": _maybe_ref(actors, s.author),
            }
            for s in incident.sources
        ],
        "timeline": events,
        "claims": claims,
        "warnings": [str(w) for w in loaded.warnings],
    }


def export_json_text(loaded: LoadedIncident) -> str:
    """The normalised incident as indented UTF-8 JSON text."""
    return json.dumps(normalised(loaded), indent=2, ensure_ascii=False) + "\n"
