"""Text folded for searching: Arabic with or without diacritics, Latin without case or accents.

The one normalisation every search in Factsheet uses: the library's full-text index (both
the indexed text and the query) and, in time, the tabs' filter boxes. It imports nothing
but the standard library, so any layer may use it.

What folds to what, and why (docs/architecture.md repeats this for users of the module):

- **Case**: ``str.casefold`` ("Straße" and "STRASSE" meet).
- **Latin accents**: decomposed (NFKD) and the marks dropped: "Qaryatayn" = "Qaryatáyn";
  a few letters with no decomposition are spelt out (ø → o, ł → l, đ → d, æ → ae, ı → i).
- **Arabic diacritics (tashkeel)**: every combining mark is dropped, so the harakat, shadda,
  sukun, tanween and the dagger alef go.
- **Tatweel** (ـ), which only stretches a word, is dropped.
- **Hamza and madda on alef** (أ إ آ) and alef wasla (ٱ) become a bare alef (ا); hamza on
  waw (ؤ) and on ya (ئ) become و and ي. A free-standing hamza (ء) stays: it is a letter.
- **Alef maqsura** (ى) becomes ya (ي), as many writers type one for the other at the end
  of a word; the Persian ya (ی) and keheh (ک) become the Arabic ya and kaf.
- **Ta marbuta** (ة) becomes ha (ه): Syrian sources and activists' posts often write the
  ha for the ta marbuta ("مدرسه" for "مدرسة"); a search should find both. The cost is that a
  word ending in ha matches its ta marbuta twin, which no reader of a result list minds.
- **Digits**: Arabic-Indic (٠١٢) and Persian (۰۱۲) digits become 0-9, so "١٢٨" finds 128.
- **Invisible characters** (format characters such as zero-width spaces, joiners and bidi
  controls) are dropped: "Da\u200besh" is "Daesh" to a search.
- **Typographic quotes and dashes** become ' and -.
- Compatibility forms (NFKD): Arabic presentation forms (ﻻ), ligatures (ﬁ), full-width
  letters fold to their plain letters.

For an index of words (not a substring filter), ``article_free_words`` gives the Arabic
words of a folded text without their article, so "قريتين" finds "القريتين" ("والقريتين",
"بالقريتين" and "للقريتين" too). Nothing else is stemmed.
"""

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

_SPELLED_OUT = {
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "ħ": "h",
}
_ARABIC = {
    "ٱ": "ا",  # alef wasla
    "ى": "ي",  # alef maqsura
    "ی": "ي",  # Persian ya
    "ک": "ك",  # keheh
    "ة": "ه",  # ta marbuta
    "ـ": "",  # tatweel
}
_PUNCTUATION = {
    "‘": "'",
    "’": "'",
    "ʼ": "'",
    "`": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "−": "-",
}


