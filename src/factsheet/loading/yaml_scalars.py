"""Plain YAML scalars typed by the YAML 1.2 core schema: decimal numbers, true/false, null."""

import re
from typing import Any

#: Longer integers stay text: a count cannot be that large, and int() of thousands of
#: digits is slow (Python refuses more than 4,300 by default).
MAX_INT_DIGITS = 18

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
# YAML 1.2 core schema, decimal only: 012, 0x1F, 1:30, 1_000 and 2017-10-21 stay strings.
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
)
#: Every int, float, .inf and .nan above starts with one of these.
_NUMBER_START = frozenset("0123456789+-.")
_INF_NAN = {
    ".inf": float("inf"),
    "+.inf": float("inf"),
    "-.inf": float("-inf"),
    ".nan": float("nan"),
}


def resolve_plain(text: str) -> Any:
    """Type an untagged plain scalar by the YAML 1.2 core schema (decimal numbers only)."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text[:1] not in _NUMBER_START:  # most values are words: skip the patterns
        return text
    if _INT.fullmatch(text):
        if len(text.lstrip("+-")) > MAX_INT_DIGITS:
            return text  # left as text; the model then says a count was expected
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    if text.lower() in _INF_NAN:
        return _INF_NAN[text.lower()]
    return text
