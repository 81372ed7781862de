"""File ▸ Open Recent: the remembered files, most recent first, filled each time it opens."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from factsheet.i18n import Context
from factsheet.ui.row_table_model import plain_rich_text
from factsheet.ui.settings import AppSettings

RecentFiles = Context("RecentFiles")


class RecentMenu(QMenu):
    """Emits ``chosen(path)``; offers to forget the list."""

    chosen = Signal(Path)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(RecentFiles.tr("Open &Recent"), parent)
        self._settings = settings
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        """List the recent files (called as the menu opens)."""
        self.clear()
        recent = self._settings.recent_files()
        for number, path in enumerate(recent, start=1):
            # "&1 name" gives keyboard users a mnemonic; the full path is in the tooltip.
            name = path.name.replace("&", "&&")
            action = self.addAction(f"&{number} {name}" if number < 10 else name)
            action.setToolTip(plain_rich_text(str(path)))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p))
        if not recent:
            self.addAction(RecentFiles.tr("No recent files")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(RecentFiles.tr("&Clear Recent Files"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._settings.clear_recent_files)
