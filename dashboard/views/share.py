"""Sharing and briefing: the link to this view, the HTML briefing, presentation mode."""

from __future__ import annotations

import urllib.parse
from datetime import date

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard import i18n
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, file_stem
from dashboard.briefing import make_briefing_html
from dashboard.cloud import render_cloud_png
from dashboard.compose import Cloud
from dashboard.filters import link_pairs
from dashboard.i18n import _
from dashboard.views.navigation import DEFAULT_PAGE

# Static CSS written here, never user text: hides the sidebar and chart chrome for a projector.
PRESENTATION_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandedControl"],
[data-testid="stToolbar"], [data-testid="stDownloadButton"], [data-testid="stHeader"] { display: none !important; }
[data-testid="stMainBlockContainer"] { max-width: 100% !important; padding-top: 2rem !important; }
h1 { font-size: 3.2rem !important; } [data-testid="stMarkdownContainer"] p { font-size: 1.35rem; }
</style>"""


def view_url(base_url: str | None, page_path: str, pairs: list[tuple[str, str]]) -> str:
    """The canonical link: the page's URL and the parameters of every control that is not at its default."""
    base = base_url or ("/" if page_path == DEFAULT_PAGE else f"/{page_path}")  # the default page is the root
    query = urllib.parse.urlencode(pairs)
    return f"{base}?{query}" if query else base


def render_share_controls(
    where: DeltaGenerator, data: ReportData, selection: Selection, page_path: str, page_title: str
) -> None:
    with where:
        st.subheader(_("Share and brief"))
        raw = {key: st.query_params.get_all(key) for key in st.query_params}
        link = view_url(st.context.url, page_path, link_pairs(raw, page_path, data, selection.ui))
        # In a popover: the code block's highlighter (1.5 MB of script, a quarter second of a phone's first
        # screen) loads when a reader opens it, not with every first screen.
        with st.popover(_("Link to this view"), icon=":material/link:"):
            st.caption(_("Link to this view (page and filters); the copy icon copies it:"))
            st.code(link, language=None, wrap_lines=True)

        def briefing() -> bytes:
            def draw_cloud(cloud: Cloud) -> bytes:
                return render_cloud_png(cloud.weights, selection.cloud_words)

            # Drawn when the button is pressed, perhaps outside this run: in the reader's language all the same.
            with i18n.using(selection.ui):
                return make_briefing_html(data, selection, page_title, draw_cloud).encode("utf-8")

        st.download_button(
            _("Download briefing (HTML)"),
            data=briefing,
            file_name=f"{file_stem('briefing', selection)}-{date.today().isoformat()}.html",
            mime="text/html",
            on_click="ignore",
            key="briefing",
            disabled=not selection.years,
            help=_(
                "One self-contained file: charts (work offline), key figures, the sentences behind the theme counts, "
                "word cloud, targets, cited sentences, the target ledger, provenance."
            ),
        )


def _exit_presentation() -> None:
    st.session_state["present"] = False


def render_presentation_chrome(selection: Selection) -> None:
    if not selection.presentation:
        return
    st.html(PRESENTATION_CSS)
    st.button(_("Exit presentation mode"), key="exit_presentation", on_click=_exit_presentation)
