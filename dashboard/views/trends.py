"""Trends: themes across years, and any terms the user types."""

from __future__ import annotations

import streamlit as st

from dashboard import charts
from dashboard.analysis import counts
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import (
    MAX_SEARCH_CHARS,
    Selection,
    filter_paragraphs,
    format_years,
    missing_years,
    restrict_to,
)
from dashboard.views.common import render_chart, render_empty, render_missing_notice, render_selection


def render_trends(data: ReportData, selection: Selection) -> None:
    st.title("Trends across years")
    render_selection(selection)
    render_missing_notice(data, selection)
    if len(selection.years) < 2:
        st.info("A trend needs more than one year: pick a preset such as “2014–now” or “All” in the sidebar.")
    if not selection.years:
        return
    paragraphs = filter_paragraphs(data, selection)
    if paragraphs.empty:
        render_empty("No paragraph matches this selection: every count would be zero.")
        return
    years = format_years(selection.years)
    value = "per_10k" if selection.normalise else "count"

    if not selection.themes:
        render_empty("No theme is selected.")
    else:
        hits = restrict_to(data.theme_hits, paragraphs)
        by_year = counts.compute_theme_by_year(data, hits, paragraphs, selection)
        render_chart(
            charts.make_theme_trend_figure(by_year, value, f"Theme mentions by year, {years} ({selection.unit_label})"),
            by_year,
            "theme_trend",
        )

    st.subheader("Your own terms")
    default_terms = "互联网+, 光纤, 共享经济" if selection.lang == "zh" else "Internet Plus, broadband, sharing economy"
    raw_terms = st.text_input(
        "Terms, separated by commas",
        key="terms",
        bind="query-params",
        max_chars=MAX_SEARCH_CHARS,
        placeholder=default_terms,
        help="Counted like themes: literal text in Chinese, whole words ignoring case in English.",
    )
    terms = counts.parse_terms(raw_terms or default_terms)
    available = [year for year in selection.years if year in set(data.years(selection.lang))]
    occurrences = counts.compute_term_occurrences(paragraphs, terms, selection.lang, available)
    missing = missing_years(data, selection)
    render_chart(
        charts.make_term_trend_figure(occurrences, missing, f"Occurrences per year of {', '.join(terms)}, {years}"),
        occurrences,
        "term_trend",
    )
    lifecycle = counts.compute_term_lifecycle(occurrences)
    st.markdown("**First and last appearance in the selected years**")
    st.dataframe(lifecycle, hide_index=True, key="term_lifecycle")
