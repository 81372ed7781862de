"""The Overview tab: what happened, where, when, how sure, and the reported figures."""

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from factsheet.i18n import Context
from factsheet.loading import LoadedIncident
from factsheet.ui.detail_pane import DetailPane
from factsheet.ui.incident_tab import IncidentTab
from factsheet.views import views_of
from factsheet.views.bidi import in_line

OverviewPage = Context("OverviewPage")


class OverviewTab(IncidentTab):
    """The incident at a glance; a find box (Ctrl+F) searches the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Links are ours (kind:id): the window routes them; nothing is ever fetched.
        self.browser = DetailPane(
            OverviewPage.tr("No incident open. Use File ▸ Open… to open one."), self
        )
        self.browser.setAccessibleName(OverviewPage.tr("Incident overview"))
        self.browser.link_activated.connect(self.link_activated)
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(OverviewPage.tr("Find in overview"))
        self.find_box.setAccessibleName(OverviewPage.tr("Find in overview"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textEdited.connect(self._on_find_text_changed)
        self.find_box.returnPressed.connect(self.find_next)
        find_label = QLabel(OverviewPage.tr("Fi&nd:"), self)
        find_label.setBuddy(self.find_box)
        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.find_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        keys = QKeySequence(QKeySequence.StandardKey.Find)
        self.find_box.setToolTip(
            OverviewPage.tr("Find text in the overview ({keys})").format(
                keys=keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show a newly loaded incident."""
        self.browser.setHtml(views_of(loaded).overview_html)

    def show_failed_file(self, file_name: str) -> None:
        """Nothing shown because ``file_name`` failed to open: say so, and where to look.

        Only while no incident is on screen (started on a broken file): "No incident open.
        Use File ▸ Open…" would contradict the banner, which says the file opens once fixed.
        """
        self.browser.clear()
        self.browser.setPlaceholderText(
            OverviewPage.tr(
                "{file} could not be opened, so no incident is shown. Its problems are listed "
                "under the tabs (View ▸ Problems and Warnings)."
            ).format(file=in_line(file_name))
        )

    def text(self) -> str:
        """The overview as plain text (what a screen reader reads)."""
        return self.browser.toPlainText()

    def focus_filter(self) -> None:
        """Put the keyboard focus in the find box."""
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find_next(self) -> bool:
        """Select the next match of the find box's text, wrapping around."""
        needle = self.find_box.text()
        if not needle:
            return False
        if self.browser.find(needle):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return bool(self.browser.find(needle, QTextDocument.FindFlag(0)))

    @Slot(str)
    def _on_find_text_changed(self, _text: str) -> None:
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.find_next()
