"""The lines of an incident file around one line, numbered as the loader's problems number them."""

import re
from pathlib import Path

from factsheet.loading.loader import _read_bytes

#: YAML's line breaks (libyaml counts these, and so the problems' line numbers do); other
#: characters str.splitlines breaks on (form feed, vertical tab, \x1c–\x1e) are not breaks.
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
#: Lines shown before and after the line a problem names.
CONTEXT_LINES = 6


def lines_around(
    path: Path, line: int, context: int = CONTEXT_LINES
) -> tuple[tuple[int, str], ...]:
    """(number, text) of the lines ``line - context`` to ``line + context`` of ``path``.

    Read like the loader reads (regular files only, at most its size limit), raising its
    IncidentLoadError for a file that cannot be read; bytes that are not UTF-8 show as
    U+FFFD. A line past the end gives the last lines of the file.
    """
    text = _read_bytes(path).decode("utf-8", errors="replace").removeprefix("\ufeff")
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the break ending the last line starts no line of its own
    last = min(max(line, 1), max(len(lines), 1))
    first = max(1, last - context)
    return tuple((n, lines[n - 1]) for n in range(first, min(len(lines), last + context) + 1))
