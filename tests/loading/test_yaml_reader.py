"""The YAML reader on its own: YAML 1.2 core typing, positions only when asked for."""

import math
from typing import Any

import pytest

from factsheet.loading.yaml_reader import (
    MAX_EXPANDED_CHARS,
    MAX_LIST_ITEMS,
    Mark,
    YamlSyntaxError,
    read_positions,
    read_yaml,
)
from factsheet.loading.yaml_scalars import resolve_plain


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("~", None),
        ("null", None),
        ("true", True),
        ("False", False),
        ("0", 0),
        ("-17", -17),
        ("+3", 3),
        ("1.5", 1.5),
        (".5", 0.5),
        ("1e3", 1000.0),
        (".inf", math.inf),
        ("-.inf", -math.inf),
        ("123456789012345678", 123456789012345678),
        # YAML 1.1 and other surprises stay text:
        ("1234567890123456789", "1234567890123456789"),
        ("012", "012"),
        ("0x1F", "0x1F"),
        ("0o17", "0o17"),
        ("1_000", "1_000"),
        ("1:30", "1:30"),
        ("NO", "NO"),
        ("yes", "yes"),
        ("On", "On"),
        ("2017-10-21", "2017-10-21"),
        ("-", "-"),
        (".", "."),
    ],
)
def test_plain_scalars_follow_the_yaml_1_2_core_schema(text: str, value: Any) -> None:
    resolved = resolve_plain(text)
    assert resolved == value
    assert type(resolved) is type(value)


def test_nan_is_a_float() -> None:
    assert math.isnan(resolve_plain(".nan"))


def test_quoted_and_tagged_scalars() -> None:
    doc = read_yaml(
        'a: "1"\nb: !!int "2"\nc: !!str 3\nd: !!float 4\ne: !!null ""\n', keep_marks=False
    )
    assert doc.value == {"a": "1", "b": 2, "c": "3", "d": 4.0, "e": None}
    assert doc.problems == []


def test_positions_are_kept_only_when_asked_for() -> None:
    text = "a:\n  - x\n  - {b: 2}\n"
    fast = read_yaml(text, keep_marks=False)
    located = read_yaml(text, keep_marks=True)
    assert fast.value == located.value == {"a": ["x", {"b": 2}]}
    assert fast.marks == {}
    assert located.marks[("a",)] == Mark(2, 3)
    assert located.marks[("a", 1, "b")] == Mark(3, 9)
    assert located.key_marks[("a", 1, "b")] == Mark(3, 6)


def test_aliases_share_values_and_count_towards_the_expansion() -> None:
    doc = read_yaml("a: &x [1, 2]\nb: *x\n", keep_marks=False)
    assert doc.value == {"a": [1, 2], "b": [1, 2]}


def test_aliases_may_repeat_text_up_to_the_character_cap() -> None:
    text = "x" * 1_000
    uses = MAX_EXPANDED_CHARS // len(text)
    doc = read_yaml(f"a: &t {text}\nb: [{', '.join(['*t'] * uses)}]\n", keep_marks=False)
    assert len(doc.value["b"]) == uses
    with pytest.raises(YamlSyntaxError, match=r"found more at \*t \(1,000 characters each"):
        read_yaml(f"a: &t {text}\nb: [{', '.join(['*t'] * (uses + 1))}]\n", keep_marks=False)


def test_an_alias_repeats_keys_and_what_nested_aliases_repeat() -> None:
    def nested(key_length: int) -> str:
        # *n repeats *m's key and value: 60 + 40 (+ 1) characters, 9,999 times.
        mapping = f"m: &m {{{'k' * key_length}: {'v' * 40}}}\nn: &n [*m]\n"
        return mapping + f"l: [{', '.join(['*n'] * 9_999)}]\n"

    assert len(read_yaml(nested(60), keep_marks=False).value["l"]) == 9_999
    with pytest.raises(YamlSyntaxError, match=r"found more at \*n \(101 characters each"):
        read_yaml(nested(61), keep_marks=False)


def test_a_list_may_hold_up_to_the_item_cap() -> None:
    doc = read_yaml("a: [" + "1, " * MAX_LIST_ITEMS + "]\n", keep_marks=False)
    assert len(doc.value["a"]) == MAX_LIST_ITEMS


def test_positions_can_be_limited_to_what_is_needed() -> None:
    text = "a:\n  - x\n  - {b: 2}\nc: [1, 2]\n"
    doc = read_positions(text, frozenset({(), ("a",)}))
    assert doc.value == read_yaml(text, keep_marks=False).value
    assert doc.marks == {
        (): Mark(1, 1),
        ("a",): Mark(2, 3),
        ("c",): Mark(4, 4),
        ("a", 0): Mark(2, 5),
        ("a", 1): Mark(3, 5),
    }
