"""The figure as the source states it ('at least 80', '≥80'): the one wording the model keeps.

The model's own messages (integrity.py) quote figures, and the model may not import views/,
so these two live here; everything else a view says is in factsheet/views/.
"""

from factsheet.model.incident import CasualtyClaim


def figure_words(claim: CasualtyClaim) -> str:
    """The figure as the source states it: 'at least 80', 'between 13 and 46', '67'."""
    q, n, top = claim.qualifier, claim.count, claim.count_max
    if q == "unknown" or n is None:
        return "unquantified"
    if q == "range":
        return f"between {n:,} and {top:,}"
    prefix = {"exact": "", "at-least": "at least ", "at-most": "at most ", "about": "about "}[q]
    return f"{prefix}{n:,}"


def figure_mark(claim: CasualtyClaim) -> str:
    """The figure as a compact label for charts and tables: '≥80', '13–46', '~20', '67'."""
    q, n, top = claim.qualifier, claim.count, claim.count_max
    if q == "unknown" or n is None:
        return "?"
    if q == "range":
        return f"{n:,}–{top:,}"
    return {"exact": "", "at-least": "≥", "at-most": "≤", "about": "~"}[q] + f"{n:,}"
