"""The command line: check, schema, export, list, search; with no verb, the desktop app. No Qt."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from factsheet import FORMAT_VERSION, __version__, cli_library

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
VERBS = ("check", "schema", "export", "list", "search")
EXPORT_SUFFIXES = (".json", ".pdf")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factsheet",
        description="Read incident files offline and print fact sheets from them. "
        "Without a command, opens the desktop app (on FILE, on a folder's library, "
        "the last incident, or the sample).",
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
    cli_library.add_export_options(export)
    cli_library.add_commands(verbs)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in VERBS and not args_list[0].startswith("-")):
        return _open_app(args_list)
    try:
        args = _parser().parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code or 0)
    if args.verb == "check":
        return check(args.files, quiet=args.quiet)
    if args.verb == "schema":
        from factsheet.schema import schema_text

        sys.stdout.write(schema_text())
        return EXIT_OK
    if args.verb == "export":
        if cli_library.is_batch_export(args.files, args.output, args.format):
            return cli_library.export_many(args.files, args.output, args.format, args.paper)
        return export(args.files[0], args.output, args.paper)
    if args.verb in cli_library.COMMANDS:
        return cli_library.run(args)
    _parser().print_help()
    return EXIT_USAGE


def _open_app(args: list[str]) -> int:
    if len(args) > 1:
        print(
            "factsheet: one incident file or folder at a time "
            "(or a command: check, schema, export, list, search)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from factsheet.app import run_gui

    return run_gui(Path(args[0]) if args else None)


def check(files: Sequence[Path], *, quiet: bool = False) -> int:
    """Validate each file; print every located problem. 0 valid, 1 invalid, 2 unreadable."""
    from factsheet.loading import IncidentLoadError, read_incident

    status = EXIT_OK
    for file in files:
        try:
            loaded = read_incident(file)
        except IncidentLoadError as exc:
            for problem in exc.problems:
                if not (quiet and problem.severity == "warning"):
                    print(problem)
            status = max(status, EXIT_USAGE if exc.unreadable else EXIT_INVALID)
            continue
        if not quiet:
            for warning in loaded.warnings:
                print(warning)
        summary = f"{file}: ok" + (
            f" ({len(loaded.warnings)} warning(s))" if loaded.warnings else ""
        )
        print(summary, file=sys.stderr)
    return status


def export(source: Path, output: Path, paper: str | None) -> int:
    """Write the normalised JSON or the printed sheet as PDF, chosen by the output suffix."""
    from factsheet.loading import IncidentLoadError, read_incident

    suffix = output.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        print(
            f"factsheet: cannot export to '{output.name}': expected an output ending in "
            f"{' or '.join(EXPORT_SUFFIXES)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if paper is not None and suffix != ".pdf":
        print("factsheet: --paper applies to .pdf output only", file=sys.stderr)
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
        if suffix == ".json":
            from factsheet.json_export import write_json_file

            write_json_file(loaded, output)
        else:
            from factsheet.rendering.pdf import export_pdf

            export_pdf(loaded, output, paper=paper)
    except OSError as exc:
        print(f"factsheet: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    # Written all the same (warnings do not stop a sheet), but the reader of a printed sheet
    # should not be the first to learn of them; stdout stays clean for scripts.
    for warning in loaded.warnings:
        print(warning, file=sys.stderr)
    if loaded.warnings:
        print(
            f"factsheet: wrote {output}; {source} has {len(loaded.warnings)} warning(s)",
            file=sys.stderr,
        )
    return EXIT_OK
