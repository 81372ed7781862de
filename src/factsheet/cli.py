"""The command line: check, new, schema, export, list, search; without a verb, the app.

No Qt on these paths.
"""

import argparse
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from factsheet import FORMAT_VERSION, __version__, cli_library
from factsheet.i18n import LANGUAGES, Language, parse_language
from factsheet.output_file import stop_by
from factsheet.views.plural import counted

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
VERBS = ("check", "new", "schema", "export", "list", "search")
EXPORT_SUFFIXES = (".json", ".pdf")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factsheet",
        description="Read incident files offline and print fact sheets from them. "
        "Without a command, opens the desktop app (on FILE, on a folder's library, "
        "the last incident, or the sample); --lang en|ar before FILE chooses its language "
        "for this run.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"factsheet {__version__} (incident format {FORMAT_VERSION})",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")
    check = verbs.add_parser("check", help="validate incident files; print located problems")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument("--quiet", "-q", action="store_true", help="print errors only")
    new = verbs.add_parser("new", help="write a commented template to a new incident file")
    new.add_argument("file", type=Path, metavar="FILE", help="the file to create (never replaced)")
    verbs.add_parser("schema", help="print the JSON Schema of the incident format")
    export = verbs.add_parser(
        "export",
        help="write the incident as .json or the sheet as .pdf; "
        "for a folder or several files, one of each into a folder",
    )
    export.add_argument("files", type=Path, nargs="+", metavar="FILE_OR_DIR")
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help="output file (its suffix, .json or .pdf, chooses the format), or a folder",
    )
    export.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default=None,
        help="paper size for .pdf (default: from the locale)",
    )
    export.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the .pdf sheet (default: en)",
    )
    export.add_argument(
        "--full",
        action="store_true",
        help="the full dossier as .pdf: the brief's front page and every table as an annex "
        "(default: the brief, one or two pages)",
    )
    cli_library.add_export_options(export)
    cli_library.add_commands(verbs)
    return parser


def _without_language(args: list[str]) -> tuple[Language | None, list[str]]:
    """The desktop app's --lang (``--lang ar`` or ``--lang=ar``) and the other arguments.

    ValueError when the value is missing or not a language.
    """
    language: Language | None = None
    rest: list[str] = []
    items = iter(args)
    for item in items:
        if item == "--lang" or item.startswith("--lang="):
            value = item.partition("=")[2] if "=" in item else next(items, "")
            if value not in LANGUAGES:
                raise ValueError(f"--lang: expected {' or '.join(LANGUAGES)}; found {value!r}")
            language = parse_language(value)
        else:
            rest.append(item)
    return language, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in VERBS:
        try:
            language, rest = _without_language(args_list)
        except ValueError as exc:
            print(f"factsheet: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if not rest or (rest[0] not in VERBS and not rest[0].startswith("-")):
            return _open_app(rest, language)
    try:
        args = _parser().parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code or 0)
    if args.verb == "check":
        return check(args.files, quiet=args.quiet)
    if args.verb == "new":
        return new(args.file)
    if args.verb == "schema":
        from factsheet.schema import schema_text

        sys.stdout.write(schema_text())
        return EXIT_OK
    if args.verb == "export":
        if cli_library.is_batch_export(args.files, args.output, args.format):
            return cli_library.export_many(
                args.files, args.output, args.format, args.paper, args.lang, full=args.full
            )
        return export(args.files[0], args.output, args.paper, args.lang, full=args.full)
    if args.verb in cli_library.COMMANDS:
        return cli_library.run(args)
    _parser().print_help()
    return EXIT_USAGE


def _mistyped_command(word: str) -> str | None:
    """The command ``word`` was most likely meant to be ('chek': 'check'); None when it
    names a file or folder, reads as a file name ('list.yaml'), or is near no command."""
    from factsheet.model.suggestions import did_you_mean

    if not word.isalpha() or Path(word).exists() or Path(word).is_symlink():
        return None
    return did_you_mean(word, VERBS)


