"""What the window says about reading a file: the problems list, its headings, the status line."""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, join_list, localize_digits, translate
from factsheet.loading import LoadedIncident, Problem
from factsheet.model.characters import visible
from factsheet.printable import shows_something
from factsheet.views.bidi import in_line
from factsheet.views.document_state import DocumentState
from factsheet.views.plural import counted
from factsheet.views.search_words import haystack
from factsheet.views.table import Table

FileStatus = Context("FileStatus")

# Why a file was read: the words for success and failure differ with it.
Reason = Literal["open", "reload", "watch"]

HEADERS = (
    QT_TRANSLATE_NOOP("FileStatus", "Severity"),
    #: The column of a problem's line and column in the file ("12:3").
    QT_TRANSLATE_NOOP("FileStatus", "Line:col"),
    QT_TRANSLATE_NOOP("FileStatus", "Where in the data"),
    QT_TRANSLATE_NOOP("FileStatus", "Problem"),
)
SEVERITY, LINE, PATH, MESSAGE = range(len(HEADERS))
_SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("FileStatus", "error"),
    "warning": QT_TRANSLATE_NOOP("FileStatus", "warning"),
}


def headers() -> tuple[str, ...]:
    """The column titles in the current language."""
    return tuple(translate("FileStatus", header) for header in HEADERS)


def severity_words(severity: str) -> str:
    """'error' or 'warning' in the current language."""
    words = _SEVERITIES.get(severity)
    return translate("FileStatus", words) if words else severity


def _place(problem: Problem) -> str:
    """'12:3': where in the file, in the chosen digits (never grouped)."""
    return localize_digits(f"{problem.line}:{problem.column}")


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
        return (severity_words(p.severity), _place(p), in_line(p.path), in_line(p.message))

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
    return Table.of(headers(), rows, [haystack((str(p),)) for p in problems])


def problems_text(problems: Sequence[Problem]) -> str:
    """Problems as the command line prints them: file:line:col: severity: path: message."""
    return "".join(f"{p}\n" for p in problems)


def problem_detail(problem: Problem) -> str:
    """The current problem in full under the list: '12:3 claims[2].count: expected …'."""
    return "{place} {path}: {message}".format(
        place=_place(problem), path=in_line(problem.path), message=in_line(problem.message)
    )


def failure_heading(
    path: Path, problems: Sequence[Problem], reason: Reason = "open", *, unreadable: bool = False
) -> str:
    """'Could not open x.yaml: 3 errors.', or for a file that could not be read at all why
    ('Could not open fifo.yaml: expected a file; found a named pipe.'); the banner over the
    tabs names what is shown."""
    what = _failure_words(problems, unreadable)
    if reason == "open":
        template = FileStatus.tr("Could not open {file}: {problems}.")
    else:
        template = FileStatus.tr("Could not reload {file}: {problems}.")
    return template.format(file=in_line(path.name), problems=what)


def warnings_heading(loaded: LoadedIncident) -> str:
    """'x.yaml loaded with 2 warnings; …', or 'No problems in x.yaml.' for a file without
    any (the list may be open: the user opened it, so it says why it is empty)."""
    count = len(loaded.warnings)
    if not count:
        return FileStatus.tr("No problems in {file}.").format(file=in_line(loaded.path.name))
    return FileStatus.tr(
        "{file} loaded with %n warning(s); the incident is shown. The Overview's data notes "
        "list them too.",
        None,
        count,
    ).format(file=in_line(loaded.path.name))


def warnings_button_words(loaded: LoadedIncident) -> str:
    """'⚠ 2 warnings' for the status bar."""
    return f"⚠ {counted(len(loaded.warnings), 'warning')}"


def opened_words(loaded: LoadedIncident, reason: Reason) -> str:
    """'Opened x.yaml: 15 events, 8 claims, 8 sources.' for the status bar."""
    if reason == "open":
        template = FileStatus.tr("Opened {file}: {counts}.")
    elif reason == "reload":
        template = FileStatus.tr("Reloaded {file}: {counts}.")
    else:
        template = FileStatus.tr("Reloaded {file} (changed on disk): {counts}.")
    incident = loaded.incident
    counts = join_list(
        [
            counted(len(incident.timeline), "event"),
            counted(len(incident.claims), "claim"),
            counted(len(incident.sources), "source"),
        ]
    )
    return template.format(file=in_line(loaded.path.name), counts=counts)


def opening_words(path: Path, reason: Reason) -> str:
    """'Opening x.yaml…' while it is read."""
    if reason == "open":
        template = FileStatus.tr("Opening {file}…")
    else:
        template = FileStatus.tr("Reloading {file}…")
    return template.format(file=in_line(path.name))


def _unreadable() -> str:
    """What a file that is not an incident at all has instead of a count of errors: its one
    "error" is the reason, which the banner says in full."""
    return FileStatus.tr("unreadable")


def _errors_words(problems: Sequence[Problem]) -> str:
    """'3 errors', or 'it could not be read' for a failure that lists no error."""
    errors = sum(1 for p in problems if p.severity == "error")
    return counted(errors, "error") if errors else FileStatus.tr("it could not be read")


