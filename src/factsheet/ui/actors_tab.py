"""The Actors tab: who is who, by every name; an actor's events, claims and sources."""

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from factsheet.i18n import Context
from factsheet.ui.list_tab import ColumnCaps, ListTab
from factsheet.ui.row_table_model import RowTableModel
from factsheet.views import IncidentViews
from factsheet.views.actors import (
    ALIASES,
    ARABIC,
    CLAIMS,
    EVENTS,
    KIND,
    NAME,
    RELATIONS,
    ActorRow,
    headers,
)
from factsheet.views.details import actor_html
from factsheet.views.table import Table

ActorsPage = Context("ActorsPage")

_WIDEST = 300


class ActorTableModel(RowTableModel[ActorRow]):
    """The actors of one incident in file order."""

    def __init__(self) -> None:
        super().__init__(headers())

    @override
    def extra_data(self, row: ActorRow, column: int, role: int) -> object:
        """Arabic names and counts aligned right."""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ARABIC, EVENTS, CLAIMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ActorsTab(ListTab[ActorRow]):
    """Actors with kinds, aliases in all languages and relations; filtering matches aliases."""

    kind = "actor"
    column_caps: ClassVar[ColumnCaps] = {NAME: _WIDEST, ALIASES: _WIDEST, RELATIONS: _WIDEST}
    # No column is read before the others: they share the room alike.
    wrapped_columns = frozenset({NAME, ARABIC, KIND, ALIASES, RELATIONS})
    detail_below_under = 1200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            ActorTableModel(),
            filter_hint=ActorsPage.tr("Filter actors: any name or alias (Daesh, ISIS, ISIL…)"),
            filter_name=ActorsPage.tr("Filter actors"),
            detail_hint=ActorsPage.tr("Select an actor to see its events, claims and sources."),
            table_name=ActorsPage.tr("Actors"),
            parent=parent,
        )

    def rows_of(self, views: IncidentViews) -> Table[ActorRow]:
        """The actors in file order."""
        return views.actors

    def detail_html(self, views: IncidentViews, row: ActorRow) -> str:
        """The actor with every event, claim and source it appears in."""
        return actor_html(views.names, row.actor)
