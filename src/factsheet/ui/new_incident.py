"""File ▸ New Incident…: the commented template, written where the user says, then opened."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from factsheet.i18n import Context
from factsheet.resources import sample_incident
from factsheet.template import NewIncidentError, write_template
from factsheet.ui import dialogs

NewIncident = Context("NewIncident")


def create_new_incident(
    parent: QWidget, beside: Path | None, open_file: Callable[[Path], object]
) -> Path | None:
    """Ask for a new file's name, write the template there and open it; the path, or None.

    The dialog starts in the folder of ``beside`` (the file on screen), except for the
    bundled sample, whose folder is the app's own: then in the documents folder.

    The same writer as `factsheet new`, so the app and the command line refuse the same
    names in the same words. The user fills the file in with their own editor; the window
    reloads it at each save, as it does for any open file. (Opening that editor from here
    waits for the editor setting: the system's opener would start Factsheet itself for an
    .incident.yaml file.)
    """
    start_in = beside.parent if beside is not None and beside != sample_incident() else None
    path = dialogs.ask_new_file(parent, start_in)
    if path is None:
        return None
    try:
        write_template(path)
    except NewIncidentError as exc:
        dialogs.show_error(
            parent,
            NewIncident.tr("New incident"),
            # The reason is the command line's sentence ("cannot create x.yaml: a file of that
            # name exists …"), in English.
            NewIncident.tr("Factsheet {reason}.", "reason: cannot create x.yaml: …").format(
                reason=exc
            ),
        )
        return None
    open_file(path)
    return path
