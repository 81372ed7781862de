"""libyaml's syntax errors reworded for hand-editing slips, located where the slip is."""

# libyaml reports where its parser gave up, which for the common slips is often not where the
# writer went wrong: an unclosed quote is reported at the next quote, possibly 30 lines down;
# a key without ':' at the line after it. Each hint below looks at the text around libyaml's
# marks (its context mark names where the construct it was reading started) and says, in
# "expected …; found …" words, what to change. Anything not recognised keeps libyaml's own
# words, so no message is lost. Error path only: nothing here runs for a valid file.

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from factsheet.loading.pasted_characters import pasted_character, what_to_type

#: A block-mapping key and what follows it on its line: "  - outcome: killed" → "outcome".
_KEY_LINE = re.compile(r"\s*(?:-\s+)*(?P<key>[^\s:#'\"][^:#]*?):(?:\s|$)")
_WORD_THEN_TEXT = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_-]*)\s+(?P<rest>\S.*)")
_SHOWN = 50


@dataclass(frozen=True, slots=True)
class SyntaxHint:
    """Where to point (1-based) and what to say, without the 'not valid YAML: ' prefix."""

    line: int
    column: int
    message: str


class _Text:
    """The file's lines, for looking around a mark."""

    def __init__(self, text: str, parser_for: Callable[[str], Any]) -> None:
        self.text = text
        self.parser_for = parser_for
        self.lines = text.split("\n")

    def line(self, number: int) -> str:
        """The 1-based line, or '' past the end."""
        return self.lines[number - 1] if 0 < number <= len(self.lines) else ""

    def char_at(self, line: int, column: int) -> str:
        text = self.line(line)
        return text[column - 1] if 0 < column <= len(text) else ""

    def last_content_line(self) -> int:
        """The last line with something other than spaces or a comment (1 if none)."""
        return self.previous_content_line(len(self.lines) + 1) or 1

    def past_the_end(self, at: tuple[int, int]) -> bool:
        """True when ``at`` lies after the last thing written (where the text ran out)."""
        last = self.last_content_line()
        return at[0] > last or (at[0] == last and at[1] > len(self.line(last).rstrip()))

    def previous_content_line(self, number: int) -> int | None:
        """The nearest line above with something other than spaces or a comment."""
        for candidate in range(number - 1, 0, -1):
            stripped = self.line(candidate).strip()
            if stripped and not stripped.startswith("#"):
                return candidate
        return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _shorten(text: str) -> str:
    text = text.strip()
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _spaces(count: int) -> str:
    return "1 space" if count == 1 else f"{count} spaces"


def syntax_hint(
    text: str, exc: yaml.MarkedYAMLError, parser_for: Callable[[str], Any]
) -> SyntaxHint:
    """Say what went wrong in plain words, at the place to fix.

    ``parser_for`` makes an event parser for the text, to look again at what was read.
    """
    problem = exc.problem_mark or exc.context_mark
    at = (problem.line + 1, problem.column + 1) if problem else (1, 1)
    ctx = exc.context_mark
    context_at = (ctx.line + 1, ctx.column + 1) if ctx else None
    raw = " ".join(str(p) for p in (exc.context, exc.problem) if p)
    lines = _Text(text, parser_for)
    problem_words = _as_libyaml_words(str(exc.context or ""), str(exc.problem or ""))
    found = _recognise(lines, str(exc.context or ""), problem_words, at, context_at)
    hint = found if found is not None else SyntaxHint(*at, raw)
    if lines.past_the_end((hint.line, hint.column)):
        # libyaml reports a text that ends too soon on the line after its last one; point
        # at the end of the last line the user wrote instead.
        last = lines.last_content_line()
        return SyntaxHint(last, len(lines.line(last).rstrip()) + 1, hint.message)
    return hint


