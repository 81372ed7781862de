"""One line of the library per file: what the incident is, or why the file cannot be read.

Plain data with no import of the loader or pydantic: a warm ``factsheet search`` reads
summaries from the index and must not pay for importing what reads YAML.
"""

from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Literal

from factsheet.i18n import Context, current_language
from factsheet.views.plural import counted

LibrarySummary = Context("LibrarySummary")


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
    headlines: tuple[str, ...] = ()  # "Killed — attributed to Daesh (alleged): 67 named (PCC)"
    # The same lines figures first, attribution short: "67 named (PCC) · killed, blamed on …".
    figures: tuple[str, ...] = ()
    # Both in each other language ("ar"): the index cannot word them again without reading
    # the file, so it keeps every window's. Figures are data, in the source's digits.
    headlines_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    figures_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    perpetrators: tuple[str, ...] = ()  # display names of the actors claims blame
    claimants: tuple[str, ...] = ()  # display names of the actors that give figures
    # Every actor's display name with all its names (Arabic, aliases), for the filters.
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
            errors = counted(self.errors, "error")
            if not self.first_problem:
                return errors
            # The first problem is the loader's, in English.
            return LibrarySummary.tr("{errors} — {first}", "3 errors — the first of them").format(
                errors=errors, first=self.first_problem
            )
        if self.warnings:
            return counted(self.warnings, "warning")
        return LibrarySummary.tr("ok", "a file without problems")

    @property
    def status_words(self) -> str:
        """The status as users read it ('under review'), or ''."""
        return _vocabulary_words("status", self.status)

    @property
    def handling_words(self) -> str:
        """The handling marking as users read it ('TLP:AMBER'), or ''."""
        return _vocabulary_words("handling", self.handling)

    def names_of(self, display_names: tuple[str, ...]) -> tuple[str, ...]:
        """Every name (Arabic, aliases) of the given actors, for matching a filter."""
        names: list[str] = []
        for name in display_names:
            names.extend(self.actor_names.get(name, (name,)))
        return tuple(names)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data, in English alone (what ``--json`` prints); the figure lines of
        other languages are ``translations_json``'s."""
        data = asdict(self)
        data["valid"] = self.valid
        for name in _TRANSLATIONS:
            del data[name]
        return data

    def translations_json(self) -> dict[str, Any]:
        """The figure lines in other languages, as JSON data (the index keeps them apart:
        only the window reads them)."""
        return {name: dict(getattr(self, name)) for name in _TRANSLATIONS}

    @classmethod
    def from_json(
        cls, data: dict[str, Any], translations: dict[str, Any] | None = None
    ) -> "IncidentSummary":
        """Back from ``to_json`` and ``translations_json`` (unknown keys ignored, lists made
        tuples)."""
        data = data | (translations or {})
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        for name in ("place_names", "headlines", "figures", "perpetrators", "claimants"):
            known[name] = tuple(known.get(name) or ())
        for name in ("actor_names", "headlines_in", "figures_in"):
            known[name] = {k: tuple(v) for k, v in (known.get(name) or {}).items()}
        return cls(**known)


#: The fields to_json leaves to translations_json.
_TRANSLATIONS = ("headlines_in", "figures_in")


def _vocabulary_words(vocabulary: Literal["status", "handling"], value: str | None) -> str:
    """A value's label, or '' for none or one the vocabulary does not know (an older file)."""
    return "" if value is None else _label(vocabulary, value, current_language())


@lru_cache(maxsize=64)
def _label(vocabulary: Literal["status", "handling"], value: str, language: str) -> str:
    # Once per value and language: the library's rows ask for 5,000 files at a time, and
    # an import statement alone costs microseconds where Qt's import hook is installed.
    from factsheet.model.vocabulary import HANDLING, STATUSES, label  # pydantic: when shown

    table = STATUSES if vocabulary == "status" else HANDLING
    return label(table, value) if value in table else ""


def summarise_problem(relative: str, message: str) -> IncidentSummary:
    """A name under the folder that could not be read at all (a pipe, a link loop)."""
    return IncidentSummary(path=relative, errors=1, first_problem=message)
