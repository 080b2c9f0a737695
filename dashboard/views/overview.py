"""Overview: key figures, themes, where they sit, what changed, the rural targets and a cloud."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.analysis import counts
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import (
    Selection,
    format_years,
    restrict_to,
)
from dashboard.analysis.targets import compute_rural_targets
from dashboard.views.common import (
    escape_markdown,
    render_chart,
    render_empty,
    render_page_start,
)
from dashboard.views.keywords import render_cloud


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
        render_rural_callout(targets, selection)
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


def render_rural_callout(targets: pd.DataFrame, selection: Selection) -> None:
    """The rural-connectivity targets of the selection, each with its sentence and paragraph."""
    rural = compute_rural_targets(targets, selection.lang)
    rural = rural[rural["kind"] != "achievement"]
    st.subheader("Rural connectivity targets")
    if rural.empty:
        st.caption("No rural-connectivity target in this selection.")
        return
    for row in rural.head(6).itertuples(index=False):
        st.markdown(
            f"**{row.year} · {escape_markdown(row.label)}** ({row.kind}, {row.modifier}) — "
            f"{escape_markdown(row.sentence)} *¶{row.para_id}*"
        )
    if len(rural) > 6:
        st.caption(f"{len(rural) - 6} more on the Targets page.")
