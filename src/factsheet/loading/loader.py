"""load_incident: bytes on disk to a validated Incident, or every problem, located."""

import gc
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from pydantic import ValidationError

from factsheet import FORMAT_VERSION
from factsheet.loading import yaml_reader
from factsheet.loading.cut_text import cut_text_warnings
from factsheet.loading.file_kind import binary_kind
from factsheet.loading.messages import describe_all
from factsheet.loading.problems import Path as DataPath
from factsheet.loading.problems import Problem, Severity, format_path, printable_name
from factsheet.loading.yaml_reader import Mark, YamlDocument, YamlSyntaxError, read_yaml
from factsheet.model.characters import may_hide_text
from factsheet.model.incident import FieldValueError, Incident
from factsheet.model.integrity import Finding, check_incident
from factsheet.special_files import kind_of

#: Larger files are refused before they are read: a 20,000-event incident is about 8 MB.
MAX_FILE_BYTES = 32 * 1024 * 1024

_TOP_KEYS = "format_version, incident, actors, sources, timeline, claims"


class IncidentLoadError(Exception):
    """The file could not be loaded; ``problems`` holds every error (and warning) found."""

    def __init__(self, file: str, problems: list[Problem], *, unreadable: bool = False) -> None:
        self.file = file
        self.problems = tuple(sorted(problems, key=lambda p: (p.line, p.column)))
        #: True when the file could not be read at all (missing, a folder, no permission)
        #: or is not YAML text (a PDF, an image, UTF-16): not an incident file to fix.
        self.unreadable = unreadable
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that stop the file from loading."""
        return tuple(p for p in self.problems if p.severity == "error")


@dataclass(frozen=True, slots=True)
class LoadedIncident:
    """A loaded incident with what the reader should know about the file it came from."""

    incident: Incident
    path: Path
    sha256: str
    size: int
    warnings: tuple[Problem, ...]


def load_incident(path: str | Path) -> Incident:
    """Load and validate an incident file; raise IncidentLoadError listing every error."""
    return read_incident(path).incident


def read_incident(path: str | Path) -> LoadedIncident:
    """Like load_incident, but also return the file's digest and the located warnings."""
    path = Path(path)
    data = _read_bytes(path)
    incident, warnings = parse_incident_bytes(data, str(path))
    return LoadedIncident(incident, path, hashlib.sha256(data).hexdigest(), len(data), warnings)


