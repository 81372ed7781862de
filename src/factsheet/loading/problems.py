"""A located problem in an incident file: what the user reads when a file is wrong."""

import re
from dataclasses import dataclass
from typing import Literal

from factsheet.printable import printable_name

# printable_name is named here too: where a message names a file, it names it this way.
__all__ = [
    "MAX_KEY_SHOWN",
    "Path",
    "PathPart",
    "Problem",
    "Severity",
    "format_path",
    "printable_name",
]

Severity = Literal["error", "warning"]
#: Characters of a mapping key shown in paths and messages before "…".
MAX_KEY_SHOWN = 60
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+…?")
PathPart = str | int
Path = tuple[PathPart, ...]


def format_path(path: Path) -> str:
    """``('timeline', 3, 'date')`` → ``timeline[3].date``; the empty path → ``(file)``.

    Keys other than letters, digits, _ and - are quoted: ``actors[0]['my key']``.
    """
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            # A key is the user's text: keep a very long one from flooding the message.
            name = part if len(part) <= MAX_KEY_SHOWN else part[:MAX_KEY_SHOWN] + "…"
            if not _PLAIN_KEY.fullmatch(name):
                text += f"[{name!r}]"  # '', 'a b', '\xa0': visible and unambiguous
            else:
                text += f".{name}" if text else name
    return text or "(file)"


@dataclass(frozen=True, slots=True)
class Problem:
    """One error or warning, with the 1-based line and column it concerns."""

    severity: Severity
    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        return (
            f"{printable_name(self.file)}:{self.line}:{self.column}: {self.severity}: "
            f"{self.path}: {self.message}"
        )
