"""The incident data model: pydantic, frozen, and free of Qt."""

from factsheet.model.dates import EdtfDate, EdtfError, UncertainDate, parse_edtf
from factsheet.model.incident import (
    Actor,
    ActorRelation,
    ActorRole,
    Alias,
    AlternativeDate,
    Attribution,
    CasualtyClaim,
    Incident,
    IncidentInfo,
    Location,
    Source,
    TimelineEvent,
)

__all__ = [
    "Actor",
    "ActorRelation",
    "ActorRole",
    "Alias",
    "AlternativeDate",
    "Attribution",
    "CasualtyClaim",
    "EdtfDate",
    "EdtfError",
    "Incident",
    "IncidentInfo",
    "Location",
    "Source",
    "TimelineEvent",
    "UncertainDate",
    "parse_edtf",
]
