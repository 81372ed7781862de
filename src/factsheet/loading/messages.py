"""Pydantic's validation errors, reworded as 'expected …; found …' for people editing YAML."""

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from factsheet.loading.pasted_characters import SPACE_LIKE, pasted_character
from factsheet.loading.problems import MAX_KEY_SHOWN, Path
from factsheet.loading.yaml_scalars import MAX_INT_DIGITS
from factsheet.model.characters import INVISIBLE, character_name
from factsheet.model.dates import parse_edtf, words_to_keep
from factsheet.model.suggestions import NamedIds, did_you_mean, id_like

_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")  # 1,200: a count written for people
_QUOTED = re.compile(r"'([^']*)'")  # the values in pydantic's "'a', 'b' or 'c'"


def _found(value: Any) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int):
        return f"the number {value}"
    if isinstance(value, float):
        # 2.0 stays "2.0": "expected a whole number; found the number 2" would puzzle.
        return f"the number {value}" if value.is_integer() else f"the number {value:g}"
    text = str(value)
    return repr(text if len(text) <= 60 else text[:60] + "…")


def _fields_at(model: type[BaseModel], path: Path) -> list[str]:
    """The keys allowed in the mapping at ``path`` (by alias), for 'did you mean'."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def describe_all(
    errors: list[ErrorDetails], model: type[BaseModel], data: Any = None
) -> list[tuple[ErrorDetails, str]]:
    """Each error with its sentence; a misspelt required key becomes one error, not two.

    `qualifer: at-least` gives pydantic both "qualifier missing" and "qualifer unknown";
    the user made one slip, so it is reported once, at the key they wrote. ``data``, the
    file's mapping as read, is where a name written for an id is looked up.
    """
    ids = _IdsInFile(data)
    missing: dict[tuple[Any, ...], list[str]] = {}
    for error in errors:
        if error["type"] == "missing" and isinstance(error["loc"][-1], str):
            missing.setdefault(tuple(error["loc"][:-1]), []).append(error["loc"][-1])
    merged: set[tuple[Any, ...]] = set()
    described: list[tuple[ErrorDetails, str]] = []
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden":
            candidates = [k for k in missing.get(loc[:-1], []) if (*loc[:-1], k) not in merged]
            guess = did_you_mean(str(loc[-1]), candidates)
            if guess is not None:
                merged.add((*loc[:-1], guess))
                words = (
                    f"unknown key {_key_words(str(loc[-1]))} — did you mean "
                    f"{guess!r} (which is missing)?"
                )
                described.append((error, words))
                continue
        described.append((error, ""))
    return [
        (error, message or describe(error, model, ids))
        for error, message in described
        if not (error["type"] == "missing" and tuple(error["loc"]) in merged)
    ]


def describe(error: ErrorDetails, model: type[BaseModel], ids: "_IdsInFile | None" = None) -> str:
    """One sentence for one pydantic error: what was expected and what was found."""
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    loc = tuple(error["loc"])
    if kind == "missing":
        return f"expected a key {loc[-1]!r} here; it is missing"
    if kind == "extra_forbidden":
        allowed = _fields_at(model, loc[:-1])
        key = str(loc[-1])
        guess = did_you_mean(key, allowed)
        # The hint first: the list of allowed keys can run to 300 characters.
        hint = f"; did you mean {guess!r}?" if guess else ""
        return f"unknown key {_key_words(key)}{hint} (allowed: {', '.join(allowed)})"
    if kind == "invalid_key":  # `1: x` — YAML reads the key as a number
        allowed = _fields_at(model, loc[:-1])
        return f"expected one of the keys {', '.join(allowed)}; found the number {value} as a key"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        guess = did_you_mean(str(value), _QUOTED.findall(expected))
        if guess:  # the guess first: the list of values can run to 250 characters
            return f"found {_found(value)}; did you mean {guess!r}? (expected one of {expected})"
        return f"expected one of {expected}; found {_found(value)}"
    if kind == "string_pattern_mismatch":
        id_kind = _id_kind(loc)
        if id_kind is not None and isinstance(value, str):
            ids = ids or _IdsInFile(None)
            return _id_words(value, id_kind, ids, in_list=ids.in_a_list(loc))
        return f"expected {_pattern_words(loc)}; found {_found(value)}"
    if kind in ("string_type", "str_type"):
        return f"expected text; found {_found(value)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number; found {_found(value)}{_number_hint(value)}"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false; found {_found(value)}"
    if kind in ("float_type", "float_parsing"):
        return f"expected a number; found {_found(value)}"
    if kind in ("tuple_type", "list_type"):
        return f"expected a list; found {_found(value)}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"expected a mapping of keys and values; found {_found(value)}"
    if kind == "too_short":
        return (
            f"expected at least {ctx.get('min_length')} item(s); found {ctx.get('actual_length')}"
        )
    if kind == "too_long":
        return f"expected at most {ctx.get('max_length')} item(s); found {ctx.get('actual_length')}"
    if kind == "string_too_short":
        return "expected some text; found an empty value"
    if kind == "string_too_long":
        return f"expected at most {ctx.get('max_length')} characters; found {len(str(value))}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = {
            "greater_than_equal": f"at least {ctx.get('ge')}",
            "less_than_equal": f"at most {ctx.get('le')}",
            "greater_than": f"above {ctx.get('gt')}",
            "less_than": f"below {ctx.get('lt')}",
        }[kind]
        return f"expected a number {bound}; found {_found(value)}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "edtf_date":  # the date type words its own "expected …; found …"
        return _with_wording_key(error["msg"], words_to_keep(value), model, loc) + _date_hint(value)
    return f"{error['msg']}; found {_found(value)}"


def _with_wording_key(
    message: str, words: str | None, model: type[BaseModel], loc: tuple[Any, ...]
) -> str:
    """Name the key that keeps a date's words beside this date, where the date has one."""
    if words is None:
        return message
    for end in range(len(loc), 0, -1):
        field = loc[end - 1]
        siblings = _fields_at(model, loc[: end - 1])
        if isinstance(field, str) and field in siblings:
            if f"{field}_wording" in siblings:
                return f"{message}, with {field}_wording: {words}"
            break
    return message


