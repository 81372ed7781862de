"""Reading incident files: safe YAML, located problems, referential integrity."""

from factsheet.loading.loader import (
    MAX_FILE_BYTES,
    IncidentLoadError,
    LoadedIncident,
    load_incident,
    not_a_file,
    read_incident,
)
from factsheet.loading.problems import Problem

__all__ = [
    "MAX_FILE_BYTES",
    "IncidentLoadError",
    "LoadedIncident",
    "Problem",
    "load_incident",
    "not_a_file",
    "read_incident",
]
