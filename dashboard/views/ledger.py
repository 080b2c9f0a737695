"""Target ledger: each year's targets against the outcome the next report gives."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.analysis.data import ReportData
from dashboard.analysis.ledger import compute_ledger, stated_rows
from dashboard.analysis.selection import Selection, format_years
from dashboard.compose import Chart
from dashboard.filters import FILTER
from dashboard.views.common import (
    escape_markdown,
    render_chart,
    render_csv_download,
    render_empty,
    render_missing_notice,
    render_selection,
)
from dashboard.views.widgets import draw
from dashboard.vocabulary import metric

YEARS_ONLY = "Choose more years in the sidebar (sections, themes and search do not apply here)."


def render_ledger(data: ReportData, selection: Selection) -> None:
    st.title("Target ledger")
    render_selection(selection)
    st.markdown(
        "Each year's annual target against the figure the **next** report gives for that year in its review. "
        "A status is shown only where both are stated in the same unit; both sentences are cited. A year without a "
        "target still shows its outcome. For yearly batches of new work (villages connected, km of rural roads) each "
        'year\'s target is a *new batch*, never "lowered". How often these figures are right, measured against a '
        "hand-read gold standard, is on the About page. Section and search filters do not apply here: a target and "
        "its outcome sit in different sections."
    )
    render_missing_notice(data, selection)
    if not selection.years:
        render_empty("No year is selected.", YEARS_ONLY)
        return
    ledger = compute_ledger(data.key_figures, data.years(selection.lang), selection.lang, list(selection.years))
    stated = stated_rows(ledger)
    if stated.empty:
        render_empty(f"No target or outcome of a tracked metric in {format_years(selection.years)}.", YEARS_ONLY)
        return
    key = draw(FILTER["ledger_metric"], data)
    label = metric(key).label_en
    rows = stated[stated["metric_key"] == key]
    if rows.empty:
        render_empty(
            f"No {label} target or outcome in {format_years(selection.years)}.",
            YEARS_ONLY + " Or choose another metric.",
        )
    else:
        figure = charts.make_ledger_figure(rows, f"{label}: target and outcome, {format_years(selection.years)}")
        render_chart(Chart(f"ledger_{key}", figure, rows.drop(columns=["metric_key"])), selection)
        for row in rows.itertuples(index=False):
            st.markdown(_ledger_line(row))
    st.subheader("All tracked metrics")
    st.dataframe(
        stated[["metric", "year", "target", "change", "outcome_year", "outcome_value", "outcome"]], hide_index=True
    )
    render_csv_download(ledger, "Download the ledger (CSV)", "target-ledger")


def _ledger_line(row) -> str:
    """One year of the ledger in words, with both sentences cited."""
    if row.target:
        target = (
            f"target {escape_markdown(row.target)} ({row.change}): {escape_markdown(row.target_sentence)} "
            f"*(¶{int(row.target_para_id)})*"
        )
    else:
        target = f"no target stated ({row.change})"
    if pd.notna(row.outcome_value):
        outcome = (
            f"→ **{row.outcome}**: {escape_markdown(row.outcome_sentence)} "
            f"*({int(row.outcome_year)} report ¶{int(row.outcome_para_id)})*"
        )
    else:
        outcome = "→ outcome not reported in the next report"
    return f"**{row.year}** · {target} {outcome}"