def _key_words(key: str) -> str:
    """The key as the message quotes it; one holding a pasted space or an invisible
    character ('count\\xa0') says which, since its escape alone reads as noise."""
    shown = (
        repr(key)
        if len(key) <= MAX_KEY_SHOWN
        else (f"{key[:MAX_KEY_SHOWN]!r}… ({len(key):,} characters)")
    )
    at = pasted_character(key)
    if at is None:
        return shown
    # A key holds no space at all, ordinary or not: the character goes.
    return f"{shown} (it holds {character_name(key[at])} — delete it)"


#: The Arabic thousands and decimal separators, written with Arabic-Indic digits (١٬٢٠٠).
_ARABIC_SEPARATORS = str.maketrans({"\u066c": ",", "\u066b": "."})


def _western_digits(text: str) -> str:
    """``text`` with every decimal digit of any script as 0-9: '٨٠' → '80', '۲۰۱۷' → '2017'."""
    if text.isascii():
        return text
    digits = (str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text)
    return "".join(digits).translate(_ARABIC_SEPARATORS)


#: YAML reads only 0-9 as digits: '٨٠' is text to it, however it reads to the writer.
_OTHER_DIGITS = "YAML reads only the digits 0-9 as a number"


def _number_hint(value: Any) -> str:
    """Why digits that look like a whole number were not taken as one."""
    if not isinstance(value, str):
        return ""
    text = value.strip(" \t\r\n")  # str.strip() would take a no-break space too
    pasted = pasted_character(text)
    if pasted is not None:
        # '80\xa0' pasted from a table: a no-break space YAML keeps as part of the text.
        kept = SPACE_LIKE.sub("", INVISIBLE.sub("", text))
        if _western_digits(kept).lstrip("+-").isdigit():
            return (
                f" — it holds {character_name(text[pasted])}, which makes it text: "
                f"write {_western_digits(kept)}"
            )
        return ""
    western = _western_digits(text)
    if western != text:
        number = western.replace(",", "") if _GROUPED.fullmatch(western) else western
        if number.lstrip("+-").isdigit():
            return f" — {_OTHER_DIGITS}: write {number}"
        return ""
    if _GROUPED.fullmatch(text):
        return f" — write it without separators: {text.replace(',', '')}"
    if not text.lstrip("+-").isdigit():
        return ""
    digits = len(text.lstrip("+-"))
    if digits > MAX_INT_DIGITS:
        return f" — a number of {digits} digits, too large for a count"
    return " — text, not a number: remove the quotes"


def _date_hint(value: Any) -> str:
    """A date written in other digits (٢٠١٧-١٠-٢٣): the same date in 0-9, when it is one."""
    if not isinstance(value, str) or value.isascii():
        return ""
    western = _western_digits(value.strip())
    if western == value.strip():
        return ""
    try:
        parse_edtf(western)
    except ValueError:
        return ""
    return f" — a date is written in the digits 0-9: write {western}"


def _pattern_words(loc: tuple[Any, ...]) -> str:
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if last in ("url", "archived_url"):
        return "a web address starting with http:// or https:// and without spaces"
    if last in ("lang", "language"):
        return "a language tag such as en, ar or ar-SY"
    if last == "id" and loc[:1] == ("incident",):
        return "an incident code of letters, digits, . _ - (e.g. SYR-2017-0042)"
    return f"an id of {_ID_CHARACTERS}"


