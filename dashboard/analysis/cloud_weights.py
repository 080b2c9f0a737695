"""What the keyword cloud weighs each word by: its count, or how distinctive it is of the latest year."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.counts import compute_top_terms
from dashboard.analysis.data import ReportData
from dashboard.analysis.keyness import compute_distinctive_terms
from dashboard.analysis.selection import Selection, format_years
from dashboard.i18n import _


def compute_cloud_weights(
    data: ReportData, terms: pd.DataFrame, selection: Selection
) -> tuple[tuple[tuple[str, float], ...], str]:
    """(term, weight) pairs for the cloud from the selected paragraphs' terms, hashable so renders cache
    on them, and a caption saying what the weight is."""
    if terms.empty:
        return (), _("No terms")
    present_years = sorted(terms["year"].unique())
    if selection.cloud_weighting == "distinctive" and len(present_years) > 1:
        focus = [max(present_years)]
        distinctive = compute_distinctive_terms(terms, focus, data.term_totals(selection.lang))
        positive = distinctive[distinctive["z"] > 0].head(selection.cloud_words)
        return (
            _pairs(positive["term"], positive["z"]),
            _("Weighted by distinctiveness (log-odds z-score) of {focus} against {reference}").format(
                focus=focus[0], reference=format_years(present_years[:-1])
            ),
        )
    top = compute_top_terms(terms, selection.cloud_words)
    note = _("Weighted by frequency")
    if selection.cloud_weighting == "distinctive":
        note = _("Weighted by frequency (distinctiveness needs at least two selected years with reports)")
    return _pairs(top["term"], top["count"]), note


def _pairs(terms: pd.Series, weights: pd.Series) -> tuple[tuple[str, float], ...]:
    return tuple(zip(terms, weights.astype(float), strict=True))
