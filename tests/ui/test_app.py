"""app.py: the excepthook logs the traceback and tells the user one sentence."""

import sys
from pathlib import Path
from typing import Any

import pytest

from factsheet import app
from factsheet.ui import dialogs


def test_an_unexpected_error_is_logged_and_told_in_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text: shown.append((title, text))
    )
    log_file = app.start_logging(tmp_path)
    hook = app.make_excepthook(log_file)
    try:
        raise ValueError("deep inside")
    except ValueError:
        kind, value, tb = sys.exc_info()
        assert kind is not None
        assert value is not None
        hook(kind, value, tb)
    for handler in list(app._log.handlers):
        handler.flush()
        app._log.removeHandler(handler)
        handler.close()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Factsheet"
    assert "Traceback" not in text
    assert "ValueError" not in text
    assert text.count(". ") <= 1  # one sentence, then where the details are
    assert str(log_file) in text
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "ValueError: deep inside" in logged
