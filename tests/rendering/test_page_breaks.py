"""Pages from atoms: rows whole, headers repeated, headings kept, no near-empty last page."""

from factsheet.rendering.page_breaks import (
    NEAR_EMPTY_SHARE,
    Atom,
    Page,
    Span,
    paginate,
    used_height,
)


def _rows(
    count: int, height: float, *, start: float = 0.0, header: Span | None = None
) -> list[Atom]:
    """``count`` contiguous table rows of one part."""
    return [
        Atom(Span(0, start + i * height, start + (i + 1) * height), header=header)
        for i in range(count)
    ]


def _placed(pages: list[Page]) -> list[list[tuple[float, float]]]:
    return [[(s.span.top, s.span.bottom) for s in page] for page in pages]


def test_what_fits_is_one_slice_of_one_page() -> None:
    atoms = _rows(5, 10)
    pages = paginate(atoms, 100)
    assert _placed(pages) == [[(0, 50)]]
    assert used_height(pages[0]) == 50


def test_a_row_that_does_not_fit_starts_the_next_page_under_its_header() -> None:
    header = Span(0, 0, 5)
    atoms = [Atom(header, glue_next=True), *_rows(12, 10, start=5, header=header)]
    pages = paginate(atoms, 60)
    # 5 + 5×10 fits the first page; each later page repeats the header, then 5 rows.
    assert _placed(pages)[0] == [(0, 55)]
    assert _placed(pages)[1] == [(0, 5), (55, 105)]
    assert pages[1][1].y == 5  # the rows sit under the repeated header
    rows = [(s.span.top, s.span.bottom) for page in pages for s in page if s.span.top >= 5]
    # No row is cut, and none is painted twice.
    tops = sorted(t for t, _ in rows)
    assert tops == sorted(set(tops))
    for top, bottom in rows:
        assert (top - 5) % 10 == 0
        assert (bottom - 5) % 10 == 0


def test_a_heading_moves_with_what_follows_it_and_the_gap_goes_at_a_page_top() -> None:
    atoms = [
        *_rows(8, 10),
        Atom(Span(0, 90, 100), gap=10, glue_next=True),  # a heading after a margin
        Atom(Span(0, 100, 110)),
    ]
    pages = paginate(atoms, 95)
    assert _placed(pages) == [[(0, 80)], [(90, 110)]]
    assert pages[1][0].y == 0  # no margin above the heading at the top of a page


def test_an_atom_taller_than_a_page_is_cut_only_between_its_lines() -> None:
    tall = Atom(Span(0, 0, 250), cuts=(40, 80, 120, 160, 200, 240))
    pages = paginate([tall], 100)
    assert _placed(pages) == [[(0, 80)], [(80, 160)], [(160, 250)]]


def test_a_line_taller_than_a_page_is_cut_at_the_foot_of_the_page() -> None:
    pages = paginate([Atom(Span(0, 0, 150))], 100)
    assert _placed(pages) == [[(0, 100)], [(100, 150)]]


def test_parts_follow_one_another_on_a_page() -> None:
    atoms = [Atom(Span(0, 0, 30)), Atom(Span(1, 12, 40), gap=12)]
    pages = paginate(atoms, 100)
    assert [(s.span.part, s.y) for s in pages[0]] == [(0, 0), (1, 42)]


def test_a_near_empty_last_page_takes_rows_from_the_page_before() -> None:
    atoms = _rows(11, 10)  # ten rows fill a page of 100, the eleventh would be alone
    pages = paginate(atoms, 100)
    assert len(pages) == 2
    last = used_height(pages[-1])
    assert last >= NEAR_EMPTY_SHARE * 100
    assert used_height(pages[0]) + last == 110
    assert used_height(pages[0]) >= NEAR_EMPTY_SHARE * 100


def test_near_empty_means_under_a_fifth_of_the_body() -> None:
    # Twelve rows: the last page holds two (20 of 100), a fifth: left as it is.
    assert [used_height(p) for p in paginate(_rows(12, 10), 100)] == [100, 20]


def test_a_glued_chain_is_moved_whole_to_fill_the_last_page() -> None:
    atoms = [
        *_rows(9, 10),
        Atom(Span(0, 90, 95), glue_next=True),
        Atom(Span(0, 95, 105)),
    ]
    pages = paginate(atoms, 100)
    assert _placed(pages) == [[(0, 80)], [(80, 105)]]