def _as_libyaml_words(context: str, problem: str) -> str:
    """PyYAML's pure-Python parser words some errors differently; recognise them alike."""
    if problem.startswith("expected <block end>, but found"):
        if "block mapping" in context:
            return "did not find expected key"
        if "block collection" in context:
            return "did not find expected '-' indicator"
    flow = re.fullmatch(r"expected ',' or '([\]}])', but got .*", problem)
    if flow:
        return f"did not find expected ',' or '{flow.group(1)}'"
    if re.fullmatch(r"found character .* that cannot start any token", problem):
        return "found character that cannot start any token"
    if problem == "expected the node content, but found '<stream end>'":
        return "did not find expected node content"
    return problem


def _recognise(
    lines: _Text,
    context: str,
    problem: str,
    at: tuple[int, int],
    context_at: tuple[int, int] | None,
) -> SyntaxHint | None:
    if lines.char_at(*at) == "\t":  # whatever libyaml was parsing, the tab is the slip
        return SyntaxHint(
            *at,
            "expected spaces; found a tab, which YAML does not allow here "
            "(a tab: indent with spaces only)",
        )
    pasted = _pasted_in_structure(lines, at)
    if pasted is not None:
        return pasted
    # libyaml says "… in this context", PyYAML's pure-Python parser "… here".
    if problem.startswith("mapping values are not allowed"):
        return (
            _colon_in_text(lines, at)
            or _over_indented(lines, at)
            or _colon_missing_above(lines, at)
        )
    if "found character that cannot start any token" in problem:
        char = lines.char_at(*at)
        if char in ("@", "`", "%"):
            return SyntaxHint(
                *at,
                f"expected a value; found {char!r}, which cannot start unquoted text — "
                "put the value in quotes",
            )
    if context_at is None:
        return None
    if re.fullmatch("while scanning an? (alias|anchor)", context):
        sign = lines.char_at(*context_at)
        what = "an alias (a reference to &name)" if sign == "*" else "an anchor (&name)"
        return SyntaxHint(
            *context_at,
            f"expected a value; found {sign!r}, which starts {what} — "
            f"put text that begins with {sign} in quotes",
        )
    if "quoted scalar" in context and "unexpected end of stream" in problem:
        quote = lines.char_at(*context_at) or '"'
        return SyntaxHint(
            *context_at,
            f"a quoted text opened at {context_at[0]}:{context_at[1]} is never closed: "
            f"expected a closing {quote}; found the end of the file — add the closing {quote}",
        )
    if "quoted scalar" in context and "invalid Unicode character escape code" in problem:
        return _not_a_character(lines, at)
    if "quoted scalar" in context and "unknown escape character" in problem:
        return SyntaxHint(
            *at,
            f"{problem} — inside double quotes a backslash starts an escape such as \\n: "
            "write \\\\ for a backslash, or use single quotes",
        )
    if problem == "could not find expected ':'" and "simple key" in context:
        return _missing_colon(lines, context_at)
    if problem == "did not find expected '-' indicator":
        return _list_item_indent(lines, at, context_at)
    if problem == "did not find expected key" and "block mapping" in context:
        return (
            _after_quote(lines, at)
            or _under_indented(lines, at, context_at)
            or _not_a_key(lines, at, context_at)
        )
    flow = re.fullmatch(r"did not find expected ',' or '([\]}])'", problem)
    if flow:
        closer = flow.group(1)
        opener = "[" if closer == "]" else "{"
        return _never_closed(lines, opener, context_at, f"',' or '{closer}'", at)
    if problem == "did not find expected node content" and lines.past_the_end(at):
        # After a ',' or ':' the text ran out: libyaml names neither the bracket nor a line.
        unclosed = _innermost_open_flow(lines)
        if unclosed is not None:
            opener, opened_at = unclosed
            closer = "]" if opener == "[" else "}"
            return _never_closed(lines, opener, opened_at, f"a value, then ',' or '{closer}'", at)
    return None


#: Where a line's structure ends: its key's ':' and the character after it, or the first
#: quote, comment or bracket (what follows is a value, where such characters may be text).
_STRUCTURE_END = re.compile(r":|['\"#\[{]")


