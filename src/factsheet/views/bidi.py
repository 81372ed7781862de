"""Right-to-left runs (Arabic names) kept intact inside left-to-right text."""

import re

from factsheet.model.characters import DIRECTION_CONTROLS

_FIRST_STRONG_ISOLATE = "\u2068"
_POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolate(text: str) -> str:
    """Wrap ``text`` so its own direction applies inside it and not to what follows.

    Without isolates an Arabic name followed by "(state)" pulls the brackets and the
    punctuation into its right-to-left run and the line reads scrambled.
    """
    return f"{_FIRST_STRONG_ISOLATE}{text}{_POP_DIRECTIONAL_ISOLATE}"


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufefc]")


def has_right_to_left(text: str) -> bool:
    """True when ``text`` contains Arabic or Hebrew letters."""
    return _RIGHT_TO_LEFT.search(text) is not None


def in_line(text: str) -> str:
    """``text`` isolated when its direction could leak into what follows, as it is otherwise.

    That is when it has right-to-left letters or direction controls: a right-to-left
    override with no Arabic letter at all still reverses the text after it.
    """
    if has_right_to_left(text) or DIRECTION_CONTROLS.search(text):
        return isolate(text)
    return text
