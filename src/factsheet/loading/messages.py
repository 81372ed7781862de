"""Pydantic's validation errors, reworded as 'expected …; found …' for people editing YAML."""

import re
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from factsheet.loading.problems import MAX_KEY_SHOWN, Path
from factsheet.loading.yaml_scalars import MAX_INT_DIGITS
from factsheet.model.dates import words_to_keep
from factsheet.model.suggestions import did_you_mean

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
    errors: list[ErrorDetails], model: type[BaseModel]
) -> list[tuple[ErrorDetails, str]]:
    """Each error with its sentence; a misspelt required key becomes one error, not two.

    `qualifer: at-least` gives pydantic both "qualifier missing" and "qualifer unknown";
    the user made one slip, so it is reported once, at the key they wrote.
    """
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
        (error, message or describe(error, model))
        for error, message in described
        if not (error["type"] == "missing" and tuple(error["loc"]) in merged)
    ]


def describe(error: ErrorDetails, model: type[BaseModel]) -> str:
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
        return _with_wording_key(error["msg"], words_to_keep(value), model, loc)
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
    if len(key) <= MAX_KEY_SHOWN:
        return repr(key)
    return f"{key[:MAX_KEY_SHOWN]!r}… ({len(key):,} characters)"


def _number_hint(value: Any) -> str:
    """Why digits that look like a whole number were not taken as one."""
    if isinstance(value, str) and _GROUPED.fullmatch(value.strip()):
        return f" — write it without separators: {value.strip().replace(',', '')}"
    if not isinstance(value, str) or not value.strip().lstrip("+-").isdigit():
        return ""
    digits = len(value.strip().lstrip("+-"))
    if digits > MAX_INT_DIGITS:
        return f" — a number of {digits} digits, too large for a count"
    return " — text, not a number: remove the quotes"


def _pattern_words(loc: tuple[Any, ...]) -> str:
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if last in ("url", "archived_url"):
        return "a web address starting with http:// or https:// and without spaces"
    if last in ("lang", "language"):
        return "a language tag such as en, ar or ar-SY"
    if last == "id" and loc[:1] == ("incident",):
        return "an incident code of letters, digits, . _ - (e.g. SYR-2017-0042)"
    return "an id of lower-case letters, digits, . _ - (e.g. sohr-128-documented)"
