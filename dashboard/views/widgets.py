"""Draw a control of the filter table (dashboard/filters.py): its widget, bound to the URL under its key."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.filters import Filter
from dashboard.vocabulary import MAX_TEXT_CHARS

UNSET: Any = object()


def draw(
    spec: Filter,
    data: ReportData,
    where: Any = st,
    *,
    options: Sequence[Any] | None = None,
    default: Any = UNSET,
    placeholder: str | None = None,
    label: str | None = None,
    bounds: tuple[int, int] | None = None,
) -> Any:
    """The control's widget in `where` (a container, the sidebar or st); its value.

    A page passes the options and default that depend on what it shows (the years in the
    selection, the paragraphs of its table); everything else comes from the table.
    """
    label = label or spec.label
    common = {"key": spec.key, "bind": "query-params", "help": spec.help or None}
    shown = list(options if options is not None else spec.values(data) if spec.values else ())
    value = spec.default_value(data) if default is UNSET else default
    if spec.widget == "radio":
        # Side by side when every choice is a word or two ("中文 English"), stacked when they are phrases.
        horizontal = all(len(spec.show(item)) <= 12 for item in shown)
        return where.radio(label, shown, format_func=spec.show, horizontal=horizontal, **common)
    if spec.widget == "multiselect":
        chosen = [item for item in (value if value is not None else shown) if item in shown]
        # A default beside a value Session State already holds (set by a preset) would only be overridden.
        initial = None if spec.key in st.session_state else chosen
        return where.multiselect(label, shown, default=initial, format_func=spec.show, **common)
    if spec.widget == "selectbox":
        return where.selectbox(label, shown, format_func=spec.show, **common)
    if spec.widget == "text":
        return where.text_input(label, max_chars=MAX_TEXT_CHARS, placeholder=placeholder or spec.placeholder, **common)
    if spec.widget == "toggle":
        return where.toggle(label, **common)
    low, high = bounds or spec.bounds or (0, 0)
    if spec.widget == "slider":
        return where.slider(label, low, high, value, **common)
    if spec.widget == "number":
        return where.number_input(label, low, high, value, **common)
    raise ValueError(f"no widget for {spec.widget!r}")
