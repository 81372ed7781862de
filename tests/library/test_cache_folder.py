"""user_cache_folder: the platform's cache folder, XDG honoured, an override for tests."""

from pathlib import Path

import pytest

from factsheet.library.cache_folder import index_folder, user_cache_folder


def test_xdg_cache_home_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTSHEET_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert user_cache_folder() == tmp_path / "factsheet"
    assert index_folder() == tmp_path / "factsheet" / "library"


def test_a_relative_xdg_value_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTSHEET_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert user_cache_folder().is_absolute()


def test_the_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("FACTSHEET_CACHE_DIR", str(tmp_path / "mine"))
    assert user_cache_folder() == tmp_path / "mine"


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", Path(".cache") / "factsheet"),
        ("darwin", Path("Library") / "Caches" / "Factsheet"),
        ("win32", Path("AppData") / "Local" / "Factsheet" / "Cache"),
    ],
)
def test_each_platform_has_its_place(
    platform: str, expected: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("FACTSHEET_CACHE_DIR", "XDG_CACHE_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", platform)
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    assert user_cache_folder() == tmp_path / expected
