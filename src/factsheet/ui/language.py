"""The interface language: chosen at start and in View ▸ Language, applied to Qt and to us."""

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from factsheet.i18n import (
    LANGUAGES,
    NATIVE_NAMES,
    SOURCE_LANGUAGE,
    Context,
    Digits,
    Language,
    current_digits,
    current_language,
    is_right_to_left,
    set_language,
)
from factsheet.rendering.translations import QT_CATALOG_PREFIX, load_translator
from factsheet.shipped_catalogs import CATALOG_PREFIX, install_catalogs
from factsheet.ui.settings import AppSettings

InterfaceLanguage = Context("InterfaceLanguage")


def system_language(locale: QLocale | None = None) -> Language:
    """Arabic on a system set to any Arabic locale, English otherwise."""
    locale = locale or QLocale.system()
    return "ar" if locale.language() == QLocale.Language.Arabic else SOURCE_LANGUAGE


def startup_language(requested: Language | None, settings: AppSettings) -> Language:
    """--lang on the command line, else the language chosen last time, else the system's."""
    return requested or settings.language() or system_language()


class InterfaceTranslators:
    """Puts one interface language into effect for the whole application.

    Our words come from factsheet.i18n (the current language, set here for the GUI
    thread); Qt's own (dialog buttons, the file and print dialogs, context menus) from
    Qt's qtbase catalogue, installed on the application with ours beside it so that a
    QObject.tr() would find our words too. Arabic lays every widget out right to left.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def apply(self, language: Language, digits: Digits) -> None:
        """Make ``language`` the interface's, for windows built from now on."""
        set_language(language, digits)
        if language != SOURCE_LANGUAGE:
            # An English window reads no catalog before its first paint; an Arabic sheet or
            # the library's figure lines load it when they need it.
            install_catalogs()
        for installed in self._installed:
            self._app.removeTranslator(installed)
            installed.deleteLater()
        self._installed = []
        if language != SOURCE_LANGUAGE:
            for prefix in (QT_CATALOG_PREFIX, CATALOG_PREFIX):
                translator = load_translator(language, prefix)
                if translator is not None and self._app.installTranslator(translator):
                    # Owned by the application: a deleted translator uninstalls itself.
                    translator.setParent(self._app)
                    self._installed.append(translator)
        rtl = is_right_to_left(language)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        QGuiApplication.setLayoutDirection(direction)


class LanguageMenu(QMenu):
    """View ▸ Language: English or العربية, and the digits Arabic text is written in."""

    # (language, digits) the user picked; the app reopens the window in them.
    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(InterfaceLanguage.tr("&Language"), parent)
        group = QActionGroup(self)
        self.language_actions: dict[Language, QAction] = {}
        for language in LANGUAGES:
            # Each language by its own name, whatever the interface's: that is how a
            # reader who cannot read the current one finds theirs.
            action = self.addAction(NATIVE_NAMES[language])
            action.setCheckable(True)
            action.setChecked(language == current_language())
            action.triggered.connect(lambda _=False, lang=language: self._choose(lang))
            group.addAction(action)
            self.language_actions[language] = action
        self.addSeparator()
        self.digits_action = self.addAction(InterfaceLanguage.tr("Arabic-Indic &Digits (١٢٣)"))
        self.digits_action.setCheckable(True)
        self.digits_action.setChecked(current_digits() == "arabic-indic")
        self.digits_action.setEnabled(current_language() == "ar")
        self.digits_action.setStatusTip(
            InterfaceLanguage.tr(
                "Write the program's own numbers and dates in Arabic-Indic digits; "
                "figures and text from the incident file stay as written."
            )
        )
        self.digits_action.triggered.connect(lambda _=False: self._choose(current_language()))

    def _choose(self, language: Language) -> None:
        digits: Digits = "arabic-indic" if self.digits_action.isChecked() else "western"
        if (language, digits) != (current_language(), current_digits()):
            self.chosen.emit(language, digits)
