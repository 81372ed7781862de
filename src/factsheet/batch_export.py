"""Many incidents out in one step: one PDF sheet or JSON file each, and a summary of what failed.

Used by ``factsheet export DIR_OR_FILES… -o OUTDIR/`` and by the library's Export Selected.
Qt is imported only to draw a PDF (``rendering.pdf``), so a JSON batch needs none.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from factsheet.library.scan import not_a_file_reason, scan_folder
from factsheet.loading import IncidentLoadError, LoadedIncident, read_incident

OutputFormat = Literal["pdf", "json"]
FORMATS: tuple[OutputFormat, ...] = ("pdf", "json")
#: Which sheet a PDF carries. Issue 11 (the brief) adds "brief" and makes it the default;
#: until then every sheet is the full one. This and ``_write`` are the one place to change.
SheetVariant = Literal["full"]
DEFAULT_VARIANT: SheetVariant = "full"
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

    @property
    def ok(self) -> bool:
        """A file was written."""
        return self.output is not None


def sources_from(arguments: Sequence[Path]) -> tuple[list[Source], list[Outcome]]:
    """Folders expanded to their incident files (names keep their subfolders); files as named.

    Names under a folder that cannot be read as incident files (pipes, link loops, unreadable
    folders) come back as failed outcomes, so that the summary names each.
    """
    sources: list[Source] = []
    failed: list[Outcome] = []
    for argument in arguments:
        if argument.is_dir():
            scan = scan_folder(argument)
            sources += [Source(argument / f.relative, f.relative) for f in scan.files]
            failed += [Outcome(argument / p.relative, None, error=p.message) for p in scan.problems]
        else:
            sources.append(Source(argument, argument.name))
    return sources, failed


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


def _write(
    loaded: LoadedIncident,
    output: Path,
    fmt: OutputFormat,
    paper: str | None,
    variant: SheetVariant,
) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        from factsheet.json_export import write_json_file

        write_json_file(loaded, output)
        return
    from factsheet.rendering.pdf import export_pdf

    # The sheet variant is chosen here, and only here (see SheetVariant).
    del variant
    export_pdf(loaded, output, paper=paper)


def export_many(
    sources: Sequence[Source],
    folder: Path,
    fmt: OutputFormat,
    *,
    paper: str | None = None,
    variant: SheetVariant = DEFAULT_VARIANT,
    progress: Callable[[int, int, Path], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Outcome]:
    """Read and write each source in turn; a file that fails never stops the others.

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
            more = f" (and {count - 1} more errors)" if count > 1 else ""
            outcomes.append(Outcome(source.path, None, error=reason + more))
            continue
        title = " ".join(loaded.incident.incident.title.split())
        try:
            _write(loaded, output, fmt, paper, variant)
        except OSError as exc:
            reason = f"cannot write {output}: {exc.strerror or exc}"
            outcomes.append(Outcome(source.path, None, title, error=reason))
            continue
        outcomes.append(Outcome(source.path, output, title, len(loaded.warnings)))
    if progress is not None:
        progress(len(sources), len(sources), folder)
    return outcomes


def summary_lines(outcomes: Sequence[Outcome]) -> list[str]:
    """One line per source ('wrote …' or 'could not export …'), then the count."""
    lines = []
    for outcome in outcomes:
        if outcome.ok:
            note = f" ({outcome.warnings} warning(s))" if outcome.warnings else ""
            lines.append(f"wrote {outcome.output} from {outcome.source}: {outcome.title}{note}")
        else:
            lines.append(f"could not export {outcome.source}: {outcome.error}")
    written = sum(o.ok for o in outcomes)
    failed = len(outcomes) - written
    lines.append(
        f"{written} written, {failed} could not be read or written"
        if failed
        else f"{written} written"
    )
    return lines


def write_summary(folder: Path, lines: Sequence[str]) -> Path:
    """The summary beside the outputs, as ``summary.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SUMMARY_NAME
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
