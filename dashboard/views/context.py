"""What the entry file hands to the page scripts for this run: the data and the sidebar's selection.

Kept in Session State (per browser session, by reference, no copy), never in a module
global, which every session's thread would share.
"""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection

CONTEXT_KEY = "_page_context"


def set_page_context(data: ReportData, selection: Selection) -> None:
    st.session_state[CONTEXT_KEY] = (data, selection)


def page_context() -> tuple[ReportData, Selection]:
    return st.session_state[CONTEXT_KEY]
