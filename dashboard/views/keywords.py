"""Keywords: the word cloud, the top terms with exact counts, and keyword in context."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.keyness import BACKGROUND_PRIOR_WORDS, SIGNIFICANT_Z
from dashboard.analysis.selection import Selection, file_stem, format_years, join_list
from dashboard.compose import KWIC_SHOWN, Cloud, Kwic, compose_distinctive, compose_keywords, compose_kwic
from dashboard.filters import FILTER
from dashboard.i18n import N_, _, format_count, interface_language, ngettext
from dashboard.views.common import (
    cached_cloud_png,
    composed,
    derived_once,
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
    keywords = composed(compose_keywords, selection)
    left, right = st.columns([3, 2])
    with left:
        render_cloud(keywords.cloud, selection)
    with right:
        render_chart(keywords.top, selection)

    if len(keywords.years) > 1:
        st.subheader(_("Distinctive words"))
        focus = draw(FILTER["focus_years"], data, options=list(keywords.years), default=[keywords.years[-1]])
        reference = [year for year in keywords.years if year not in focus]
        if focus and reference:
            distinctive = composed(compose_distinctive, selection, tuple(focus))
            render_chart(distinctive.chart, selection)
            st.caption(
                _(DISTINCTIVE_METHOD).format(
                    language=language_name(selection.lang), prior=format_count(BACKGROUND_PRIOR_WORDS), z=SIGNIFICANT_Z
                )
            )
            if not distinctive.new_slogans.empty:
                listed = " · ".join(
                    f"{escape_markdown(row.term)} ({row.focus_count})"
                    for row in distinctive.new_slogans.head(20).itertuples()
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
    default = selection.search or keywords.first_term
    term = draw(FILTER["kwic"], data, placeholder=default)
    term = (term or default).strip()
    kwic = composed(compose_kwic, selection, term)
    if kwic.lines.empty:
        render_empty(_("“{term}” does not occur in the selected paragraphs.").format(term=escape_markdown(term)))
        return
    st.caption(
        ngettext(
            "{count} occurrence of “{term}” (at most 500 shown)",
            "{count} occurrences of “{term}” (at most 500 shown)",
            len(kwic.lines),
        ).format(count=len(kwic.lines), term=escape_markdown(term))
    )
    # Written once per composition and interface language: escaping each line was a tenth of the page's rerun.
    st.markdown(derived_once(kwic, f"kwic {interface_language()}", _kwic_markdown))
    render_csv_download(kwic.lines, _("Download all occurrences (CSV)"), "keyword-in-context")


def _kwic_markdown(kwic: Kwic) -> str:
    """The shown lines of a keyword in context, each cited, its match marked."""
    lines = [
        f"**{citation}** · {section_label(row.section_kind)}: "
        f"…{escape_markdown(row.left)}:orange-background[**{escape_markdown(row.match)}**]{escape_markdown(row.right)}…"
        for row, citation in zip(kwic.lines.head(KWIC_SHOWN).itertuples(index=False), kwic.citations, strict=True)
    ]
    return "\n\n".join(lines)
