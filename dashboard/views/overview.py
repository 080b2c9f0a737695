"""Overview: key figures, themes, where they sit, what changed, the rural targets and a cloud."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection
from dashboard.compose import compose_overview
from dashboard.views.common import composed, render_chart, render_chart_or_note, render_empty, render_page_heading
from dashboard.views.keywords import render_cloud
from dashboard.views.links import page_link
from dashboard.views.rural import render_story


def render_overview(data: ReportData, selection: Selection) -> None:
    render_page_heading(data, selection, "Government Work Reports as data")
    overview = composed(compose_overview, selection)
    if overview.empty:
        render_empty(overview.empty)
        return
    figures = overview.figures
    columns = st.columns(5)
    columns[0].metric("Reports", figures["reports"])
    columns[1].metric("Paragraphs", f"{figures['paragraphs']:,}")
    columns[2].metric("Characters", f"{figures['characters']:,}")
    columns[3].metric("Top theme", figures["top_theme"] or "—", help=f"{figures['top_theme_count']} mentions")
    columns[4].metric("Targets stated", figures["targets"], help="Quantified annual and multi-year targets")

    left, right = st.columns([3, 2])
    with left:
        render_chart_or_note(overview, "theme_totals", selection)
    with right:
        render_story(overview.story, selection, "Rural connectivity: fibre and broadband")
        page_link("rural", "Every rural link, 1990–2026: the tracker", ":material/cell_tower:")
        render_cloud(overview.cloud, selection, place="overview")

    if "theme_totals" in overview.charts:
        left, right = st.columns(2)
        with left:
            render_chart(overview.charts["theme_sections"], selection)
        with right:
            render_chart_or_note(overview, "theme_change", selection)
