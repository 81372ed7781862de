"""`factsheet check` with the fast reader wired into the loader as proposed, for run.py."""

# Until loader.py calls fast_reader itself, this applies the proposed wiring from outside:
# the loader's first, position-free pass tries read_plain and falls back to yaml_reader; the
# located pass is unchanged. Once loader.py has the wiring, this patch changes nothing.

import sys
from typing import Any

from factsheet.loading import loader, yaml_reader
from factsheet.loading.fast_reader import FastPathUnavailableError, read_plain


def read_yaml_fast_first(text: str, *, keep_marks: bool) -> Any:
    """yaml_reader.read_yaml, taking the fast reader's value when it can promise the same."""
    if not keep_marks:
        try:
            return yaml_reader.YamlDocument(value=read_plain(text))
        except FastPathUnavailableError:
            pass
    return yaml_reader.read_yaml(text, keep_marks=keep_marks)


if __name__ == "__main__":
    loader.read_yaml = read_yaml_fast_first  # type: ignore[attr-defined]
    from factsheet.cli import main

    sys.exit(main(["check", *sys.argv[1:]]))
