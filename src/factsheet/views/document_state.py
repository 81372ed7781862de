"""Which file the window is about and what it shows: the Qt-free state behind title, badge and F5.

The window shows one incident, but it is *about* the file last asked for: when that file
fails to load, the incident shown before stays on screen (marked as the previous file) while
the failed file becomes the current one. The transitions::

    (nothing)  --opened(A)-->           showing A
    (nothing)  --failed(B)-->           failed B, nothing shown
    showing A  --failed(B)-->           failed B, A still shown as "the previous file"
    showing A  --failed(A)-->           failed A, A's last good version still shown
    failed B   --opened(B)-->           showing B (F5, the file watch or any open)
    failed B   --opened(C)-->           showing C
    any        --cancelled-->           unchanged (the state is only ever changed by results)

In every state ``current_path`` is the one file that the title names, the badge counts the
problems of, the problems list lists, F5 reads again, the file watch follows, Open Recent
puts first and the Open dialog starts beside.
"""

from dataclasses import dataclass, replace
from pathlib import Path

from factsheet.loading import IncidentLoadError, LoadedIncident, Problem


@dataclass(frozen=True, slots=True)
class DocumentState:
    """The incident on screen and, when the last file asked for failed, that file and why."""

    #: The incident on screen: the current file's, or the previous one's after a failure.
    shown: LoadedIncident | None = None
    #: The file last asked for, when it could not be shown (None after a success).
    failed_path: Path | None = None
    failure: IncidentLoadError | None = None

    def opened(self, loaded: LoadedIncident) -> "DocumentState":
        """``loaded`` is on screen and is the current file."""
        return DocumentState(shown=loaded)

    def failed(self, path: Path, error: IncidentLoadError) -> "DocumentState":
        """``path`` could not be shown: it becomes the current file; the incident stays."""
        return replace(self, failed_path=path.absolute(), failure=error)

    @property
    def current_path(self) -> Path | None:
        """The file the window is about (see the module docstring)."""
        if self.failed_path is not None:
            return self.failed_path
        return self.shown.path.absolute() if self.shown is not None else None

    @property
    def showing_previous(self) -> bool:
        """True when the incident on screen is not what the current file holds now."""
        return self.failure is not None and self.shown is not None

    @property
    def previous_is_same_file(self) -> bool:
        """True when the incident shown is the failed file's own last good version."""
        return (
            self.showing_previous
            and self.shown is not None
            and self.shown.path.absolute() == self.failed_path
        )

    @property
    def problems(self) -> tuple[Problem, ...]:
        """The current file's problems: its errors after a failure, else the shown one's
        warnings."""
        if self.failure is not None:
            return self.failure.problems
        return self.shown.warnings if self.shown is not None else ()

    def same_failure(self, path: Path, error: IncidentLoadError) -> bool:
        """True when ``path`` failed before with exactly these problems (a touched file)."""
        return (
            self.failure is not None
            and self.failed_path == path.absolute()
            and self.failure.problems == error.problems
        )
