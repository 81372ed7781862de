"""What the app remembers between runs, read back with explicit types from any QSettings."""

from pathlib import Path
from typing import get_args

from PySide6.QtCore import QByteArray, QSettings

from factsheet.i18n import DEFAULT_DIGITS, LANGUAGES, Digits, Language
from factsheet.views.brief import DEFAULT_VARIANT, SHEET_VARIANTS, SheetVariant

MAX_RECENT_FILES = 10

_RECENT = "files/recent"
_RECENT_FOLDERS = "folders/recent"
_GEOMETRY = "window/geometry"
_WINDOW_STATE = "window/state"
_CURRENT_TAB = "window/current_tab"
_LANGUAGE = "interface/language"
_DIGITS = "interface/digits"
_SHEET_VARIANT = "print/sheet"
_SHEET_LANGUAGE = "print/language"
_EDITOR = "editor/command"


class AppSettings:
    """Typed access to the remembered files and folders, window geometry and tab, the
    language, the external editor's command and the sheet last printed or exported (brief
    or full dossier).

    The INI backend (Linux, and the tests) stores everything as text: a one-item list comes
    back as a plain string, an int as "2", and an absent key as None; so every value read
    here is checked and converted rather than trusted.
    """

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def recent_files(self) -> list[Path]:
        """Most recent first; no duplicates, no blanks."""
        return self._paths(_RECENT)

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` at the top of the recent files (absolute, once)."""
        self._add_path(_RECENT, path)

    def remove_recent_file(self, path: Path) -> None:
        """Forget a file (for example one that no longer exists)."""
        self._store_paths(_RECENT, [p for p in self.recent_files() if p != path])

    def clear_recent_files(self) -> None:
        """Forget every recent file."""
        self._store.remove(_RECENT)
        self._store.sync()

    def recent_folders(self) -> list[Path]:
        """Library folders, most recent first."""
        return self._paths(_RECENT_FOLDERS)

    def add_recent_folder(self, path: Path) -> None:
        """Put a library folder at the top of the recent folders."""
        self._add_path(_RECENT_FOLDERS, path)

    def remove_recent_folder(self, path: Path) -> None:
        """Forget a library folder."""
        self._store_paths(_RECENT_FOLDERS, [p for p in self.recent_folders() if p != path])

    def clear_recent_folders(self) -> None:
        """Forget every recent library folder."""
        self._store.remove(_RECENT_FOLDERS)
        self._store.sync()

    def _paths(self, key: str) -> list[Path]:
        raw = self._store.value(key)
        items: list[object] = []
        if isinstance(raw, str):
            items = [raw]
        elif isinstance(raw, list | tuple):
            items = list(raw)
        paths: list[Path] = []
        for item in items:
            if isinstance(item, str) and item.strip() and Path(item) not in paths:
                paths.append(Path(item))
        return paths[:MAX_RECENT_FILES]

    def _add_path(self, key: str, path: Path) -> None:
        path = path.absolute()
        self._store_paths(key, [path, *(p for p in self._paths(key) if p != path)])

    def _store_paths(self, key: str, paths: list[Path]) -> None:
        self._store.setValue(key, [str(p) for p in paths[:MAX_RECENT_FILES]])
        self._store.sync()

    def last_file(self) -> Path | None:
        """The incident shown when the app was last used, if any."""
        recent = self.recent_files()
        return recent[0] if recent else None

    def geometry(self) -> QByteArray | None:
        """The saved window geometry (as QWidget.saveGeometry wrote it)."""
        return self._bytes(_GEOMETRY)

    def window_state(self) -> QByteArray | None:
        """The saved split between tabs and problems list (as QSplitter.saveState wrote it)."""
        return self._bytes(_WINDOW_STATE)

    def save_window(self, geometry: QByteArray, state: QByteArray, current_tab: int) -> None:
        """Remember the window's place, its split and the tab on top."""
        self._store.setValue(_GEOMETRY, geometry)
        self._store.setValue(_WINDOW_STATE, state)
        self._store.setValue(_CURRENT_TAB, current_tab)
        self._store.sync()

    def current_tab(self) -> int:
        """The index of the tab last on top (0 when unknown)."""
        raw = self._store.value(_CURRENT_TAB)
        try:
            return max(0, int(str(raw))) if raw is not None else 0
        except ValueError:
            return 0

    def language(self) -> Language | None:
        """The interface language the user chose in View ▸ Language; None until then."""
        raw = self._store.value(_LANGUAGE)
        return next((language for language in LANGUAGES if raw == language), None)

    def digits(self) -> Digits:
        """The digits chosen for Arabic text (Western unless the user chose otherwise)."""
        raw = self._store.value(_DIGITS)
        return next((d for d in get_args(Digits) if raw == d), DEFAULT_DIGITS)

    def set_language(self, language: Language, digits: Digits) -> None:
        """Remember the interface language and digits for the next start."""
        self._store.setValue(_LANGUAGE, language)
        self._store.setValue(_DIGITS, digits)
        self._store.sync()

    def sheet_variant(self) -> SheetVariant:
        """The sheet the user last chose to print or export (the brief until then)."""
        raw = self._store.value(_SHEET_VARIANT)
        return next((v for v in SHEET_VARIANTS if raw == v), DEFAULT_VARIANT)

    def set_sheet_variant(self, variant: SheetVariant) -> None:
        """Remember the sheet chosen in a print or export dialog."""
        self._store.setValue(_SHEET_VARIANT, variant)
        self._store.sync()

    def sheet_language(self) -> Language | None:
        """The sheet's language the user last chose in a print or export dialog; None until
        then (the sheet is then in the interface's language)."""
        raw = self._store.value(_SHEET_LANGUAGE)
        return next((language for language in LANGUAGES if raw == language), None)

    def set_sheet_language(self, language: Language) -> None:
        """Remember the sheet's language chosen in a print or export dialog."""
        self._store.setValue(_SHEET_LANGUAGE, language)
        self._store.sync()

    def editor_command(self) -> str:
        """The command that opens a file at a line ({file}, {line}, {column}); '' for the
        system's opener."""
        raw = self._store.value(_EDITOR)
        return raw.strip() if isinstance(raw, str) else ""

    def set_editor_command(self, command: str) -> None:
        """Remember the editor command ('' goes back to the system's opener)."""
        self._store.setValue(_EDITOR, command.strip())
        self._store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        raw = self._store.value(key)
        if isinstance(raw, QByteArray) and not raw.isEmpty():
            return raw
        if isinstance(raw, bytes | bytearray) and raw:
            return QByteArray(bytes(raw))
        return None
