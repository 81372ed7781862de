"""Remembered files and window state, read back with explicit types from an INI file."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from factsheet.ui.settings import MAX_RECENT_FILES, AppSettings


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_one_recent_file_comes_back_as_a_list(tmp_path: Path) -> None:
    store = tmp_path / "one.ini"
    AppSettings(ini(store)).add_recent_file(tmp_path / "a.yaml")
    assert AppSettings(ini(store)).recent_files() == [tmp_path / "a.yaml"]
    # As another Qt version or a hand edit writes it: a one-item list is a bare string,
    # and an int is text.
    store.write_text(f"[files]\nrecent={tmp_path / 'b.yaml'}\n[window]\ncurrent_tab=2\n")
    assert isinstance(ini(store).value("files/recent"), str)
    assert AppSettings(ini(store)).recent_files() == [tmp_path / "b.yaml"]
    assert AppSettings(ini(store)).current_tab() == 2


def test_recent_files_are_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = AppSettings(ini(tmp_path / "s.ini"))
    for name in ("a", "b", "a", "c"):
        settings.add_recent_file(tmp_path / f"{name}.yaml")
    assert [p.name for p in settings.recent_files()] == ["c.yaml", "a.yaml", "b.yaml"]
    assert settings.last_file() == tmp_path / "c.yaml"
    settings.remove_recent_file(tmp_path / "a.yaml")
    assert [p.name for p in AppSettings(ini(tmp_path / "s.ini")).recent_files()] == [
        "c.yaml",
        "b.yaml",
    ]
    settings.clear_recent_files()
    assert settings.recent_files() == []
    assert settings.last_file() is None


def test_the_list_is_bounded(tmp_path: Path) -> None:
    settings = AppSettings(ini(tmp_path / "s.ini"))
    for n in range(MAX_RECENT_FILES + 5):
        settings.add_recent_file(tmp_path / f"{n}.yaml")
    recent = AppSettings(ini(tmp_path / "s.ini")).recent_files()
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0].name == f"{MAX_RECENT_FILES + 4}.yaml"


def test_hand_edited_or_foreign_values_fall_back(tmp_path: Path) -> None:
    store = tmp_path / "odd.ini"
    store.write_text(
        "[files]\nrecent=@Invalid()\n[window]\ncurrent_tab=two\ngeometry=garbage\n",
        encoding="utf-8",
    )
    settings = AppSettings(ini(store))
    assert settings.recent_files() == []
    assert settings.current_tab() == 0
    assert settings.geometry() is None


def test_window_values_round_trip_through_text(tmp_path: Path) -> None:
    AppSettings(ini(tmp_path / "w.ini")).save_window(QByteArray(b"\x01\x02geo"), QByteArray(), 3)
    settings = AppSettings(ini(tmp_path / "w.ini"))
    assert settings.current_tab() == 3
    geometry = settings.geometry()
    assert geometry is not None
    assert bytes(geometry.data()) == b"\x01\x02geo"
    assert settings.window_state() is None


def test_recent_folders_are_kept_apart_from_recent_files(tmp_path: Path) -> None:
    settings = AppSettings(ini(tmp_path / "s.ini"))
    settings.add_recent_file(tmp_path / "a.yaml")
    for name in ("lib", "other", "lib"):
        settings.add_recent_folder(tmp_path / name)
    again = AppSettings(ini(tmp_path / "s.ini"))
    assert again.recent_folders() == [tmp_path / "lib", tmp_path / "other"]
    assert again.recent_files() == [tmp_path / "a.yaml"]
    again.remove_recent_folder(tmp_path / "lib")
    assert again.recent_folders() == [tmp_path / "other"]
    again.clear_recent_folders()
    assert again.recent_folders() == []
    assert again.recent_files() == [tmp_path / "a.yaml"]


def test_the_language_is_remembered_and_nonsense_is_ignored(tmp_path: Path) -> None:
    store = tmp_path / "lang.ini"
    assert AppSettings(ini(store)).language() is None  # until chosen: the system's
    assert AppSettings(ini(store)).digits() == "western"
    AppSettings(ini(store)).set_language("ar", "arabic-indic")
    assert AppSettings(ini(store)).language() == "ar"
    assert AppSettings(ini(store)).digits() == "arabic-indic"
    store.write_text("[interface]\nlanguage=klingon\ndigits=roman\n")
    assert AppSettings(ini(store)).language() is None
    assert AppSettings(ini(store)).digits() == "western"


def test_the_sheet_chosen_is_remembered_and_the_brief_is_the_default(tmp_path: Path) -> None:
    store = tmp_path / "sheet.ini"
    assert AppSettings(ini(store)).sheet_variant() == "brief"
    AppSettings(ini(store)).set_sheet_variant("full")
    assert AppSettings(ini(store)).sheet_variant() == "full"
    store.write_text("[print]\nsheet=everything\n")
    assert AppSettings(ini(store)).sheet_variant() == "brief"


def test_the_sheet_s_language_is_remembered_apart_from_the_window_s(tmp_path: Path) -> None:
    store = tmp_path / "sheet-language.ini"
    assert AppSettings(ini(store)).sheet_language() is None  # the interface's, until chosen
    AppSettings(ini(store)).set_language("en", "western")
    AppSettings(ini(store)).set_sheet_language("ar")
    assert AppSettings(ini(store)).sheet_language() == "ar"
    assert AppSettings(ini(store)).language() == "en"
    store.write_text("[print]\nlanguage=fr\n")
    assert AppSettings(ini(store)).sheet_language() is None


def test_the_editor_command_is_remembered(tmp_path: Path) -> None:
    store = tmp_path / "editor.ini"
    assert AppSettings(ini(store)).editor_command() == ""  # the system's opener
    AppSettings(ini(store)).set_editor_command('  code --goto "{file}:{line}" ')
    assert AppSettings(ini(store)).editor_command() == 'code --goto "{file}:{line}"'
    store.write_text("[editor]\ncommand=1, 2\n")  # a list, as a hand edit makes it
    assert AppSettings(ini(store)).editor_command() == ""
