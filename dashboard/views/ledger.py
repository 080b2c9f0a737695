"""Target ledger: each year's targets against the outcome the next report gives."""

from __future__ import annotations

import streamlit as st

from dashboard import charts
from dashboard.analysis.data import ReportData
from dashboard.analysis.ledger import LEDGER_METRICS, compute_ledger
from dashboard.analysis.selection import Selection, format_years
from dashboard.views.common import (
    escape_markdown,
    render_chart,
    render_csv_download,
    render_empty,
    render_missing_notice,
)


def render_ledger(data: ReportData, selection: Selection) -> None:
    st.title("Target ledger")
    st.caption(f"Selection: {selection.describe()}")
    st.markdown(
        "Each year's annual target against the figure the **next** report gives in its review. A status is shown "
        "only where both are stated in the same unit; both sentences are cited. Section and search filters do not "
        "apply here: a target and its outcome sit in different sections."
    )
    render_missing_notice(data, selection)
    if not selection.years:
        render_empty("No year is selected.")
        return
    ledger = compute_ledger(data.targets, data.paragraphs, selection.lang, list(selection.years))
    if ledger.empty:
        render_empty(f"No annual target of a tracked metric in {format_years(selection.years)}.")
        return
    metric = st.selectbox(
        "Metric",
        list(LEDGER_METRICS),
        format_func=lambda key: LEDGER_METRICS[key][0],
        key="ledger_metric",
    )
    rows = ledger[ledger["metric_key"] == metric]
    if rows.empty:
        render_empty(f"No {LEDGER_METRICS[metric][0]} target in {format_years(selection.years)}.")
    else:
        render_chart(
            charts.make_ledger_figure(
                rows, f"{LEDGER_METRICS[metric][0]}: target and outcome, {format_years(selection.years)}"
            ),
            rows.drop(columns=["metric_key"]),
            f"ledger_{metric}",
        )
        for row in rows.itertuples(index=False):
            if row.change == "dropped":
                st.markdown(f"**{row.year}** · no target stated (dropped)")
                continue
            outcome = (
                f"→ **{row.outcome}**: {escape_markdown(row.outcome_sentence)} *({int(row.outcome_year)} ¶{int(row.outcome_para_id)})*"
                if row.outcome != "not reported"
                else "→ outcome not reported in the next report"
            )
            st.markdown(
                f"**{row.year}** · target {escape_markdown(row.target)} ({row.change}): "
                f"{escape_markdown(row.target_sentence)} *(¶{int(row.target_para_id)})* {outcome}"
            )
    st.subheader("All tracked metrics")
    st.dataframe(
        ledger[["metric", "year", "target", "change", "outcome_year", "outcome_value", "outcome"]], hide_index=True
    )
    render_csv_download(ledger, "Download the ledger (CSV)", "target-ledger")
