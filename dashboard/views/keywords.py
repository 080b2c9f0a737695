"""Keywords: the word cloud, the top terms with exact counts, and keyword in context."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.analysis.citation import cite_rows
from dashboard.analysis.counts import compute_top_terms
from dashboard.analysis.data import ReportData
from dashboard.analysis.keyness import BACKGROUND_PRIOR_WORDS, SIGNIFICANT_Z, compute_distinctive_terms, new_slogans
from dashboard.analysis.kwic import compute_kwic
from dashboard.analysis.selection import Selection, file_stem, format_years, join_list, restrict_to
from dashboard.compose import Cloud, compose_cloud, make_chart
from dashboard.filters import FILTER
from dashboard.i18n import N_, _, format_count, ngettext
from dashboard.lexicon import load_slogans
from dashboard.views.common import (
    cached_cloud_png,
    escape_markdown,
    render_chart,
    render_csv_download,
    render_empty,
    render_page_start,
)
from dashboard.views.widgets import draw
from dashboard.vocabulary import language_name, section_label

DISTINCTIVE_METHOD = N_(
    "Green: used more in the chosen years; red: used less. Log-odds ratio with an informative Dirichlet prior "
    "(Monroe, Colaresi & Quinn 2008): the prior is each word's share of all {language} reports, worth {prior} words, "
    "so a word every report uses must differ a lot to stand out. No frequency threshold. |z| ≥ {z} (dark bars) is a "
    "difference significant at the 5% level; pale bars are not significant. Each bar's label gives the count in the "
    "chosen years vs the other selected years."
)


# How many of the cloud's words its text alternative names.
CLOUD_ALT_WORDS = 10


def render_cloud(cloud: Cloud | None, selection: Selection, place: str = "keywords") -> None:
    """The cloud and its PNG download; `place` keeps widget keys apart when two pages draw one."""
    if cloud is None:
        st.caption(_("No terms to draw for this selection."))
        return
    png = cached_cloud_png(cloud.weights, selection.cloud_words)
    # Read aloud, the picture is its largest words: what a screen reader says instead of "image".
    largest = [word for word, _weight in sorted(cloud.weights, key=lambda pair: -pair[1])[:CLOUD_ALT_WORDS]]
    alt = _("Word cloud. Largest words: {words}").format(words=join_list(largest))
    # PNG as drawn: with "auto" Streamlit re-encodes it as a JPEG on every rerun (10 ms, and blurred text).
    st.image(png, caption=cloud.caption, alt=alt, width="stretch", output_format="PNG")
    st.download_button(
        _("Download word cloud (PNG)"),
        png,
        file_name=f"{file_stem('word_cloud', selection)}.png",
        mime="image/png",
        key=f"cloud_png_{place}",
    )


def render_keywords(data: ReportData, selection: Selection) -> None:
    paragraphs = render_page_start(data, selection, _("Keywords"))
    if paragraphs is None:
        return
    years = format_years(selection.years)
    terms = restrict_to(data.terms, paragraphs)  # once: the cloud, the top terms and the distinctive words
    left, right = st.columns([3, 2])
    with left:
        render_cloud(compose_cloud(data, terms, selection), selection)
    with right:
        top = compute_top_terms(terms, 30)
        title = _("Top 30 terms, {years}").format(years=years)
        render_chart(make_chart("top_terms", charts.make_top_terms_figure(top, title), top, selection), selection)

    distinct_years = sorted(int(year) for year in paragraphs["year"].unique())
    if len(distinct_years) > 1:
        st.subheader(_("Distinctive words"))
        focus = draw(FILTER["focus_years"], data, options=distinct_years, default=[distinct_years[-1]])
        reference = [year for year in distinct_years if year not in focus]
        if focus and reference:
            distinctive = compute_distinctive_terms(terms, focus, data.term_totals(selection.lang))
            shown = pd.concat([distinctive.head(15), distinctive.tail(15)]).drop_duplicates("term")
            title = _("Distinctive words, {focus} vs {reference}").format(
                focus=format_years(focus), reference=format_years(reference)
            )
            figure = charts.make_distinctive_figure(shown, title)
            render_chart(make_chart("distinctive_terms", figure, shown, selection), selection)
            st.caption(
                _(DISTINCTIVE_METHOD).format(
                    language=language_name(selection.lang), prior=format_count(BACKGROUND_PRIOR_WORDS), z=SIGNIFICANT_Z
                )
            )
            fresh = new_slogans(terms, focus, frozenset(load_slogans()))
            if not fresh.empty:
                listed = " · ".join(
                    f"{escape_markdown(row.term)} ({row.focus_count})" for row in fresh.head(20).itertuples()
                )
                st.markdown(
                    _(
                        "**Slogans in {focus} that {reference} never use** (from the slogan lists, with their count): "
                        "{slogans}"
                    ).format(focus=format_years(focus), reference=format_years(reference), slogans=listed)
                )
        else:
            st.caption(_("Choose focus years that leave at least one other selected year to compare with."))

    st.subheader(_("Keyword in context"))
    default = selection.search or (top["term"].iloc[0] if not top.empty else "")
    term = draw(FILTER["kwic"], data, placeholder=default)
    term = (term or default).strip()
    kwic = compute_kwic(paragraphs, term, selection.lang)
    if kwic.empty:
        render_empty(_("“{term}” does not occur in the selected paragraphs.").format(term=escape_markdown(term)))
        return
    st.caption(
        ngettext(
            "{count} occurrence of “{term}” (at most 500 shown)",
            "{count} occurrences of “{term}” (at most 500 shown)",
            len(kwic),
        ).format(count=len(kwic), term=escape_markdown(term))
    )
    shown = kwic.head(100)
    lines = [
        f"**{citation}** · {section_label(row.section_kind)}: "
        f"…{escape_markdown(row.left)}:orange-background[**{escape_markdown(row.match)}**]{escape_markdown(row.right)}…"
        for row, citation in zip(shown.itertuples(index=False), cite_rows(data, shown, selection.lang), strict=True)
    ]
    st.markdown("\n\n".join(lines))
    render_csv_download(kwic, _("Download all occurrences (CSV)"), "keyword-in-context")
