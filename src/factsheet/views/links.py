"""The one link vocabulary: 'claim:sohr-128' in rich text, made and read here only."""

import html

from factsheet.model.items import ITEM_KINDS, ItemKind, is_item_kind

#: What a link points at; the main window shows it in the tab that lists that kind.
LinkKind = ItemKind
LINK_KINDS = ITEM_KINDS


def item_link(kind: LinkKind, item_id: str, text: str) -> str:
    """An HTML link to an item; ``text`` is data from the file and is escaped here."""
    href = html.escape(f"{kind}:{item_id}", quote=True)
    return f'<a href="{href}">{html.escape(text)}</a>'


def parse_item_link(href: str) -> tuple[LinkKind, str] | None:
    """(kind, id) of a link made by item_link, or None for anything else (a web address)."""
    kind, colon, item_id = href.partition(":")
    if colon and item_id and is_item_kind(kind):
        return kind, item_id
    return None
