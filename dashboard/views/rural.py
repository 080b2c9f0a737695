"""Rural connectivity: every commitment and result about connecting villages, 1990–2026."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.rural import link_label, milestones, rural_story
from dashboard.analysis.selection import Selection
from dashboard.compose import compose_rural_tracker
from dashboard.filters import FILTER
from dashboard.views.common import composed, escape_markdown, render_chart, render_csv_download, render_missing_notice
from dashboard.views.links import page_link
from dashboard.views.widgets import draw
from dashboard.vocabulary import LANGUAGE_NAMES, RURAL_LINK_METRICS, RURAL_SPAN, metric

STORY_HEADING = "Fibre and broadband to villages"


def _story_line(row, selection: Selection) -> str:
    """One statement of the fibre and broadband story: when, what kind, the words, and where they are."""
    role = "goal" if row.role == "target" else "reached"
    source = f"{row.year} report ¶{row.para_id}"
    if row.lang != selection.lang:
        source += ", Chinese report (no English translation in the corpus)"
    line = f"**{row.refers}** · {link_label(row.link)} · {role}: {escape_markdown(row.quote)} *({source})*"
    return f":primary-background[{line}]" if row.year in selection.years else line


def render_story(story: pd.DataFrame, selection: Selection, heading: str) -> None:
    """The headline story in context: what came before and after the 2016 fibre target, whatever years are chosen."""
    st.subheader(heading)
    st.caption(
        "Every statement on fibre and broadband for villages, in the report's words, read by hand "
        "(statements that only list infrastructure are left out). Years chosen in the sidebar are highlighted."
    )
    st.markdown("\n".join(f"- {_story_line(row, selection)}" for row in story.itertuples(index=False)))


def render_rural(data: ReportData, selection: Selection) -> None:
    st.title(f"Rural connectivity, {RURAL_SPAN[0]}–{RURAL_SPAN[1]}")
    language = LANGUAGE_NAMES[selection.lang]
    st.caption(
        f"{language} reports · all years: this page always shows the whole record, with the years chosen in the "
        "sidebar shaded. Sections, themes and search do not apply. Source: the hand-read list of rural-connectivity "
        "statements in data/gold/rural.csv, tied to each report's text."
    )
    render_missing_notice(data, selection)
    render_story(rural_story(data.rural, selection.lang), selection, STORY_HEADING)

    links = draw(FILTER["rural_links"], data)
    tracker = composed(compose_rural_tracker, selection, tuple(links))
    if tracker is None:
        st.info("No statement about these links in the reports. Choose more links above.")
        return
    if tracker.chart is None:
        st.info(
            "These links are named only in lists of infrastructure, with no figure: nothing to chart. "
            "The statements are in the table below."
        )
    else:
        render_chart(tracker.chart, selection)
    statements, table = tracker.statements, tracker.table
    _render_milestones(statements)
    absent = [link_label(link) for link in links if link not in set(statements["link"])]
    if absent:
        st.caption(f"No statement in the {language} reports about: {', '.join(absent)}.")
    _render_ledger_links(links)

    st.subheader("Every statement")
    st.caption(
        f"{len(table)} statements. A figure is placed at the year it is about; the report and paragraph (¶) "
        "that state it are in the last columns. The translation is the aligned sentence of the other language (2008–2022)."
    )
    st.dataframe(table, hide_index=True, key="rural_table")
    render_csv_download(table, "Download CSV", "rural-connectivity")


def _render_milestones(statements) -> None:
    """Every milestone with the report's own words, link by link (the chart's rows name them in short)."""
    marked = milestones(statements)
    if marked.empty:
        return
    with st.expander(f"Milestones without a figure ({len(marked)}), link by link", expanded=False):
        for label, group in marked.groupby("link_label", sort=False):
            items = " · ".join(
                f"**{row.refers}** {'goal' if row.role == 'target' else 'reached'}: {escape_markdown(row.quote)} "
                f"*(¶{row.para_id} of {row.year})*"
                for row in group.itertuples(index=False)
            )
            st.markdown(f"**{escape_markdown(label)}**: {items}")


def _render_ledger_links(links: list[str]) -> None:
    """Yearly batches (villages connected, km built) have a ledger: target against that year's result."""
    for link in links:
        if link in RURAL_LINK_METRICS:
            label = metric(RURAL_LINK_METRICS[link]).label_en
            page_link("ledger", f"Target ledger: {label}", ":material/fact_check:", {"ledger_metric": label})
