"""Vocabularies: every Literal value has a label and definition, and the schema lists them."""

import typing
from typing import Any, get_args, get_origin

import pytest
from pydantic import BaseModel

from factsheet.model import incident as incident_models
from factsheet.model.vocabulary import (
    QUALIFIERS,
    RELIABILITY,
    VOCABULARIES,
    definition,
    label,
    values,
)
from factsheet.schema import incident_schema


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_literal_and_table_list_the_same_values_in_the_same_order(name: str) -> None:
    literal, table = VOCABULARIES[name]
    assert values(literal) == tuple(table)


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_every_value_has_a_label_and_a_definition(name: str) -> None:
    _, table = VOCABULARIES[name]
    for value, (words, meaning) in table.items():
        assert words.strip(), value
        assert meaning.strip(), value
        assert meaning[0].isupper(), f"{name} {value}: definitions are sentences"
        assert label(table, value) == words
        assert definition(table, value) == meaning


def _literals_in(annotation: Any) -> list[tuple[str, ...]]:
    """Every Literal inside an annotation (Optional, tuple[...] and Annotated included)."""
    if get_origin(annotation) is typing.Literal:
        return [tuple(str(v) for v in get_args(annotation))]
    found = []
    for arg in get_args(annotation):
        found += _literals_in(arg)
    return found


def _models() -> list[type[BaseModel]]:
    return [
        value
        for value in vars(incident_models).values()
        if isinstance(value, type)
        and issubclass(value, BaseModel)
        and value.__module__ == incident_models.__name__
    ]


def test_every_vocabulary_field_of_the_format_has_a_table() -> None:
    known = {values(literal) for literal, _ in VOCABULARIES.values()}
    for model in _models():
        for name, field in model.model_fields.items():
            for literal in _literals_in(field.annotation):
                if literal == ("1",):  # format_version, not a vocabulary
                    continue
                assert literal in known, f"{model.__name__}.{name} has no vocabulary table"


def test_the_schema_offers_every_value_to_editors() -> None:
    text = str(incident_schema())
    for literal, _ in VOCABULARIES.values():
        for value in values(literal):
            assert repr(value) in text, value


def test_words_users_see_for_a_few_values() -> None:
    assert label(QUALIFIERS, "at-least") == "at least"
    assert definition(RELIABILITY, "F") == "Reliability cannot be judged"
    with pytest.raises(KeyError):
        label(QUALIFIERS, "roughly")
