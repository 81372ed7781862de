"""'Did you mean …?': one guess for a misspelt key, vocabulary value or id, made one way."""

import difflib
import re
from collections.abc import Iterable

# Three kinds of slip, tried from the surest to the loosest:
# - case and separators: `Killed`, `at least`, `at_least`, `tlp:red`, `b` (for `B`);
# - one word of a longer value: `news` for `news-report`, `amber` for `TLP:AMBER`
#   (when several values hold the word, the one with the fewest words; if that is not one
#   value, no guess at all: `report` could be any of four kinds of report);
# - a near spelling, by difflib's ratio: `witnes`, `monitor-reprot`, `qualifer`.
_WORD_SPLIT = re.compile(r"[^0-9a-z]+")
_MIN_WORD = 3  # "on" or "of" would match too much to be a guess
_CUTOFF = 0.6  # difflib's default: `claimed_no` → `claimed_on`, `news` ↛ `news-report`
#: Beyond this many candidates only the cheap guesses are tried: a near spelling costs a
#: comparison with every candidate, and a hostile file can hold thousands of broken ids.
MAX_SPELLING_CANDIDATES = 1_000


def _folded(text: str) -> str:
    return "-".join(word for word in _WORD_SPLIT.split(text.casefold()) if word)


class Spellings:
    """A set of right spellings, prepared once to guess many slips against."""

    def __init__(self, candidates: Iterable[str]) -> None:
        self._by_fold: dict[str, str] = {}
        for candidate in candidates:
            self._by_fold.setdefault(_folded(candidate), candidate)
        self._words = [(fold.split("-"), c) for fold, c in self._by_fold.items()]
        self._longest = max((len(c) for c in self._by_fold.values()), default=0)

    def guess(self, found: str) -> str | None:
        """The spelling the writer most likely meant by ``found``; None when none is close.

        Nothing is guessed for a right spelling, nor for a text more than twice as long as
        every candidate (a pasted sentence is not a slip of a key or an id).
        """
        if len(found) > 2 * self._longest:
            return None
        key = _folded(found)
        if key in self._by_fold:
            same = self._by_fold[key]
            return None if same == found else same
        holding = self._holding_word(key)
        if holding:
            return holding[0] if len(holding) == 1 else None
        if len(self._by_fold) > MAX_SPELLING_CANDIDATES:
            return None
        close = difflib.get_close_matches(key, list(self._by_fold), n=1, cutoff=_CUTOFF)
        return self._by_fold[close[0]] if close else None

    def _holding_word(self, key: str) -> list[str]:
        """The candidates with the fewest words among those that hold ``key`` as a word."""
        if len(key) < _MIN_WORD or "-" in key:
            return []
        holding = [(len(words), c) for words, c in self._words if key in words]
        fewest = min((count for count, _ in holding), default=0)
        return [c for count, c in holding if count == fewest]


def did_you_mean(found: str, candidates: Iterable[str]) -> str | None:
    """The candidate the writer most likely meant by ``found`` (see ``Spellings.guess``)."""
    return Spellings(candidates).guess(found)


def _name_key(text: str) -> str:
    """Case, spaces, hyphens and marks aside: 'TRT World', 'trt-world' and 'TRT_world' are
    one key (any script: an Arabic name keeps its letters, drops its diacritics)."""
    return "".join(char for char in text.casefold() if char.isalnum())


class NamedIds:
    """Items' ids by their ids, names and aliases: 'TRT World' → 'trt-world'."""

    def __init__(self, names_by_id: Iterable[tuple[str, Iterable[str]]]) -> None:
        self._ids: dict[str, set[str]] = {}
        for item_id, names in names_by_id:
            for name in (item_id, *names):
                key = _name_key(name)
                if key:
                    self._ids.setdefault(key, set()).add(item_id)

    def id_named(self, found: str) -> str | None:
        """The one id that ``found`` names (None: none, or several items share the name)."""
        ids = self._ids.get(_name_key(found), set())
        return next(iter(ids)) if len(ids) == 1 else None


#: As incident.Id allows: a longer text is not an id's slip (a sentence pasted as an id).
_MAX_ID_LENGTH = 80


def id_like(text: str) -> str | None:
    """``text`` as an id would write it ('Town retaken' → 'town-retaken'); None when
    nothing of it can be kept (Arabic, punctuation only)."""
    slug = "-".join(word for word in _WORD_SPLIT.split(text.casefold()) if word)
    return slug if 0 < len(slug) <= _MAX_ID_LENGTH else None
