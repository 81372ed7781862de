"""The Sources tab: every source, numbered as printed, and everything it supports."""

from html import escape

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from factsheet.loading import LoadedIncident
from factsheet.model.incident import Incident, Source
from factsheet.model.vocabulary import RELIABILITY, SOURCE_KINDS, definition, label
from factsheet.ui import dialogs
from factsheet.ui.claim_table_model import claim_label
from factsheet.ui.detail_html import actor_link, source_link
from factsheet.ui.detail_pane import DetailPane, item_link
from factsheet.ui.filter_proxy import WordFilterProxy
from factsheet.ui.item_table import make_item_table, select_source_row
from factsheet.ui.source_table_model import (
    AUTHOR,
    CONSULTED,
    DATE,
    GRADE,
    KIND,
    NUMBER,
    PUBLISHER,
    RELAYS,
    SUPPORTS,
    TITLE,
    SourceTableModel,
)

_WEB_SCHEMES = ("http", "https")


def _web_link(url: str) -> str:
    safe = escape(url, quote=True)
    return f'<a href="{safe}">{safe}</a>'


def _event_label(incident: Incident, event_id: str) -> str:
    event = next((e for e in incident.timeline if e.id == event_id), None)
    if event is None:
        return event_id
    text = event.text if len(event.text) <= 70 else event.text[:69].rstrip() + "…"
    return f"{event.date.words()}: {text}"


def _links(kind: str, ids: tuple[str, ...], incident: Incident) -> str:
    """One link per item, named as a reader knows it (never the bare id)."""

    def link(item_id: str) -> str:
        if kind == "actor":
            return actor_link(incident, item_id)
        if kind == "source":
            return source_link(incident, item_id)
        if kind == "claim":
            claim = incident.claims_by_id.get(item_id)
            return item_link(kind, item_id, claim_label(incident, claim) if claim else item_id)
        return item_link(kind, item_id, _event_label(incident, item_id))

    if kind in ("event", "claim"):
        return "<br>".join(link(i) for i in ids)
    return ", ".join(link(i) for i in ids)


def source_html(incident: Incident, source: Source, model: SourceTableModel) -> str:
    """Everything about one source, with links to what it supports and its addresses."""
    number = incident.source_numbers[source.id]
    rows: list[tuple[str, str]] = [("Publisher", actor_link(incident, source.publisher))]
    if source.author:
        rows.append(("Author", actor_link(incident, source.author)))
    rows.append(("Published", escape(source.published.words()) if source.published else "undated"))
    if source.title_ar:
        rows.append(("Arabic title", f'<span dir="rtl" lang="ar">{escape(source.title_ar)}</span>'))
    rows.append(
        (
            "Kind",
            (
                f"{escape(label(SOURCE_KINDS, source.kind))} "
                f"<small>— {escape(definition(SOURCE_KINDS, source.kind))}</small>"
            ),
        )
    )
    if source.reliability:
        rows.append(
            (
                "Grade",
                f"{source.reliability} — {escape(definition(RELIABILITY, source.reliability))}",
            )
        )
    if source.language:
        rows.append(("Language", escape(source.language)))
    rows.append(
        ("Consulted", "yes" if source.consulted else "no — known only through another source")
    )
    if source.url:
        rows.append(("Address", _web_link(source.url)))
    if source.archived_url:
        rows.append(("Archived copy", _web_link(source.archived_url)))
    if source.accessed:
        rows.append(("Accessed", escape(source.accessed.words())))
    if source.relays:
        rows.append(("Relays", _links("source", source.relays, incident)))
    support = model.support(source.id)
    if support.relayed_by:
        rows.append(("Relayed by", _links("source", support.relayed_by, incident)))
    rows.append(("Events citing it", _links("event", support.events, incident) or "none"))
    rows.append(("Claims citing it", _links("claim", support.claims, incident) or "none"))
    if support.actors:
        rows.append(("Actor relations", _links("actor", support.actors, incident)))
    if source.note:
        rows.append(("Note", escape(source.note)))
    title = escape(source.title) if source.title else f"<i>untitled</i> ({escape(source.id)})"
    table = "".join(f'<tr><th align="left" valign="top">{k}</th><td>{v}</td></tr>' for k, v in rows)
    return f"<h3>[{number}] {title}</h3><table cellpadding='2'>{table}</table>"


class SourcesTab(QWidget):
    """Table of sources with a filter box and a detail pane for the selected one."""

    link_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: LoadedIncident | None = None
        self.model = SourceTableModel(self)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText("Filter sources: publisher, title, kind…")
        self.filter_box.setAccessibleName("Filter sources")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter_text_changed)
        filter_label = QLabel("F&ilter:", self)
        filter_label.setBuddy(self.filter_box)
        self.count_label = QLabel(self)

        self.table = make_item_table(self.proxy, "Sources", self, sortable=True)
        self.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (NUMBER, GRADE, CONSULTED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Long cells are elided here and shown whole in the detail pane below.
        widths = {PUBLISHER: 210, AUTHOR: 120, DATE: 170, KIND: 130, RELAYS: 110, SUPPORTS: 180}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        self.detail = DetailPane("Select a source to see what it supports.", self)
        self.detail.link_activated.connect(self.link_activated)
        self.detail.anchorClicked.connect(self._on_detail_anchor_clicked)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_count()

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show the sources of a newly loaded incident."""
        self._loaded = loaded
        self.model.set_incident(loaded)
        self.detail.clear()
        self._update_count()

    def focus_filter(self) -> None:
        """Put the keyboard focus in the filter box."""
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def select_item(self, kind: str, item_id: str) -> bool:
        """Select the source ``item_id`` (clearing a filter that hides it)."""
        if kind != "source":
            return False
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        select_source_row(self.table, self.proxy, row, self._clear_filters)
        return True

    def _clear_filters(self) -> None:
        self.filter_box.clear()

    def selected_source(self) -> Source | None:
        """The source in the detail pane, if any."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.source_at(self.proxy.mapToSource(index).row())

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{shown} of {total}" if shown != total else f"{total} sources")

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        incident = self.model.incident
        if not current.isValid() or incident is None:
            self.detail.clear()
            return
        source = self.model.source_at(self.proxy.mapToSource(current).row())
        self.detail.show_html(source_html(incident, source, self.model))

    @Slot(QUrl)
    def _on_detail_anchor_clicked(self, url: QUrl) -> None:
        # Only a click on an address gets here with a web scheme; the user sees it first.
        if url.scheme() in _WEB_SCHEMES and dialogs.confirm_open_url(self, url.toString()):
            QDesktopServices.openUrl(url)
