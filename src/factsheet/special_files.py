"""Paths that are not regular files (folders, pipes, sockets, devices): what a message calls each.

Stdlib only, so that the loader and the library's scan (which runs without the loader) name
them in the same words. Opening a pipe to read waits for a writer, for ever if there is
none: whatever this names is refused before anything opens it.
"""

import stat


def kind_of(mode: int) -> str | None:
    """'a folder', 'a pipe', 'a socket', 'a device' for an ``st_mode``; None for a file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "something other than a file"
