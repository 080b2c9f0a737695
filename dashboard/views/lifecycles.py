"""Slogan lifecycles: first appearance, peak and last appearance of every theme term and typed term."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, config
from dashboard.analysis.counts import parse_terms
from dashboard.analysis.data import ReportData
from dashboard.analysis.lifecycle import compute_lifecycle_counts, compute_lifecycles
from dashboard.analysis.selection import Selection, format_years, join_list
from dashboard.compose import make_chart
from dashboard.filters import FILTER
from dashboard.i18n import _
from dashboard.views.common import cached_report_data, escape_markdown, render_chart, render_empty
from dashboard.views.widgets import draw
from dashboard.vocabulary import language_name


@st.cache_data(max_entries=32, show_spinner=False)
def cached_lifecycle_counts(processed_dir: str, lang: str, themes: tuple[str, ...], typed: tuple[str, ...]):
    """Counts over every report: typed terms scan the whole corpus, so they are cached by their inputs."""
    return compute_lifecycle_counts(cached_report_data(processed_dir), lang, themes, list(typed))


def render_lifecycles(data: ReportData, selection: Selection) -> None:
    st.title(_("Slogan lifecycles"))
    st.caption(
        _("Every {language} report ({years}), whole texts: the year filter does not narrow a lifecycle.").format(
            language=language_name(selection.lang), years=format_years(data.years(selection.lang))
        )
    )
    # The examples are terms of the reports' language; only "e.g." is the interface's.
    examples = "四个现代化, 小康, 新质生产力" if selection.lang == "zh" else "moderately prosperous"
    raw = draw(FILTER["life_terms"], data, placeholder=_("e.g. {examples}").format(examples=examples))
    typed = parse_terms(raw or "")
    counts = cached_lifecycle_counts(str(config.processed_dir()), selection.lang, selection.themes, tuple(typed))
    have = data.years(selection.lang)
    lifecycles = compute_lifecycles(counts)
    if lifecycles.empty:
        render_empty(
            _("None of these terms occurs in any report."), _("Try other terms, or choose themes in the sidebar.")
        )
        return
    title = _("When each term appears, {first}–{last} (grey: no report)").format(first=have[0], last=have[-1])
    figure = charts.make_lifecycle_figure(counts, lifecycles, data.gap_years(selection.lang), title)
    render_chart(make_chart("lifecycles", figure, lifecycles, selection), selection)
    never = [term for term in typed if term not in set(lifecycles["term"])]
    if never:
        st.info(_("Never used in any report: {terms}.").format(terms=escape_markdown(join_list(never))))
