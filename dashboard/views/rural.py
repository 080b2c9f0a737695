"""Rural connectivity: every commitment and result about connecting villages, 1990–2026."""

from __future__ import annotations

import streamlit as st

from dashboard import charts
from dashboard.analysis.data import ReportData
from dashboard.analysis.rural import (
    TRACKER_TITLE,
    link_label,
    milestones,
    rural_story,
    statement_table,
    tracker_statements,
)
from dashboard.analysis.selection import Selection
from dashboard.views.common import escape_markdown, render_chart, render_csv_download, render_missing_notice
from dashboard.vocabulary import RURAL_LINK_METRICS, RURAL_LINKS, metric

PAGE_SCRIPT = "page_scripts/rural.py"
STORY_HEADING = "Fibre and broadband to villages"
LEDGER_SCRIPT = "page_scripts/ledger.py"


def _story_line(row, selection: Selection) -> str:
    """One statement of the fibre and broadband story: when, what kind, the words, and where they are."""
    role = "goal" if row.role == "target" else "reached"
    source = f"{row.year} report ¶{row.para_id}"
    if row.lang != selection.lang:
        source += ", Chinese report (no English translation in the corpus)"
    line = f"**{row.refers}** · {link_label(row.link)} · {role}: {escape_markdown(row.quote)} *({source})*"
    return f":primary-background[{line}]" if row.year in selection.years else line


def render_story(data: ReportData, selection: Selection, heading: str) -> None:
    """The headline story in context: what came before and after the 2016 fibre target, whatever years are chosen."""
    story = rural_story(data.rural, selection.lang)
    st.subheader(heading)
    st.caption(
        "Every statement on fibre and broadband for villages, in the report's words, read by hand "
        "(statements that only list infrastructure are left out). Years chosen in the sidebar are highlighted."
    )
    st.markdown("\n".join(f"- {_story_line(row, selection)}" for row in story.itertuples(index=False)))


def render_rural(data: ReportData, selection: Selection) -> None:
    st.title("Rural connectivity, 1990–2026")
    language = "Chinese" if selection.lang == "zh" else "English"
    st.caption(
        f"{language} reports · all years: this page always shows the whole record, with the years chosen in the "
        "sidebar shaded. Sections, themes and search do not apply. Source: the hand-read list of rural-connectivity "
        "statements in data/gold/rural.csv, tied to each report's text."
    )
    render_missing_notice(data, selection)
    render_story(data, selection, STORY_HEADING)

    links = st.multiselect(
        "Links",
        list(RURAL_LINKS),
        default=list(RURAL_LINKS),
        format_func=link_label,
        key="rural_links",
        bind="query-params",
    )
    statements = tracker_statements(data.rural, selection.lang, links)
    if statements.empty:
        st.info("No statement about these links in the reports. Choose more links above.")
        return
    table = statement_table(statements)
    render_chart(
        charts.make_rural_tracker_figure(statements, list(selection.years), TRACKER_TITLE), table, "rural_tracker"
    )
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
            st.page_link(
                LEDGER_SCRIPT,
                label=f"Target ledger: {label}",
                icon=":material/fact_check:",
                query_params={"ledger_metric": label},
            )
