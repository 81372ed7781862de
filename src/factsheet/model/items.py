"""The four kinds of item an incident lists, and the item a problem's data path names."""

import re
from typing import Literal, TypeGuard, get_args

from factsheet.model.incident import Incident

#: What a link, a data note or a tab can point at: one item of one of the incident's lists.
ItemKind = Literal["actor", "event", "claim", "source"]
ITEM_KINDS: tuple[ItemKind, ...] = get_args(ItemKind)

# A problem's path ("claims[2].claimant") names a list item; the item's id makes a link.
_ITEM_PATH = re.compile(r"^(actors|sources|timeline|claims)\[(\d+)\]")
_KIND_OF_LIST: dict[str, ItemKind] = {
    "actors": "actor",
    "sources": "source",
    "timeline": "event",
    "claims": "claim",
}


def is_item_kind(text: str) -> TypeGuard[ItemKind]:
    """True when ``text`` names one of the four kinds of item."""
    return text in ITEM_KINDS


def item_of_path(incident: Incident, path: str) -> tuple[ItemKind, str] | None:
    """('claim', 'trt-35-in-shaft') for 'claims[2].claimant'; None when it names no item."""
    match = _ITEM_PATH.match(path)
    if match is None:
        return None
    items = getattr(incident, match.group(1))
    index = int(match.group(2))
    if not 0 <= index < len(items):
        return None
    return _KIND_OF_LIST[match.group(1)], str(items[index].id)