_ID_CHARACTERS = "lower-case letters, digits, . _ -"
#: Each kind of item, as the message names its id, and an id of that kind from the sample.
_ID_KINDS = {
    "actors": ("an actor id", "sohr"),
    "sources": ("a source id", "trt-2017-10-23"),
    "timeline": ("an event id", "regime-retakes-town-2016"),
    "claims": ("a claim id", "sohr-128-documented"),
}
#: The keys that name another item by its id, and the section that item is in.
_REFERENCE_KEYS = {
    "publisher": "actors",
    "author": "actors",
    "claimant": "actors",
    "actor": "actors",
    "relays": "sources",
    "sources": "sources",
    "part_of": "claims",
    "revises": "claims",
}
#: Beyond this many items in a section, a name written for an id is not looked up: the
#: lookup is built once per file, but a hostile file can hold hundreds of thousands.
MAX_NAMED_ITEMS = 10_000


def _id_kind(loc: tuple[Any, ...]) -> tuple[str, bool] | None:
    """The section of the item an id at ``loc`` is of, and whether it is a reference (else
    the item's own id); None for a value that is not an item's id."""
    keys = [part for part in loc if isinstance(part, str)]
    if not keys or keys[0] not in _ID_KINDS:
        return None
    if keys[-1] == "id" and len(keys) == 2:
        return keys[0], False
    section = _REFERENCE_KEYS.get(keys[-1])
    return None if section is None else (section, True)


def _id_words(
    found: str, id_kind: tuple[str, bool], ids: "_IdsInFile", *, in_list: bool = False
) -> str:
    """'found 'TRT World'; did you mean 'trt-world'? (expected an actor id …)'.

    ``in_list``: the id is an item of a list (``[a، b]``), not the key's one value.
    """
    section, reference = id_kind
    what, example = _ID_KINDS[section]
    expected = f"{what} such as {example}: {_ID_CHARACTERS}"
    if _ARABIC_COMMA in found:
        # `[sohr-statement، pcc-publication]`: YAML sees one item, and the writer two.
        items = _shorten_items(", ".join(p.strip() for p in found.split(_ARABIC_COMMA)))
        return (
            f"expected {expected}; found {_found(found)}, ids joined by the Arabic comma "
            f"'{_ARABIC_COMMA}' (U+060C) — YAML separates the items of a list with ',': "
            f"write {items if in_list else f'[{items}]'}"
        )
    guess = ids.named(section, found) if reference else id_like(found)
    if guess is None and reference:
        # An item of another kind named for this one: `sources: [SOHR]` names the actor.
        for other in _ID_KINDS:
            named = ids.named(other, found) if other != section else None
            if named is not None:
                one, other_one = what.split()[1], _ID_KINDS[other][0].split()[1]
                return (
                    f"expected {expected}; found {_found(found)}, which names the {other_one} "
                    f"{named!r}, not {'an' if one[0] in 'aeiou' else 'a'} {one}"
                )
    if guess is not None and guess != found:
        return f"found {_found(found)}; did you mean {guess!r}? (expected {expected})"
    return f"expected {expected}; found {_found(found)}"


_ARABIC_COMMA = "\u060c"


def _shorten_items(items: str) -> str:
    return items if len(items) <= 120 else items[:119] + "…"


class _IdsInFile:
    """The ids, names and aliases of a file's items, read from its data (which may be
    anything: the model refused it), looked up by section and built once, when asked."""

    def __init__(self, data: Any) -> None:
        self._data = data if isinstance(data, dict) else {}
        self._sections: dict[str, NamedIds] = {}

    def in_a_list(self, loc: tuple[Any, ...]) -> bool:
        """True when the file wrote the value at ``loc`` as an item of a list (the model
        makes a list of `claimant: sohr` too)."""
        container: Any = self._data
        for part in loc[:-1]:
            try:
                container = container[part]
            except (KeyError, IndexError, TypeError):
                return False
        return isinstance(container, list)

    def named(self, section: str, found: str) -> str | None:
        """The one id of ``section`` that ``found`` is the id, name or alias of."""
        if section not in self._sections:
            items = self._data.get(section)
            listed = items if isinstance(items, list) and len(items) <= MAX_NAMED_ITEMS else []
            self._sections[section] = NamedIds(_names(listed))
        return self._sections[section].id_named(found)


def _names(items: list[Any]) -> Iterator[tuple[str, list[str]]]:
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        names = [item.get(key) for key in ("name", "name_ar", "title", "title_ar")]
        aliases = item.get("aliases")
        for alias in aliases if isinstance(aliases, list) else ():
            names.append(alias.get("name") if isinstance(alias, dict) else alias)
        yield item["id"], [name for name in names if isinstance(name, str)]
