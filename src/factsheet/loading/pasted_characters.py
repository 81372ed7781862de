"""Characters pasted from word processors and web pages that look like spaces or nothing."""

# A no-break space or a zero-width character looks like an ordinary space, or like nothing,
# in every editor; YAML reads it as text. In an indent or after a key's ':' it breaks the
# structure, and libyaml then reports the line after, or says "0 spaces" of an indent the
# writer sees as four. Named here once, for the syntax hints and for a value's hint alike.

import re

from factsheet.model.characters import INVISIBLE, character_name

#: Unicode's spaces (category Zs) other than the ordinary one: YAML counts none of them as a
#: space. The no-break space U+00A0 is the one word processors and browsers paste.
SPACE_LIKE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def pasted_character(text: str) -> int | None:
    """Where in ``text`` the first space-like or invisible character is, or None."""
    found = [m.start() for m in (SPACE_LIKE.search(text), INVISIBLE.search(text)) if m]
    return min(found, default=None)


def what_to_type(char: str, where: str = "") -> str:
    """'U+00A0 NO-BREAK SPACE at 434:1, which YAML does not read as a space — type an
    ordinary space' (``where`` follows the character's name)."""
    name = character_name(char)
    if char == "\ufeff":  # the name says nothing of where it comes from
        name += " (a byte-order mark)"
    if SPACE_LIKE.fullmatch(char):
        return f"{name}{where}, which YAML does not read as a space — type an ordinary space"
    return f"{name}{where}, an invisible character YAML reads as text — delete it"
