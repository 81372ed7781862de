"""Factsheet: read incident files offline and print fact sheets from them."""

__version__ = "0.1.0"

#: The version of the incident file format this build reads and writes.
FORMAT_VERSION = 1
