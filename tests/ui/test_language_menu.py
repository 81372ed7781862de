"""View ▸ Language and the interface language: from the system or the user, applied to Qt."""

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from factsheet.i18n import current_digits, current_language
from factsheet.ui.language import (
    InterfaceTranslators,
    LanguageMenu,
    startup_language,
    system_language,
)
from factsheet.ui.settings import AppSettings


def _settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_an_arabic_system_gets_arabic() -> None:
    assert system_language(QLocale(QLocale.Language.Arabic, QLocale.Country.Syria)) == "ar"
    assert system_language(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)) == "ar"
    assert system_language(QLocale(QLocale.Language.French, QLocale.Country.France)) == "en"


def test_the_command_line_then_the_user_then_the_system_decide(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert startup_language(None, settings) == system_language()
    settings.set_language("ar", "western")
    assert startup_language(None, settings) == "ar"
    assert startup_language("en", settings) == "en"


def test_arabic_lays_the_application_out_right_to_left(
    translators: InterfaceTranslators,
) -> None:
    translators.apply("ar", "arabic-indic")
    assert (current_language(), current_digits()) == ("ar", "arabic-indic")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Qt's own dialogs read Arabic from qtbase_ar.qm; ours from factsheet_ar.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ألغِ"
    assert QCoreApplication.translate("InterfaceLanguage", "&Language") == "&اللغة"
    translators.apply("en", "western")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_menu_offers_each_language_by_its_own_name(
    qtbot: Any, translators: InterfaceTranslators
) -> None:
    menu = LanguageMenu()
    qtbot.addWidget(menu)
    assert menu.title() == "&Language"
    assert [a.text() for a in menu.language_actions.values()] == ["English", "العربية"]
    assert menu.language_actions["en"].isChecked()
    assert not menu.digits_action.isEnabled()  # digits are a choice for Arabic text only
    with qtbot.waitSignal(menu.chosen) as chosen:
        menu.language_actions["ar"].trigger()
    assert chosen.args == ["ar", "western"]

    translators.apply("ar", "western")
    arabic = LanguageMenu()
    qtbot.addWidget(arabic)
    assert arabic.title() == "&اللغة"
    assert arabic.language_actions["ar"].isChecked()
    assert arabic.digits_action.isEnabled()
    with qtbot.waitSignal(arabic.chosen) as chosen:
        arabic.digits_action.trigger()
    assert chosen.args == ["ar", "arabic-indic"]


def test_choosing_the_current_language_again_does_nothing(
    qtbot: Any, translators: InterfaceTranslators
) -> None:
    menu = LanguageMenu()
    qtbot.addWidget(menu)
    with qtbot.assertNotEmitted(menu.chosen):
        menu.language_actions["en"].trigger()


def test_the_main_window_has_the_menu(make_window: Callable[..., Any]) -> None:
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    view = window.menuBar().actions()[titles.index("&View")].menu()
    assert window.language_menu.menuAction() in view.actions()


def test_the_translators_outlive_whoever_installed_them(qapp: Any) -> None:
    InterfaceTranslators(qapp).apply("ar", "western")  # nobody keeps the installer
    gc.collect()
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ألغِ"
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        InterfaceTranslators(qapp).apply("en", "western")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
