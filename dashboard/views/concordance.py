"""Bilingual concordance: a term's aligned translations 2008–2022, with the rendering highlighted."""

from __future__ import annotations

import html
import re

import pandas as pd
import streamlit as st

from dashboard import config
from dashboard.analysis.citation import write_citation
from dashboard.analysis.concordance import WordTranslations, concordance_of, in_years, word_translations
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection
from dashboard.filters import FILTER
from dashboard.i18n import N_, _, format_count, format_share, ngettext
from dashboard.text import any_width_pattern
from dashboard.themes import source_pattern
from dashboard.views.common import (
    cached_report_data,
    derived_once,
    escape_markdown,
    highlight_html,
    render_empty,
    render_side_by_side,
    show_table,
)
from dashboard.views.widgets import draw

# Column headers of the renderings table on screen.
RENDERING_HEADERS = {
    "year": N_("year"),
    "rendering": N_("rendering"),
    "sentences": N_("sentences"),
    "with_rendering": N_("sentences with the rendering"),
}
# A year whose sentences link no word to the term and hold none of its recurring renderings: no evidence for one.
TOO_THIN = N_("too little evidence to name a rendering")


def rendering_trust(evaluation: dict | None) -> str:
    """How the rendering is found and how often it is the official one, as measured by the last build."""
    method = _(
        "The rendering is read from the word alignment of each sentence pair (eflomal, trained on all pairs): the "
        "words linked to the term, and a word beside them that translates part of the term in the other pairs; the "
        "phrase most of the year's sentences give, weighed against the renderings the translation repeats in every "
        "year. The sentence pairs themselves are exact."
    )
    read = (evaluation or {}).get("renderings")
    if not read or not read["term_years"]:
        return method
    measured = _(
        "Checked against the official renderings of {terms} policy terms read by hand (data/gold/renderings.csv), it "
        "names the official one in {share} of {term_years} term-years: read the sentences before quoting it."
    ).format(
        terms=format_count(read["terms"]),
        share=format_share(read["right"] / read["term_years"]),
        term_years=format_count(read["term_years"]),
    )
    if read.get("read_twice"):
        measured += " " + _(
            "Two readers, blind to each other, name the same rendering in {agree} of them; where they differ, more "
            "readers decided, and the share above is measured against their decision."
        ).format(agree=format_share(read["readers_agree"] / read["read_twice"]))
    return f"{method} {measured}"


@st.cache_resource(max_entries=1, show_spinner=False)
def cached_word_translations(processed_dir: str) -> WordTranslations:
    """What each Chinese word of the aligned pairs usually translates: read once per process (0.3 s)."""
    return word_translations(cached_report_data(processed_dir).alignment)


# Resources, not cache_data, like the compositions (views/common.composed): shared read-only by every session, not
# unpickled on every rerun (cache_data's copy and the years' rows taken again were a fifth of the page's rerun).
@st.cache_resource(max_entries=64, show_spinner=False)
def cached_concordance(processed_dir: str, term: str, lang: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pairs and per-year renderings of a term in every year, cached by term (the search scans every aligned
    sentence, and the renderings read every year): a change of years only takes other rows of them."""
    alignment = cached_report_data(processed_dir).alignment
    return concordance_of(alignment, term, lang, cached_word_translations(processed_dir))


@st.cache_resource(max_entries=256, show_spinner=False)
def concordance_in_years(processed_dir: str, term: str, lang: str, years: tuple[int, ...]):
    """The term's pairs and renderings of these years."""
    return tuple(in_years(frame, years) for frame in cached_concordance(processed_dir, term, lang))


def render_concordance(data: ReportData, selection: Selection) -> None:
    st.title(_("Bilingual concordance"))
    st.caption(_("Sentence-aligned Chinese–English pairs of 2008–2022 (TMX); the year filter applies."))
    default = "互联网+" if selection.lang == "zh" else "Internet Plus"
    term = draw(FILTER["conc_term"], data, placeholder=default).strip() or default
    with st.spinner(_("Finding the renderings…")):
        pairs, renderings = concordance_in_years(str(config.processed_dir()), term, selection.lang, selection.years)
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
    too_thin = _(TOO_THIN)
    shown = derived_once(
        renderings, f"shown: {too_thin}", lambda frame: frame.assign(rendering=frame["rendering"].replace("", too_thin))
    )
    show_table(
        shown, hide_index=True, column_config={column: _(header) for column, header in RENDERING_HEADERS.items()}
    )
    st.caption(rendering_trust(data.evaluation))
    source, target = ("zh_sentence", "en_sentence") if selection.lang == "zh" else ("en_sentence", "zh_sentence")
    own = source_pattern(term, selection.lang)
    by_year = dict(zip(renderings["year"], renderings["rendering"], strict=True))
    for year, group in pairs.groupby("year"):
        rendering = by_year.get(int(year))
        if rendering:
            heading = _("{year} · rendered “{rendering}”").format(year=year, rendering=escape_markdown(rendering))
        else:
            heading = _("{year} · {too_thin}").format(year=year, too_thin=_(TOO_THIN))
        st.subheader(heading)
        pattern = re.compile(any_width_pattern(rendering), re.IGNORECASE) if rendering else None
        rows = []
        for row in group.head(20).itertuples(index=False):
            rows.append(
                (
                    html.escape(_pair_citation(row, selection.lang) or ""),
                    f"<p>{highlight_html(getattr(row, source), own)}</p>",
                    f"<p>{highlight_html(getattr(row, target), pattern)}</p>",
                )
            )
        render_side_by_side(rows)


def _pair_citation(row, lang: str) -> str | None:
    """Where a pair's sentences are: the paragraph of the report in the chosen language, and of the other
    version (the pair's own, which may differ from its paragraph's usual counterpart); None if neither is found."""
    own, other = (row.zh_para_id, row.en_para_id) if lang == "zh" else (row.en_para_id, row.zh_para_id)
    if pd.isna(own) and pd.isna(other):
        return None
    return write_citation(
        int(row.year), None if pd.isna(own) else int(own), lang, None if pd.isna(other) else int(other)
    )
