"""Read: the filtered paragraphs, matches highlighted, with the aligned translation beside them."""

from __future__ import annotations

import html

import streamlit as st

from dashboard.analysis.coverage import compute_delivery_notes
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, search_pattern
from dashboard.filters import FILTER
from dashboard.i18n import _, format_count, ngettext
from dashboard.views.common import (
    escape_markdown,
    highlight_html,
    paragraph_heading,
    render_page_start,
    render_side_by_side,
)
from dashboard.views.widgets import draw
from dashboard.vocabulary import LANGUAGE_LABELS, language_name, other_language

# Paragraphs per page: enough to read on, few enough that the page stays short and quick to send.
PAGE_SIZE = 20


def render_read(data: ReportData, selection: Selection) -> None:
    paragraphs = render_page_start(data, selection, _("Read the reports"))
    if paragraphs is None:
        return
    for note in compute_delivery_notes(data.documents, selection.lang, list(selection.years)):
        st.info(escape_markdown(note), icon=":material/record_voice_over:")
    paragraphs = paragraphs.sort_values(["year", "para_id"])
    pages = max(1, -(-len(paragraphs) // PAGE_SIZE))
    label = ngettext(
        "Page (of {pages}; {count} paragraph)", "Page (of {pages}; {count} paragraphs)", len(paragraphs)
    ).format(pages=pages, count=format_count(len(paragraphs)))
    page = draw(FILTER["read_page"], data, label=label, bounds=(1, pages))
    shown = paragraphs.iloc[(int(page) - 1) * PAGE_SIZE : int(page) * PAGE_SIZE]
    pattern = search_pattern(selection.search, selection.lang)
    has_alignment = set(data.alignment["year"].unique())
    other_lang = other_language(selection.lang)
    other = LANGUAGE_LABELS[other_lang]  # the translation's label, in its own script ("English", "中文")
    no_translation = _("No aligned {language} sentence for this paragraph.").format(language=language_name(other_lang))
    rows = []
    for row in shown.itertuples(index=False):
        citation, section, heading = paragraph_heading(data, selection.lang, row)
        cited = " · ".join(
            [
                f"<strong>{html.escape(citation)}</strong>",
                html.escape(section),
                *([html.escape(heading)] if heading else []),
            ]
        )
        text = f"<p>{highlight_html(row.text, pattern)}</p>"
        if row.year not in has_alignment:
            rows.append((cited, text, None))
            continue
        translation = data.translation(selection.lang, row.year, row.para_id)
        rows.append(
            (
                cited,
                text,
                f"<p><em>{html.escape(other)}:</em> {html.escape(translation)}</p>"
                if translation
                else f'<p class="gwr-note">{html.escape(no_translation)}</p>',
            )
        )
    render_side_by_side(rows)
