"""What the window says about reading a file: the problems list, its headings, the status line."""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from factsheet.loading import LoadedIncident, Problem
from factsheet.views.bidi import in_line
from factsheet.views.plural import counted
from factsheet.views.table import Table

#: Why a file was read: the words for success and failure differ with it.
Reason = Literal["open", "reload", "watch"]

HEADERS = ("Severity", "Line:col", "Where in the data", "Problem")
SEVERITY, LINE, PATH, MESSAGE = range(len(HEADERS))


@dataclass(frozen=True, slots=True)
class ProblemRow:
    """One located error or warning."""

    problem: Problem

    @property
    def item_id(self) -> None:
        """A problem is about a place in the file, not an item of the incident."""
        return None

    @property
    def cells(self) -> tuple[str, ...]:
        """Severity, 'line:column', the data path and the message."""
        p = self.problem
        return (p.severity, f"{p.line}:{p.column}", p.path, p.message)

    def sort_key(self, column: int) -> object:
        """Line and column as numbers; the rest as text."""
        if column == LINE:
            return (self.problem.line, self.problem.column)
        return self.cells[column]

    def tooltip(self, column: int) -> str:
        """The problem in full, as the command line prints it."""
        return str(self.problem)


def problems_table(problems: Sequence[Problem]) -> Table[ProblemRow]:
    """The problems in the loader's order (by line)."""
    rows = [ProblemRow(p) for p in problems]
    return Table.of(HEADERS, rows, [str(p).casefold() for p in problems])


def problems_text(problems: Sequence[Problem]) -> str:
    """Problems as the command line prints them: file:line:col: severity: path: message."""
    return "".join(f"{p}\n" for p in problems)


def problem_detail(problem: Problem) -> str:
    """The current problem in full under the list: '12:3 claims[2].count: expected …'."""
    return f"{problem.line}:{problem.column} {problem.path}: {problem.message}"


def failure_heading(
    path: Path, problems: Sequence[Problem], kept: str | None, reason: Reason = "open"
) -> str:
    """'Could not open x.yaml: 3 errors. Still showing the incident from before: <title>.'"""
    errors = sum(1 for p in problems if p.severity == "error")
    what = counted(errors, "error") if errors else "it could not be read"
    tail = f" Still showing the incident from before: {kept}." if kept else ""
    verb = "open" if reason == "open" else "reload"
    return f"Could not {verb} {in_line(path.name)}: {what}.{tail}"


def warnings_heading(loaded: LoadedIncident) -> str:
    """'x.yaml loaded with 2 warnings; …', or '' for a file without warnings."""
    count = len(loaded.warnings)
    if not count:
        return ""
    return (
        f"{in_line(loaded.path.name)} loaded with {counted(count, 'warning')}; "
        "the incident is shown. The Overview's data notes list them too."
    )


def warnings_button_words(loaded: LoadedIncident) -> str:
    """'⚠ 2 warnings' for the status bar."""
    return f"⚠ {counted(len(loaded.warnings), 'warning')}"


def opened_words(loaded: LoadedIncident, reason: Reason) -> str:
    """'Opened x.yaml: 15 events, 8 claims, 8 sources.' for the status bar."""
    verb = {"open": "Opened", "reload": "Reloaded", "watch": "Reloaded (changed on disk)"}
    incident = loaded.incident
    return (
        f"{verb[reason]} {in_line(loaded.path.name)}: {counted(len(incident.timeline), 'event')}, "
        f"{counted(len(incident.claims), 'claim')}, {counted(len(incident.sources), 'source')}."
    )


def opening_words(path: Path, reason: Reason) -> str:
    """'Opening x.yaml…' while it is read."""
    verb = {"open": "Opening", "reload": "Reloading", "watch": "Reloading"}[reason]
    return f"{verb} {in_line(path.name)}…"
