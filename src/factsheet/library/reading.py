"""Reading one library file for the index: its summary and texts, whatever the file holds."""

import hashlib
from pathlib import Path

from factsheet.library.passages import Passage, passages
from factsheet.library.scan import FoundFile
from factsheet.library.summary import IncidentSummary, summarise, summarise_failure
from factsheet.loading import MAX_FILE_BYTES, IncidentLoadError, LoadedIncident, read_incident
from factsheet.loading.loader import parse_incident_bytes


def _read_bounded(path: Path) -> bytes | None:
    """The file's bytes, or None when it cannot be read or is too large (the loader words why)."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= MAX_FILE_BYTES else None


def read_summary(
    root: Path, found: FoundFile, known_sha256: str | None
) -> tuple[IncidentSummary, list[Passage] | None]:
    """The file's summary and searchable texts; texts None when its bytes hash to
    ``known_sha256`` (nothing to read again)."""
    path = root / found.relative
    data = _read_bounded(path)
    digest = hashlib.sha256(data).hexdigest() if data is not None else None
    if digest is not None and digest == known_sha256:
        return IncidentSummary(found.relative), None
    try:
        if data is None:
            loaded = read_incident(path)  # fails, with the loader's own words for why
        else:
            incident, warnings = parse_incident_bytes(data, str(path))
            loaded = LoadedIncident(incident, path, digest or "", len(data), warnings)
    except IncidentLoadError as exc:
        return summarise_failure(found.relative, exc, found.size, found.mtime_ns, digest), []
    except (RecursionError, MemoryError, ValueError, TypeError) as exc:
        # A defect of the reader must not stop the others; the user sees it on this file.
        reason = f"could not be read: Factsheet failed on this file ({type(exc).__name__})"
        failed = IncidentSummary(found.relative, found.size, found.mtime_ns, digest)
        return _failed(failed, reason), []
    return summarise(found.relative, loaded, found.mtime_ns), passages(loaded.incident)


def _failed(summary: IncidentSummary, reason: str) -> IncidentSummary:
    data = summary.to_json() | {"errors": 1, "first_problem": reason}
    return IncidentSummary.from_json(data)
