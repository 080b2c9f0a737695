"""Sharing and briefing: the link to this view, the HTML briefing, presentation mode."""

from __future__ import annotations

import urllib.parse
from datetime import date

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, filter_paragraphs
from dashboard.briefing import make_briefing_html
from dashboard.cloud import render_cloud_png
from dashboard.views.keywords import cloud_weights
from dashboard.views.sidebar import VIEW_PARAMETERS, canonical_query

# Static CSS written here, never user text: hides the sidebar and chart chrome for a projector.
PRESENTATION_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandedControl"],
[data-testid="stToolbar"], [data-testid="stDownloadButton"], [data-testid="stHeader"] { display: none !important; }
[data-testid="stMainBlockContainer"] { max-width: 100% !important; padding-top: 2rem !important; }
h1 { font-size: 3.2rem !important; } [data-testid="stMarkdownContainer"] p { font-size: 1.35rem; }
</style>"""


def view_url(
    base_url: str | None, page_path: str, selection: Selection, view: list[tuple[str, str]] | None = None
) -> str:
    """The canonical link: the page's URL, every non-default filter, and the page's own parameters."""
    base = base_url or f"/{page_path}"
    query = urllib.parse.urlencode([*canonical_query(selection), *(view or [])])
    return f"{base}?{query}" if query else base


def view_parameters() -> list[tuple[str, str]]:
    """The page-bound parameters as the URL holds them now (non-default values only, as Streamlit writes them)."""
    return [(key, value) for key in VIEW_PARAMETERS for value in st.query_params.get_all(key)]


def render_share_controls(data: ReportData, selection: Selection, page_path: str, page_title: str) -> None:
    with st.sidebar:
        st.subheader("Share and brief")
        st.caption("Link to this view (page and filters); the copy icon copies it:")
        st.code(view_url(st.context.url, page_path, selection, view_parameters()), language=None, wrap_lines=True)

        def briefing() -> bytes:
            paragraphs = filter_paragraphs(data, selection)
            weights = cloud_weights(data, paragraphs, selection)[0] if not paragraphs.empty else ()
            png = render_cloud_png(weights, selection.cloud_words) if weights else None
            return make_briefing_html(data, selection, png, page_title).encode("utf-8")

        st.download_button(
            "Download briefing (HTML)",
            data=briefing,
            file_name=f"gwr-briefing-{date.today().isoformat()}.html",
            mime="text/html",
            on_click="ignore",
            key="briefing",
            disabled=not selection.years,
            help="One self-contained file: charts (work offline), key figures, word cloud, targets, cited sentences, provenance.",
        )


def _exit_presentation() -> None:
    st.session_state["present"] = False


def render_presentation_chrome(selection: Selection) -> None:
    if not selection.presentation:
        return
    st.html(PRESENTATION_CSS)
    st.button("Exit presentation mode", key="exit_presentation", on_click=_exit_presentation)
