"""Overview: key figures, themes, where they sit, what changed, the rural targets and a cloud."""

from __future__ import annotations

import streamlit as st

from dashboard import charts
from dashboard.analysis import counts
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import (
    Selection,
    format_years,
    restrict_to,
)
from dashboard.views.common import (
    render_chart,
    render_empty,
    render_page_start,
)
from dashboard.views.keywords import render_cloud
from dashboard.views.rural import PAGE_SCRIPT, render_story


def render_overview(data: ReportData, selection: Selection) -> None:
    paragraphs = render_page_start(data, selection, "Government Work Reports as data")
    if paragraphs is None:
        return
    hits = restrict_to(data.theme_hits, paragraphs)
    targets = restrict_to(data.targets, paragraphs)
    totals = counts.compute_theme_totals(hits, paragraphs, selection) if selection.themes else None
    stated_targets = targets[targets["kind"] != "achievement"]
    figures = counts.compute_key_figures(paragraphs, totals, stated_targets)

    columns = st.columns(5)
    columns[0].metric("Reports", figures["reports"])
    columns[1].metric("Paragraphs", f"{figures['paragraphs']:,}")
    columns[2].metric("Characters", f"{figures['characters']:,}")
    columns[3].metric("Top theme", figures["top_theme"] or "—", help=f"{figures['top_theme_count']} mentions")
    columns[4].metric("Targets stated", figures["targets"], help="Quantified annual and multi-year targets")

    years = format_years(selection.years)
    left, right = st.columns([3, 2])
    with left:
        if totals is None:
            render_empty("No theme is selected.")
        else:
            value = "per_10k" if selection.normalise else "count"
            render_chart(
                charts.make_theme_bar_figure(totals, value, f"Theme mentions, {years} ({selection.unit_label})"),
                totals,
                "theme_totals",
            )
    with right:
        render_story(data, selection, "Rural connectivity: fibre and broadband")
        st.page_link(PAGE_SCRIPT, label="Every rural link, 1990–2026: the tracker", icon=":material/cell_tower:")
        render_cloud(data, paragraphs, selection, place="overview")

    if totals is not None:
        left, right = st.columns(2)
        with left:
            by_section = counts.compute_theme_by_section(hits, paragraphs, selection)
            render_chart(
                charts.make_section_figure(by_section, f"Where each theme sits in the report, {years}"),
                by_section.reset_index(),
                "theme_sections",
            )
        with right:
            change = counts.compute_theme_change(data, selection)
            if change.empty:
                st.info("No earlier report to compare with.")
            else:
                latest, previous = int(change["year"].iloc[0]), int(change["previous_year"].iloc[0])
                render_chart(
                    charts.make_change_figure(
                        change, f"Themes that rose or fell: {latest} against {previous} (per 10,000)"
                    ),
                    change,
                    "theme_change",
                )
