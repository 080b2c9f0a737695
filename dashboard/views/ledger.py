"""Target ledger: each year's targets against the outcome the next report gives."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.ledger import LineMarkup, change_label, outcome_label, write_ledger_line
from dashboard.analysis.selection import Selection, format_years
from dashboard.compose import compose_ledger, compose_ledger_chart, ledger_selection
from dashboard.filters import FILTER
from dashboard.i18n import N_, _
from dashboard.views.common import (
    composed,
    derived_once,
    escape_markdown,
    render_chart,
    render_csv_download,
    render_empty,
    render_missing_notice,
    render_selection,
    show_table,
)
from dashboard.views.widgets import draw
from dashboard.vocabulary import metric_label

# A ledger line on the page: the citations in italics (the labels and report text escaped).
MARKDOWN = LineMarkup(escape_markdown, lambda text: f"**{text}**", lambda text: f"*{text}*")
YEARS_ONLY = N_("Choose more years in the sidebar (sections, themes and search do not apply here).")
YEARS_OR_METRIC = N_(
    "Choose more years in the sidebar (sections, themes and search do not apply here). Or choose another metric."
)
# Column headers of the table of all tracked metrics on screen.
LEDGER_HEADERS = {
    "metric": N_("metric"),
    "year": N_("year"),
    "target": N_("target"),
    "change": N_("change"),
    "outcome_year": N_("outcome year"),
    "outcome_value": N_("outcome"),
    "outcome": N_("outcome"),
}


def render_ledger(data: ReportData, selection: Selection) -> None:
    st.title(_("Target ledger"))
    render_selection(selection)
    st.markdown(
        _(
            "Each year's annual target against the figure the **next** report gives for that year in its review. "
            "A status is shown only where both are stated in the same unit; both sentences are cited. A year without "
            "a target still shows its outcome. For yearly batches of new work (villages connected, km of rural roads) "
            'each year\'s target is a *new batch*, never "lowered". How often these figures are right, measured '
            "against a hand-read gold standard, is on the About page. Section and search filters do not apply here: a "
            "target and its outcome sit in different sections."
        )
    )
    render_missing_notice(data, selection)
    if not selection.years:
        render_empty(_("No year is selected."), _(YEARS_ONLY))
        return
    composition = composed(compose_ledger, ledger_selection(selection))
    ledger, stated = composition.ledger, composition.stated
    if stated.empty:
        render_empty(
            _("No target or outcome of a tracked metric in {years}.").format(years=format_years(selection.years)),
            _(YEARS_ONLY),
        )
        return
    key = draw(FILTER["ledger_metric"], data)
    label = metric_label(key)
    chart = composed(compose_ledger_chart, ledger_selection(selection), key)
    if chart is None:
        render_empty(
            _("No {metric} target or outcome in {years}.").format(metric=label, years=format_years(selection.years)),
            _(YEARS_OR_METRIC),
        )
    else:
        render_chart(chart, selection)
        # Written once per composition (which is per interface language) and metric, not on every rerun.
        lines = derived_once(stated, f"lines of {key}", lambda stated: _ledger_lines(stated, key, data, selection.lang))
        for line in lines:
            st.markdown(line)
    st.subheader(_("All tracked metrics"))
    show_table(
        derived_once(stated, "shown", _shown),
        hide_index=True,
        column_config={column: _(header) for column, header in LEDGER_HEADERS.items()},
    )
    render_csv_download(ledger, _("Download the ledger (CSV)"), "target-ledger")


def _ledger_lines(stated, key: str, data: ReportData, lang: str) -> list[str]:
    return [
        write_ledger_line(row, data, lang, MARKDOWN)
        for row in stated[stated["metric_key"] == key].itertuples(index=False)
    ]


def _shown(stated):
    """The table as the page shows it: the codes read as words in the interface language (the CSV keeps them)."""
    shown = stated.assign(
        metric=stated["metric_key"].map(metric_label),
        change=stated["change"].map(change_label),
        outcome=stated["outcome"].map(outcome_label),
    )
    return shown[list(LEDGER_HEADERS)]
