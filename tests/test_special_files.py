"""special_files: what is at a path that is not a regular file, in the words all messages use."""

import os
import stat
from pathlib import Path

import pytest

from factsheet.special_files import kind_of


def test_a_file_is_none_and_a_folder_is_named(tmp_path: Path) -> None:
    file = tmp_path / "a.yaml"
    file.write_text("x", encoding="utf-8")
    assert kind_of(file.stat().st_mode) is None
    assert kind_of(tmp_path.stat().st_mode) == "a folder"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_pipes_and_devices_are_named(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    assert kind_of(fifo.stat().st_mode) == "a pipe"
    assert kind_of(Path(os.devnull).stat().st_mode) == "a device"
    assert kind_of(stat.S_IFSOCK) == "a socket"
    assert kind_of(0) == "something other than a file"
