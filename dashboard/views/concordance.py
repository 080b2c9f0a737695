"""Bilingual concordance: a term's aligned translations 2008–2022, with the rendering highlighted."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from dashboard import config
from dashboard.analysis.citation import write_citation
from dashboard.analysis.concordance import Background, background_counts, compute_concordance, compute_renderings
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection
from dashboard.filters import FILTER
from dashboard.i18n import N_, _, ngettext
from dashboard.text import any_width_pattern
from dashboard.themes import source_pattern
from dashboard.views.common import cached_report_data, escape_markdown, highlight, render_empty
from dashboard.views.widgets import draw
from dashboard.vocabulary import other_language

# Column headers of the renderings table on screen.
RENDERING_HEADERS = {
    "year": N_("year"),
    "rendering": N_("rendering"),
    "sentences": N_("sentences"),
    "with_rendering": N_("sentences with the rendering"),
}


@st.cache_resource(max_entries=2, show_spinner=False)
def cached_background(processed_dir: str, lang: str) -> Background:
    """n-gram document frequencies of all aligned sentences: computed once per process, read-only."""
    return background_counts(cached_report_data(processed_dir).alignment, lang)


@st.cache_data(max_entries=64, show_spinner=False)
def cached_concordance(processed_dir: str, term: str, lang: str, years: tuple[int, ...]):
    """Pairs and per-year renderings of a term: about half a second to compute, so cached by their inputs."""
    alignment = cached_report_data(processed_dir).alignment
    pairs = compute_concordance(alignment, term, lang)
    pairs = pairs[pairs["year"].isin(years)].reset_index(drop=True)
    other = other_language(lang)
    return pairs, compute_renderings(pairs, cached_background(processed_dir, other), lang)


def render_concordance(data: ReportData, selection: Selection) -> None:
    st.title(_("Bilingual concordance"))
    st.caption(_("Sentence-aligned Chinese–English pairs of 2008–2022 (TMX); the year filter applies."))
    default = "互联网+" if selection.lang == "zh" else "Internet Plus"
    term = draw(FILTER["conc_term"], data, placeholder=default).strip() or default
    with st.spinner(_("Finding the renderings…")):
        pairs, renderings = cached_concordance(str(config.processed_dir()), term, selection.lang, selection.years)
    if pairs.empty:
        render_empty(
            _("“{term}” is in no aligned sentence of the selected years (alignment covers 2008–2022).").format(
                term=escape_markdown(term)
            ),
            _("Try another term, or choose years from 2008 to 2022 in the sidebar."),
        )
        return
    st.markdown(
        ngettext(
            "**{count} sentence pair** contains “{term}”. Rendering found per year:",
            "**{count} sentence pairs** contain “{term}”. Rendering found per year:",
            len(pairs),
        ).format(count=len(pairs), term=escape_markdown(term))
    )
    st.dataframe(
        renderings,
        hide_index=True,
        column_config={column: _(header) for column, header in RENDERING_HEADERS.items()},
    )
    st.caption(
        _(
            "The rendering is a statistical guess from these sentences, and often wrong: checked against the official "
            "renderings of 55 policy terms read by hand (data/gold/renderings.csv), it names the right one in only a "
            "third of term-years (README: How far to trust the facts). The sentence pairs themselves are exact."
        )
    )
    source, target = ("zh_sentence", "en_sentence") if selection.lang == "zh" else ("en_sentence", "zh_sentence")
    own = source_pattern(term, selection.lang)
    by_year = dict(zip(renderings["year"], renderings["rendering"], strict=True))
    for year, group in pairs.groupby("year"):
        rendering = by_year.get(int(year))
        if rendering:
            heading = _("{year} · rendered “{rendering}”").format(year=year, rendering=escape_markdown(rendering))
        else:
            heading = _("{year} · too few sentences to name a rendering").format(year=year)
        st.subheader(heading)
        pattern = re.compile(any_width_pattern(rendering), re.IGNORECASE) if rendering else None
        for row in group.head(20).itertuples(index=False):
            citation = _pair_citation(row, selection.lang)
            if citation:
                st.caption(citation)
            left, right = st.columns(2)
            left.markdown(highlight(getattr(row, source), own))
            right.markdown(highlight(getattr(row, target), pattern))


def _pair_citation(row, lang: str) -> str | None:
    """Where a pair's sentences are: the paragraph of the report in the chosen language, and of the other
    version (the pair's own, which may differ from its paragraph's usual counterpart); None if neither is found."""
    own, other = (row.zh_para_id, row.en_para_id) if lang == "zh" else (row.en_para_id, row.zh_para_id)
    if pd.isna(own) and pd.isna(other):
        return None
    return write_citation(
        int(row.year), None if pd.isna(own) else int(own), lang, None if pd.isna(other) else int(other)
    )
