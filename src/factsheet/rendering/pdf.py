"""The printed fact sheet as PDF."""

from pathlib import Path

from factsheet.loading import LoadedIncident


def export_pdf(loaded: LoadedIncident, output: Path, *, paper: str | None) -> int:
    """Write the fact sheet of ``loaded`` to ``output``; return the number of pages."""
    raise NotImplementedError("the printed sheet lands with issue 4")
