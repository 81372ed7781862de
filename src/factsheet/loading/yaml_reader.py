"""Safe YAML reading: plain data only, bounded, duplicate keys refused, positions kept."""

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from factsheet.loading.problems import Path
from factsheet.loading.yaml_scalars import resolve_plain
from factsheet.loading.yaml_syntax import HALF_PAIR, escape_of_no_character, syntax_hint

# Why not yaml.safe_load: it builds nodes recursively in C (libyaml segfaults the whole
# process on deep nesting), lets duplicate keys win silently, applies YAML 1.1 typing
# (NO -> False, 1:30 -> 90, 2017-10-21 -> date) and raises ValueError & co. on some
# scalars. Instead we walk libyaml's event stream, which its parser produces without
# recursion, and build plain Python values ourselves in one loop with an explicit stack.


class PurePythonParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """PyYAML's own event parser, for installs without libyaml (ten times slower)."""

    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


# libyaml's parser lives in yaml._yaml (there is no yaml.CParser); its event stream is
# iterative too, so only node building, which we do not use, recurses.
try:
    from yaml._yaml import CParser as _LibyamlParser

    _make_parser: Any = _LibyamlParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _make_parser = PurePythonParser

MAX_DEPTH = 64
MAX_ALIASES = 10_000
#: Values that aliases add when expanded: stops "billion laughs" before validation
#: or export walks the shared structure and multiplies it.
MAX_EXPANDED_NODES = 100_000
#: Characters that aliases repeat, keys and text alike. One long text aliased 10,000 times
#: stays under both caps above, yet the JSON export became 200 MB and the PDF and the window
#: grew past 8 GB (issue 12): each use is printed in full. Without aliases a file cannot say
#: more than its own size (MAX_FILE_BYTES); with them it can say at most this much more.
MAX_EXPANDED_CHARS = 1_000_000
#: Items in one list. A 32 MB file (the size cap) could hold 16 million one-character items;
#: an incident of 20,000 events is large, and the timeline is its longest list.
MAX_LIST_ITEMS = 100_000
# Only PyYAML's pure-Python scanner lets "\\uD800" through; such text cannot be saved as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# YAML 1.1 merge keys are not part of YAML 1.2 and would hide where a value came from.
_MERGE_KEY = "<<"

_STD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    {
        None,
        "!",
        f"{_STD}str",
        f"{_STD}int",
        f"{_STD}float",
        f"{_STD}bool",
        f"{_STD}null",
        f"{_STD}seq",
        f"{_STD}map",
    }
)


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based line and column."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class YamlProblem:
    """A problem found while reading, before the data model sees anything."""

    mark: Mark
    path: Path
    message: str


