"""Vocabularies: every Literal value has a label and definition, and the schema lists them."""

import typing
from typing import Any, get_args, get_origin

import pytest
from pydantic import BaseModel

from factsheet.i18n import install_catalog, installed_catalog, using_language
from factsheet.model import incident as incident_models
from factsheet.model.vocabulary import (
    COUNTING_BASES,
    QUALIFIERS,
    RELIABILITY,
    SOURCE_KINDS,
    VOCABULARIES,
    Vocabulary,
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


class _OneWord:
    """A catalog that knows one translation."""

    def __init__(self, context: str, text: str, translation: str) -> None:
        self.entry = (context, text, translation)

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        return self.entry[2] if (context, text) == self.entry[:2] else None


def test_each_vocabulary_is_translated_in_a_context_of_its_own() -> None:
    contexts = [table.context for _, table in VOCABULARIES.values()]
    assert all(isinstance(table, Vocabulary) for _, table in VOCABULARIES.values())
    assert len(set(contexts)) == len(contexts)
    # The same English in two vocabularies may need two translations.
    assert COUNTING_BASES["official-statement"][0] == SOURCE_KINDS["official-statement"][0]
    assert COUNTING_BASES.context != SOURCE_KINDS.context


def test_labels_and_definitions_are_translated_when_asked_for() -> None:
    before = installed_catalog("ar")
    install_catalog("ar", _OneWord(QUALIFIERS.context, "at least", "على الأقل"))
    try:
        assert label(QUALIFIERS, "at-least") == "at least"
        with using_language("ar"):
            assert label(QUALIFIERS, "at-least") == "على الأقل"
            assert label(QUALIFIERS, "at-most") == "at most"  # not in the catalog: English
            assert definition(QUALIFIERS, "at-least") == "A floor: the true figure may be higher."
    finally:
        install_catalog("ar", before)
