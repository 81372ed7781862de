"""Files Factsheet writes: whole or not at all, the umask honoured, nothing left when stopped."""

import signal
import threading
from pathlib import Path

import pytest

from factsheet.output_file import written_beside


def test_a_file_appears_only_when_the_block_ends(tmp_path: Path) -> None:
    out = tmp_path / "sheet.json"
    with written_beside(out) as temp:
        temp.write_text("new", encoding="utf-8")
        assert temp.parent == tmp_path
        assert temp.name.startswith(".sheet.json.")
        assert temp.name.endswith(".part")
        assert not out.exists()
    assert out.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.json"]


def test_a_failure_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    out = tmp_path / "sheet.json"
    out.write_text("old", encoding="utf-8")

    def fail_halfway() -> None:
        with written_beside(out) as temp:
            temp.write_text("half", encoding="utf-8")
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        fail_halfway()
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.json"]


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
def test_stopping_signals_are_handled_only_while_writing_and_only_if_unclaimed(
    tmp_path: Path,
) -> None:
    def own(_signum: int, _frame: object) -> None:
        pass

    previous_hup = signal.signal(signal.SIGHUP, own)  # someone else's handler stays theirs
    try:
        with written_beside(tmp_path / "a.json") as temp:
            temp.write_text("x", encoding="utf-8")
            assert signal.getsignal(signal.SIGHUP) is own
            assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, own)
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGHUP, previous_hup)


def test_writing_from_another_thread_works_without_signal_handlers(tmp_path: Path) -> None:
    failures: list[BaseException] = []

    def write() -> None:
        try:
            with written_beside(tmp_path / "b.json") as temp:
                temp.write_text("y", encoding="utf-8")
        except BaseException as exc:  # noqa: BLE001 - reported to the test below
            failures.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join()
    assert failures == []
    assert (tmp_path / "b.json").read_text(encoding="utf-8") == "y"
