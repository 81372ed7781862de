"""One line of the library per file: what the incident is, or why the file cannot be read."""

from dataclasses import asdict, dataclass, field
from typing import Any

from factsheet.loading import IncidentLoadError, LoadedIncident, Problem
from factsheet.model.incident import Actor, Incident
from factsheet.model.vocabulary import STATUSES, label
from factsheet.model.wording import key_figures

#: Headline figures kept per incident (the largest spans first, as the sheet orders them).
MAX_HEADLINES = 3


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    """What the library shows and filters on for one file; plain data, stored as JSON."""

    path: str  # relative to the library folder, POSIX separators
    size: int = 0
    mtime_ns: int = 0
    sha256: str | None = None
    incident_id: str | None = None
    title: str | None = None
    title_ar: str | None = None
    date: str | None = None  # EDTF as written
    date_words: str | None = None
    date_from: str | None = None  # ISO day, the earliest the date allows (None: open)
    date_to: str | None = None  # ISO day, the latest
    place: str | None = None  # the first location, as the sources name it
    place_names: tuple[str, ...] = ()  # every location's names, other names and areas
    status: str | None = None
    handling: str | None = None
    headlines: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()  # display names of the actors claims blame
    claimants: tuple[str, ...] = ()  # display names of the actors that give figures
    #: Every actor's display name with all its names (Arabic, aliases), for the filters.
    actor_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    errors: int = 0
    warnings: int = 0
    first_problem: str | None = None  # "line 3, column 5: message", the first error first

    @property
    def valid(self) -> bool:
        """The file loads (perhaps with warnings)."""
        return self.errors == 0

    @property
    def problems_words(self) -> str:
        """'ok', '2 warnings', '3 errors — line 4, column 2: …'."""
        if self.errors:
            count = f"{self.errors} error{'s' if self.errors != 1 else ''}"
            return f"{count} — {self.first_problem}" if self.first_problem else count
        if self.warnings:
            return f"{self.warnings} warning{'s' if self.warnings != 1 else ''}"
        return "ok"

    @property
    def status_words(self) -> str:
        """The status as users read it ('under review'), or ''."""
        return label(STATUSES, self.status) if self.status in STATUSES else ""

    def names_of(self, display_names: tuple[str, ...]) -> tuple[str, ...]:
        """Every name (Arabic, aliases) of the given actors, for matching a filter."""
        names: list[str] = []
        for name in display_names:
            names.extend(self.actor_names.get(name, (name,)))
        return tuple(names)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data (what the index stores and ``--json`` prints)."""
        data = asdict(self)
        data["valid"] = self.valid
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "IncidentSummary":
        """Back from ``to_json`` (unknown keys ignored, lists made tuples)."""
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        for name in ("place_names", "headlines", "perpetrators", "claimants"):
            known[name] = tuple(known.get(name) or ())
        known["actor_names"] = {k: tuple(v) for k, v in (known.get("actor_names") or {}).items()}
        return cls(**known)


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
    claimants = _unique([incident.actor_name(claim.claimant) for claim in incident.claims])
    headlines = tuple(
        f"{figure.heading(incident)}: {figure.words(incident)}"
        for figure in key_figures(incident)[:MAX_HEADLINES]
    )
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
        perpetrators=blamed,
        claimants=claimants,
        actor_names={actor.name: _all_names(actor) for actor in incident.actors},
        warnings=len(loaded.warnings),
        first_problem=_where(loaded.warnings[0]) if loaded.warnings else None,
    )


def summarise_failure(
    relative: str, error: IncidentLoadError, size: int, mtime_ns: int, sha256: str | None
) -> IncidentSummary:
    """The summary of a file that did not load: its first error, and how many there are."""
    errors = error.errors or error.problems
    return IncidentSummary(
        path=relative,
        size=size,
        mtime_ns=mtime_ns,
        sha256=sha256,
        errors=max(1, len(errors)),
        warnings=len(error.problems) - len(error.errors),
        first_problem=(errors[0].message if error.unreadable else _where(errors[0]))
        if errors
        else str(error),
    )


def summarise_problem(relative: str, message: str) -> IncidentSummary:
    """A name under the folder that could not be read at all (a pipe, a link loop)."""
    return IncidentSummary(path=relative, errors=1, first_problem=message)
