"""What prints as itself on one line: file names and text from a file, escaped.

Below every layer (no pydantic, no Qt): a warm ``factsheet list`` or ``search`` prints
names and titles through these without importing what reads YAML.
"""

from collections.abc import Sequence

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """``text`` with every character that does not print as itself written as an escape.

    Line breaks, controls, direction controls and other format characters, and the lone
    surrogates that stand for undecodable bytes in file names: \\n, \\u202e, \\udcff.
    Letters of every script, spaces and backslashes stay as they are.
    """
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escaped(char) for char in text)


def _escaped(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable_name(name: str) -> str:
    """A file name for a one-line message: what cannot be printed as itself, escaped.

    A line break would split the line, a direction control reorder it, and the lone
    surrogates that stand for undecodable bytes could not be printed at all.
    """
    return visible(name)


def printable_text(text: str | None) -> str:
    """Text from a file for one field of a one-line message: whitespace runs (line breaks
    among them) made one space, then what cannot be printed as itself escaped, as in
    ``printable_name`` (invisible characters and direction controls shown as \\u200b…)."""
    return printable_name(" ".join(text.split())) if text else ""


def printable_title(titles: Sequence[str | None], file_name: str) -> str:
    """An incident's titles for a one-line message ('Title — العنوان'), or the file's name
    when none shows anything (missing, or only invisible characters and controls): never a
    blank, nor a row of escapes where a title should be."""
    shown = [printable_text(t) for t in titles if t and shows_something(t)]
    return " — ".join(shown) or printable_name(file_name)


def shows_something(text: str | None) -> bool:
    """True when ``text`` has a character that prints as a mark: not only spaces, invisible
    characters (U+200B, U+2060) and direction controls (U+202E)."""
    return text is not None and any(char.isprintable() and not char.isspace() for char in text)
