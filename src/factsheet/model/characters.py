"""What characters are: invisible and direction-control characters, found and escaped."""

import re
import sys
import unicodedata

# Escaping what does not print as itself is the command line's as much as the model's: it
# lives below both (factsheet.printable), and is named here for the model's messages.
from factsheet.printable import visible

__all__ = [
    "DIRECTION_CONTROLS",
    "INVISIBLE",
    "character_name",
    "hidden_in_a_word",
    "may_hide_text",
    "only_invisible",
    "unpaired_direction_control",
    "visible",
]

#: Embeddings and overrides (closed by U+202C) and isolates (closed by U+2069).
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
_POP_EMBEDDING = "\u202c"
_ISOLATES = frozenset("\u2066\u2067\u2068")
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


#: The format characters (Unicode category Cf) that show nothing: direction controls and
#: marks, zero-width spaces and joiners, the soft hyphen, the word joiner, the byte-order
#: mark, tag characters. On screen they can hide a word from a search, reorder the text
#: around them, or make a name look blank. (Cf's visible signs, such as the Arabic number
#: sign U+0600, are left out.)
_INVISIBLE_BMP = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_INVISIBLE_ASTRAL = (
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
INVISIBLE = re.compile(f"[{_INVISIBLE_BMP}{_INVISIBLE_ASTRAL}]")
_INVISIBLE_BMP_ONLY = re.compile(f"[{_INVISIBLE_BMP}]")


def may_hide_text(text: str) -> bool:
    """True when ``text`` holds an invisible character (fast enough for a whole file)."""
    if _INVISIBLE_BMP_ONLY.search(text):  # 45 ms on 7.6 MB; with the astral ones, 130 ms
        return True
    # Characters beyond U+FFFF are only in a text CPython stores 4 bytes a character.
    return sys.getsizeof(text) >= 3 * len(text) and INVISIBLE.search(text) is not None


#: Inside a word these only split it: a search for the word as it reads does not find it.
_WORD_SPLITTERS = frozenset("\u200b\u2060\ufeff")
#: Joiners shape Persian, Arabic and Indic script; between Latin letters they split a word.
_JOINERS = frozenset("\u200c\u200d")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def unpaired_direction_control(text: str) -> str | None:
    """The first direction control in ``text`` that is never closed or closes nothing.

    Follows UAX #9: U+202C closes the last embedding or override, U+2069 the last isolate
    and whatever was opened inside it; the end of the text closes nothing for the reader.
    """
    opened: list[tuple[int, str]] = []
    stray: list[tuple[int, str]] = []
    for found in DIRECTION_CONTROLS.finditer(text):
        at, char = found.start(), found.group()
        if char in _EMBEDDINGS or char in _ISOLATES:
            opened.append((at, char))
        elif char == _POP_EMBEDDING:
            if opened and opened[-1][1] in _EMBEDDINGS:
                opened.pop()
            else:
                stray.append((at, char))
        elif any(kind in _ISOLATES for _, kind in opened):
            while opened.pop()[1] not in _ISOLATES:  # U+2069, and what it encloses
                pass
        else:
            stray.append((at, char))
    unpaired = sorted(opened + stray)
    return unpaired[0][1] if unpaired else None


def hidden_in_a_word(text: str) -> tuple[str, str] | None:
    """The first word split by an invisible character, and that character ("Da\\u200besh")."""
    for found in INVISIBLE.finditer(text):
        char, at = found.group(), found.start()
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        if not (before.isalnum() and after.isalnum()):
            continue
        if char in _WORD_SPLITTERS or (
            char in _JOINERS and _LATIN_LETTER.match(before) and _LATIN_LETTER.match(after)
        ):
            start = at
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == char):
                start -= 1
            end = at + 1
            while end < len(text) and (text[end].isalnum() or text[end] == char):
                end += 1
            return text[start:end], char
    return None


def only_invisible(text: str) -> bool:
    """True when ``text`` has characters but none that shows (invisible ones, spaces)."""
    return bool(text) and all(char.isspace() or INVISIBLE.match(char) for char in text)


def character_name(char: str) -> str:
    """'U+202E RIGHT-TO-LEFT OVERRIDE'."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'an unnamed character')}"
