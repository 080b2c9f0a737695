"""Distinctive words: log-odds ratio with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words": for term w, focus counts y_i and
reference counts y_j, and a prior alpha_w proportional to w's frequency in both,

    delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    var(delta_w) ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w),   z_w = delta_w / sqrt(var)

A positive z means the term is distinctive of the focus group; negative, of the reference.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PRIOR_SCALE = 0.01  # a_0 as a share of the total: weak enough for the data to dominate


def compute_log_odds(focus: pd.Series, reference: pd.Series, prior_scale: float = PRIOR_SCALE) -> pd.DataFrame:
    """focus/reference: term -> count. Returns term, counts, delta and z, sorted by z descending."""
    vocabulary = focus.index.union(reference.index)
    y_i = focus.reindex(vocabulary, fill_value=0).astype(float)
    y_j = reference.reindex(vocabulary, fill_value=0).astype(float)
    total = y_i + y_j
    alpha_0 = max(total.sum() * prior_scale, 1.0)
    alpha = total / total.sum() * alpha_0 if total.sum() else total + 1.0
    n_i, n_j = y_i.sum(), y_j.sum()
    delta = np.log((y_i + alpha) / (n_i + alpha_0 - y_i - alpha)) - np.log(
        (y_j + alpha) / (n_j + alpha_0 - y_j - alpha)
    )
    variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    frame = pd.DataFrame(
        {
            "term": vocabulary,
            "focus_count": y_i.astype("int64").values,
            "reference_count": y_j.astype("int64").values,
            "delta": delta.values,
            "z": (delta / np.sqrt(variance)).values,
        }
    )
    return frame.sort_values("z", ascending=False, ignore_index=True)


def compute_distinctive_terms(terms: pd.DataFrame, focus_years: list[int]) -> pd.DataFrame:
    """Terms of the focus years against the other years present in `terms`."""
    in_focus = terms["year"].isin(focus_years)
    focus = terms[in_focus].groupby("term")["count"].sum()
    reference = terms[~in_focus].groupby("term")["count"].sum()
    if focus.empty or reference.empty:
        return pd.DataFrame(columns=["term", "focus_count", "reference_count", "delta", "z"])
    return compute_log_odds(focus, reference)
