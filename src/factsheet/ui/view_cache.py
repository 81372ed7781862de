"""View data computed once per loaded incident, on whichever thread asks for it first."""

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

Key = TypeVar("Key")
Value = TypeVar("Value")

#: Incidents whose view data is kept: the one shown and the one being loaded.
KEPT = 2


def per_incident(build: Callable[[Key], Value]) -> Callable[[Key], Value]:
    """Cache ``build(incident)`` by the incident's identity.

    The loader's worker thread calls these builders right after reading a large file
    (IncidentTabs.prepare), so that the tabs find their rows ready and the GUI thread never
    spends hundreds of milliseconds on them. An entry holds its key, so an id cannot be
    reused while the entry lives; builders must be plain Python, with no Qt objects.
    """
    lock = threading.Lock()
    kept: dict[int, tuple[Key, Value]] = {}

    @functools.wraps(build)
    def cached(key: Key) -> Value:
        with lock:
            entry = kept.get(id(key))
        if entry is not None and entry[0] is key:
            return entry[1]
        value = build(key)
        with lock:
            kept[id(key)] = (key, value)
            while len(kept) > KEPT:
                del kept[next(iter(kept))]
        return value

    return cached
