"""Slogan lifecycles: when a term first appears, peaks, last appears, across every report."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.counts import compute_term_lifecycle, compute_term_occurrences
from dashboard.analysis.data import ReportData
from dashboard.lexicon import load_themes


def compute_lifecycle_counts(data: ReportData, lang: str, themes: tuple[str, ...], typed: list[str]) -> pd.DataFrame:
    """year, term, occurrences for every year with a report in the language.

    Theme terms come from the precomputed theme hits; typed terms are counted with the same rule.
    """
    years = data.years(lang)
    hits = data.theme_hits[(data.theme_hits["lang"] == lang) & data.theme_hits["theme"].isin(themes)]
    by_term = hits.groupby(["term", "year"])["count"].sum()
    theme_terms = [term for theme in load_themes() if theme.id in themes for term in theme.terms[lang]]
    # Every (term, year), term by term, zero where the term is absent.
    every = pd.MultiIndex.from_product(
        [[term for term in dict.fromkeys(theme_terms) if term not in typed], years], names=["term", "year"]
    )
    frame = by_term.reindex(every, fill_value=0).rename("occurrences").reset_index()[["year", "term", "occurrences"]]
    if typed:
        typed_counts = compute_term_occurrences(data.year_texts(lang), typed, lang, years)[frame.columns]
        frame = pd.concat([typed_counts, frame], ignore_index=True)
    # With no theme chosen the theme rows are an empty frame of objects, and concat keeps that dtype.
    return frame.astype({"year": "int64", "occurrences": "int64"})


def compute_lifecycles(counts: pd.DataFrame) -> pd.DataFrame:
    """Terms that occur at least once, ordered by first appearance."""
    table = compute_term_lifecycle(counts)
    return table[table["total"] > 0].sort_values(["first", "term"], ignore_index=True)
