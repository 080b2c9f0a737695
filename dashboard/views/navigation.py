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
    title: str
    path: str  # the URL path, also the scope of the page's own controls in dashboard/filters.py
    icon: str
    render: Callable[[ReportData, Selection], None]


PAGES = (
    Page("Overview", "overview", ":material/dashboard:", render_overview),
    Page("Trends", "trends", ":material/show_chart:", render_trends),
    Page("Rural connectivity", "rural", ":material/cell_tower:", render_rural),
    Page("Targets", "targets", ":material/flag:", render_targets),
    Page("Keywords", "keywords", ":material/cloud:", render_keywords),
    Page("Read", "read", ":material/menu_book:", render_read),
    Page("Target ledger", "ledger", ":material/fact_check:", render_ledger),
    Page("Slogan lifecycles", "lifecycles", ":material/timeline:", render_lifecycles),
    Page("Bilingual concordance", "concordance", ":material/translate:", render_concordance),
    Page("About the data", "about", ":material/info:", render_about),
)
DEFAULT_PAGE = PAGES[0].path


def streamlit_pages(data: ReportData, selection: Selection) -> list[st.Page]:
    """The pages for st.navigation, each bound to this run's data and selection."""
    return [
        st.Page(
            partial(page.render, data, selection),
            title=page.title,
            url_path=page.path,
            icon=page.icon,
            default=page.path == DEFAULT_PAGE,
        )
        for page in PAGES
    ]
