"""Slogan lifecycles: first appearance, peak and last appearance of every theme term and typed term."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.counts import parse_terms
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, format_years, join_list
from dashboard.compose import compose_lifecycles, corpus_selection
from dashboard.filters import FILTER
from dashboard.i18n import _
from dashboard.views.common import composed, escape_markdown, render_chart, render_empty
from dashboard.views.widgets import draw
from dashboard.vocabulary import language_name


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
    every_report = corpus_selection(data, selection)
    lifecycles = composed(compose_lifecycles, every_report, tuple(parse_terms(raw or "")))
    if lifecycles.chart is None:
        render_empty(
            _("None of these terms occurs in any report."), _("Try other terms, or choose themes in the sidebar.")
        )
        return
    render_chart(lifecycles.chart, every_report)  # its download is named for every report it counts
    if lifecycles.never:
        st.info(_("Never used in any report: {terms}.").format(terms=escape_markdown(join_list(lifecycles.never))))
