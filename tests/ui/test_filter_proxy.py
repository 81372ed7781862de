"""Filtering: every typed word in a row's text, and the tab's own test, in one pass per key."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from factsheet.loading import LoadedIncident, read_incident
from factsheet.ui.actors_tab import ActorTableModel
from factsheet.ui.filter_proxy import WordFilterProxy, words_of
from factsheet.ui.row_table_model import ID_ROLE
from factsheet.views import IncidentViews


@pytest.fixture
def proxy(qapp: QApplication, sample_loaded: LoadedIncident) -> WordFilterProxy:
    model = ActorTableModel()
    model.set_table(IncidentViews(sample_loaded).actors)
    proxy = WordFilterProxy()
    proxy.set_rows_model(model)
    model.setParent(proxy)
    return proxy


def _ids(proxy: WordFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def test_words_are_case_blind_and_split_on_spaces() -> None:
    assert words_of("  ISIS   Daesh ") == ["isis", "daesh"]
    assert words_of("") == []


def test_every_word_must_be_in_the_row(proxy: WordFilterProxy) -> None:
    proxy.set_filter("isis", None)
    assert _ids(proxy) == ["daesh"]
    proxy.set_filter("rami", None)
    assert _ids(proxy) == ["rami-abdurrahman"]
    proxy.set_filter("OBSERVATORY britain", None)  # an alias and a word of the description
    assert _ids(proxy) == ["sohr"]
    proxy.set_filter("", None)
    assert proxy.rowCount() == proxy.sourceModel().rowCount()


def test_the_tab_s_own_test_runs_with_the_words(proxy: WordFilterProxy) -> None:
    model: Any = proxy.sourceModel()
    rows, haystacks = model.table.rows, model.haystacks()
    proxy.set_filter("syrian", lambda row: row % 2 == 0)
    expected = [
        row.item_id for n, row in enumerate(rows) if n % 2 == 0 and "syrian" in haystacks[n]
    ]
    assert _ids(proxy) == expected
    assert 0 < len(expected) < len(rows)
    proxy.set_filter("", None)
    assert "daesh" in _ids(proxy)


def test_a_reset_of_the_model_refilters(
    proxy: WordFilterProxy, tmp_path: Path, sample_path: Path
) -> None:
    proxy.set_filter("rossiya", None)
    assert _ids(proxy) == []
    text = sample_path.read_text(encoding="utf-8").replace("name: Russia", "name: Rossiya")
    changed = tmp_path / "changed.yaml"
    changed.write_text(text, encoding="utf-8")
    model: Any = proxy.sourceModel()
    model.set_table(IncidentViews(read_incident(changed)).actors)
    assert "russia" in _ids(proxy)  # the words stay and now match the renamed actor


def test_sorting_uses_the_sort_role(proxy: WordFilterProxy) -> None:
    from PySide6.QtCore import Qt

    from factsheet.views.actors import EVENTS

    proxy.sort(EVENTS, Qt.SortOrder.DescendingOrder)
    assert _ids(proxy)[0] == "daesh"  # 7 events: numbers, not text ("7" < "10" as text)