_EXPLICIT: dict[str, str] = {
    **{digit: str(value) for value, digit in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{digit: str(value) for value, digit in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    **_SPELLED_OUT,
    **_ARABIC,
    **_PUNCTUATION,
}
#: Mn (combining marks: accents, harakat) and Cf (invisible format characters) are dropped.
_DROPPED = frozenset(("Mn", "Cf"))
#: Where Python's Unicode tables put every Mn and Cf character (the tags and variation
#: selectors of plane 14 are the only ones past plane 1).
_PLANES = (range(0x20000), range(0xE0000, 0xE1000))
#: Texts shorter than this are folded a character at a time: building the whole table
#: costs about 40 ms, which a command-line search of one short query should not pay.
_SHORT = 200


def _char(char: str) -> str:
    if char in _EXPLICIT:
        return _EXPLICIT[char]
    return "" if unicodedata.category(char) in _DROPPED else char


@lru_cache(maxsize=1)
def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for plane in _PLANES:
        for code in plane:
            if unicodedata.category(chr(code)) in _DROPPED:
                table[code] = None
    for source, target in _EXPLICIT.items():
        table[ord(source)] = target or None
    return table


_short_folds = 0


def _strip(text: str) -> str:
    global _short_folds  # noqa: PLW0603 - a counter that only decides which path is quicker
    if len(text) < _SHORT and _table.cache_info().currsize == 0 and _short_folds < _SHORT:
        _short_folds += 1
        return "".join(map(_char, text))
    # Long texts, or many short ones (a search result's excerpts): the table pays for itself.
    return text.translate(_table())


def fold(text: str) -> str:
    """``text`` as searches compare it: see the module docstring for every rule."""
    if text.isascii():
        return text.casefold().replace("`", "'")  # ASCII has no marks or format characters
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", _strip(decomposed))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index it came from in ``text``.

    Slower than ``fold`` (one character at a time): for the short texts a result shows, to
    find where in the original a match lies.
    """
    folded: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        piece = _fold_char(char)
        folded.append(piece)
        offsets.extend([index] * len(piece))
    return "".join(folded), offsets


# The article, alone or after the one-letter conjunctions and prepositions و ف ب ك ل (and
# لل, the preposition ل before the article), at the start of a word of three letters or more.
_ARTICLE = re.compile(r"(?<!\w)(?:[وفبكل]?ال|لل)(\w{3,})")


def article_free_words(folded: str) -> str:
    """The words of a folded text that begin with ال, without it, space-separated."""
    return " ".join(_ARTICLE.findall(folded))


def indexed_form(text: str) -> str:
    """What a word index stores for ``text``: the folded text, then its Arabic words
    without the article, so that a search finds either form."""
    folded = fold(text)
    extra = article_free_words(folded)
    return f"{folded} {extra}" if extra else folded


_TERM = re.compile(r'"([^"]*)"|(\S+)')


def query_terms(query: str) -> list[str]:
    """The folded terms of a query: words, or "quoted phrases" kept whole; no empties."""
    terms: list[str] = []
    for match in _TERM.finditer(query):
        term = fold(match.group(1) if match.group(1) is not None else match.group(2)).strip()
        if term and term not in terms:
            terms.append(" ".join(term.split()))
    return terms


def matcher(query: str) -> Callable[[str], bool]:
    """A predicate: does a text hold every term of ``query`` (folded, anywhere in it)?

    For filter boxes over rows of text; an empty query matches everything.
    """
    terms = query_terms(query)

    def matches(text: str) -> bool:
        folded = fold(text)
        return all(term in folded for term in terms)

    return matches


def _original_index(text: str, folded_index: int) -> int:
    """The index in ``text`` of the character that folds to position ``folded_index``."""
    if text.isascii():
        return folded_index  # ASCII folds one character to one
    reached = 0
    for index, char in enumerate(text):
        reached += len(_fold_char(char))
        if reached > folded_index:
            return index
    return len(text)


def excerpt(text: str, terms: list[str], width: int = 80) -> str:
    """A one-line piece of ``text`` around the first place a folded term occurs in it."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    folded = fold(flat)
    found = [at for at in (folded.find(term) for term in terms if term) if at >= 0]
    if not found:
        return flat[: _word_end(flat, width - 1, 0)] + "…"
    # Only the characters before the match are walked: long texts stay cheap.
    at = _original_index(flat, min(found))
    begin = max(0, at - width // 3)
    end = min(len(flat), begin + width)
    begin = max(0, end - width)
    # Cut between words, not inside one ("…ey regained"), unless the match itself is the
    # word cut or the text has no spaces there (a long URL, a script without spaces).
    if begin > 0 and not flat[begin - 1].isspace():
        space = flat.find(" ", begin, at)
        begin = space + 1 if space >= 0 else begin
    end = _word_end(flat, end, at + 1)
    piece = flat[begin:end].strip()
    return ("…" if begin > 0 else "") + piece + ("…" if end < len(flat) else "")


def _word_end(flat: str, end: int, least: int) -> int:
    """``end`` moved back to the last space before it (not before ``least``) when it would
    cut a word."""
    if end >= len(flat) or flat[end].isspace() or flat[end - 1].isspace():
        return end
    space = flat.rfind(" ", least, end)
    return space if space >= least and space > 0 else end
