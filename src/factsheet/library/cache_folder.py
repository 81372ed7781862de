"""Where the library's index lives: the user's cache folder, never beside the user's files."""

import os
import sys
from pathlib import Path

#: Set to a folder, it replaces the cache folder below (for portable installs and tests).
CACHE_ENV = "FACTSHEET_CACHE_DIR"


def user_cache_folder() -> Path:
    """Factsheet's folder in the user's cache, by the platform's convention.

    - Linux and other Unix: ``$XDG_CACHE_HOME/factsheet``, else ``~/.cache/factsheet``.
    - macOS: ``~/Library/Caches/Factsheet`` (``$XDG_CACHE_HOME/factsheet`` when it is set).
    - Windows: ``%LOCALAPPDATA%\\Factsheet\\Cache`` (``$XDG_CACHE_HOME`` likewise).

    Written out here rather than taken from the ``platformdirs`` package: these three
    lines are the whole of what it would give us, and the command line must not import Qt
    (whose QStandardPaths knows them too). ``$FACTSHEET_CACHE_DIR`` overrides everything.
    """
    override = os.environ.get(CACHE_ENV, "").strip()
    if override:
        return Path(override)
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    # The XDG spec ignores a relative value; so do we.
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "factsheet"
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "Factsheet"
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "").strip()
        base = Path(local) if local else home / "AppData" / "Local"
        return base / "Factsheet" / "Cache"
    return home / ".cache" / "factsheet"


def index_folder() -> Path:
    """The folder holding one index file per library folder."""
    return user_cache_folder() / "library"
