"""Fast path for valid files: yaml-rs parses, guarded so its result equals yaml_reader's."""

# yaml_reader walks libyaml's events in Python: safe, located, and about 1.4 s for a 20,000-event
# file on a 2-core machine. yaml-rs (Rust) builds the same plain values in about 0.25 s, but it
# types and bounds scalars its own way. So read_plain() uses it only where the result is known to be
# what read_yaml(text, keep_marks=False).value gives, and raises FastPathUnavailableError otherwise;
# the loader then reads with yaml_reader as before. Every guard below errs towards falling back:
# a false alarm costs time, never correctness.
#
# What yaml-rs does differently, and the guard for each (tests/loading/test_fast_reader.py):
# - numbers: 012, 0o17, 0x1F, 0b101, 1_000 and even _0 become ints, where yaml_reader keeps
#   text (a date_wording of 012 must not turn into "12"); +12345678901234567890 loses its
#   sign once pydantic makes text of it; .inf/.nan case variants. Guard: a scan for plain
#   scalars of these shapes.
# - an empty block scalar ("note: |" and nothing under it) is "\n" to yaml-rs, "" to libyaml.
#   Guard: a block scalar with no more-indented line under it, or with keep chomping (|+).
# - "?x" in flow style is a key to libyaml, text to yaml-rs. Guard: ? before a non-blank.
# - what yaml_reader flags rather than reads: merge keys (<<), escapes for half a UTF-16 pair
#   ("\uD800"), control characters. Guard: any of them.
# - aliases: its limits are not ours (10,000 aliases, 100,000 expanded values). Guard: any
#   *name or &name (an anchor also lets "&a 012" hide a number from the scan).
# - tags (!!str, !custom) are applied or dropped silently. Guard: any !.
# - directives (%YAML 1.1) and several documents. Guard: any % at a line start, and a result
#   that is not one mapping.
# - nesting: yaml-rs recurses, and a file nested tens of thousands of levels deep crashes the
#   whole process (segmentation fault), as libyaml's own constructor does. Flow nesting stops at
#   256 in yaml-rs; block nesting is bounded here by indentation (under 64 columns) and by runs of
#   compact "- - -" or "? ?" indicators (under 16), which keeps depth in the low hundreds.
# - duplicate keys: refused (DuplicateKeyPolicy.Error), as yaml_reader refuses them.
# - mapping keys that are not text (1:, true:, ~:, ? [a]) come back typed, where yaml_reader
#   makes them text ("1", "true", ""). No valid incident has such a key, and pydantic refuses
#   a non-text key in every mapping of the format, so the loader falls back to yaml_reader for
#   those files anyway. (Checking every mapping would cost half as much as the parse itself.)

import itertools
import re
import threading
from typing import Any

from factsheet.loading.yaml_reader import YamlDocument, first_unprintable, read_yaml

MAX_INDENT = 64
MAX_COMPACT_RUN = 16

# The scans run over the whole text before every fast read, so each one starts with a literal
# character (Python's re then skips ahead at C speed): 20 ms in all for a 7.6 MB file, where
# one pattern that starts by looking behind for "a scalar starts here" took 300 ms.
_LEADING_ZERO = re.compile(
    r"""0(?:(?<=[ \t\r\n\[{,]0)|(?<=[ \t\r\n\[{,][-+]0)|(?<=["'\]}]:0))[0-9_xXoObB]"""
)
_UNDERSCORE_IN_NUMBER = re.compile(r"_(?:(?<=[0-9._+-]_)|(?=[0-9._]))")
_NUMBER_LIKE = frozenset("0123456789_+-.eExXoObBaAcCdDfF")
_SIGNED_LONG_NUMBER = re.compile(r"\+[0-9]{19}")
_INF_NAN = re.compile(r"\.(?:inf|nan)", re.IGNORECASE)
_COMPACT_RUNS = (
    re.compile(r"-[ \t]+(?:[-?][ \t]+){%d}" % (MAX_COMPACT_RUN - 1)),  # noqa: UP031 - regex
    re.compile(r"\?[ \t]+(?:[-?][ \t]+){%d}" % (MAX_COMPACT_RUN - 1)),  # noqa: UP031 - regex
)
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F]")
_BLOCK_HEADER = re.compile(r"[|>][-+1-9]{0,2}[ \t]*(?:#[^\n]*)?(?=\r?\n|$)")
_BLANK = ("", " ", "\t", "\r", "\n")
_TOKEN_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ._+-")


class FastPathUnavailableError(Exception):
    """The fast reader cannot promise yaml_reader's result for this text; use yaml_reader."""


