"""Faults in the libraries we depend on that would crash the app, caught before users see them."""

import sys

from PySide6.QtCore import QSizeF


def test_qt_void_methods_keep_references_to_none() -> None:
    # PySide6 6.12.0 took a reference to None away on every call of a void method; on
    # Python 3.11 the interpreter aborts once None's count reaches zero (see pyproject.toml).
    size = QSizeF(1.0, 1.0)
    before = sys.getrefcount(None)
    for _ in range(1000):
        size.setWidth(2.0)
    assert sys.getrefcount(None) >= before - 10
