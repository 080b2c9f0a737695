"""Distinctive words: log-odds ratio with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words": for term w, focus counts y_i and
reference counts y_j, and a prior alpha_w proportional to w's frequency in both,

    delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    var(delta_w) ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w),   z_w = delta_w / sqrt(var)

A positive z means the term is distinctive of the focus group; negative, of the reference;
|z| >= 1.96 is a difference significant at the 5% level.

The prior: without a background, a_w follows the two groups' own counts (a_0 = 1% of their words).
With a background (the dashboard passes every report of the language), a_w follows the term's
share of the whole corpus with a_0 = BACKGROUND_PRIOR_WORDS, as Monroe et al. recommend: a
word common in every report (发展, 建设) is expected everywhere and needs a large difference to
stand out, while a word the corpus rarely uses (十三五, 供给侧结构性改革) stands out on a few mentions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PRIOR_SCALE = 0.01  # a_0 as a share of the total: weak enough for the data to dominate
# a_0 with a background corpus: about the size of one report, so a report's own counts and the
# corpus's expectations weigh alike.
BACKGROUND_PRIOR_WORDS = 10_000
SIGNIFICANT_Z = 1.96


def compute_log_odds(
    focus: pd.Series, reference: pd.Series, prior_scale: float = PRIOR_SCALE, background: pd.Series | None = None
) -> pd.DataFrame:
    """focus/reference: term -> count. Returns term, counts, delta, z and significant, sorted by z descending."""
    vocabulary = focus.index.union(reference.index)
    y_i = focus.reindex(vocabulary, fill_value=0).astype(float)
    y_j = reference.reindex(vocabulary, fill_value=0).astype(float)
    total = y_i + y_j
    if background is not None:
        # The background holds at least the two groups' words; a word it lacks counts as seen once.
        prior = background.reindex(vocabulary).fillna(0).astype(float).clip(lower=total).clip(lower=1.0)
        alpha_0 = float(BACKGROUND_PRIOR_WORDS)
        alpha = prior / prior.sum() * alpha_0
    else:
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
    frame["significant"] = frame["z"].abs() >= SIGNIFICANT_Z
    return frame.sort_values("z", ascending=False, ignore_index=True)


def compute_distinctive_terms(
    terms: pd.DataFrame, focus_years: list[int], background: pd.Series | None = None
) -> pd.DataFrame:
    """Terms of the focus years against the other years present in `terms` (prior: see the module)."""
    in_focus = terms["year"].isin(focus_years)
    focus = terms[in_focus].groupby("term")["count"].sum()
    reference = terms[~in_focus].groupby("term")["count"].sum()
    if focus.empty or reference.empty:
        return pd.DataFrame(columns=["term", "focus_count", "reference_count", "delta", "z", "significant"])
    return compute_log_odds(focus, reference, background=background)


def new_slogans(terms: pd.DataFrame, focus_years: list[int], slogans: frozenset[str]) -> pd.DataFrame:
    """Slogans the focus years use and the other selected years never do, most used first."""
    listed = terms[terms["term"].isin(slogans)]
    in_focus = listed["year"].isin(focus_years)
    focus = listed[in_focus].groupby("term")["count"].sum()
    elsewhere = set(listed.loc[~in_focus, "term"])
    fresh = focus[~focus.index.isin(elsewhere)].sort_values(ascending=False)
    return fresh.rename("focus_count").reset_index()