def _pasted_in_structure(lines: _Text, at: tuple[int, int]) -> SyntaxHint | None:
    """A no-break space or an invisible character in an indent, a key or right after its ':'.

    libyaml takes it for text, and reports the line after it ("0 spaces"), or a key without
    ':'; the writer sees an ordinary space, or nothing. Looked for on the line libyaml
    stopped at and on the one above it, in file order.
    """
    above = lines.previous_content_line(at[0])
    for number in (above, at[0]):
        if number is None:
            continue
        line = lines.line(number)
        end = _STRUCTURE_END.search(line)
        structure = line if end is None else line[: end.end() + (end.group() == ":")]
        index = pasted_character(structure)
        if index is not None:
            char = line[index]
            return SyntaxHint(
                number,
                index + 1,
                "expected an ordinary space or nothing; found "
                + what_to_type(char, f" at {number}:{index + 1}"),
            )
    return None


#: What a \\uD800–\\uDFFF escape is, as libyaml's refusal and the pure-Python reader's
#: check (yaml_reader) both say it.
HALF_PAIR = "half of a UTF-16 pair (\\uD800–\\uDFFF), which is not a character on its own"
_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")


def escape_of_no_character(text: str, at: tuple[int, int]) -> SyntaxHint | None:
    """The hint for an escape of no character around ``at`` (1-based), if there is one: the
    pure-Python reader fails on `"\\UFFFFFFFF"` inside chr(), with no YAML error at all."""
    return _not_a_character(_Text(text, lambda _text: None), at)


def _not_a_character(lines: _Text, at: tuple[int, int]) -> SyntaxHint | None:
    """`"\\ud800 Killings"`: an escape of a number that is no character (a lone surrogate
    half, or past U+10FFFF). libyaml points inside it; point at its backslash."""
    line = lines.line(at[0])
    found = [m for m in _ESCAPE.finditer(line) if m.start() < at[1] - 1 < m.end()]
    if not found:
        found = [m for m in _ESCAPE.finditer(line) if m.end() <= at[1]][-1:]
    if not found:
        return None
    escape = found[0]
    code = int(escape.group()[2:], 16)
    if 0xD800 <= code <= 0xDFFF:
        what = HALF_PAIR
    elif code > 0x10FFFF:
        what = "past the last character, U+10FFFF"
    else:
        return None
    return SyntaxHint(
        at[0],
        escape.start() + 1,
        f"expected a \\u escape of a character (such as \\u00e9 for é, or \\U0001F600 past "
        f"U+FFFF); found {escape.group()} at {at[0]}:{escape.start() + 1}, {what} — write "
        "the character itself, or the escape of the whole character",
    )


def _never_closed(
    lines: _Text, opener: str, opened_at: tuple[int, int], expected: str, at: tuple[int, int]
) -> SyntaxHint:
    closer = "]" if opener == "[" else "}"
    if lines.past_the_end(at):
        found = f"the end of the file after line {lines.last_content_line()}"
    else:
        reached = lines.line(at[0]).strip()
        found = f"{_shorten(reached)!r} at line {at[0]}"
    return SyntaxHint(
        *opened_at,
        f"the {opener} opened at {opened_at[0]}:{opened_at[1]} is never closed: "
        f"expected {expected}; found {found} — add the closing {closer}",
    )


def _innermost_open_flow(lines: _Text) -> tuple[str, tuple[int, int]] | None:
    """The [ or { still open where the parser stopped, and where it opened (error path)."""
    open_collections: list[tuple[str, tuple[int, int]] | None] = []
    starts = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    ends = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    for event in _events_until_the_error(lines):
        if isinstance(event, starts):
            mark: Any = event.start_mark  # always set on parsed events
            sign = "[" if isinstance(event, yaml.SequenceStartEvent) else "{"
            flow = (sign, (mark.line + 1, mark.column + 1)) if event.flow_style else None
            open_collections.append(flow)
        elif isinstance(event, ends) and open_collections:
            open_collections.pop()
    return next((item for item in reversed(open_collections) if item is not None), None)


