"""Entry point: `streamlit run dashboard/app.py` from the repository root."""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts only dashboard/ on the import path; the package needs its parent.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from dashboard.views.common import get_data_or_stop
from dashboard.views.context import set_page_context
from dashboard.views.navigation import PAGE_DIR, PAGES
from dashboard.views.share import render_presentation_chrome, render_share_controls
from dashboard.views.sidebar import render_sidebar

st.set_page_config(page_title="Government Work Reports as data", page_icon=":material/dashboard:", layout="wide")
data = get_data_or_stop()
selection, notices = render_sidebar(data)
set_page_context(data, selection)
pages = [
    st.Page(PAGE_DIR / f"{path}.py", title=title, url_path=path, icon=icon, default=(path == "overview"))
    for title, path, icon in PAGES
]
navigation = st.navigation(pages)
render_share_controls(data, selection, navigation.url_path, navigation.title)
render_presentation_chrome(selection)
if notices:
    st.warning("Some link parameters were not understood and were ignored: " + "; ".join(notices) + ".")
navigation.run()
