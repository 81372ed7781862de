"""The library's commands: ``list DIR``, ``search QUERY [DIR]`` and ``export`` of many files.

Registered by ``cli.py``; no Qt here (a PDF batch imports it when it draws the first sheet).
Human output is one tab-separated line per file, path first; ``--json`` prints one JSON
document. The index lives in the user's cache folder (``library/cache_folder.py``).
"""

import argparse
import json
import os
import shlex
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factsheet.i18n import Language
from factsheet.output_file import stop_by
from factsheet.printable import printable_name, printable_text, printable_title
from factsheet.views.plural import counted

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
COMMANDS = ("list", "search")
#: Places shown per matching file on its line, and in ``--json``.
SHOWN_MATCHES = 3
MATCHES_IN_JSON = 8
#: Files named in the note on the files that were not searched (``list`` names them all).
NAMED_NOT_SEARCHED = 10


def add_commands(verbs: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``list`` and ``search`` to the command line's verbs."""
    listing = verbs.add_parser(
        "list", help="list every incident file under a folder (exit 1 if any is invalid)"
    )
    listing.add_argument("folder", type=Path, metavar="DIR")
    listing.add_argument("--json", action="store_true", help="print one JSON document")
    search = verbs.add_parser(
        "search", help="full-text search of every incident file under a folder"
    )
    search.add_argument("query", metavar="QUERY", help='words (all must occur) or "a phrase"')
    search.add_argument(
        "folder", type=Path, nargs="?", default=Path(), metavar="DIR", help="default: here"
    )
    search.add_argument("--json", action="store_true", help="print one JSON document")


def add_export_options(export: argparse.ArgumentParser) -> None:
    """The batch options of ``export`` (``-o`` naming a folder)."""
    export.add_argument(
        "--format",
        choices=("pdf", "json"),
        default=None,
        help="for a folder or several files: one .pdf sheet (default) or .json each",
    )


def run(args: argparse.Namespace) -> int:
    """Run ``list`` or ``search``."""
    refused = _no_word(args.query) if args.verb == "search" else None
    refused = refused or _not_a_folder(args.folder, args.verb)
    if refused is not None:
        _say(refused)
        return EXIT_USAGE
    index = _open_index(args.folder, show_progress=not args.json)
    try:
        if args.verb == "list":
            return _list(index, args.folder, as_json=args.json)
        return _search(index, args.folder, args.query, as_json=args.json)
    except BrokenPipeError:
        # `factsheet list DIR | head`: the reader has had enough; no traceback for that.
        _silence_stdout()
        return EXIT_OK
    finally:
        index.close()


def _no_word(query: str) -> str | None:
    """Why ``query`` cannot be searched for (None: it has a word).

    As the index reads a query: a term without a letter or a digit ("?!", "—") is no word.
    Refused before the folder is indexed, and as a usage error: "no file matches “”" would
    send the user looking through their files for what is a slip of the command line.
    """
    from factsheet.search_text import query_terms

    if any(char.isalnum() for term in query_terms(query) for char in term):
        return None
    found = f"found “{printable_text(query)}”" if query.strip() else "the query is empty"
    return f"a search needs at least one word (letters or digits); {found}"


def _not_a_folder(folder: Path, verb: str) -> str | None:
    """Why ``list``/``search`` cannot look in ``folder`` (None: it is a folder)."""
    shown = printable_name(str(folder))
    if folder.is_dir():
        return None
    if not folder.exists() and not folder.is_symlink():
        return f"cannot {verb} {shown}: it does not exist"
    if folder.is_file():
        return (
            f"cannot {verb} {shown}: it is a file, not a folder "
            f"(to validate one file: factsheet check {shown})"
        )
    return f"cannot {verb} {shown}: expected a folder"


def _no_incident_files(places: str) -> str:
    return f"no incident files (*.yaml, *.yml) found in {places}"


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _open_index(folder: Path, *, show_progress: bool) -> Any:
    from factsheet.library import LibraryIndex

    index = LibraryIndex(folder)
    if index.notice:
        _say(index.notice)
    tty = show_progress and sys.stderr.isatty()

    def progress(done: int, total: int, _path: str) -> None:
        if tty and total >= 20 and (done % 10 == 0 or done == total):
            end = "\n" if done == total else ""
            print(f"\rfactsheet: indexing {done}/{total}…", end=end, file=sys.stderr, flush=True)

    from factsheet.library.reading_many import helpers_for

    index.update(progress, helpers=helpers_for(leave_one_core=False))
    return index


def _say(message: str) -> None:
    print(f"factsheet: {message}", file=sys.stderr)


def _title(summary: Any) -> str:
    # Every name and text from a file goes through loading.problems' printable_*: a name
    # with a line break must not split a line, nor a terminal escape or U+202E in a title
    # recolour the terminal or reorder the line; a title that shows nothing reads as the
    # file's name, as in the Library's Title column.
    file_name = summary.path.rstrip("/").rsplit("/", 1)[-1]
    return printable_title([summary.title, summary.title_ar], file_name)


def _shown(folder: Path, relative: str) -> str:
    # Joined as text (a Path per line costs more than the search itself on 5,000 hits);
    # "." is left out, as Path would: `search x` prints "a/b.yaml", not "./a/b.yaml".
    base = str(folder)
    return relative if base == "." else os.path.join(base, relative)  # noqa: PTH118


def _shown_line(folder: Path, relative: str) -> str:
    """The path for a line of human output (JSON keeps the path as it is)."""
    return printable_name(_shown(folder, relative))


def _list(index: Any, folder: Path, *, as_json: bool) -> int:
    summaries = index.summaries()
    if as_json:
        items = [s.to_json() | {"path": _shown(folder, s.path)} for s in summaries]
        _print_json({"folder": str(folder), "files": items})
    else:
        for s in summaries:
            # The status as written in the file ("under-review"): for scripts as for people.
            fields = [_shown_line(folder, s.path), _title(s), printable_text(s.date_words)]
            fields += [printable_text(s.status), printable_text(s.problems_words)]
            print("\t".join(fields))
    # A link to a folder listed already is a note, not an invalid incident: its files are
    # listed once, under their real names.
    for skipped in index.last_scan.skipped if index.last_scan is not None else ():
        _say(f"{_shown_line(folder, skipped.relative)}: {printable_text(skipped.message)}")
    if not summaries:
        _say(_no_incident_files(printable_name(str(folder))))
    return EXIT_OK if all(s.valid for s in summaries) else EXIT_INVALID


def _search(index: Any, folder: Path, query: str, *, as_json: bool) -> int:
    if as_json:
        hits = index.search(query, places=MATCHES_IN_JSON)
    else:
        hits = index.search(query, places=SHOWN_MATCHES, excerpts=1, full=False)
    not_searched = index.invalid()
    if as_json:
        _print_json(
            {
                "folder": str(folder),
                "query": query,
                "files": [
                    hit.summary.to_json()
                    | {
                        "path": _shown(folder, hit.summary.path),
                        "matches": [{"where": m.where, "excerpt": m.excerpt} for m in hit.matches],
                        "more_matches": hit.more,
                    }
                    for hit in hits
                ],
                "not_searched": [
                    {"path": _shown(folder, s.path), "problem": s.first_problem}
                    for s in not_searched
                ],
            }
        )
    else:
        for hit in hits:
            # The first place with the words around the match, the next ones by name.
            where = "; ".join(
                f"{printable_text(m.where)}: “{printable_text(m.excerpt)}”"
                if m.excerpt
                else printable_text(m.where)
                for m in hit.matches
            )
            if hit.more:
                where += f"; and {hit.more} more"
            print(f"{_shown_line(folder, hit.summary.path)}\t{_title(hit.summary)}\tin {where}")
        if not_searched:
            _say(_not_searched_note(folder, [s.path for s in not_searched]))
    if not hits:
        # A note on stderr (stdout stays empty, or the JSON document, for scripts).
        shown = printable_name(str(folder))
        if not index.summaries():
            _say(_no_incident_files(shown))
        else:
            _say(f"no file in {shown} matches “{printable_text(query)}”")
    # As grep: 0 when something matched, 1 when nothing did.
    return EXIT_OK if hits else EXIT_INVALID


def _not_searched_note(folder: Path, paths: Sequence[str]) -> str:
    """'51 files have errors and were not searched: a, b … and 41 more — `factsheet list DIR`
    shows why'. They were read: what stops them is their errors, which ``list`` words (its
    every name, where fifty names here would bury the matches above them on one line)."""
    names = ", ".join(_shown_line(folder, path) for path in paths[:NAMED_NOT_SEARCHED])
    more = len(paths) - NAMED_NOT_SEARCHED
    if more > 0:
        names += f" and {more:,} more"
    have = "has errors and was" if len(paths) == 1 else "have errors and were"
    listing = f"factsheet list {shlex.quote(printable_name(str(folder)))}"
    return f"{counted(len(paths), 'file')} {have} not searched: {names} — `{listing}` shows why"


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def is_batch_export(files: Sequence[Path], output: Path, fmt: str | None) -> bool:
    """Does ``export`` name a folder's worth of files (else the one-file form)?"""
    raw = str(output)
    to_folder = raw.endswith(("/", "\\")) or output.is_dir() or not output.suffix
    return len(files) > 1 or any(f.is_dir() for f in files) or to_folder or fmt is not None


def export_many(
    files: Sequence[Path],
    output: Path,
    fmt: str | None,
    paper: str | None,
    language: Language | None = None,
    *,
    full: bool = False,
) -> int:
    """``export DIR_OR_FILES… -o OUTDIR/``: one output each and ``summary.txt``; exit 1 if any
    could not be read or written, naming each. ``--paper``, ``--lang`` and ``--full`` as for
    one file."""
    from factsheet.batch_export import (
        SUMMARY_NAME,
        OutputFormat,
        refused_option,
        sources_from,
        summary_lines,
        write_summary,
    )
    from factsheet.batch_export import export_many as write_all

    chosen: OutputFormat = "json" if fmt == "json" else "pdf"
    refused = refused_option(chosen, paper=paper, language=language, full=full)
    if refused is not None:
        _say(refused)
        return EXIT_USAGE
    if output.exists() and not output.is_dir():
        _say(f"cannot export into {output}: it is a file; name a folder")
        return EXIT_USAGE
    sources, failed, notes = sources_from(files)
    for note in notes:
        _say(note)
    if not sources and not failed:
        _say(_no_incident_files(", ".join(printable_name(str(f)) for f in files)))
        return EXIT_INVALID
    try:
        written = write_all(
            sources,
            output,
            chosen,
            paper=paper,
            language=language or "en",
            variant="full" if full else "brief",
        )
        outcomes = [*written, *failed]
        # As `check` prints them: the window's summary keeps its "could not export" form.
        lines = summary_lines(outcomes, located=True)
        write_summary(output, lines)
    except OSError as exc:
        _say(f"cannot write into {output}: {exc.strerror or exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        # The file being written is gone (those before it are whole); stop as Ctrl+C stops.
        _say(f"interrupted; {output} holds the files written before, and no {SUMMARY_NAME}")
        stop_by(signal.SIGINT)
        raise  # pragma: no cover - where SIGINT does not stop the process
    for outcome, line in zip(outcomes, lines, strict=False):
        print(line, file=sys.stdout if outcome.ok else sys.stderr)
    print(lines[-1])
    return EXIT_OK if all(o.ok for o in outcomes) else EXIT_INVALID
