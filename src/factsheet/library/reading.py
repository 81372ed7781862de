"""Reading one library file for the index: its summary and texts, whatever the file holds.

Imported only when a file is new or changed: this is where the loader comes in.
"""

import hashlib
from pathlib import Path

from factsheet.i18n import SOURCE_LANGUAGE, using_language
from factsheet.library.passages import Passage, passages
from factsheet.library.scan import FoundFile
from factsheet.library.summary import IncidentSummary
from factsheet.loading import (
    MAX_FILE_BYTES,
    IncidentLoadError,
    LoadedIncident,
    Problem,
    read_incident,
)
from factsheet.loading.loader import parse_incident_bytes
from factsheet.model.incident import Actor, Incident
from factsheet.shipped_catalogs import install_catalogs
from factsheet.views.figures import figure_lines

#: Figure lines kept per incident (the largest spans first, as the sheet orders them): the
#: Library shows a few and counts the rest, so none may be dropped here; the cap only keeps a
#: file of thousands of claims from bloating the index.
MAX_HEADLINES = 200


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
    ``known_sha256`` (nothing to read again).

    In English, whichever thread reads: the index is shared by the window in any language
    and the commands, and names its actors and places as the file does; other languages'
    figure lines are kept beside (``summarise``).
    """
    with using_language(SOURCE_LANGUAGE):
        return _read_summary(root, found, known_sha256)


def _read_summary(
    root: Path, found: FoundFile, known_sha256: str | None
) -> tuple[IncidentSummary, list[Passage] | None]:
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


def _where(problem: Problem) -> str:
    return f"line {problem.line}, column {problem.column}: {problem.path}: {problem.message}"


def _all_names(actor: Actor) -> tuple[str, ...]:
    names = [actor.name]
    if actor.name_ar:
        names.append(actor.name_ar)
    names.extend(alias.name for alias in actor.aliases)
    return tuple(dict.fromkeys(names))


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def summarise(relative: str, loaded: LoadedIncident, mtime_ns: int) -> IncidentSummary:
    """The summary of a file that loaded."""
    incident: Incident = loaded.incident
    info = incident.incident
    first = info.locations[0]
    place_names: list[str] = []
    for location in info.locations:
        place_names.append(location.name)
        if location.name_ar:
            place_names.append(location.name_ar)
        place_names.extend(location.other_names)
        place_names.extend(location.within)
    place = first.name + (f", {first.within[0]}" if first.within else "")
    blamed = _unique(
        [incident.actor_name(a.actor) for claim in incident.claims for a in claim.perpetrators]
    )
    claimants = _unique(
        [incident.actor_name(actor) for claim in incident.claims for actor in claim.claimant]
    )
    headlines, figures = _figure_words(incident)
    headlines_in: dict[str, tuple[str, ...]] = {}
    figures_in: dict[str, tuple[str, ...]] = {}
    # Once per language, not per digits: a figure is data and keeps the source's digits.
    for language in install_catalogs():
        with using_language(language):
            headlines_in[language], figures_in[language] = _figure_words(incident)
    return IncidentSummary(
        path=relative,
        size=loaded.size,
        mtime_ns=mtime_ns,
        sha256=loaded.sha256,
        incident_id=info.id,
        title=" ".join(info.title.split()),
        title_ar=" ".join(info.title_ar.split()) if info.title_ar else None,
        date=info.date.text,
        date_words=info.date.words(),
        date_from=info.date.lower.isoformat() if info.date.lower else None,
        date_to=info.date.upper.isoformat() if info.date.upper else None,
        place=place,
        place_names=_unique(place_names),
        status=info.status,
        handling=info.handling,
        headlines=headlines,
        figures=figures,
        headlines_in=headlines_in,
        figures_in=figures_in,
        perpetrators=blamed,
        claimants=claimants,
        actor_names={actor.name: _all_names(actor) for actor in incident.actors},
        warnings=len(loaded.warnings),
        first_problem=_where(loaded.warnings[0]) if loaded.warnings else None,
    )


def _figure_words(incident: Incident) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The figure lines in the current language: whole ("Killed — attributed to Daesh
    (alleged): 67 named (PCC)"), and figures first ("67 named (PCC) · killed, blamed on …").

    The Overview's and the sheet's words: every figure of a group, none summed (issue 10).
    """
    lines = figure_lines(incident)[:MAX_HEADLINES]
    whole = tuple(f"{line.heading}: {line.words}" for line in lines)
    return whole, tuple(line.figures_first for line in lines)


def summarise_failure(
    relative: str, error: IncidentLoadError, size: int, mtime_ns: int, sha256: str | None
) -> IncidentSummary:
    """The summary of a file that did not load: its first error, and how many there are.

    Where it is, as ``check`` says it, once the file's bytes were read (``sha256`` known):
    a NUL byte at line 434, UTF-16 at line 1, as any other error. A file that could not be
    read at all (gone, not permitted, past the size cap) has no line to point at.
    """
    errors = error.errors or error.problems
    if not errors:
        first = str(error)
    elif error.unreadable and sha256 is None:
        first = errors[0].message
    else:
        first = _where(errors[0])
    return IncidentSummary(
        path=relative,
        size=size,
        mtime_ns=mtime_ns,
        sha256=sha256,
        errors=max(1, len(errors)),
        warnings=len(error.problems) - len(error.errors),
        first_problem=first,
    )
