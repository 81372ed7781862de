"""Open an incident file in the user's editor at a line, or with the system's opener.

The command is the user's setting (Edit ▸ External Editor…) with ``{file}``, ``{line}`` and
``{column}`` placeholders, for example ``code --goto "{file}:{line}:{column}"``,
``gedit +{line} "{file}"``, ``kate --line {line} "{file}"`` or
``"C:\\Program Files\\Notepad++\\notepad++.exe" -n{line} "{file}"``. It is split into
words once, as written, and only then are the placeholders filled in: a file name is one
argument whatever it holds (spaces, quotes, ``;``), and no shell ever reads it. Factsheet
only starts the editor; it never writes the file.
"""

import shlex
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from factsheet.i18n import Context
from factsheet.loading.problems import printable_name
from factsheet.ui.settings import AppSettings

ExternalEditor = Context("ExternalEditor")


def editor_arguments(template: str, file: Path, line: int, column: int = 1) -> list[str]:
    """The program and its arguments for ``template``; [] for an empty or unusable one.

    Quotes group words ("…" or '…'); backslashes are kept as they are, for Windows paths.
    A template without ``{file}`` gets the file as its last argument.
    """
    lexer = shlex.shlex(template, posix=True)
    lexer.whitespace_split = True
    lexer.escape = ""  # C:\Program Files\… stays a path
    try:
        words = list(lexer)
    except ValueError:  # an unclosed quote
        return []
    if not words:
        return []
    values = {"{file}": str(file), "{line}": str(max(line, 1)), "{column}": str(max(column, 1))}
    filled = []
    for word in words:
        argument = word
        for placeholder, value in values.items():
            argument = argument.replace(placeholder, value)
        filled.append(argument)
    if not any("{file}" in word for word in words):
        filled.append(str(file))
    return filled


def system_open(file: Path) -> bool:
    """Open ``file`` with the application the system associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(file)))


def open_in_editor(
    parent: QWidget, settings: AppSettings, file: Path, line: int, column: int
) -> bool:
    """Start the user's editor on ``file`` at ``line`` (detached: it outlives Factsheet).

    Without a command of the user's, the system's opener opens the file (at its start: it
    knows no lines). A command that cannot be started is reported, naming it.
    """
    from factsheet.ui import dialogs

    template = settings.editor_command()
    if not template:
        if system_open(file):
            return True
        dialogs.show_error(
            parent,
            ExternalEditor.tr("Open in Editor"),
            ExternalEditor.tr(
                "No application is set to open this kind of file. Choose an editor in "
                "Edit ▸ External Editor…."
            ),
            details=printable_name(str(file)),
        )
        return False
    arguments = editor_arguments(template, file, line, column)
    started = bool(arguments) and QProcess.startDetached(arguments[0], arguments[1:])[0]
    if not started:
        dialogs.show_error(
            parent,
            ExternalEditor.tr("Open in Editor"),
            ExternalEditor.tr(
                "The editor could not be started. Check the command in Edit ▸ External Editor…."
            ),
            details=printable_name(template),
        )
    return started
