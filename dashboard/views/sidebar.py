"""The global filters: the same on every page, drawn from the filter table and bound to the URL."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection
from dashboard.filters import GLOBAL_FILTERS, selection_from, year_presets
from dashboard.views.widgets import draw


def _apply_preset(presets: dict[str, list[int]]) -> None:
    """A preset fills the years box and then lets go, so the years box stays the one source of truth."""
    chosen = st.session_state.get("preset")
    if chosen in presets:
        st.session_state["years"] = presets[chosen]
    st.session_state["preset"] = None


def render_sidebar(data: ReportData) -> Selection:
    presets = year_presets(data)
    values = {}
    with st.sidebar:
        st.header("Filters")
        display = None
        for spec in GLOBAL_FILTERS:
            if spec.key == "years":
                # Quick ways to fill the years box; not a filter of their own, so not in the link.
                st.pills("Quick years", list(presets), key="preset", on_change=_apply_preset, args=(presets,))
            if spec.group == "display" and display is None:
                display = st.expander("Display and export")
            values[spec.key] = draw(spec, data, display if spec.group == "display" else st)
    return selection_from(values)
