"""The frozen app's entry script: the same command line as ``python -m factsheet``."""

import sys

from factsheet.cli import main

if __name__ == "__main__":
    sys.exit(main())