def _events_until_the_error(lines: _Text) -> Iterator[Any]:
    """The parser's events up to where it stops (the text read again: error path only)."""
    parser = lines.parser_for(lines.text)
    try:
        while parser.check_event():
            yield parser.get_event()
    except yaml.YAMLError:
        return
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose:
            dispose()


def _colon_in_text(lines: _Text, at: tuple[int, int]) -> SyntaxHint | None:
    """`text: Daesh militants: first seized …`: a second ': ' inside unquoted text."""
    line = lines.line(at[0])
    key = _KEY_LINE.match(line)
    if key is None or key.end() > at[1] - 1 or lines.char_at(*at) != ":":
        return None
    value = line[key.end() :].strip()
    # Text that holds a double quote goes in single quotes, where only ' needs doubling.
    quoted = "'" + value.replace("'", "''") + "'" if '"' in value else f'"{value}"'
    return SyntaxHint(
        *at,
        f"expected one ': ' (after the key {key.group('key')!r}); found another inside the "
        f"unquoted text — put the text in quotes: {key.group('key')}: {_shorten(quoted)}",
    )


def _over_indented(lines: _Text, at: tuple[int, int]) -> SyntaxHint | None:
    """A key indented further than the line above it reads as more of that line's text."""
    line = lines.line(at[0])
    above = lines.previous_content_line(at[0])
    key = _KEY_LINE.match(line)
    if above is None or key is None:
        return None
    mine, theirs = _indent(line), _indent(lines.line(above))
    if mine <= theirs:
        return None
    return SyntaxHint(
        at[0],
        mine + 1,
        f"expected {key.group('key')!r} lined up with the key above it ({_spaces(theirs)}, "
        f"line {above}); found it indented {_spaces(mine)}, so it reads as more of the "
        f"text on line {above} — indent it like the line above",
    )


def _colon_missing_above(lines: _Text, at: tuple[int, int]) -> SyntaxHint | None:
    """`outcome killed` above a key at its indent: the two lines read as one long key."""
    above = lines.previous_content_line(at[0])
    if above is None:
        return None
    text, mine = lines.line(above), _indent(lines.line(at[0]))
    if _indent(text) != mine or _KEY_LINE.match(text) or text.lstrip().startswith("-"):
        return None
    return _missing_colon(lines, (above, mine + 1))


def _missing_colon(lines: _Text, context_at: tuple[int, int]) -> SyntaxHint:
    written = lines.line(context_at[0])[context_at[1] - 1 :].strip()
    fix = "add ':' after the key"
    words = _WORD_THEN_TEXT.fullmatch(written)
    if words:
        fix = f"write {_shorten(words.group('key') + ': ' + words.group('rest'))}"
    return SyntaxHint(
        *context_at,
        f"expected a key followed by ':'; found {_shorten(written)!r} without one — {fix}",
    )


def _list_item_indent(
    lines: _Text, at: tuple[int, int], context_at: tuple[int, int]
) -> SyntaxHint | None:
    """A line inside a list item at the wrong indent, or a key after list items."""
    dash = context_at[1] - 1
    # libyaml's context mark is the list's first item; the slip is in the item around it.
    item_line = next(
        (
            number
            for number in range(at[0] - 1, context_at[0], -1)
            if _indent(lines.line(number)) == dash and lines.line(number)[dash:].startswith("-")
        ),
        context_at[0],
    )
    item = lines.line(item_line)
    after_dash = item[dash + 1 :]
    key_indent = dash + 1 + _indent(after_dash)
    mine = _indent(lines.line(at[0]))
    written = _shorten(lines.line(at[0]))
    if mine == dash:
        return SyntaxHint(
            *at,
            f"expected another list item starting with '-', as on line {item_line}; "
            f"found {written!r} at the same indent — a key cannot follow list items there",
        )
    if dash < mine < key_indent and after_dash.strip():
        return SyntaxHint(
            *at,
            f"expected a line lined up with the keys of the list item on line "
            f"{item_line} ({_spaces(key_indent)}) or a new item starting with '-'; "
            f"found {written!r} indented {_spaces(mine)}",
        )
    return None


