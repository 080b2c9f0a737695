"""Trends: themes across years, and any terms the user types."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis import counts
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, filter_paragraphs
from dashboard.compose import compose_term_trend, compose_theme_trend
from dashboard.filters import FILTER, year_presets
from dashboard.i18n import N_, _, format_alternatives
from dashboard.views.common import composed, render_chart, render_empty, render_page_heading, show_table
from dashboard.views.widgets import draw

# Column headers of the first-and-last-appearance table on screen.
LIFECYCLE_HEADERS = {
    "term": N_("term"),
    "first": N_("first"),
    "last": N_("last"),
    "peak": N_("peak"),
    "years_present": N_("years present"),
    "total": N_("total"),
}


def render_trends(data: ReportData, selection: Selection) -> None:
    render_page_heading(data, selection, _("Trends across years"))
    if len(selection.years) < 2:
        quick = [f"“{_(name)}”" for name, years in year_presets(data).items() if len(years) > 1]
        choices = format_alternatives(quick)
        st.info(
            _("A trend needs more than one year: pick {choices} under Quick years in the sidebar.").format(
                choices=choices
            )
        )
    if not selection.years:
        return
    paragraphs = filter_paragraphs(data, selection)
    if paragraphs.empty:
        render_empty(_("No paragraph matches this selection: every count would be zero."))
        return
    trend = composed(compose_theme_trend, selection)
    if trend is None:
        render_empty(_("No theme is selected."))
    else:
        render_chart(trend, selection)

    st.subheader(_("Your own terms"))
    default_terms = "互联网+, 光纤, 共享经济" if selection.lang == "zh" else "Internet Plus, broadband, sharing economy"
    raw_terms = draw(FILTER["terms"], data, placeholder=default_terms)
    terms = counts.parse_terms(raw_terms or default_terms)
    term_trend = composed(compose_term_trend, selection, tuple(terms))
    render_chart(term_trend.chart, selection)
    st.markdown(_("**First and last appearance in the selected years**"))
    show_table(
        term_trend.lifecycle,
        hide_index=True,
        key="term_lifecycle",
        column_config={column: _(header) for column, header in LIFECYCLE_HEADERS.items()},
    )
