"""The global filters: the same on every page, drawn from the filter table and bound to the URL."""

from __future__ import annotations

import streamlit as st

from dashboard import i18n
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection
from dashboard.filters import FILTER, FILTERS, GLOBAL_FILTERS, link_interface, selection_from, year_presets
from dashboard.i18n import _
from dashboard.views.widgets import draw


def _apply_range(key: str, years: list[int]) -> None:
    """The range control fills the years box with every year of the range that has a report."""
    first, last = st.session_state[key]
    st.session_state["years"] = [year for year in years if first <= year <= last]


def _render_year_range(data: ReportData, chosen: list[int]) -> None:
    """Two handles over the years: the quick way to choose 2015–2020. It follows the years box (the one
    source of truth), so it is not in the link. Its key names the span it shows: when the years box
    changes, a new control opens on the new span (setting a range control's state would make it a single one)."""
    years = data.all_years()
    span = (min(chosen), max(chosen)) if chosen else (years[0], years[-1])
    key = f"year_range_{span[0]}_{span[1]}"
    st.select_slider(_("Year range"), years, value=span, key=key, on_change=_apply_range, args=(key, years))


def _apply_preset(presets: dict[str, list[int]]) -> None:
    """A preset fills the years box and then lets go, so the years box stays the one source of truth."""
    chosen = st.session_state.get("preset")
    if chosen in presets:
        st.session_state["years"] = presets[chosen]
    st.session_state["preset"] = None


def _rewrite_choices() -> None:
    """After the interface language changes, every choice is set again: the widgets write their choices
    as labels, and a choice sent back in the old language's words would otherwise be dropped."""
    for spec in FILTERS:
        if spec.key != "ui" and spec.values is not None and spec.key in st.session_state:
            st.session_state[spec.key] = st.session_state[spec.key]


def reader_language(link: dict[str, list[str]], data: ReportData) -> str:
    """The interface language a session starts in when its link names none: the language of the link's
    labels, else the browser's. Kept for the session, so the interface control's default never moves."""
    if "reader_language" not in st.session_state:
        st.session_state["reader_language"] = link_interface(link, data) or i18n.language_of_locale(st.context.locale)
    return st.session_state["reader_language"]


def render_sidebar(data: ReportData, link: dict[str, list[str]]) -> Selection:
    """The global controls, the interface language first: every other label is written in it."""
    values = {}
    with st.sidebar:
        values["ui"] = draw(FILTER["ui"], data, default=reader_language(link, data), on_change=_rewrite_choices)
        i18n.use(values["ui"])
        st.header(_("Filters"))
        presets = year_presets(data)
        display = None
        for spec in GLOBAL_FILTERS:
            if spec.key == "ui":
                continue
            if spec.key == "years":
                # Quick ways to fill the years box; not a filter of their own, so not in the link.
                st.pills(_("Quick years"), list(presets), key="preset", on_change=_apply_preset, args=(presets,))
            if spec.group == "display" and display is None:
                display = st.expander(_("Display and export"))
            values[spec.key] = draw(spec, data, display if spec.group == "display" else st)
            if spec.key == "years":
                _render_year_range(data, values["years"])
    return selection_from(values)