def read_plain(text: str) -> Any:
    """The plain value of ``text``, equal to ``read_yaml(text, keep_marks=False).value``.

    Raises FastPathUnavailableError when it cannot guarantee that (yaml-rs is missing, the text
    uses a feature the guards send to yaml_reader, or yaml-rs refuses it), and also for text
    that yaml_reader would flag: duplicate keys, tags, or anything but one mapping at the top.
    """
    try:
        import yaml_rs  # noqa: F401 - fail early and once when it is missing
    except ImportError:
        raise FastPathUnavailableError("yaml-rs is not installed") from None
    reason = _unsafe_feature(text)
    if reason is not None:
        raise FastPathUnavailableError(reason)
    value = _read_in_pieces(text) if len(text) > PIECE_CHARS else _loads(text)
    if type(value) is not dict:
        raise FastPathUnavailableError("expected one mapping at the top")
    return value


# yaml-rs holds the GIL for its whole call: 0.25 s for 7.6 MB, and a GUI thread waiting for
# it cannot paint (the loader runs on a worker thread). So a large text is read in pieces of
# about 200,000 characters (~20 ms each), and the GUI thread gets the GIL between them: the
# top-level keys one by one, and a long block sequence under one of them (the timeline) some
# hundred items at a time. Block structure makes each piece a YAML text of its own; where the
# cut could fall inside a multi-line quoted or flow value, that piece is left unterminated,
# yaml-rs refuses it, and the whole text falls back to yaml_reader.
PIECE_CHARS = 200_000
# yaml-rs recurses about 1 KB of stack per level of nesting. The guards keep nesting to a few
# hundred levels, but the caller's thread may have little stack: 512 KB for a worker thread on
# macOS, and a 128 KB thread crashed here at 286 levels. So yaml-rs runs on a thread of its own
# with 32 MB of stack (address space; only what is touched is committed).
_STACK_BYTES = 32 * 1024 * 1024
_TOP_LEVEL_KEY = re.compile(r"\n(?=[^\s#\-?:])")
_FIRST_ITEM = re.compile(r"\n( *)-(?=[ \r\n])")


def _read_in_pieces(text: str) -> Any:
    if text.startswith(("---", "...")) or "\n---" in text or "\n..." in text:
        return _loads(text)  # documents: let yaml-rs see them whole and say what they hold
    starts = [0, *(m.end() for m in _TOP_LEVEL_KEY.finditer(text)), len(text)]
    result: dict[Any, Any] = {}
    for start, end in itertools.pairwise(starts):
        piece = text[start:end]
        value = _read_entry(piece) if len(piece) > PIECE_CHARS else _loads(piece)
        if value is None:
            continue  # comments only
        if type(value) is not dict:
            raise FastPathUnavailableError("expected one mapping at the top")
        for key, item in value.items():
            if key in result:
                raise FastPathUnavailableError(f"duplicate top-level key {key!r}")
            result[key] = item
    return result


def _read_entry(piece: str) -> Any:
    """One top-level key; a block sequence under it is read a few hundred items at a time."""
    first = _FIRST_ITEM.search(piece)
    if first is None:
        return _loads(piece)
    head = _loads(piece[: first.start() + 1])
    if type(head) is not dict or len(head) != 1 or next(iter(head.values())) is not None:
        return _loads(piece)  # not "key:" then a sequence: read it whole
    item_start = re.compile("\n" + re.escape(first.group(1)) + r"-(?=[ \r\n])")
    items: list[Any] = []
    cut = first.start() + 1
    for boundary in item_start.finditer(piece, cut):
        if boundary.start() + 1 - cut >= PIECE_CHARS:
            items += _sequence(piece[cut : boundary.start() + 1])
            cut = boundary.start() + 1
    items += _sequence(piece[cut:])
    return {next(iter(head)): items}


def _sequence(part: str) -> list[Any]:
    value = _loads(part)
    if type(value) is not list:
        raise FastPathUnavailableError("expected the rest of a block sequence")
    return value


def _loads(text: str) -> Any:
    """yaml-rs on ``text``, on a thread of its own with a large stack (see _STACK_BYTES)."""
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = _loads_here(text)
        except BaseException as exc:  # noqa: BLE001 - handed to the calling thread below
            outcome["error"] = exc

    previous = threading.stack_size(_STACK_BYTES)
    try:
        thread = threading.Thread(target=work, name="factsheet-yaml-rs", daemon=True)
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _loads_here(text: str) -> Any:
    """yaml-rs on ``text``: duplicate keys refused, dates left as text; any failure refused."""
    import yaml_rs

    try:
        return yaml_rs.loads(
            text,
            parse_datetime=False,
            duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.Error,
        )
    except (ValueError, TypeError, OverflowError, RecursionError, MemoryError) as exc:
        raise FastPathUnavailableError(f"yaml-rs refused the text: {exc}") from None
    except BaseException as exc:
        # A Rust panic surfaces as pyo3's PanicException, a BaseException: fall back on it,
        # but let KeyboardInterrupt and SystemExit through.
        if type(exc).__name__ == "PanicException":
            raise FastPathUnavailableError(f"yaml-rs failed: {exc}") from None
        raise


