"""View data computed once per loaded incident, on whichever thread asks for it first."""

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

from factsheet.i18n import current_digits, current_language

Key = TypeVar("Key")
Value = TypeVar("Value")

#: Incidents whose view data is kept: the one shown and the one being loaded.
KEPT = 2


def per_incident(build: Callable[[Key], Value]) -> Callable[[Key], Value]:
    """Cache ``build(incident)`` by the incident's identity and the current language.

    The loader's worker thread calls these builders right after reading a large file
    (IncidentTabs.prepare), so that the tabs find their rows ready and the GUI thread never
    spends hundreds of milliseconds on them. An entry holds its key, so an id cannot be
    reused while the entry lives; builders must be plain Python, with no Qt objects. Rows
    hold words, so a window reopened in another language builds them again.
    """
    lock = threading.Lock()
    kept: dict[tuple[str, str, int], tuple[Key, Value]] = {}

    @functools.wraps(build)
    def cached(key: Key) -> Value:
        slot = (current_language(), current_digits(), id(key))
        with lock:
            entry = kept.get(slot)
        if entry is not None and entry[0] is key:
            return entry[1]
        value = build(key)
        with lock:
            kept[slot] = (key, value)
            while len(kept) > KEPT:
                del kept[next(iter(kept))]
        return value

    return cached
