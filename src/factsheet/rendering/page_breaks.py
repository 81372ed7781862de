"""Where the sheet's pages break: the laid-out text as atoms, placed on pages in one pass.

The sheet is laid out once, without pages, as a few documents (parts); sheet_atoms.py cuts
each into atoms: a line of a paragraph, a heading, the chart, a table row with the detail row
under it. Here they are placed on pages of a given height, in order, never split: a table
row that does not fit starts the next page under its table's header row, repeated; a heading
keeps with what follows it; no paragraph leaves one line alone at a page's foot or head.
Each page is then a list of slices of the parts, painted one under the other (paged.py).

Only an atom taller than a whole page is ever cut, and then between two of its lines (its
``cuts``). Work is linear in the number of atoms: no layout is ever run again, whatever the
length of the sheet (it used to be laid out again for every row that had to move).
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

#: A last page holding less than this share of the body is "near-empty": rows move over to it
#: from the page before, so that no page is printed for a few stray lines.
NEAR_EMPTY_SHARE = 0.2


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of one part's laid-out text: ``top`` to ``bottom`` in its coordinates."""

    part: int
    top: float
    bottom: float

    @property
    def height(self) -> float:
        """How tall the stretch is."""
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Atom:
    """The smallest piece of the sheet that is never split across two pages."""

    span: Span
    #: Space above the atom when something precedes it on its page (margins, the gap
    #: between paragraphs); at the top of a page it is dropped.
    gap: float = 0.0
    #: Keep this atom on the same page as the next one (a heading, a paragraph's first line).
    glue_next: bool = False
    #: The header row of the atom's table, repeated above it when it starts a page.
    header: Span | None = None
    #: Where an atom taller than a page may be cut: between its lines (part coordinates).
    cuts: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Slice:
    """A span of a part painted on a page, its top ``y`` below the top of the page body."""

    span: Span
    y: float

    @property
    def bottom(self) -> float:
        """Where the slice ends on the page."""
        return self.y + self.span.height


Page = tuple[Slice, ...]


def used_height(page: Page) -> float:
    """How much of the body the page's slices fill."""
    return max((s.bottom for s in page), default=0.0)


class _Pages:
    """Pages being filled, atom by atom."""

    def __init__(self, height: float) -> None:
        self.height = height
        self.done: list[Page] = []
        #: The first atom index on each page (a page that starts with a cut atom's rest
        #: repeats the index of that atom).
        self.starts: list[int] = []
        self.page: list[Slice] = []
        self.y = 0.0

    @property
    def empty(self) -> bool:
        return not self.page

    def room(self) -> float:
        return self.height - self.y

    def begin(self, index: int) -> None:
        if not self.page:
            self.starts.append(index)

    def add(self, span: Span, gap: float) -> None:
        """Put ``span`` next on the page (merged into the last slice when it runs on)."""
        if self.page:
            last = self.page[-1]
            runs_on = last.span.top <= span.top <= last.span.bottom + gap + 1e-6
            if last.span.part == span.part and runs_on:
                merged = Span(span.part, last.span.top, max(span.bottom, last.span.bottom))
                self.page[-1] = Slice(merged, last.y)
                self.y = self.page[-1].bottom
                return
            y = self.y + gap
        else:
            y = 0.0
        self.page.append(Slice(span, y))
        self.y = y + span.height

    def close(self) -> None:
        if self.page:
            self.done.append(tuple(self.page))
        self.page = []
        self.y = 0.0


def _chain_end(atoms: Sequence[Atom], start: int) -> int:
    end = start
    while end < len(atoms) - 1 and atoms[end].glue_next:
        end += 1
    return end


def _needed(atoms: Sequence[Atom], first: int, last: int, *, at_top: bool) -> float:
    """Height of atoms first..last placed together; at the top of a page, with the header."""
    head = atoms[first]
    total = 0.0
    if at_top:
        total += head.header.height if head.header else 0.0
    else:
        total += head.gap
    total += head.span.height
    for atom in atoms[first + 1 : last + 1]:
        total += atom.gap + atom.span.height
    return total


def _place(pages: _Pages, atom: Atom, index: int) -> None:
    pages.begin(index)
    if pages.empty and atom.header is not None:
        pages.add(atom.header, 0.0)
        pages.add(atom.span, 0.0)
        return
    pages.add(atom.span, atom.gap)


def _place_cut(pages: _Pages, atom: Atom, index: int) -> None:
    """Place an atom taller than a page: as much as fits on each page, cut between lines."""
    rest = atom
    while True:
        pages.begin(index)
        room = pages.room() - (rest.header.height if rest.header and pages.empty else 0.0)
        if rest.span.height <= room:
            _place(pages, rest, index)
            return
        limit = rest.span.top + room
        fitting = [c for c in rest.cuts if rest.span.top < c <= limit]
        # No line boundary in reach (a single line taller than the page): cut it at the foot.
        cut = fitting[-1] if fitting else limit
        _place(pages, replace(rest, span=Span(rest.span.part, rest.span.top, cut)), index)
        pages.close()
        rest = replace(rest, span=Span(rest.span.part, cut, rest.span.bottom), gap=0.0)


def _paginate(atoms: Sequence[Atom], height: float) -> _Pages:
    pages = _Pages(height)
    index = 0
    while index < len(atoms):
        last = _chain_end(atoms, index)
        needed = _needed(atoms, index, last, at_top=pages.empty)
        if needed <= pages.room():
            for i in range(index, last + 1):
                _place(pages, atoms[i], i)
            index = last + 1
            continue
        if not pages.empty:
            pages.close()
            continue
        # Too tall for a page of its own: the chain is broken up, a lone atom is cut.
        if last > index:
            if _needed(atoms, index, index, at_top=True) <= pages.room():
                _place(pages, atoms[index], index)
            else:
                _place_cut(pages, atoms[index], index)
        else:
            _place_cut(pages, atoms[index], index)
        index += 1
    pages.close()
    return pages


def paginate(atoms: Sequence[Atom], height: float) -> list[Page]:
    """The atoms on pages of ``height``; the last page is never near-empty if it can help it.

    A last page filled under NEAR_EMPTY_SHARE takes over the last atoms of the page before
    (a whole chain at a time) until it holds at least that share, provided the page before
    keeps as much.
    """
    laid = _paginate(atoms, height)
    pages = laid.done
    if len(pages) < 2 or used_height(pages[-1]) >= NEAR_EMPTY_SHARE * height:
        return pages
    before, last = laid.starts[-2], laid.starts[-1]
    if laid.starts.count(before) > 1 or before == last:
        return pages  # a cut atom runs over these pages: nothing whole to move
    floor = NEAR_EMPTY_SHARE * height
    # Chain starts on the page before, latest first: move as little as gets the floor.
    starts = [i for i in range(before + 1, last) if i == 0 or not atoms[i - 1].glue_next]
    for start in reversed(starts):
        tail = _paginate(atoms[start:], height).done
        head = _paginate(atoms[before:start], height).done
        fits = len(tail) == 1 and len(head) == 1
        if fits and min(used_height(tail[0]), used_height(head[0])) >= floor:
            return [*pages[:-2], head[0], tail[0]]
    return pages
