"""A library of incidents: the files under a folder, their summaries and a full-text index.

Qt-free: the command line and the window's worker thread use it alike.
"""

from factsheet.library.cache_folder import index_folder, user_cache_folder
from factsheet.library.index import (
    LibraryIndex,
    Match,
    SearchHit,
    UpdatePlan,
    UpdateReport,
    fts5_available,
)
from factsheet.library.scan import FoundFile, Scan, ScanProblem, scan_folder
from factsheet.library.summary import IncidentSummary

__all__ = [
    "FoundFile",
    "IncidentSummary",
    "LibraryIndex",
    "Match",
    "Scan",
    "ScanProblem",
    "SearchHit",
    "UpdatePlan",
    "UpdateReport",
    "fts5_available",
    "index_folder",
    "scan_folder",
    "user_cache_folder",
]
