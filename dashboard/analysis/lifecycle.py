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
    rows = []
    theme_terms = [term for theme in load_themes() if theme.id in themes for term in theme.terms[lang]]
    for term in dict.fromkeys(theme_terms):
        if term in typed:
            continue
        rows += [{"year": year, "term": term, "occurrences": int(by_term.get((term, year), 0))} for year in years]
    frame = pd.DataFrame(rows, columns=["year", "term", "occurrences"])
    if typed:
        paragraphs = data.paragraphs[data.paragraphs["lang"] == lang]
        typed_counts = compute_term_occurrences(paragraphs, typed, lang, years)[frame.columns]
        frame = pd.concat([typed_counts, frame], ignore_index=True)
    # With no theme chosen the theme rows are an empty frame of objects, and concat keeps that dtype.
    return frame.astype({"year": "int64", "occurrences": "int64"})


def compute_lifecycles(counts: pd.DataFrame) -> pd.DataFrame:
    """Terms that occur at least once, ordered by first appearance."""
    table = compute_term_lifecycle(counts)
    return table[table["total"] > 0].sort_values(["first", "term"], ignore_index=True)
