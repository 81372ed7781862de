"""A claims chart row's label fitted to its room: names shortened first, none dropped."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from factsheet.views.chart import ChartRow, labelled_name
from factsheet.views.wording import joined_claimants

#: The arrow before a part's label (drawn mirrored in a right-to-left chart).
PART_MARK = "↳"

_ELIDE = Qt.TextElideMode.ElideRight


def fitted_label(row: ChartRow, metrics: QFontMetricsF, width: float) -> str:
    """The row's label in ``width``: the claimants' names are shortened first.

    The date and counting basis say what kind of figure this is; a cut name can still be
    read from the table, a cut basis ("basis not st…") cannot be guessed. The names are
    the short ones already (SOHR); of a joint claim each is cut in turn, so that the
    second claimant never silently disappears behind an ellipsis after the first.
    """
    if metrics.horizontalAdvance(row.text) <= width or not row.name:
        return metrics.elidedText(row.text, _ELIDE, width)
    room = width - metrics.horizontalAdvance(row.details)
    if room < metrics.horizontalAdvance("MM…"):
        # Too narrow even for the details: keep their start and mark the cut.
        return metrics.elidedText(row.text, _ELIDE, width)

    def fits(name: str) -> bool:
        return metrics.horizontalAdvance(labelled_name(name) + row.details) <= width

    names = row.names or (row.name,)
    if len(names) > 1:
        name = _cut_each(names, metrics, room, fits)
        if name is None:  # not even a letter of each: the names whole, the details cut
            return metrics.elidedText(row.text, _ELIDE, width)
        return labelled_name(name) + row.details
    # The name is cut before it is isolated, so the cut cannot drop its closing mark.
    name = metrics.elidedText(names[0], _ELIDE, room)
    while name and not fits(name):
        name = name[:-2] + "…" if len(name) > 2 else ""
    return labelled_name(name) + row.details


def _cut_each(
    names: Sequence[str], metrics: QFontMetricsF, room: float, fits: Callable[[str], bool]
) -> str | None:
    """The joint claimants' names, each cut to the widest share that lets them all fit
    (the longest cut most, a short one kept whole); None when a letter of each is too
    much."""

    def cut(share: float) -> str:
        return joined_claimants([_shortened(n, metrics, share) for n in names])

    least = metrics.horizontalAdvance("M…")
    if not fits(cut(least)):
        return None
    low, high = least, room
    for _ in range(12):  # a bisection to within a fraction of a letter
        middle = (low + high) / 2
        if fits(cut(middle)):
            low = middle
        else:
            high = middle
    return cut(low)


def _shortened(name: str, metrics: QFontMetricsF, width: float) -> str:
    # Never empty: a name cut to nothing would hide that there is a claimant.
    return metrics.elidedText(name, _ELIDE, width) or name[:1] + "…"
