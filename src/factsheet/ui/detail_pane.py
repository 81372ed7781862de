"""A read-only pane showing one item in full, whose links lead to other items."""

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from factsheet.i18n import Context
from factsheet.views.links import parse_item_link

ItemDetails = Context("ItemDetails")


class DetailPane(QTextBrowser):
    """Shows rich text built from escaped data; emits link_activated(kind, id) on a click.

    It never follows a link itself, and never opens a web address: a source's address is
    shown as text, and the Sources tab decides about opening it.
    """

    link_activated = Signal(str, str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(ItemDetails.tr("Details"))
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_html(self, text: str) -> None:
        """Replace the content; the view starts at the top."""
        self.setHtml(text)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = parse_item_link(url.toString())
        if target is not None:
            self.link_activated.emit(*target)
