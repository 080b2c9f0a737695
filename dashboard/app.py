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

from dashboard import i18n
from dashboard.filters import link_notices
from dashboard.i18n import _
from dashboard.sockets import serve_without_nagle
from dashboard.views.common import get_data_or_stop, render_page_assets
from dashboard.views.navigation import DEFAULT_PAGE, streamlit_pages
from dashboard.views.share import render_presentation_chrome, render_share_controls
from dashboard.views.shared import compose_shared_views
from dashboard.views.sidebar import render_sidebar

serve_without_nagle()  # once per process: every rerun's messages then leave without waiting (dashboard/sockets.py)
# The link as it came, before the bound widgets drop what they cannot hold: the notice names each refusal.
link = {key: st.query_params.get_all(key) for key in st.query_params}
# Until the sidebar's control is drawn, the interface speaks the link's or the browser's language
# (the loading and error messages come before it).
i18n.use(link.get("ui", [""])[-1] or i18n.language_of_locale(st.context.locale))
st.set_page_config(page_title=_("Government Work Reports as data"), page_icon=":material/dashboard:", layout="wide")
data = get_data_or_stop()
selection = render_sidebar(data, link)
st.set_page_config(page_title=_("Government Work Reports as data"))
share_box = st.sidebar.container()  # filled after the page has drawn its own controls, so the link is current
navigation = st.navigation(streamlit_pages(data, selection))
render_presentation_chrome(selection)
page_path = navigation.url_path or DEFAULT_PAGE
notices = link_notices(link, page_path, data)
if notices:
    st.warning(_("Some link parameters were not used as given: {notices}.").format(notices="; ".join(notices)))
navigation.run()
render_share_controls(share_box, data, selection, page_path, navigation.title)
render_page_assets()
compose_shared_views()  # once per process, after the first page is drawn: the views every reader shares
