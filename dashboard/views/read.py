"""Read: the filtered paragraphs, matches highlighted, with the aligned translation beside them."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.coverage import compute_delivery_notes
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import (
    SECTION_LABELS,
    Selection,
    search_pattern,
)
from dashboard.views.common import escape_markdown, highlight, render_page_start

PAGE_SIZE = 40


def aligned_translation(data: ReportData, lang: str, year: int, para_id: int) -> str:
    """The other language's sentences aligned to this paragraph (TMX pairs 2008–2022); empty if none."""
    own, other = ("zh_para_id", "en_sentence") if lang == "zh" else ("en_para_id", "zh_sentence")
    pairs = data.alignment[(data.alignment["year"] == year) & (data.alignment[own] == para_id)]
    separator = " " if lang == "zh" else ""  # English sentences need a space between them, Chinese ones do not
    return separator.join(pairs[other].dropna())


def render_read(data: ReportData, selection: Selection) -> None:
    paragraphs = render_page_start(data, selection, "Read the reports")
    if paragraphs is None:
        return
    for note in compute_delivery_notes(data.documents, selection.lang, list(selection.years)):
        st.info(escape_markdown(note), icon=":material/record_voice_over:")
    paragraphs = paragraphs.sort_values(["year", "para_id"])
    pages = max(1, -(-len(paragraphs) // PAGE_SIZE))
    page = st.number_input(f"Page (of {pages}; {len(paragraphs):,} paragraphs)", 1, pages, 1, key="read_page")
    shown = paragraphs.iloc[(int(page) - 1) * PAGE_SIZE : int(page) * PAGE_SIZE]
    pattern = search_pattern(selection.search, selection.lang)
    has_alignment = set(data.alignment["year"].unique())
    other = "English" if selection.lang == "zh" else "中文"
    for row in shown.itertuples(index=False):
        st.markdown(
            f"**{row.year} ¶{row.para_id}** · {SECTION_LABELS[row.section_kind]}"
            + (f" · {escape_markdown(row.heading)}" if isinstance(row.heading, str) and row.heading else "")
        )
        if row.year in has_alignment:
            left, right = st.columns(2)
            left.markdown(highlight(row.text, pattern))
            translation = aligned_translation(data, selection.lang, row.year, row.para_id)
            if translation:
                right.markdown(f"*{other}:* {escape_markdown(translation)}")
            else:
                right.caption(f"No aligned {other} sentence for this paragraph.")
        else:
            st.markdown(highlight(row.text, pattern))
        st.divider()
