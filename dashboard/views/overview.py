"""Overview: key figures, themes, where they sit, what changed, the rural targets and a cloud."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection
from dashboard.compose import compose_overview
from dashboard.i18n import _, format_count, ngettext
from dashboard.views.common import composed, render_chart, render_chart_or_note, render_empty, render_page_heading
from dashboard.views.keywords import render_cloud
from dashboard.views.links import page_link
from dashboard.views.rural import render_story, render_story_headline


def render_overview(data: ReportData, selection: Selection) -> None:
    render_page_heading(data, selection, _("Government Work Reports as data"))
    overview = composed(compose_overview, selection)
    if overview.empty:
        render_empty(overview.empty)
        return
    # The headline first (the selected reports' village targets, then the themes): on a phone it is the
    # first screen; the key figures follow.
    render_story_headline(overview.story, selection)
    left, right = st.columns([3, 2])
    with left:
        render_chart_or_note(overview, "theme_totals", selection)
    with right:
        render_story(overview.story, selection, _("Rural connectivity: fibre and broadband"))
        page_link("rural", _("Every rural link, 1990–2026: the tracker"), ":material/cell_tower:")
        render_cloud(overview.cloud, selection, place="overview")
    _render_key_figures(overview.figures)

    if "theme_totals" in overview.charts:
        left, right = st.columns(2)
        with left:
            render_chart(overview.charts["theme_sections"], selection)
        with right:
            render_chart_or_note(overview, "theme_change", selection)


def _render_key_figures(figures: dict) -> None:
    columns = st.columns(5)
    mentions = figures["top_theme_count"]
    columns[0].metric(_("Reports"), figures["reports"])
    columns[1].metric(_("Paragraphs"), format_count(figures["paragraphs"]))
    columns[2].metric(_("Characters"), format_count(figures["characters"]))
    columns[3].metric(
        _("Top theme"),
        figures["top_theme"] or "—",
        help=ngettext("{count} mention", "{count} mentions", mentions).format(count=mentions),
    )
    columns[4].metric(_("Targets stated"), figures["targets"], help=_("Quantified annual and multi-year targets"))
