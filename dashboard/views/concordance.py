"""Bilingual concordance: a term's aligned translations 2008–2022, with the rendering highlighted."""

from __future__ import annotations

import re

import streamlit as st

from dashboard import config
from dashboard.analysis.concordance import Background, background_counts, compute_concordance, compute_renderings
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection
from dashboard.filters import FILTER
from dashboard.text import any_width_pattern
from dashboard.themes import source_pattern
from dashboard.views.common import cached_report_data, escape_markdown, highlight, render_empty
from dashboard.views.widgets import draw


@st.cache_resource(max_entries=2, show_spinner=False)
def cached_background(processed_dir: str, lang: str) -> Background:
    """n-gram document frequencies of all aligned sentences: computed once per process, read-only."""
    return background_counts(cached_report_data(processed_dir).alignment, lang)


@st.cache_data(max_entries=64, show_spinner="Finding the renderings…")
def cached_concordance(processed_dir: str, term: str, lang: str, years: tuple[int, ...]):
    """Pairs and per-year renderings of a term: about half a second to compute, so cached by their inputs."""
    alignment = cached_report_data(processed_dir).alignment
    pairs = compute_concordance(alignment, term, lang)
    pairs = pairs[pairs["year"].isin(years)].reset_index(drop=True)
    other = "en" if lang == "zh" else "zh"
    return pairs, compute_renderings(pairs, cached_background(processed_dir, other), lang)


def render_concordance(data: ReportData, selection: Selection) -> None:
    st.title("Bilingual concordance")
    st.caption("Sentence-aligned Chinese–English pairs of 2008–2022 (TMX); the year filter applies.")
    default = "互联网+" if selection.lang == "zh" else "Internet Plus"
    term = draw(FILTER["conc_term"], data, placeholder=default).strip() or default
    pairs, renderings = cached_concordance(str(config.processed_dir()), term, selection.lang, selection.years)
    if pairs.empty:
        render_empty(
            f"“{escape_markdown(term)}” is in no aligned sentence of the selected years (alignment covers 2008–2022).",
            "Try another term, or choose years from 2008 to 2022 in the sidebar.",
        )
        return
    st.markdown(f"**{len(pairs)} sentence pairs** contain “{escape_markdown(term)}”. Rendering found per year:")
    st.dataframe(renderings, hide_index=True)
    st.caption(
        "The rendering is a statistical guess from these sentences, and often wrong: checked against the official "
        "renderings of 55 policy terms read by hand (data/gold/renderings.csv), it names the right one in only a "
        "third of term-years (README: How far to trust the facts). The sentence pairs themselves are exact."
    )
    source, target = ("zh_sentence", "en_sentence") if selection.lang == "zh" else ("en_sentence", "zh_sentence")
    own = source_pattern(term, selection.lang)
    by_year = dict(zip(renderings["year"], renderings["rendering"], strict=True))
    for year, group in pairs.groupby("year"):
        rendering = by_year.get(int(year))
        named = (
            f" · rendered “{escape_markdown(rendering)}”" if rendering else " · too few sentences to name a rendering"
        )
        st.subheader(f"{year}{named}")
        pattern = re.compile(any_width_pattern(rendering), re.IGNORECASE) if rendering else None
        for row in group.head(20).itertuples(index=False):
            left, right = st.columns(2)
            left.markdown(highlight(getattr(row, source), own))
            right.markdown(highlight(getattr(row, target), pattern))
