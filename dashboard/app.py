"""Entry point: `streamlit run dashboard/app.py` from the repository root.

The data flow of a run: the processed tables (loaded once per process) → the sidebar's filters
→ a Selection → the chosen page's render function, called with both → the share controls, which
write the link to the view the page has just drawn.
"""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts only dashboard/ on the import path; the package needs its parent.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from dashboard.filters import link_notices
from dashboard.views.common import get_data_or_stop
from dashboard.views.navigation import DEFAULT_PAGE, streamlit_pages
from dashboard.views.share import render_presentation_chrome, render_share_controls
from dashboard.views.sidebar import render_sidebar

st.set_page_config(page_title="Government Work Reports as data", page_icon=":material/dashboard:", layout="wide")
data = get_data_or_stop()
# The link as it came, before the bound widgets drop what they cannot hold: the notice names each refusal.
link = {key: st.query_params.get_all(key) for key in st.query_params}
selection = render_sidebar(data)
share_box = st.sidebar.container()  # filled after the page has drawn its own controls, so the link is current
navigation = st.navigation(streamlit_pages(data, selection))
render_presentation_chrome(selection)
page_path = navigation.url_path or DEFAULT_PAGE
notices = link_notices(link, page_path, data)
if notices:
    st.warning("Some link parameters were not used as given: " + "; ".join(notices) + ".")
navigation.run()
render_share_controls(share_box, data, selection, page_path, navigation.title)
