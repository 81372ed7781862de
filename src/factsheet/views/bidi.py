"""Text of the other direction kept intact inside ours: Arabic names in English, English in Arabic.

The program's own words are in the current language; data from the file is in whatever
script it was written in. Where the two meet in one line, the data is isolated (FSI…PDI)
so that it cannot pull the punctuation and numbers around it into its own direction, and
rich text says which way a page or a paragraph runs.
"""

import re

from factsheet.i18n import current_language, is_right_to_left
from factsheet.model.characters import DIRECTION_CONTROLS

_FIRST_STRONG_ISOLATE = "\u2068"
_POP_DIRECTIONAL_ISOLATE = "\u2069"
_LEFT_TO_RIGHT_MARK = "\u200e"
_RIGHT_TO_LEFT_MARK = "\u200f"


def isolate(text: str) -> str:
    """Wrap ``text`` so its own direction applies inside it and not to what follows.

    Without isolates an Arabic name followed by "(state)" pulls the brackets and the
    punctuation into its right-to-left run and the line reads scrambled.
    """
    return f"{_FIRST_STRONG_ISOLATE}{text}{_POP_DIRECTIONAL_ISOLATE}"


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufefc]")
# Latin, Greek and Cyrillic letters and digits: what runs left to right inside an Arabic line
# ("Daesh", "SOHR", "C5", and a range "13–46" that an Arabic line would show as "46–13").
_LETTERS_LEFT_TO_RIGHT = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff"
_LEFT_TO_RIGHT = re.compile(f"[0-9{_LETTERS_LEFT_TO_RIGHT}]")
_LEFT_TO_RIGHT_LETTER = re.compile(f"[{_LETTERS_LEFT_TO_RIGHT}]")


def has_right_to_left(text: str) -> bool:
    """True when ``text`` contains Arabic or Hebrew letters."""
    return _RIGHT_TO_LEFT.search(text) is not None


def right_to_left_now() -> bool:
    """True when the program's words are being written right to left (Arabic)."""
    return is_right_to_left(current_language())


def in_line(text: str) -> str:
    """``text`` isolated when its direction could leak into the words around it, as it is
    otherwise.

    In English that is text with right-to-left letters; in Arabic, text with Latin letters or
    digits. Direction controls are isolated in either: a right-to-left override with no
    Arabic letter at all still reverses the text after it.
    """
    foreign = _LEFT_TO_RIGHT if right_to_left_now() else _RIGHT_TO_LEFT
    if foreign.search(text) or DIRECTION_CONTROLS.search(text):
        return isolate(text)
    return text


def direction_mark() -> str:
    """The mark that starts a line in the current language's direction (LRM or RLM).

    Qt takes a paragraph's direction from its first strong letter: a list item or a label
    that starts with data of the other script would otherwise flip to the other margin.
    """
    return _RIGHT_TO_LEFT_MARK if right_to_left_now() else _LEFT_TO_RIGHT_MARK


def page_direction() -> str:
    """'rtl' or 'ltr': the current language's direction, for a rich-text page's dir."""
    return "rtl" if right_to_left_now() else "ltr"


def start_side() -> str:
    """'left' or 'right': where lines start in the current language (a heading cell's align,
    the side a label's padding is not on)."""
    return "right" if right_to_left_now() else "left"


def end_side() -> str:
    """'right' or 'left': where lines end in the current language."""
    return "left" if right_to_left_now() else "right"


def text_direction(text: str) -> str:
    """'rtl' or 'ltr' from the first strong letter of ``text`` (the current language's
    direction when it has none): a whole paragraph of data runs its own way, as a
    browser's dir="auto" would have it."""
    arabic = _RIGHT_TO_LEFT.search(text)
    latin = _LEFT_TO_RIGHT_LETTER.search(text)
    if arabic is None and latin is None:
        return page_direction()
    if latin is None or (arabic is not None and arabic.start() < latin.start()):
        return "rtl"
    return "ltr"


def directed(html: str) -> str:
    """A page of rich text laid out in the current language's direction.

    Qt gives every block inside a ``dir`` element that direction; cells, list items and
    headings follow. English pages are returned as they are.
    """
    if not right_to_left_now():
        return html
    return f'<div dir="rtl">{html}</div>'


def label_row(label_cell: str, value_cell: str) -> str:
    """A table row of a label and its value (both whole ``<th>``/``<td>`` cells), the label
    where lines start: Qt lays a table's columns out left to right whatever the text's
    direction, so in Arabic the cells are written in the order they are seen."""
    if right_to_left_now():
        return f"<tr>{value_cell}{label_cell}</tr>"
    return f"<tr>{label_cell}{value_cell}</tr>"


def data_paragraph(escaped: str, text: str, tag: str = "p") -> str:
    """``escaped`` (the escaped form of data ``text``) as a paragraph of its own, running in
    the data's direction and aligned to the margin it starts from."""
    direction = text_direction(text)
    if direction == page_direction():
        return f"<{tag}>{escaped}</{tag}>"
    return f'<{tag} dir="{direction}">{escaped}</{tag}>'
