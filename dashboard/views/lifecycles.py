"""Slogan lifecycles: first appearance, peak and last appearance of every theme term and typed term."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, config
from dashboard.analysis.counts import parse_terms
from dashboard.analysis.data import ReportData
from dashboard.analysis.lifecycle import compute_lifecycle_counts, compute_lifecycles
from dashboard.analysis.selection import Selection, format_years
from dashboard.compose import Chart
from dashboard.filters import FILTER
from dashboard.views.common import cached_report_data, escape_markdown, render_chart, render_empty
from dashboard.views.widgets import draw
from dashboard.vocabulary import LANGUAGE_NAMES


@st.cache_data(max_entries=32, show_spinner=False)
def cached_lifecycle_counts(processed_dir: str, lang: str, themes: tuple[str, ...], typed: tuple[str, ...]):
    """Counts over every report: typed terms scan the whole corpus, so they are cached by their inputs."""
    return compute_lifecycle_counts(cached_report_data(processed_dir), lang, themes, list(typed))


def render_lifecycles(data: ReportData, selection: Selection) -> None:
    st.title("Slogan lifecycles")
    st.caption(
        f"Every {LANGUAGE_NAMES[selection.lang]} report "
        f"({format_years(data.years(selection.lang))}), whole texts: the year filter does not narrow a lifecycle."
    )
    example = "e.g. 四个现代化, 小康, 新质生产力" if selection.lang == "zh" else "e.g. moderately prosperous"
    raw = draw(FILTER["life_terms"], data, placeholder=example)
    typed = parse_terms(raw or "")
    counts = cached_lifecycle_counts(str(config.processed_dir()), selection.lang, selection.themes, tuple(typed))
    have = data.years(selection.lang)
    lifecycles = compute_lifecycles(counts)
    if lifecycles.empty:
        render_empty("None of these terms occurs in any report.", "Try other terms, or choose themes in the sidebar.")
        return
    title = f"When each term appears, {have[0]}–{have[-1]} (grey: no report)"
    figure = charts.make_lifecycle_figure(counts, lifecycles, data.gap_years(selection.lang), title)
    render_chart(Chart("lifecycles", figure, lifecycles), selection)
    never = [term for term in typed if term not in set(lifecycles["term"])]
    if never:
        st.info(f"Never used in any report: {escape_markdown(', '.join(never))}.")