def _after_quote(lines: _Text, at: tuple[int, int]) -> SyntaxHint | None:
    """Text after a closing quote: an unclosed quote far above, or a quote inside quotes."""
    quoted = _last_scalar_before(lines, at)
    if quoted is None or quoted.style not in ('"', "'"):
        return None
    start, end = quoted.start_mark, quoted.end_mark
    if end.line + 1 != at[0]:
        return None
    quote = quoted.style
    opened = f"{start.line + 1}:{start.column + 1}"
    # Quoted text may span lines; it is an unclosed quote when it swallowed lines that
    # read as keys, such as the "title_ar:" after an unclosed title.
    swallowed = range(start.line + 2, end.line + 2)
    if any(_KEY_LINE.match(lines.line(number)) for number in swallowed):
        return SyntaxHint(
            start.line + 1,
            start.column + 1,
            f"a quoted text opened at {opened} is never closed on its line: expected a "
            f"closing {quote} on line {start.line + 1}; found the next {quote} only at "
            f"{end.line + 1}:{end.column} — add the closing {quote} on line {start.line + 1}",
        )
    inside = (
        "write a ' inside '…' as '' (it''s), or use double quotes"
        if quote == "'"
        else 'write a " inside "…" as \\", or use single quotes'
    )
    return SyntaxHint(
        *at,
        f"expected the value to end at its closing {quote} ({end.line + 1}:{end.column}); "
        f"found more text after it — {inside}",
    )


def _under_indented(
    lines: _Text, at: tuple[int, int], context_at: tuple[int, int]
) -> SyntaxHint | None:
    """A key indented less than the keys beside it but more than the mapping around them."""
    mine = _indent(lines.line(at[0]))
    outer = context_at[1] - 1
    above = lines.previous_content_line(at[0])
    if above is None or not outer < mine:
        return None
    theirs = _indent(lines.line(above))
    if mine >= theirs:
        return None
    return SyntaxHint(
        *at,
        f"expected a key lined up with the keys above it ({_spaces(theirs)}, line {above}) "
        f"or with the one on line {context_at[0]} ({_spaces(outer)}); "
        f"found {_shorten(lines.line(at[0]))!r} indented {_spaces(mine)}",
    )


def _not_a_key(lines: _Text, at: tuple[int, int], context_at: tuple[int, int]) -> SyntaxHint | None:
    """Where a mapping wants its next key: a list item, or a key indented too far."""
    line = lines.line(at[0])
    if _indent(line) != at[1] - 1:
        return None  # libyaml stopped inside the line: something else is wrong there
    written = _shorten(line)
    if line.lstrip().startswith("- ") or line.strip() == "-":
        return SyntaxHint(
            *at,
            f"expected a key here, as in the mapping from line {context_at[0]}; found the "
            f"list item {written!r} — a list goes under a key of its own, indented below it",
        )
    above = lines.previous_content_line(at[0])
    key = _KEY_LINE.match(line)
    if above is None or key is None or _indent(line) <= _indent(lines.line(above)):
        return None
    theirs = _indent(lines.line(above))
    return SyntaxHint(
        at[0],
        _indent(line) + 1,
        f"expected {key.group('key')!r} lined up with the key above it ({_spaces(theirs)}, "
        f"line {above}); found it indented {_spaces(_indent(line))} — indent it like the "
        "line above",
    )


def _last_scalar_before(lines: _Text, at: tuple[int, int]) -> Any:
    """The last scalar the parser read before it stopped (read again: error path only)."""
    last: Any = None
    for event in _events_until_the_error(lines):
        if isinstance(event, yaml.ScalarEvent):
            last = event
    if last is not None and (last.end_mark.line + 1, last.end_mark.column + 1) > at:
        return None
    return last