def _read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        refused = not_a_file(path)
        if refused is not None:
            raise refused
        with _open_regular_file(path) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise _unreadable(name, "expected a file; found a folder") from None
    except FileNotFoundError:
        raise _unreadable(name, "cannot read the file: it does not exist") from None
    except PermissionError:
        raise _unreadable(name, "cannot read the file: permission denied") from None
    except OSError as exc:
        raise _unreadable(name, f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        # Never read past the cap, so, like a binary file, not read as an incident at all.
        raise _unreadable(
            name,
            f"expected an incident file of at most {MAX_FILE_BYTES // (1024 * 1024)} MB "
            f"({MAX_FILE_BYTES:,} bytes); found {_size_of(path, len(data))}",
        )
    return data


def not_a_file(path: Path) -> IncidentLoadError | None:
    """The error for a path that is not a regular file (a pipe, a socket, a device, a folder).

    Asked before anything opens the path: opening a pipe to read waits for a writer, forever
    if there is none (issue 12: `check` hung, and so did the window). Cheap enough for the
    GUI thread. None for a regular file, and for a path that cannot be looked at (opening it
    then says why).
    """
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None
    kind = kind_of(mode)
    return None if kind is None else _unreadable(str(path), f"expected a file; found {kind}")


#: Opening never waits: a pipe put in the file's place after not_a_file looked is opened at
#: once (and refused), not waited on; a terminal does not become the controlling one.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def _open_regular_file(path: Path) -> BinaryIO:
    descriptor = os.open(path, _OPEN_FLAGS)
    stream = os.fdopen(descriptor, "rb")
    kind = kind_of(os.fstat(descriptor).st_mode)
    if kind is not None:
        stream.close()
        raise _unreadable(str(path), f"expected a file; found {kind}")
    return stream


def _size_of(path: Path, at_least: int) -> str:
    # In bytes as well: "at most 32 MB; found 32.0 MB" would read as a contradiction.
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size < at_least:  # a pipe, a device or a file that went away: we know what we read
        return f"more than {at_least - 1:,} bytes"
    return f"{size:,} bytes ({size / (1024 * 1024):.1f} MB)"


def _unreadable(name: str, message: str) -> IncidentLoadError:
    return IncidentLoadError(
        name, [Problem("error", name, 1, 1, "(file)", message)], unreadable=True
    )


def parse_incident_bytes(data: bytes, name: str) -> tuple[Incident, tuple[Problem, ...]]:
    """Validate the bytes of an incident file; return it with its located warnings."""
    with _collector_paused():
        return _parse(data, name)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep Python's cycle collector out of a load.

    A 20,000-event file makes about a million objects that live as long as the incident;
    the collector walks them again and again as they accumulate (1.8 s instead of 1.4 s
    for that file, docs/performance.md). Nothing on the load path makes reference cycles,
    so pausing loses nothing; the previous state is restored, so nesting is harmless.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse(data: bytes, name: str) -> tuple[Incident, tuple[Problem, ...]]:
    text = _decode(data, name)
    hidden = yaml_reader.hidden_line_breaks(text)
    if hidden:
        raise IncidentLoadError(
            name,
            [
                Problem("error", name, p.mark.line, p.mark.column, "(file)", p.message)
                for p in hidden
            ],
        )
    # Fast path: most files are valid and warning-free, and positions cost time and memory.
    # Only when something is wrong do we read again, keeping every value's line and column.
    # Only a file with an invisible character needs every text looked at for one.
    hides = may_hide_text(text)
    fast = _attempt(text, keep_marks=False, look_for_invisible=hides)
    if isinstance(fast, Incident):
        return fast, tuple(cut_text_warnings(text, name))
    if fast.doc is not None:
        export = _our_export(fast.doc.value)
        if export is not None:
            # JSON is YAML: read as an incident, the export's own keys are ~400 unknown ones.
            generator, source = export
            raise _unreadable(
                name,
                f"expected an incident file; found Factsheet's JSON export of one ({generator}), "
                f"which it writes but does not read — check the YAML file it was exported "
                f"from{f' ({source})' if source else ''}",
            )
    if fast.doc is None:
        # The reader stopped at a syntax error and said where: reading again with every
        # position kept would stop at the same place, at twice the cost (a 100,001-item
        # list takes seconds with the pure-Python parser).
        raise IncidentLoadError(name, [fast.locate(name, item) for item in fast.items])
    if fast.incident is not None and all(item.severity == "warning" for item in fast.items):
        # Valid with warnings: only their positions are missing, so read positions alone
        # rather than validating and checking the whole incident a second time.
        needed = frozenset(item.path[:end] for item in fast.items for end in range(len(item.path)))
        doc = yaml_reader.read_positions(text, needed)
        marks = _Failure(doc, fast.items)
        warnings = [marks.locate(name, item) for item in fast.items]
        warnings += cut_text_warnings(text, name)
        return fast.incident, tuple(sorted(warnings, key=lambda p: (p.line, p.column)))
    located = _attempt(text, keep_marks=True, look_for_invisible=hides)
    if not isinstance(located, _Failure):  # pragma: no cover - same text, same verdict
        raise TypeError("the located pass accepted what the fast pass refused")
    problems = [located.locate(name, item) for item in located.items]
    errors = [p for p in problems if p.severity == "error"]
    if errors or located.incident is None:
        raise IncidentLoadError(name, problems)
    warnings = sorted([*problems, *cut_text_warnings(text, name)], key=lambda p: (p.line, p.column))
    return located.incident, tuple(warnings)


class _Finding(NamedTuple):
    """One problem found on an attempt, before it has a line and column."""

    severity: Severity
    path: DataPath
    message: str
    #: Where it is, when the reader knew (syntax errors); else looked up by ``path``.
    mark: Mark | None = None
    #: Point at the key rather than its value (an unknown or misspelt key).
    at_key: bool = False


@dataclass(slots=True)
class _Failure:
    """What went wrong on one attempt, with the positions needed to locate it."""

    doc: YamlDocument | None
    items: list[_Finding]
    incident: Incident | None = None

    def locate(self, name: str, item: _Finding) -> Problem:
        mark = item.mark
        if mark is None and self.doc is not None:
            mark = _nearest_mark(self.doc, item.path, at_key=item.at_key)
        mark = mark or Mark(1, 1)
        return Problem(
            item.severity, name, mark.line, mark.column, format_path(item.path), item.message
        )


def _attempt(text: str, *, keep_marks: bool, look_for_invisible: bool) -> Incident | _Failure:
    try:
        doc = read_yaml(text, keep_marks=keep_marks)
    except YamlSyntaxError as exc:
        p = exc.problem
        return _Failure(None, [_Finding("error", p.path, p.message, p.mark)])
    items = [_Finding("error", p.path, p.message, p.mark) for p in doc.problems]
    shape = _top_level_problem(doc.value)
    if shape is not None:
        return _Failure(doc, [*items, _Finding("error", *shape)])
    try:
        incident = Incident.model_validate(doc.value)
    except ValidationError as exc:
        # A value the reader refused (a tag, a bad escape) reaches the model as null;
        # the reader's message says why, so the model's "found nothing" would be noise.
        refused = {p.path for p in doc.problems}
        for error, message in describe_all(exc.errors(include_url=False), Incident, doc.value):
            if _echo_of_item_errors(error):
                continue
            loc = tuple(error["loc"])
            cause = (error.get("ctx") or {}).get("error")
            if isinstance(cause, FieldValueError):
                loc = (*loc, cause.field)  # point at the key the check is about
            path = _data_path(doc.value, loc)
            at_key = error["type"] in ("extra_forbidden", "invalid_key")
            if path in refused and error.get("input") is None and not at_key:
                continue
            items.append(_Finding("error", path, message, at_key=at_key))
        return _Failure(doc, items)
    findings: list[Finding] = check_incident(incident, look_for_invisible=look_for_invisible)
    items += [_Finding(f.severity, f.path, f.message) for f in findings]
    if not items:
        return incident
    return _Failure(doc, items, incident)


def _echo_of_item_errors(error: Any) -> bool:
    """Pydantic adds 'too short' to a list whose items failed; only the items are wrong."""
    if error["type"] != "too_short":
        return False
    given = error.get("input")
    actual = (error.get("ctx") or {}).get("actual_length")
    return isinstance(given, list) and isinstance(actual, int) and actual < len(given)


def _our_export(value: Any) -> tuple[str, str] | None:
    """('Factsheet 0.9.0', the name of the file exported) when ``value`` is Factsheet's JSON
    export (json_export.py: its generator, file and key_figures keys), else None."""
    if not isinstance(value, dict):
        return None
    generator, file = value.get("generator"), value.get("file")
    if not (isinstance(generator, str) and generator.startswith("Factsheet ")):
        return None
    if not isinstance(file, dict) or "key_figures" not in value:
        return None
    source = file.get("name")
    shown = printable_name(source[:200]) if isinstance(source, str) else ""
    return printable_name(generator[:40]), shown


def _top_level_problem(value: Any) -> tuple[DataPath, str] | None:
    if value is None:
        return (), (
            f"expected a mapping with the keys {_TOP_KEYS}; "
            "found no data (the file is empty or holds only comments)"
        )
    if not isinstance(value, dict):
        kind = "a list" if isinstance(value, list) else f"a single value ({str(value)[:40]!r})"
        return (), f"expected a mapping with the keys {_TOP_KEYS} at the top; found {kind}"
    version = value.get("format_version")
    if "format_version" in value and (type(version) is not int or version != FORMAT_VERSION):
        return ("format_version",), _version_message(version)
    return None


def _version_message(version: Any) -> str:
    expected = f"expected format_version {FORMAT_VERSION} (the format this Factsheet reads)"
    if version == str(FORMAT_VERSION):
        return f"{expected}; found the text '{version}' — write it without quotes"
    if type(version) is int and version > FORMAT_VERSION:
        return f"{expected}; found {version}, a newer format — a newer Factsheet may read it"
    shown = repr(version)
    if len(shown) > 40:
        shown = shown[:40] + "…"
    return f"{expected}; found {shown}"


def _data_path(value: Any, loc: tuple[int | str, ...]) -> DataPath:
    """Pydantic's error location as a path into the data, skipping its internal tags."""
    path: list[str | int] = []
    current = value
    for part in loc:
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        if in_dict or in_list:
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and part.isidentifier():
            path.append(part)  # a missing or unknown key: name it, point at its parent
            current = None
            continue
        else:
            continue
        path.append(part)
    return tuple(path)


def _nearest_mark(doc: YamlDocument, path: DataPath, *, at_key: bool) -> Mark | None:
    if at_key and path in doc.key_marks:
        return doc.key_marks[path]
    for end in range(len(path), -1, -1):
        mark = doc.marks.get(path[:end])
        if mark is not None:
            return mark
    return None


def _decode(data: bytes, name: str) -> str:
    # A file that is not UTF-8 text as a whole (binary, UTF-16) is `unreadable`, as a
    # missing one is: `check` exits 2. A stray byte in a text file is a located slip (1).
    def fail(offset: int, message: str, *, unreadable: bool = True) -> IncidentLoadError:
        before = data[:offset].removeprefix(b"\xef\xbb\xbf")
        line = before.count(b"\n") + 1
        # Columns count characters, as YAML's own marks do, not bytes.
        line_start = before[before.rfind(b"\n") + 1 :]
        column = len(line_start.decode("utf-8", errors="replace")) + 1
        problem = Problem("error", name, line, column, "(file)", message)
        return IncidentLoadError(name, [problem], unreadable=unreadable)

    kind = binary_kind(data)
    if kind is not None:
        raise fail(0, f"expected a YAML text file; found {kind}")
    for bom, encoding in (
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\xfe\xff", "UTF-16"),
        (b"\xff\xfe", "UTF-16"),
    ):
        if data.startswith(bom):
            raise fail(0, f"expected UTF-8 text; found {encoding} (save the file as UTF-8)")
    nul = data.find(b"\x00")
    if nul >= 0:
        if _looks_like_utf16(data):
            raise fail(
                0,
                "expected UTF-8 text; found UTF-16 without a byte-order mark "
                "(save the file as UTF-8)",
            )
        raise fail(nul, "expected a YAML text file; found a NUL byte (a binary file?)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(
            exc.start,
            f"expected UTF-8 text; found the byte 0x{data[exc.start]:02X}, "
            "which is not UTF-8 (save the file as UTF-8)",
            unreadable=False,
        ) from None


def _looks_like_utf16(data: bytes) -> bool:
    """Latin text saved as UTF-16: every other byte of the start is NUL, the rest are not."""
    head = data[:64]
    even, odd = head[0::2], head[1::2]
    if len(odd) < 2:
        return False
    return (not odd.strip(b"\x00") and all(even)) or (not even.strip(b"\x00") and all(odd))