class YamlSyntaxError(Exception):
    """The YAML cannot be read at all; holds the one located problem."""

    def __init__(self, problem: YamlProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(slots=True)
class YamlDocument:
    """The plain value of the first document, problems found, and positions if asked for."""

    value: Any
    problems: list[YamlProblem] = field(default_factory=list)
    #: Where each value starts, by path; only filled when positions were asked for.
    marks: dict[Path, Mark] = field(default_factory=dict)
    #: Where each mapping key starts, by the path of its value.
    key_marks: dict[Path, Mark] = field(default_factory=dict)


#: A parser's own 0-based mark; turned into a Mark only when a position is kept or reported,
#: which keeps the fast path (no positions) from building 400,000 of them for a large file.
RawMark = Any


def _as_mark(raw: RawMark) -> Mark:
    return raw if isinstance(raw, Mark) else Mark(raw.line + 1, raw.column + 1)


def _mark(event: Any) -> Mark:
    m = event.start_mark
    return Mark(m.line + 1, m.column + 1)


def _describe(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


def _shown_anchor(name: str) -> str:
    """An anchor's name for a message: libyaml allows 1,000-character names."""
    return name if len(name) <= 40 else name[:40] + "…"


class _Frame:
    """A mapping or sequence under construction."""

    __slots__ = ("anchor", "chars", "container", "key", "key_mark", "mark", "path", "size")

    def __init__(
        self, container: dict[Any, Any] | list[Any], path: Path, mark: RawMark, anchor: str | None
    ) -> None:
        self.container = container
        self.path = path
        self.mark = mark
        self.anchor = anchor
        self.key: Any = _NO_KEY
        self.key_mark = mark
        self.size = 1
        #: Characters of the keys and scalars inside, aliases expanded (what an alias repeats).
        self.chars = 0


_NO_KEY = object()
_MERGE = object()


class _Builder:
    """Turns the event stream into plain values, collecting problems as it goes."""

    def __init__(self, keep_marks: bool, marks_under: frozenset[Path] | None) -> None:
        self.doc = YamlDocument(value=None)
        self.keep_marks = keep_marks
        self.marks_under = marks_under
        self.stack: list[_Frame] = []
        #: Each anchor's value, with how many values and characters an alias of it repeats.
        self.anchors: dict[str, tuple[Any, int, int]] = {}
        self.aliases = 0
        self.expanded = 0
        self.expanded_chars = 0
        self.done = False

    def problem(self, mark: RawMark, path: Path, message: str) -> None:
        self.doc.problems.append(YamlProblem(_as_mark(mark), path, message))

    def fatal(self, mark: RawMark, path: Path, message: str) -> None:
        raise YamlSyntaxError(YamlProblem(_as_mark(mark), path, message))

    def child_path(self) -> Path:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        if top.key is _NO_KEY:
            return top.path  # this value is a key
        return (*top.path, top.key)

    def scalar(self, event: Any) -> None:
        mark = event.start_mark
        tag = event.tag
        if tag not in _ALLOWED_TAGS:
            self.problem(
                mark,
                self.child_path(),
                f"expected plain text, numbers, true/false, lists and mappings; "
                f"found the unsupported tag {tag}",
            )
            value: Any = None
        elif not event.style and tag is None:  # plain: None from PyYAML, "" from libyaml
            value = resolve_plain(event.value)
        else:
            value = self.tagged_scalar(event, mark)
            if event.style == '"' and isinstance(value, str) and _SURROGATE.search(value):
                self.problem(
                    mark,
                    self.child_path(),
                    f"expected text; found an escape for {HALF_PAIR} — write the character "
                    "itself, or the escape of the whole character",
                )
                value = None
        self.add(value, 1, len(event.value), mark, event.anchor, is_scalar=True)

    def tagged_scalar(self, event: Any, mark: RawMark) -> Any:
        tag, text = event.tag, event.value
        if tag in (None, "!", f"{_STD}str"):
            return text
        resolved = resolve_plain(text)
        expected = {
            f"{_STD}int": int,
            f"{_STD}float": float,
            f"{_STD}bool": bool,
            f"{_STD}null": type(None),
        }.get(tag)
        if expected is float and isinstance(resolved, int) and not isinstance(resolved, bool):
            return float(resolved)
        if expected is not None and type(resolved) is not expected:
            self.problem(
                mark,
                self.child_path(),
                f"expected a value of type {tag.removeprefix(_STD)}; found {_describe(text)}",
            )
            return None
        if expected is None:
            self.problem(mark, self.child_path(), f"expected a scalar; found tag {tag}")
            return None
        return resolved

    def add(
        self,
        value: Any,
        size: int,
        chars: int,
        mark: RawMark,
        anchor: str | None,
        *,
        is_scalar: bool,
    ) -> None:
        if anchor is not None:
            self.anchors[anchor] = (value, size, chars)
        if not self.stack:
            self.doc.value = value
            if self.keep_marks:
                self.doc.marks[()] = _as_mark(mark)
            return
        top = self.stack[-1]
        top.size += size
        top.chars += chars
        if isinstance(top.container, list):
            if len(top.container) >= MAX_LIST_ITEMS:
                self.fatal(
                    mark,
                    self.child_path(),
                    f"expected at most {MAX_LIST_ITEMS:,} items in a list; found more "
                    "(an incident of 20,000 events is large)",
                )
            if self.keep_marks and (self.marks_under is None or top.path in self.marks_under):
                self.doc.marks[(*top.path, len(top.container))] = _as_mark(mark)
            top.container.append(value)
            return
        if top.key is _NO_KEY:
            if not is_scalar or isinstance(value, (dict, list)):
                self.problem(mark, top.path, "expected a plain text key; found a list or mapping")
                at = _as_mark(mark)
                value = f"<complex key at {at.line}:{at.column}>"
            elif value is None or isinstance(value, (bool, float)):
                # `true:` or `~:` become the keys "true" and "". Integer keys stay integers
                # (benchmarks/fast_reader.py's equivalence depends on it); messages.py names
                # them.
                value = "" if value is None else str(value).lower()
            elif value == _MERGE_KEY:
                self.problem(
                    mark,
                    top.path,
                    "expected keys written out in full; found a merge key (<<), "
                    "which incident files do not support",
                )
                value = _MERGE
            top.key, top.key_mark = value, mark
            return
        key = top.key
        if key is _MERGE:  # already reported; its value is dropped
            top.key = _NO_KEY
            return
        path = (*top.path, key)
        if key in top.container:
            first = self.doc.key_marks.get(path)
            where = f" (first at line {first.line})" if first else ""  # only when located
            self.problem(
                top.key_mark,
                path,
                f"expected each key once in a mapping; found the key {_describe(str(key), 60)} "
                f"again{where}",
            )
        else:
            top.container[key] = value
            if self.keep_marks and (self.marks_under is None or top.path in self.marks_under):
                self.doc.marks[path] = _as_mark(mark)
                self.doc.key_marks[path] = _as_mark(top.key_mark)
        top.key = _NO_KEY

    def start(self, event: Any, container: dict[Any, Any] | list[Any]) -> None:
        mark = event.start_mark
        if event.tag not in _ALLOWED_TAGS:
            self.problem(
                mark,
                self.child_path(),
                f"expected plain lists and mappings; found the unsupported tag {event.tag}",
            )
        if len(self.stack) >= MAX_DEPTH:
            self.fatal(
                mark,
                (),  # the path would be MAX_DEPTH parts long; the line and column say where
                f"expected at most {MAX_DEPTH} levels of nesting; found deeper nesting "
                "(an incident file needs about six)",
            )
        self.stack.append(_Frame(container, self.child_path(), mark, event.anchor))

    def end(self) -> None:
        frame = self.stack.pop()
        if isinstance(frame.container, dict) and frame.key is not _NO_KEY:
            frame.container[frame.key] = None
        self.add(
            frame.container, frame.size, frame.chars, frame.mark, frame.anchor, is_scalar=False
        )

    def alias(self, event: Any) -> None:
        mark = event.start_mark
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            self.fatal(
                mark,
                self.child_path(),
                f"expected at most {MAX_ALIASES} aliases (*name); found more",
            )
        if event.anchor not in self.anchors:
            self.fatal(
                mark,
                self.child_path(),
                f"expected an alias of a value named earlier with &{event.anchor}; "
                f"found *{event.anchor}, which is not defined",
            )
        value, size, chars = self.anchors[event.anchor]
        self.expanded += size
        if self.expanded > MAX_EXPANDED_NODES:
            self.fatal(
                mark,
                self.child_path(),
                f"expected aliases to expand to at most {MAX_EXPANDED_NODES:,} values; "
                f"found more at *{_shown_anchor(event.anchor)} (an alias bomb?)",
            )
        self.expanded_chars += chars
        if self.expanded_chars > MAX_EXPANDED_CHARS:
            self.fatal(
                mark,
                self.child_path(),
                f"expected aliases to repeat at most {MAX_EXPANDED_CHARS:,} characters in all; "
                f"found more at *{_shown_anchor(event.anchor)} ({chars:,} characters each time)",
            )
        self.add(value, size, chars, mark, None, is_scalar=not isinstance(value, (dict, list)))


def read_yaml(text: str, *, keep_marks: bool) -> YamlDocument:
    """Read the first YAML document of ``text`` into plain values.

    With ``keep_marks``, record where each value and key starts.

    Raises YamlSyntaxError when the text is not YAML or breaks a limit; other problems
    (duplicate keys, unsupported tags) are collected in the result.
    """
    return _read(text, keep_marks, None)


def read_positions(text: str, under: frozenset[Path]) -> YamlDocument:
    """Like read_yaml with marks, but only for values directly inside the paths ``under``.

    A few warnings in a large file need a few positions, not 400,000.
    """
    return _read(text, True, under)


def _read(text: str, keep_marks: bool, marks_under: frozenset[Path] | None) -> YamlDocument:
    builder = _Builder(keep_marks, marks_under)
    parser: Any = None
    try:
        parser = _make_parser(text)  # PyYAML's reader checks the characters right here
        _run(parser, builder)
    except YamlSyntaxError:
        raise
    except yaml.reader.ReaderError:
        # Neither reader gives a line: libyaml counts bytes, PyYAML characters.
        raise YamlSyntaxError(_unprintable_problem(text)) from None
    except yaml.MarkedYAMLError as exc:
        hint = syntax_hint(text, exc, _make_parser)
        # No path: the scanner reads ahead of the values built so far, so the value being
        # built is not always where the text broke; the line and column are exact.
        where = Mark(hint.line, hint.column)
        raise YamlSyntaxError(YamlProblem(where, (), f"not valid YAML: {hint.message}")) from None
    except (
        yaml.YAMLError,
        ValueError,
        OverflowError,
        KeyError,
        AttributeError,
        RecursionError,
        MemoryError,
    ) as exc:
        # PyYAML's scanner raises these bare, e.g. chr() on the escape "\\UFFFFFFFF";
        # its reader still knows where it stopped.
        line, column = getattr(parser, "line", 0), getattr(parser, "column", 0)
        escape = escape_of_no_character(text, (line + 1, column + 1))
        if escape is not None:  # as libyaml's refusal of it is worded
            where, message = Mark(escape.line, escape.column), escape.message
        else:
            where, message = Mark(line + 1, column + 1), f"cannot read the value here ({exc})"
        raise YamlSyntaxError(YamlProblem(where, (), f"not valid YAML: {message}")) from None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose:
            dispose()
    return builder.doc


_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE


def first_unprintable(text: str) -> tuple[Mark, str] | None:
    """Where the first character YAML forbids is, and which one it is."""
    found = _NON_PRINTABLE.search(text)
    if found is None:
        return None
    index = found.start()
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return Mark(line, column), found.group()


#: Line breaks in YAML's eyes (libyaml follows YAML 1.1) that editors do not show as such,
#: or show as such only sometimes: libyaml counts each as a new line, so every line number
#: after one would be off by one, and the rest of a comment after one is read as data.
_HIDDEN_BREAKS = re.compile("[\u2028\u2029\x85]|\r(?!\n)")
_HIDDEN_BREAK_NAMES = {
    "\u2028": "U+2028 LINE SEPARATOR",
    "\u2029": "U+2029 PARAGRAPH SEPARATOR",
    "\x85": "U+0085 NEXT LINE (NEL)",
}
#: Each is reported where it is, up to this many; a file saved with old Mac line endings
#: has one on every line, and the first says what to do.
MAX_HIDDEN_BREAKS_SHOWN = 20


def hidden_line_breaks(text: str) -> list[YamlProblem]:
    """Every character YAML would take as a line break where an editor shows none.

    Located as an editor counts: lines end at LF (or CR LF) only.
    """
    # Plain substring scans: the pattern's own search takes 0.25 s on a 7.6 MB file.
    if not any(char in text for char in _HIDDEN_BREAK_NAMES) and text.count("\r") == text.count(
        "\r\n"
    ):
        return []
    problems: list[YamlProblem] = []
    for found in _HIDDEN_BREAKS.finditer(text):
        if len(problems) == MAX_HIDDEN_BREAKS_SHOWN:
            problems[-1] = YamlProblem(
                problems[-1].mark,
                (),
                problems[-1].message + " (and more like it further on)",
            )
            break
        index = found.start()
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        char = found.group()
        if char == "\r":
            message = (
                "expected line breaks written as LF or CR LF; found a carriage return (CR) "
                "without a line feed, an old Mac line ending, which YAML reads as a line break "
                "but not every editor shows — save the file with LF (Unix) or CR LF (Windows) "
                "line endings"
            )
        else:
            message = (
                f"expected line breaks written as LF or CR LF; found {_HIDDEN_BREAK_NAMES[char]}, "
                "which YAML reads as a line break but editors do not show — delete it (it comes "
                "with text pasted from web pages and word processors)"
            )
        problems.append(YamlProblem(Mark(line, column), (), message))
    return problems


def _unprintable_problem(text: str) -> YamlProblem:
    found = first_unprintable(text)
    if found is None:  # pragma: no cover - both readers use the same character classes
        return YamlProblem(Mark(1, 1), (), "expected printable text; found a control character")
    mark, char = found
    return YamlProblem(
        mark, (), f"expected printable text; found the control character U+{ord(char):04X}"
    )


def _run(parser: Any, builder: _Builder) -> None:
    scalar, alias = yaml.ScalarEvent, yaml.AliasEvent
    mstart, mend = yaml.MappingStartEvent, yaml.MappingEndEvent
    sstart, send = yaml.SequenceStartEvent, yaml.SequenceEndEvent
    dstart = yaml.DocumentStartEvent
    documents = 0
    while parser.check_event():
        event = parser.get_event()
        kind = type(event)
        if kind is scalar:
            builder.scalar(event)
        elif kind is mstart:
            builder.start(event, {})
        elif kind is sstart:
            builder.start(event, [])
        elif kind is mend or kind is send:
            builder.end()
        elif kind is alias:
            builder.alias(event)
        elif kind is dstart:
            documents += 1
            if documents > 1:
                builder.fatal(
                    _mark(event), (), "expected one YAML document; found a second one (---)"
                )
