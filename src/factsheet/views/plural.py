"""Counts of things in one place: '1 event', '1,234 events', '3 of 17 actors', in any language.

Every count a view shows as a bare count goes through these: each noun is a numerus entry
(Arabic has six forms), and the number is written in the chosen digits. A count inside a
sentence ("x.yaml loaded with 2 warnings; …") is a numerus entry of that sentence instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from factsheet.i18n import Context, format_number

if TYPE_CHECKING:
    # Types only: importing the model would import pydantic, which the library's command
    # line does without (tests/library/test_no_qt_in_library.py).
    from factsheet.model.items import ItemKind

    # What the tabs and the library list, and count while a filter hides some.
    Listed = ItemKind | Literal["file"]
    # What can be counted.
    Noun = (
        Listed
        | Literal["warning", "error", "relation", "independent source", "incident", "fact sheet"]
    )

Plural = Context("Plural")

_COUNTED: dict[Noun, Callable[[int], str]] = {
    "event": lambda n: Plural.tr("%n event(s)", None, n),
    "claim": lambda n: Plural.tr("%n claim(s)", None, n),
    "actor": lambda n: Plural.tr("%n actor(s)", None, n),
    "source": lambda n: Plural.tr("%n source(s)", None, n),
    "warning": lambda n: Plural.tr("%n warning(s)", None, n),
    "error": lambda n: Plural.tr("%n error(s)", None, n),
    "relation": lambda n: Plural.tr("%n relation(s)", None, n),
    "independent source": lambda n: Plural.tr("%n independent source(s)", None, n),
    "file": lambda n: Plural.tr("%n file(s)", None, n),
    "incident": lambda n: Plural.tr("%n incident(s)", None, n),
    "fact sheet": lambda n: Plural.tr("%n fact sheet(s)", None, n),
}

#: "3 of 17 actors": the noun agrees with the total, as Arabic's does too.
_OF_TOTAL: dict[Listed, Callable[[int], str]] = {
    "event": lambda n: Plural.tr("{shown} of %n event(s)", None, n),
    "claim": lambda n: Plural.tr("{shown} of %n claim(s)", None, n),
    "actor": lambda n: Plural.tr("{shown} of %n actor(s)", None, n),
    "source": lambda n: Plural.tr("{shown} of %n source(s)", None, n),
    "file": lambda n: Plural.tr("{shown} of %n file(s)", None, n),
}


def counted(count: int, noun: Noun) -> str:
    """'1 event', '1,234 events': the count, thousands grouped, and its noun agreeing."""
    return _COUNTED[noun](count)


def shown_of(shown: int, total: int, noun: Listed) -> str:
    """'3 of 17 actors' while a filter hides some; '17 actors' when every one is shown."""
    if shown == total:
        return counted(total, noun)
    return _OF_TOTAL[noun](total).format(shown=format_number(shown))
