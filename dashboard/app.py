"""Entry point: `streamlit run dashboard/app.py` from the repository root."""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts only dashboard/ on the import path; the package needs its parent.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from dashboard.views.about import render_about
from dashboard.views.common import get_data_or_stop
from dashboard.views.keywords import render_keywords
from dashboard.views.overview import render_overview
from dashboard.views.read import render_read
from dashboard.views.sidebar import render_sidebar
from dashboard.views.targets import render_targets
from dashboard.views.trends import render_trends

PAGES = (
    ("Overview", "overview", render_overview, ":material/dashboard:"),
    ("Trends", "trends", render_trends, ":material/show_chart:"),
    ("Targets", "targets", render_targets, ":material/flag:"),
    ("Keywords", "keywords", render_keywords, ":material/cloud:"),
    ("Read", "read", render_read, ":material/menu_book:"),
)

st.set_page_config(page_title="Government Work Reports as data", page_icon=":material/dashboard:", layout="wide")
data = get_data_or_stop()
selection, notices = render_sidebar(data)


def _page(render):
    def run() -> None:
        render(data, selection)

    return run


pages = [
    st.Page(_page(render), title=title, url_path=path, icon=icon, default=(path == "overview"))
    for title, path, render, icon in PAGES
]
pages.append(st.Page(lambda: render_about(data), title="About the data", url_path="about", icon=":material/info:"))
navigation = st.navigation(pages)
if notices:
    st.warning("Some link parameters were not understood and were ignored: " + "; ".join(notices) + ".")
navigation.run()
