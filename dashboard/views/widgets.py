"""Draw a control of the filter table (dashboard/filters.py): its widget, bound to the URL under its key."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.filters import Filter
from dashboard.i18n import _
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
    on_change: Callable[[], None] | None = None,
) -> Any:
    """The control's widget in `where` (a container, the sidebar or st); its value.

    A page passes the options and default that depend on what it shows (the years in the
    selection, the paragraphs of its table); everything else comes from the table.
    """
    label = label or _(spec.label)
    common = {"key": spec.key, "bind": "query-params", "help": _(spec.help) if spec.help else None}
    if on_change is not None:
        common["on_change"] = on_change
    shown = list(options if options is not None else spec.values(data) if spec.values else ())
    value = spec.default_value(data) if default is UNSET else default
    if spec.widget == "radio":
        # Side by side when every choice is a word or two ("中文 English"), stacked when they are phrases.
        horizontal = all(len(spec.show(item)) <= 12 for item in shown)
        index = shown.index(value) if value in shown else 0
        captions = [spec.captions(item) for item in shown] if spec.captions else None
        return where.radio(
            label, shown, index=index, format_func=spec.show, horizontal=horizontal, captions=captions, **common
        )
    if spec.widget == "multiselect":
        chosen = [item for item in (value if value is not None else shown) if item in shown]
        if spec.link_form is not None:
            return _multiselect_in_link_form(spec, where, label, shown, chosen, common)
        # A default beside a value Session State already holds (set by a preset) would only be overridden.
        initial = None if spec.key in st.session_state else chosen
        return where.multiselect(label, shown, default=initial, format_func=spec.show, **common)
    if spec.widget == "selectbox":
        return where.selectbox(label, shown, format_func=spec.show, **common)
    if spec.widget == "text":
        placeholder = placeholder or (_(spec.placeholder) if spec.placeholder else None)
        return where.text_input(label, max_chars=MAX_TEXT_CHARS, placeholder=placeholder, **common)
    if spec.widget == "toggle":
        return where.toggle(label, **common)
    low, high = bounds or spec.bounds or (0, 0)
    if spec.widget == "slider":
        return where.slider(label, low, high, value, **common)
    if spec.widget == "number":
        return where.number_input(label, low, high, value, **common)
    raise ValueError(f"no widget for {spec.widget!r}")


def _multiselect_in_link_form(
    spec: Filter, where: Any, label: str, shown: list[Any], default: list[Any], common: dict[str, Any]
) -> list[Any]:
    """A multiselect whose link is written in the control's own form (years=2014-2016,2019), which
    Streamlit's binding cannot write: read from the link when the session starts, written back after."""
    common = {name: value for name, value in common.items() if name != "bind"}
    initial = None
    if spec.key not in st.session_state:  # the session's first run (a preset's choice is already in state)
        from_link = spec.link_form.read(st.query_params.get_all(spec.key)) if spec.key in st.query_params else None
        initial = [item for item in from_link if item in shown] if from_link is not None else default
    chosen = where.multiselect(label, shown, default=initial, format_func=spec.show, **common)
    if sorted(chosen) == sorted(default):
        st.query_params.pop(spec.key, None)
    else:
        st.query_params[spec.key] = spec.link_form.write(chosen) if chosen else ""
    return chosen
