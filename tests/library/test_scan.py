"""scan_folder: every incident file under a folder, and every reason one cannot be read."""

import os
import sys
from pathlib import Path

import pytest

from factsheet.library.scan import is_incident_name, scan_folder


def test_finds_nested_files_in_path_order_and_lists_what_it_cannot_read(library: Path) -> None:
    scan = scan_folder(library)
    assert [f.relative for f in scan.files] == [
        "broken/latin1.yaml",
        "broken/no-title.yaml",
        "homs/2017/palmyra.yml",
        "homs/2017/qaryatayn.yaml",
        "hostile/bidi-title.yaml",
        "hostile/deep.yaml",
        "hostile/escape.yaml",
        "idlib/market.yaml",
    ]
    if sys.platform != "win32":
        problems = {p.relative: p.message for p in scan.problems}
        assert problems == {"pipe.yaml": "expected an incident file; found a pipe (not opened)"}
        # A loop is not an invalid incident file: a note, and its files listed once.
        assert [(p.relative, p.message) for p in scan.skipped] == [
            ("homs/loop/", "not followed: a link to the library folder itself (a link loop)")
        ]
    sizes = {f.relative: f.size for f in scan.files}
    assert sizes["idlib/market.yaml"] == (library / "idlib" / "market.yaml").stat().st_size


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_a_broken_link_is_listed_and_a_linked_folder_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.yaml").write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    scan = scan_folder(tmp_path)
    # Folders before links: the file is listed under its real path, though "alias" sorts
    # first, and the link is a note, not a problem.
    assert [f.relative for f in scan.files] == ["real/a.yaml"]
    assert [(p.relative, p.message) for p in scan.problems] == [
        ("gone.yaml", "cannot read: a link to a file that is gone")
    ]
    assert [(p.relative, p.message) for p in scan.skipped] == [
        ("alias/", "not followed: a link to real/, whose files are listed under that name")
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_a_link_to_a_folder_listed_already_is_a_note_and_loops_end(tmp_path: Path) -> None:
    # mkdir -p L/2024; cp … L/2024/a.yaml; ln -s 2024 L/current: one incident, no problem.
    (tmp_path / "2024" / "deep").mkdir(parents=True)
    (tmp_path / "2024" / "a.yaml").write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "current").symlink_to("2024", target_is_directory=True)
    (tmp_path / "2024" / "deep" / "up").symlink_to("..", target_is_directory=True)
    (tmp_path / "2024" / "deep" / "top").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old").symlink_to("../elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere").symlink_to(tmp_path / "outside", target_is_directory=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "b.yaml").write_text("x: 1\n", encoding="utf-8")
    scan = scan_folder(tmp_path)
    assert [f.relative for f in scan.files] == ["2024/a.yaml", "outside/b.yaml"]
    assert scan.problems == []
    assert [(p.relative, p.message) for p in scan.skipped] == [
        ("2024/deep/top/", "not followed: a link to the library folder itself (a link loop)"),
        ("2024/deep/up/", "not followed: a link back to 2024/, a folder it is in (a link loop)"),
        (
            "archive/old/",
            "not followed: a link to outside/, whose files are listed under that name",
        ),
        ("current/", "not followed: a link to 2024/, whose files are listed under that name"),
        ("elsewhere/", "not followed: a link to outside/, whose files are listed under that name"),
    ]


def test_an_unreadable_folder_is_listed_and_the_others_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, which chmod cannot lock out: the refusal is simulated.
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.yaml").write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "b.yaml").write_text("x: 1\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    scan = scan_folder(tmp_path)
    assert [f.relative for f in scan.files] == ["open/b.yaml"]
    assert [(p.relative, p.message.split(":")[0]) for p in scan.problems] == [
        ("locked/", "cannot read the folder")
    ]


def test_the_index_folder_inside_the_library_is_not_entered(tmp_path: Path) -> None:
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "x.yaml").write_text("x: 1\n", encoding="utf-8")
    assert scan_folder(tmp_path, skip=tmp_path / "cache").files == []


def test_a_missing_root_is_one_problem(tmp_path: Path) -> None:
    scan = scan_folder(tmp_path / "absent")
    assert scan.files == []
    assert [p.message for p in scan.problems] == ["cannot read the folder: it does not exist"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.yaml", True),
        ("B.YML", True),
        ("a.yaml.swp", False),
        (".#a.yaml", False),
        (".hidden.yaml", False),
        ("notes.txt", False),
    ],
)
def test_incident_names(name: str, expected: bool) -> None:
    assert is_incident_name(name) is expected