def read_document(text: str, *, keep_marks: bool) -> YamlDocument:
    """read_yaml with the fast path: the loader's first, position-free pass calls this.

    Without marks, yaml-rs reads when read_plain can promise read_yaml's value; otherwise,
    and always when marks are wanted (the located pass after a failure), read_yaml reads.
    """
    if not keep_marks:
        try:
            return YamlDocument(value=read_plain(text))
        except FastPathUnavailableError:
            pass
    return read_yaml(text, keep_marks=keep_marks)


def _unsafe_feature(text: str) -> str | None:
    """Why yaml-rs might not give yaml_reader's result for ``text``, or None."""
    for zero in _LEADING_ZERO.finditer(text):
        if _starts_scalar(text, _token_start(text, zero.start())):
            return f"a number with a leading zero or a base prefix ({zero.group()}…)"
    for underscore in _UNDERSCORE_IN_NUMBER.finditer(text):
        start = _token_start(text, underscore.start())
        end = _token_end(text, underscore.start())
        token = text[start:end]
        if _starts_scalar(text, start) and set(token) <= _NUMBER_LIKE:
            return f"a number with underscores ({token[:20]})"
    if _SIGNED_LONG_NUMBER.search(text) or _INF_NAN.search(text):
        return "a signed number of 19 digits or more, or .inf/.nan"
    for mark in "!&*?":
        at = text.find(mark)
        while at >= 0:
            followed = text[at + 1 : at + 2]
            if _starts_scalar(text, at) and (mark == "!" or followed not in _BLANK):
                return f"a tag, anchor, alias or ?key ({mark}{followed})"
            at = text.find(mark, at + 1)
    for indicator in "|>":
        at = text.find(indicator)
        while at >= 0:
            header = _BLOCK_HEADER.match(text, at)
            unsafe = header and ("+" in header.group() or not _has_block_content(text, header))
            if unsafe and _starts_scalar(text, at):
                return "an empty block scalar, or one that keeps trailing lines (|+)"
            at = text.find(indicator, at + 1)
    if "<<" in text:
        return "a merge key (<<)"
    if _SURROGATE_ESCAPE.search(text):
        return "an escape for half of a UTF-16 pair"
    if first_unprintable(text) is not None:
        return "a control character"
    if text.startswith("%") or "\n%" in text:
        return "a %directive"
    deep = " " * MAX_INDENT
    if text.startswith(deep) or f"\n{deep}" in text:
        return f"a line indented by {MAX_INDENT} columns or more"
    if any(run.search(text) for run in _COMPACT_RUNS):
        return f"{MAX_COMPACT_RUN} or more nested '- ' on one line"
    return None


def _token_start(text: str, at: int) -> int:
    """Where the run of number-like characters around ``at`` starts."""
    while at > 0 and text[at - 1] in _TOKEN_CHARS:
        at -= 1
    return at


def _has_block_content(text: str, header: re.Match[str]) -> bool:
    """Whether a line under a block scalar's header is indented more than the header's line."""
    line_start = text.rfind("\n", 0, header.start()) + 1
    line = text[line_start : header.start()]
    indent = len(line) - len(line.lstrip(" "))
    at = text.find("\n", header.end()) + 1
    while 0 < at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        content = text[at:end].rstrip("\r")
        if content.strip(" \t"):
            return len(content) - len(content.lstrip(" ")) > indent
        at = end + 1
    return False


def _token_end(text: str, at: int) -> int:
    """Where the run of number-like characters around ``at`` ends."""
    while at < len(text) and text[at] in _TOKEN_CHARS:
        at += 1
    return at


def _starts_scalar(text: str, at: int) -> bool:
    """Whether a plain scalar may start at ``at`` (errs towards yes).

    It may after a line's indentation, after an indicator and a space ("key: ", "- ", "? ",
    ", "), straight after "[", "{" or "," in flow style, and after a quoted key's colon. Not
    after a word and a space, as in "killed at 09:05", which stays on the fast path.
    """
    before = at
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before == 0 or text[before - 1] in "\r\n":
        return True
    previous = text[before - 1]
    if before < at:
        return previous in ":-?,[{"
    return previous in "[{," or (previous == ":" and before >= 2 and text[before - 2] in "\"']}")
