"""Entry point for ``python -m factsheet``."""

import sys

from factsheet.cli import main

sys.exit(main())
