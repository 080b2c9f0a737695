"""Keywords: the word cloud, the top terms with exact counts, and keyword in context."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, config
from dashboard.analysis.counts import compute_top_terms
from dashboard.analysis.data import ReportData
from dashboard.analysis.keyness import (
    BACKGROUND_PRIOR_WORDS,
    SIGNIFICANT_Z,
    compute_distinctive_terms,
    language_background,
    new_slogans,
)
from dashboard.analysis.kwic import compute_kwic
from dashboard.analysis.selection import (
    MAX_SEARCH_CHARS,
    SECTION_LABELS,
    Selection,
    format_years,
    restrict_to,
)
from dashboard.lexicon import load_slogans
from dashboard.views.common import (
    cached_cloud_png,
    cached_report_data,
    escape_markdown,
    render_chart,
    render_csv_download,
    render_empty,
    render_page_start,
)


@st.cache_resource(max_entries=2)
def cached_language_background(processed_dir: str, lang: str) -> pd.Series:
    """Every term's count over all reports of a language (the distinctive words' prior): once per process."""
    return language_background(cached_report_data(processed_dir).terms, lang)


DISTINCTIVE_METHOD = (
    "Green: used more in the chosen years; red: used less. Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): the prior is each word's "
    f"share of all {{language}} reports, worth {BACKGROUND_PRIOR_WORDS:,} words, so a word every report uses must "
    f"differ a lot to stand out. No frequency threshold. |z| ≥ {SIGNIFICANT_Z} (dark bars) is a difference "
    "significant at the 5% level; pale bars are not significant. Each bar's label gives the count in the chosen "
    "years vs the other selected years."
)


def cloud_weights(
    data: ReportData, paragraphs: pd.DataFrame, selection: Selection
) -> tuple[tuple[tuple[str, float], ...], str]:
    """(term, weight) pairs for the cloud, hashable so renders cache on them, and a caption saying what the weight is."""
    terms = restrict_to(data.terms, paragraphs)
    present_years = sorted(paragraphs["year"].unique())
    if selection.cloud_weighting == "distinctive" and len(present_years) > 1:
        focus = [max(present_years)]
        background = cached_language_background(str(config.processed_dir()), selection.lang)
        distinctive = compute_distinctive_terms(terms, focus, background)
        positive = distinctive[distinctive["z"] > 0].head(selection.cloud_words)
        return (
            _pairs(positive["term"], positive["z"]),
            f"Weighted by distinctiveness (log-odds z-score) of {focus[0]} against {format_years(present_years[:-1])}",
        )
    top = compute_top_terms(terms, selection.cloud_words)
    note = "Weighted by frequency"
    if selection.cloud_weighting == "distinctive":
        note += " (distinctiveness needs at least two selected years with reports)"
    return _pairs(top["term"], top["count"]), note


def _pairs(terms: pd.Series, weights: pd.Series) -> tuple[tuple[str, float], ...]:
    return tuple(zip(terms, weights.astype(float), strict=True))


def render_cloud(data: ReportData, paragraphs: pd.DataFrame, selection: Selection, place: str = "keywords") -> None:
    """The cloud and its PNG download; `place` keeps widget keys apart when two pages draw one."""
    weights, note = cloud_weights(data, paragraphs, selection)
    if not weights:
        st.caption("No terms to draw for this selection.")
        return
    png = cached_cloud_png(weights, selection.cloud_words)
    title = f"Keyword cloud, {format_years(selection.years)}"
    st.image(png, caption=f"{title}. {note}.", width="stretch")
    st.download_button(
        "Download word cloud (PNG)", png, file_name="word-cloud.png", mime="image/png", key=f"cloud_png_{place}"
    )


def render_keywords(data: ReportData, selection: Selection) -> None:
    paragraphs = render_page_start(data, selection, "Keywords")
    if paragraphs is None:
        return
    years = format_years(selection.years)
    left, right = st.columns([3, 2])
    with left:
        render_cloud(data, paragraphs, selection)
    with right:
        top = compute_top_terms(restrict_to(data.terms, paragraphs), 30)
        render_chart(charts.make_top_terms_figure(top, f"Top 30 terms, {years}"), top, "top_terms")

    distinct_years = sorted(int(year) for year in paragraphs["year"].unique())
    if len(distinct_years) > 1:
        st.subheader("Distinctive words")
        focus = st.multiselect(
            "Years to characterise (compared with the other selected years)",
            distinct_years,
            default=[distinct_years[-1]],
            key="focus_years",
        )
        reference = [year for year in distinct_years if year not in focus]
        if focus and reference:
            terms = restrict_to(data.terms, paragraphs)
            background = cached_language_background(str(config.processed_dir()), selection.lang)
            distinctive = compute_distinctive_terms(terms, focus, background)
            shown = pd.concat([distinctive.head(15), distinctive.tail(15)]).drop_duplicates("term")
            render_chart(
                charts.make_distinctive_figure(
                    shown,
                    f"Distinctive words, {format_years(focus)} vs {format_years(reference)}",
                ),
                shown,
                "distinctive_terms",
            )
            language = "Chinese" if selection.lang == "zh" else "English"
            st.caption(DISTINCTIVE_METHOD.format(language=language))
            fresh = new_slogans(terms, focus, frozenset(load_slogans()))
            if not fresh.empty:
                listed = " · ".join(
                    f"{escape_markdown(row.term)} ({row.focus_count})" for row in fresh.head(20).itertuples()
                )
                st.markdown(
                    f"**Slogans in {format_years(focus)} that {format_years(reference)} never use** "
                    f"(from the slogan lists, with their count): {listed}"
                )
        else:
            st.caption("Choose focus years that leave at least one other selected year to compare with.")

    st.subheader("Keyword in context")
    default = selection.search or (top["term"].iloc[0] if not top.empty else "")
    term = st.text_input(
        "Term", value="", key="kwic", bind="query-params", max_chars=MAX_SEARCH_CHARS, placeholder=default
    )
    term = (term or default).strip()
    kwic = compute_kwic(paragraphs, term, selection.lang)
    if kwic.empty:
        render_empty(f"“{escape_markdown(term)}” does not occur in the selected paragraphs.")
        return
    st.caption(f"{len(kwic)} occurrences of “{escape_markdown(term)}” (at most 500 shown)")
    lines = [
        f"**{row.year}** · {SECTION_LABELS[row.section_kind]} · ¶{row.para_id}: "
        f"…{escape_markdown(row.left)}:orange-background[**{escape_markdown(row.match)}**]{escape_markdown(row.right)}…"
        for row in kwic.head(100).itertuples(index=False)
    ]
    st.markdown("\n\n".join(lines))
    render_csv_download(kwic, "Download all occurrences (CSV)", "keyword-in-context")