def _failure_words(problems: Sequence[Problem], unreadable: bool) -> str:
    """Why a file was not shown: its count of errors, or for a file that could not be read
    at all (a pipe, a folder, a binary file, no permission) the reason itself, which is
    worth more than "1 error" and is its only problem."""
    if unreadable and problems:
        return in_line(problems[0].message)
    return _errors_words(problems)


def one_line(text: str) -> str:
    """A folded YAML title may hold line breaks; a title bar or a banner shows one line."""
    return " ".join(text.split())


def window_title(state: DocumentState, app_name: str) -> str:
    """'<title> — x.yaml — Factsheet'; 'broken.yaml: 3 errors — Factsheet' after a failure
    ('sheet.pdf: unreadable — Factsheet' for a file that is not an incident at all).

    The file name tells two copies of one incident apart; after a failure the title names
    the failed file, which the problems list and the badge are about. File names and titles
    are isolated when they could reorder the words after them (Arabic, a direction control).
    """
    if state.failed_path is not None and state.failure is not None:
        failure = state.failure
        return "{file}: {problems} — {app}".format(
            file=in_line(state.failed_path.name),
            problems=_unreadable() if failure.unreadable else _errors_words(failure.problems),
            app=app_name,
        )
    if state.shown is None:
        return app_name
    title = state.shown.incident.incident.title
    file = in_line(state.shown.path.name)
    if not shows_something(title):
        # Invisible characters alone (U+200B, U+202E…) would make a title bar that looks
        # blank before the file name: the file name alone says which incident this is.
        return "{file} — {app}".format(file=file, app=app_name)
    return "{title} — {file} — {app}".format(
        title=in_line(one_line(title)), file=file, app=app_name
    )


def badge_words(state: DocumentState) -> str:
    """'✖ 3 errors' for a failed file ('✖ unreadable' for one that is not an incident at
    all), '⚠ 2 warnings' for a shown one, '' for neither."""
    if state.failure is not None:
        errors = sum(1 for p in state.failure.problems if p.severity == "error")
        if errors and not state.failure.unreadable:
            return "✖ {errors}".format(errors=counted(errors, "error"))
        return "✖ {unreadable}".format(unreadable=_unreadable())
    if state.shown is not None and state.shown.warnings:
        return warnings_button_words(state.shown)
    return ""


def banner_words(state: DocumentState) -> str:
    """What the line above the tabs says after a failure ('' when the current file is shown).

    The incident that stays on screen is named as the previous file, so nobody reads or
    prints it for the file that failed. A file that could not be read at all (a pipe, a
    folder, a binary file) is given its reason and no promise that fixing and saving it
    opens it: a pipe or a folder is never watched, and what the file needs is in the reason.
    """
    failure = state.failure
    if state.failed_path is None or failure is None:
        return ""
    failed = in_line(state.failed_path.name)
    problems = _failure_words(failure.problems, failure.unreadable)
    if state.shown is None:
        if failure.unreadable:
            template = FileStatus.tr("{file} could not be opened: {problems}. F5 tries again.")
        else:
            template = FileStatus.tr(
                "{file} could not be opened: {problems}, listed below. It opens by itself "
                "once the file is fixed and saved; F5 tries again."
            )
        return template.format(file=failed, problems=problems)
    if state.previous_is_same_file and failure.unreadable:
        template = FileStatus.tr(
            "Showing {file} as it was last read ({title}): it cannot be read now: {problems}. "
            "F5 tries again."
        )
    elif state.previous_is_same_file:
        template = FileStatus.tr(
            "Showing {file} as it was last read without errors ({title}): the file now has "
            "{problems}. It reloads by itself once the file is fixed and saved; F5 tries again."
        )
    elif failure.unreadable:
        template = FileStatus.tr(
            "Showing the previous file, {previous} ({title}): {file} could not be opened: "
            "{problems}. F5 tries again."
        )
    else:
        template = FileStatus.tr(
            "Showing the previous file, {previous} ({title}): {file} could not be opened "
            "({problems}). It opens by itself once the file is fixed and saved; F5 tries again."
        )
    return template.format(
        previous=in_line(state.shown.path.name),
        title=in_line(one_line(state.shown.incident.incident.title)),
        file=failed,
        problems=problems,
    )


def line_view_title(problem: Problem) -> str:
    """'broken.yaml, line 12': the title of the window that shows a problem's line."""
    return FileStatus.tr("{file}, line {line}").format(
        file=in_line(Path(problem.file).name), line=localize_digits(str(problem.line))
    )


def numbered_lines(lines: Sequence[tuple[int, str]]) -> str:
    """Lines as '12 │ text', numbers right-aligned; what does not print as itself escaped
    (a direction control would reorder the line it is on, a tab would hide its width)."""
    if not lines:
        return ""
    width = len(str(lines[-1][0]))
    return "\n".join(f"{number:>{width}} │ {visible(text)}" for number, text in lines)
