"""One link vocabulary: what item_link writes, parse_item_link reads back; nothing else."""

import pytest

from factsheet.views.links import LINK_KINDS, item_link, parse_item_link


@pytest.mark.parametrize("kind", LINK_KINDS)
def test_a_link_reads_back_as_its_kind_and_id(kind: str) -> None:
    html = item_link(kind, "sohr-128.x_y", "SOHR: at least 128")  # type: ignore[arg-type]
    assert html == f'<a href="{kind}:sohr-128.x_y">SOHR: at least 128</a>'
    assert parse_item_link(f"{kind}:sohr-128.x_y") == (kind, "sohr-128.x_y")


def test_the_text_of_a_link_is_escaped() -> None:
    link = item_link("actor", "a", "<b>x</b> & y")
    assert link == '<a href="actor:a">&lt;b&gt;x&lt;/b&gt; &amp; y</a>'


@pytest.mark.parametrize(
    "href", ["https://example.org/x", "claim:", "file:/etc/passwd", "Claim:x", "claim", ""]
)
def test_anything_else_is_not_an_item_link(href: str) -> None:
    assert parse_item_link(href) is None