def _open_app(args: list[str], language: Language | None = None) -> int:
    meant = _mistyped_command(args[0]) if args else None
    if meant is not None:
        # The word may also be a file the user thought was there: say that it is not.
        print(
            f"factsheet: unknown command '{args[0]}'; did you mean '{meant}'? "
            f"(no file or folder is named '{args[0]}' either)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if len(args) > 1:
        print(
            "factsheet: one incident file or folder at a time "
            "(or a command: check, new, schema, export, list, search)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from factsheet.app import run_gui

    return run_gui(Path(args[0]) if args else None, language)


def check(files: Sequence[Path], *, quiet: bool = False) -> int:
    """Validate each file; print every located problem. 0 valid, 1 invalid, 2 unreadable."""
    from factsheet.loading import IncidentLoadError, read_incident
    from factsheet.loading.problems import printable_name

    status = EXIT_OK
    for file in files:
        try:
            loaded = read_incident(file)
        except IncidentLoadError as exc:
            shown = [p for p in exc.problems if not (quiet and p.severity == "warning")]
            _print_problems(shown, file)
            status = max(status, EXIT_USAGE if exc.unreadable else EXIT_INVALID)
            continue
        if quiet:  # errors only: nothing at all for a valid file
            continue
        _print_problems(loaded.warnings, file)
        summary = f"{printable_name(str(file))}: ok" + (
            f" ({counted(len(loaded.warnings), 'warning')})" if loaded.warnings else ""
        )
        print(summary, file=sys.stderr)
    return status


#: Problems printed per file: a file with 50,000 bad dates is fixed from its first ones, and
#: a terminal scrolled past 50,000 lines has lost them.
MAX_PROBLEMS_SHOWN = 100


def _print_problems(problems: Sequence[object], file: Path) -> None:
    """Each problem on its line, the first ``MAX_PROBLEMS_SHOWN``, then how many more."""
    from factsheet.loading.problems import printable_name

    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        print(problem)
    more = len(problems) - MAX_PROBLEMS_SHOWN
    if more > 0:
        noun = "problem" if more == 1 else "problems"
        print(f"… and {more:,} more {noun} in {printable_name(str(file))}")


def new(path: Path) -> int:
    """Write the template to ``path`` (.incident.yaml added to a name without .yaml or
    .yml, and said); 2 when it exists or cannot be written."""
    from factsheet.template import (
        ADDED_ENDING,
        NewIncidentError,
        incident_file_path,
        write_template,
    )

    named = incident_file_path(path)
    try:
        write_template(named)
    except NewIncidentError as exc:
        print(f"factsheet: {exc}", file=sys.stderr)
        return EXIT_USAGE
    added = (
        f" ({ADDED_ENDING} added: the library lists only .yaml and .yml files)"
        if named != path
        else ""
    )
    print(
        f"factsheet: wrote {named}{added}; fill it in, then: factsheet check {named}",
        file=sys.stderr,
    )
    return EXIT_OK


def export(
    source: Path,
    output: Path,
    paper: str | None,
    language: Language | None = None,
    *,
    full: bool = False,
) -> int:
    """Write the normalised JSON or the printed sheet as PDF, chosen by the output suffix:
    the brief, or with ``full`` the full dossier."""
    # Imported here, not above: `factsheet search` and `list` must not import the loader.
    from factsheet.batch_export import OutputFormat, refused_option, write_incident
    from factsheet.loading import IncidentLoadError, read_incident
    from factsheet.loading.problems import printable_name

    suffix = output.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        print(
            f"factsheet: cannot export to '{printable_name(output.name)}': expected an output "
            "ending in "
            f"{' or '.join(EXPORT_SUFFIXES)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    fmt: OutputFormat = "json" if suffix == ".json" else "pdf"
    refused = refused_option(fmt, paper=paper, language=language, full=full)
    if refused is not None:
        print(f"factsheet: {refused}", file=sys.stderr)
        return EXIT_USAGE
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        print(
            "factsheet: the output would overwrite the incident file; choose another name",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        loaded = read_incident(source)
    except IncidentLoadError as exc:
        for problem in exc.errors:
            print(problem, file=sys.stderr)
        return EXIT_USAGE if exc.unreadable else EXIT_INVALID
    try:
        write_incident(
            loaded,
            output,
            fmt,
            paper=paper,
            language=language or "en",
            variant="full" if full else "brief",
        )
    except OSError as exc:
        print(
            f"factsheet: cannot write {printable_name(str(output))}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except KeyboardInterrupt:
        # The temporary file is gone; stop as Ctrl+C stops a program, without a traceback.
        print(f"factsheet: interrupted; {printable_name(str(output))} not written", file=sys.stderr)
        stop_by(signal.SIGINT)
        raise  # pragma: no cover - where SIGINT does not stop the process
    # Written all the same (warnings do not stop a sheet), but the reader of a printed sheet
    # should not be the first to learn of them; stdout stays clean for scripts.
    for warning in loaded.warnings:
        print(warning, file=sys.stderr)
    if loaded.warnings:
        print(
            f"factsheet: wrote {printable_name(str(output))}; {printable_name(str(source))} "
            f"has {counted(len(loaded.warnings), 'warning')}",
            file=sys.stderr,
        )
    return EXIT_OK
