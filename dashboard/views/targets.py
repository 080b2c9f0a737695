"""Targets: rural connectivity across years, and every quantity with its paragraph."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import (
    Selection,
)
from dashboard.compose import compose_targets
from dashboard.filters import FILTER
from dashboard.i18n import _, format_count, ngettext
from dashboard.views.common import (
    composed,
    escape_markdown,
    paragraph_heading,
    render_csv_download,
    render_empty,
    render_page_start,
    show_table,
)
from dashboard.views.links import page_link
from dashboard.views.widgets import draw


def render_targets(data: ReportData, selection: Selection) -> None:
    paragraphs = render_page_start(data, selection, _("Targets and reported figures"))
    if paragraphs is None:
        return
    page_link("rural", _("Rural connectivity: every commitment and result, 1990–2026"), ":material/cell_tower:")

    st.subheader(_("All quantified statements"))
    left, right = st.columns(2)
    chosen = draw(FILTER["target_categories"], data, left)
    kinds = draw(FILTER["target_kinds"], data, right)
    targets = composed(compose_targets, selection, tuple(chosen), tuple(kinds))
    table = targets.table
    if table.empty:
        render_empty(_("No target of these categories and kinds."), _("Choose more categories or kinds above."))
        return
    st.caption(
        ngettext(
            "{count} row. Each row names the report and paragraph (¶) that state it; an annual target is for the year "
            "the report plans, the next one for a report delivered late in the year. Pick a row below to read it.",
            "{count} rows. Each row names the report and paragraph (¶) that state it; an annual target is for the "
            "year the report plans, the next one for a report delivered late in the year. Pick a row below to read it.",
            len(table),
        ).format(count=format_count(len(table)))
    )
    show_table(targets.readable, hide_index=True, key="targets_table")
    render_csv_download(table, _("Download CSV"), "targets")
    # The picker's values are the link's ("2016 ¶60", bound to the URL): the paragraph it opens is cited in full.
    chosen = draw(FILTER["target_paragraph"], data, options=list(targets.references))
    if chosen:
        year, para_id = chosen.replace("¶", "").split()
        paragraph = paragraphs[(paragraphs["year"] == int(year)) & (paragraphs["para_id"] == int(para_id))]
        if not paragraph.empty:
            row = paragraph.iloc[0]
            citation, section, heading = paragraph_heading(data, selection.lang, row)
            st.markdown(" · ".join([f"**{citation}**", section, *([escape_markdown(heading)] if heading else [])]))
            st.markdown(escape_markdown(row["text"]))
