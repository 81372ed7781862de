"""Incidents out as files: one PDF sheet or JSON file each, and a summary of what failed.

``write_incident`` writes every export, one file or many, from the command line or the
window; ``export_many`` serves ``factsheet export DIR_OR_FILES… -o OUTDIR/`` and the
library's Export Selected. Qt is imported only to draw a PDF (``rendering.pdf``), so a
JSON export needs none.
"""

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from factsheet.i18n import DEFAULT_DIGITS, SOURCE_LANGUAGE, Language, using_language
from factsheet.library.scan import not_a_file_reason, scan_folder
from factsheet.loading import IncidentLoadError, LoadedIncident, read_incident
from factsheet.output_file import written_beside
from factsheet.printable import printable_name, printable_title
from factsheet.shipped_catalogs import install_catalogs
from factsheet.views.brief import DEFAULT_VARIANT, SheetVariant
from factsheet.views.plural import counted

OutputFormat = Literal["pdf", "json"]
FORMATS: tuple[OutputFormat, ...] = ("pdf", "json")
SUMMARY_NAME = "summary.txt"


@dataclass(frozen=True, slots=True)
class Source:
    """An incident file to export, and the name (relative, POSIX) its output should take."""

    path: Path
    name: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one source: the file written, or why none was."""

    source: Path
    output: Path | None
    title: str | None = None
    warnings: int = 0
    error: str | None = None
    #: For a file with errors, its first one as ``factsheet check`` prints it
    #: ('col/bad.yaml:428:15: error: claims[0].claimant: …'), and how many more.
    located: str | None = None

    @property
    def ok(self) -> bool:
        """A file was written."""
        return self.output is not None


def sources_from(arguments: Sequence[Path]) -> tuple[list[Source], list[Outcome], list[str]]:
    """Folders expanded to their incident files (names keep their subfolders); files as named.

    Names under a folder that cannot be read as incident files (pipes, unreadable folders)
    come back as failed outcomes, so that the summary names each; links not followed (to a
    folder read under another name, or a loop) as notes ('DIR/link/: not followed: …'),
    printable: their files are exported once, under their real names.
    """
    sources: list[Source] = []
    failed: list[Outcome] = []
    notes: list[str] = []
    for argument in arguments:
        if argument.is_dir():
            scan = scan_folder(argument)
            sources += [Source(argument / f.relative, f.relative) for f in scan.files]
            failed += [Outcome(argument / p.relative, None, error=p.message) for p in scan.problems]
            notes += [
                f"{printable_name(str(argument / p.relative))}/: {printable_name(p.message)}"
                for p in scan.skipped
            ]
        else:
            sources.append(Source(argument, argument.name))
    return sources, failed, notes


def output_paths(sources: Sequence[Source], folder: Path, fmt: OutputFormat) -> list[Path]:
    """One output per source under ``folder``, '<name>.<fmt>'; a repeated name gets ' (2)'."""
    taken: set[str] = {SUMMARY_NAME.casefold()}
    paths: list[Path] = []
    for source in sources:
        stem = PurePosixPath(source.name).with_suffix("")
        candidate = f"{stem}.{fmt}"
        number = 2
        # Case-insensitively: on Windows and macOS 'A.pdf' and 'a.pdf' are one file.
        while candidate.casefold() in taken:
            candidate = f"{stem} ({number}).{fmt}"
            number += 1
        taken.add(candidate.casefold())
        paths.append(folder.joinpath(*PurePosixPath(candidate).parts))
    return paths


def refused_option(
    fmt: OutputFormat, *, paper: str | None, language: Language | None, full: bool = False
) -> str | None:
    """Why an option given does not apply to ``fmt`` ('--lang applies to .pdf output only')."""
    for option, value in (("--paper", paper), ("--lang", language), ("--full", full or None)):
        # JSON is for programs: its words stay English, whatever the sheet's language.
        if value is not None and fmt != "pdf":
            return f"{option} applies to .pdf output only"
    return None


def write_incident(
    loaded: LoadedIncident,
    output: Path,
    fmt: OutputFormat,
    *,
    paper: str | None = None,
    language: Language | None = None,
    variant: SheetVariant = DEFAULT_VARIANT,
) -> None:
    """Write ``loaded`` to ``output`` as its JSON or its sheet, whole or not at all
    (``output_file.written_beside``: the umask honoured, nothing left if stopped).

    ``variant``: the brief (the default) or the full dossier, for a PDF.
    ``language``: the sheet's (None: the current one, the window's); JSON is for programs,
    and its words are English, its digits Western, whatever the window's. OSError when it
    cannot be written.
    """
    if fmt == "json":
        from factsheet.json_export import export_json_text

        with using_language(SOURCE_LANGUAGE, DEFAULT_DIGITS), written_beside(output) as temp:
            temp.write_bytes(export_json_text(loaded).encode("utf-8"))
        return
    from factsheet.rendering.pdf import export_pdf

    install_catalogs()  # the sheet's words in its language (loaded once)
    with using_language(language) if language is not None else nullcontext():
        export_pdf(loaded, output, paper=paper, variant=variant)


def export_many(
    sources: Sequence[Source],
    folder: Path,
    fmt: OutputFormat,
    *,
    paper: str | None = None,
    language: Language | None = None,
    variant: SheetVariant = DEFAULT_VARIANT,
    progress: Callable[[int, int, Path], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Outcome]:
    """Read and write each source in turn (``write_incident``, subfolders made as needed);
    a file that fails never stops the others.

    ``cancelled`` is asked before each file; the files not reached get no outcome.
    """
    outcomes: list[Outcome] = []
    for done, (source, output) in enumerate(
        zip(sources, output_paths(sources, folder, fmt), strict=True)
    ):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(done, len(sources), source.path)
        refused = not_a_file_reason(source.path)
        if refused is not None:
            outcomes.append(Outcome(source.path, None, error=refused))
            continue
        try:
            loaded = read_incident(source.path)
        except IncidentLoadError as exc:
            first = (exc.errors or exc.problems)[0]
            reason = first.message if exc.unreadable else f"{first.line}:{first.column}: "
            if not exc.unreadable:
                reason += f"{first.path}: {first.message}"
            count = len(exc.errors)
            # The loader's message is English, in summary.txt as on the command line.
            more = f" (and {count - 1:,} more)" if count > 1 else ""
            errors = f" (and {count - 1:,} more {'error' if count == 2 else 'errors'})"
            located = f"{first}{errors if count > 1 else ''}"
            outcomes.append(Outcome(source.path, None, error=reason + more, located=located))
            continue
        title = " ".join(loaded.incident.incident.title.split())
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            write_incident(loaded, output, fmt, paper=paper, language=language, variant=variant)
        except OSError as exc:
            reason = f"cannot write {output}: {exc.strerror or exc}"
            outcomes.append(Outcome(source.path, None, title, error=reason))
            continue
        outcomes.append(Outcome(source.path, output, title, len(loaded.warnings)))
    if progress is not None:
        progress(len(sources), len(sources), folder)
    return outcomes


def summary_lines(outcomes: Sequence[Outcome], *, located: bool = False) -> list[str]:
    """One line per source ('wrote …' or 'could not export …'), then the count.

    With ``located``, a file with errors is named as ``factsheet check`` names it, by its
    first error ('col/bad.yaml:428:15: error: …'), which editors and scripts can follow.
    Every name and title is printable (``loading.problems``): a file named with a line break
    cannot forge a 'wrote …' line, nor a title's U+202E reverse the warnings after it.
    """
    lines = []
    for outcome in outcomes:
        source = printable_name(str(outcome.source))
        if located and outcome.located is not None:
            lines.append(printable_name(outcome.located))
        elif outcome.ok:
            note = f" ({counted(outcome.warnings, 'warning')})" if outcome.warnings else ""
            title = printable_title([outcome.title], outcome.source.name)
            lines.append(
                f"wrote {printable_name(str(outcome.output))} from {source}: {title}{note}"
            )
        else:
            lines.append(f"could not export {source}: {printable_name(outcome.error or '')}")
    written = sum(o.ok for o in outcomes)
    failed = len(outcomes) - written
    lines.append(
        f"{written:,} written, {failed:,} could not be read or written"
        if failed
        else f"{written:,} written"
    )
    return lines


def write_summary(folder: Path, lines: Sequence[str]) -> Path:
    """The summary beside the outputs, as ``summary.txt`` (written as every output is)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SUMMARY_NAME
    with written_beside(path) as temp:
        temp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
