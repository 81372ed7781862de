"""`factsheet check` with the fast reader wired into the loader as proposed, for run.py."""

# Until loader.py calls fast_reader.read_document itself, this applies that wiring from
# outside: the loader's first, position-free pass tries yaml-rs and falls back to yaml_reader;
# the located pass is unchanged. Once loader.py has the wiring, this patch changes nothing.
# With --gc-paused, Python's cycle collector is off for the run, as docs/performance.md
# proposes for the loader: it measures what the collector costs a load.

import gc
import sys

from factsheet.loading import loader
from fast_reader import read_document

if __name__ == "__main__":
    files = sys.argv[1:]
    if files[:1] == ["--gc-paused"]:
        gc.disable()
        files = files[1:]
    loader.read_yaml = read_document  # type: ignore[attr-defined]
    from factsheet.cli import main

    sys.exit(main(["check", *files]))
