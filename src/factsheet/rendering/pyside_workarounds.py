"""Guards against PySide6 bugs that would otherwise crash the app (each with its evidence)."""

import ctypes
import sys

# PySide6 6.12's abi3 wheels return None from every void method (setWidth, setFormat, …)
# without a new reference. Python 3.12+ does not count references to None (PEP 683), but on
# 3.11 each call takes one away, and after a few thousand calls None is "deallocated" and
# the process aborts ("Fatal Python error: none_dealloc"). Printing a long incident makes
# that many calls. Giving None a practically endless count makes it immortal, as 3.12 does.
# Check: sys.getrefcount(None) falls by 1000 over 1000 QSizeF.setWidth calls on 3.11.
_ENOUGH = 1 << 40


def protect_none() -> None:
    """Make None immortal on CPython before 3.12 (idempotent, harmless elsewhere)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is a PyObject's first field
    if count.value < _ENOUGH:
        count.value += _ENOUGH
