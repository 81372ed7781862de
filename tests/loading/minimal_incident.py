"""A small fictional incident, valid and warning-free, that tests change one line at a time."""

import contextlib
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

# Fictional: no real place, actor or event. Every kind of reference appears once, so a
# test can break any of them with one replacement.
MINIMAL = """\
format_version: 1
incident:
  id: TEST-0001
  title: Shelling of a fictional market
  summary: A fictional incident used by the tests.
  date: 2020-03-14
  locations:
    - name: Example Town
      precision: town
  status: developing
  last_updated: 2020-03-20
actors:
  - id: monitor
    name: Example Monitor
    kind: monitor
  - id: outlet
    name: Example News
    kind: media
  - id: reporter
    name: Example Reporter
    kind: person
    relations:
      - type: works-for
        actor: outlet
        sources: [news-1]
  - id: army
    name: Example Army
    kind: state-forces
    relations:
      - type: part-of
        actor: coalition
        sources: [news-1]
  - id: coalition
    name: Example Coalition
    kind: coalition
sources:
  - id: monitor-report
    publisher: monitor
    kind: monitor-report
  - id: news-1
    publisher: outlet
    author: reporter
    kind: news-report
    relays: [monitor-report]
timeline:
  - id: shelling
    date: 2020-03-14
    text: Shells hit the market.
    actors:
      - {actor: army, role: alleged-perpetrator}
    sources: [news-1]
    alternative_dates:
      - date: 2020-03-13
        sources: [monitor-report]
claims:
  - id: monitor-total
    claimant: monitor
    sources: [monitor-report, news-1]
    claimed_on: 2020-03-15
    qualifier: at-least
    count: 12
    victims: civilians
    basis: documented-deaths
    perpetrators:
      - {actor: army, firmness: alleged}
  - id: monitor-children
    claimant: monitor
    sources: [monitor-report, news-1]
    claimed_on: 2020-03-15
    qualifier: exact
    count: 5
    victims: civilians
    basis: names-listed
    part_of: monitor-total
  - id: monitor-update
    claimant: monitor
    sources: [monitor-report, news-1]
    claimed_on: 2020-03-18
    qualifier: at-least
    count: 15
    victims: civilians
    basis: documented-deaths
    revises: monitor-total
"""


def changed(old: str, new: str, text: str = MINIMAL) -> str:
    """The text with ``old``, which must occur exactly once, replaced by ``new``."""
    if text.count(old) != 1:
        raise ValueError(f"{old!r} occurs {text.count(old)} times in the text")
    return text.replace(old, new)


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """The 1-based line and column where ``needle`` starts (its nth occurrence)."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return location(text, index)


def location(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of the character at ``index``."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def write(tmp_path: Path, text: str, name: str = "incident.yaml") -> Path:
    """Write ``text`` as UTF-8 with LF line endings and return the file's path."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


class TooSlowError(Exception):
    """A load that should have answered at once did not."""


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail instead of hanging (where the platform has SIGALRM; CI runs on Linux).

    A blocking open() of a pipe is interrupted too: Python runs the handler and gives up.
    """
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TooSlowError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
