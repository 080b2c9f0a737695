"""The dashboard's pages, in sidebar order: title, URL path, icon, and the function that draws it.

Every page is drawn by a function of the report data and the sidebar's selection, handed to it as
arguments when the app registers the page (app.py): nothing travels through Session State.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection
from dashboard.i18n import N_, _
from dashboard.views.about import render_about
from dashboard.views.concordance import render_concordance
from dashboard.views.keywords import render_keywords
from dashboard.views.ledger import render_ledger
from dashboard.views.lifecycles import render_lifecycles
from dashboard.views.overview import render_overview
from dashboard.views.read import render_read
from dashboard.views.rural import render_rural
from dashboard.views.targets import render_targets
from dashboard.views.trends import render_trends


@dataclass(frozen=True)
class Page:
    title: str  # in English, marked for the catalog; shown in the interface language
    path: str  # the URL path, also the scope of the page's own controls in dashboard/filters.py
    icon: str
    render: Callable[[ReportData, Selection], None]


PAGES = (
    Page(N_("Overview"), "overview", ":material/dashboard:", render_overview),
    Page(N_("Trends"), "trends", ":material/show_chart:", render_trends),
    Page(N_("Rural connectivity"), "rural", ":material/cell_tower:", render_rural),
    Page(N_("Targets"), "targets", ":material/flag:", render_targets),
    Page(N_("Keywords"), "keywords", ":material/cloud:", render_keywords),
    Page(N_("Read"), "read", ":material/menu_book:", render_read),
    Page(N_("Target ledger"), "ledger", ":material/fact_check:", render_ledger),
    Page(N_("Slogan lifecycles"), "lifecycles", ":material/timeline:", render_lifecycles),
    Page(N_("Bilingual concordance"), "concordance", ":material/translate:", render_concordance),
    Page(N_("About the data"), "about", ":material/info:", render_about),
)
DEFAULT_PAGE = PAGES[0].path


def streamlit_pages(data: ReportData, selection: Selection) -> list[st.Page]:
    """The pages for st.navigation, each bound to this run's data and selection."""
    return [
        st.Page(
            partial(page.render, data, selection),
            title=_(page.title),
            url_path=page.path,
            icon=page.icon,
            default=page.path == DEFAULT_PAGE,
        )
        for page in PAGES
    ]
