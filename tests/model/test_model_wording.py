"""The figure as the source states it, in words and as a mark: never summed, never rounded."""

from typing import Any

import pytest

from factsheet.model.incident import CasualtyClaim
from factsheet.model.wording import figure_mark, figure_words


def _claim(**fields: Any) -> CasualtyClaim:
    base: dict[str, Any] = {
        "id": "c",
        "claimant": "x",
        "victims": "civilians",
        "basis": "documented-deaths",
    }
    return CasualtyClaim.model_validate(base | fields)


@pytest.mark.parametrize(
    ("fields", "words", "mark"),
    [
        ({"qualifier": "exact", "count": 67}, "67", "67"),
        ({"qualifier": "at-least", "count": 80}, "at least 80", "≥80"),
        ({"qualifier": "at-most", "count": 5}, "at most 5", "≤5"),
        ({"qualifier": "about", "count": 20}, "about 20", "~20"),
        ({"qualifier": "range", "count": 13, "count_max": 46}, "between 13 and 46", "13–46"),
        ({"qualifier": "unknown"}, "unquantified", "?"),
        ({"qualifier": "at-least", "count": 12500}, "at least 12,500", "≥12,500"),
        ({"qualifier": "exact", "count": 0}, "0", "0"),
    ],
    ids=["exact", "at-least", "at-most", "about", "range", "unknown", "thousands", "zero"],
)
def test_figure_words_and_marks(fields: dict[str, Any], words: str, mark: str) -> None:
    claim = _claim(**fields)
    assert figure_words(claim) == words
    assert figure_mark(claim) == mark
