"""The frozen app's entry script: the same command line as ``python -m factsheet``."""

import multiprocessing
import sys

from factsheet.cli import main

if __name__ == "__main__":
    # The library reads many files in helper processes (factsheet/library/reading_many.py):
    # in a frozen app each helper is this executable again, and this call makes it one.
    multiprocessing.freeze_support()
    sys.exit(main())
