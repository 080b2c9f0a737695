"""The global filters: the same on every page, stable keys, bound to the URL."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import (
    MAX_SEARCH_CHARS,
    SECTION_KINDS,
    SECTION_LABELS,
    Selection,
)
from dashboard.lexicon import load_themes
from dashboard.vocabulary import RURAL_LINKS, metric, metric_keys

LANG_LABELS = {"zh": "中文", "en": "English"}
NORMALISE_LABELS = {"raw": "Raw counts", "per10k": "Per 10,000 characters / words"}
WEIGHT_LABELS = {"frequency": "Frequency", "distinctive": "Distinctiveness vs other selected years"}
DOWNLOAD_FORMATS = ("PNG (2×)", "SVG")
DEFAULT_YEARS = [2016]
CLOUD_WORDS = (20, 300, 100)


def _allowed_values(data: ReportData) -> dict[str, set[str] | None]:
    """What each URL parameter may hold, as the widgets format it; None means free text."""
    themes = load_themes()
    return {
        "lang": set(LANG_LABELS.values()),
        "years": {str(year) for year in data.all_years()},
        "sections": set(SECTION_LABELS.values()),
        "themes": {theme.label_en for theme in themes},
        "q": None,
        "norm": set(NORMALISE_LABELS.values()),
        "words": {str(n) for n in range(CLOUD_WORDS[0], CLOUD_WORDS[1] + 1)},
        "weight": set(WEIGHT_LABELS.values()),
        "fmt": set(DOWNLOAD_FORMATS),
        "terms": None,
        "kwic": None,
        "life_terms": None,
        "conc_term": None,
        "ledger_metric": {metric(key).label_en for key in metric_keys(ledger_only=True)},
        "present": {"true", "false"},
        "rural_links": {label for label, _ in RURAL_LINKS.values()},
    }


# Parameters a page (or the export settings) binds to the URL beside the selection: a shared link
# carries them as they stand, so it reopens the same view (a concordance term, typed terms, a metric).
VIEW_PARAMETERS = ("fmt", "terms", "kwic", "life_terms", "conc_term", "ledger_metric", "rural_links")


def find_invalid_parameters(raw: dict[str, list[str]], allowed: dict[str, set[str] | None]) -> list[str]:
    """Human-readable notes on URL parameters the app will ignore."""
    notes = []
    for key, values in raw.items():
        if key not in allowed:
            notes.append(f"unknown parameter “{key[:40]}”")
            continue
        valid = allowed[key]
        if valid is None:
            if any(len(value) > MAX_SEARCH_CHARS for value in values):
                notes.append(f"“{key}” longer than {MAX_SEARCH_CHARS} characters")
            continue
        bad = [value for value in values if value and value not in valid]
        if bad:
            shown = ", ".join(f"“{value[:30]}”" for value in bad[:3])
            notes.append(f"“{key}” values not recognised: {shown}")
    return notes


def _apply_preset(presets: dict[str, list[int]]) -> None:
    """A preset fills the years box and then lets go, so the years box stays the one source of truth."""
    chosen = st.session_state.get("preset")
    if chosen in presets:
        st.session_state["years"] = presets[chosen]
    st.session_state["preset"] = None


def render_sidebar(data: ReportData) -> tuple[Selection, list[str]]:
    raw = {key: st.query_params.get_all(key) for key in st.query_params}
    notices = find_invalid_parameters(raw, _allowed_values(data))
    themes = load_themes()
    all_years = data.all_years()

    with st.sidebar:
        st.header("Filters")
        lang = st.radio(
            "Language", list(LANG_LABELS), format_func=LANG_LABELS.get, horizontal=True, key="lang", bind="query-params"
        )
        latest = max(all_years)
        presets = {"2016": [2016], "2014 onwards": [y for y in all_years if y >= 2014], "All years": all_years}
        st.pills("Quick years", list(presets), key="preset", on_change=_apply_preset, args=(presets,))
        years = st.multiselect(
            "Years",
            all_years,
            # A preset may have put years in Session State already; a default as well would only be overridden.
            default=None if "years" in st.session_state else ([y for y in DEFAULT_YEARS if y in all_years] or [latest]),
            key="years",
            bind="query-params",
            help="Years with no report in the chosen language are shown as missing, not zero.",
        )
        sections = st.multiselect(
            "Section of the report",
            list(SECTION_KINDS),
            default=list(SECTION_KINDS),
            format_func=SECTION_LABELS.get,
            key="sections",
            bind="query-params",
        )
        theme_ids = st.multiselect(
            "Themes",
            [theme.id for theme in themes],
            default=[theme.id for theme in themes],
            format_func={theme.id: theme.label_en for theme in themes}.get,
            key="themes",
            bind="query-params",
        )
        search = st.text_input(
            "Keyword search",
            key="q",
            bind="query-params",
            max_chars=MAX_SEARCH_CHARS,
            placeholder="e.g. 光纤 or broadband",
            help="Literal text (regex characters are plain characters); "
            "English ignores case. Keeps only paragraphs that contain it.",
        )
        normalise = st.radio(
            "Counts",
            list(NORMALISE_LABELS),
            format_func=NORMALISE_LABELS.get,
            key="norm",
            bind="query-params",
        )
        with st.expander("Display and export"):
            presentation = st.toggle(
                "Presentation mode",
                key="present",
                bind="query-params",
                help="Hides the sidebar and controls and enlarges charts for a projector; the filters stay.",
            )
            words = st.slider("Words in the cloud", *CLOUD_WORDS, key="words", bind="query-params")
            weighting = st.radio(
                "Cloud weighting", list(WEIGHT_LABELS), format_func=WEIGHT_LABELS.get, key="weight", bind="query-params"
            )
            st.radio("Chart download (camera icon)", DOWNLOAD_FORMATS, key="fmt", bind="query-params", horizontal=True)

    selection = Selection(
        lang=lang,
        years=tuple(sorted(years)),
        sections=tuple(sections),
        themes=tuple(theme_ids),
        search=(search or "").strip(),
        normalise=normalise == "per10k",
        cloud_words=int(words),
        cloud_weighting=weighting,
        presentation=bool(presentation),
    )
    return selection, notices


def canonical_query(selection: Selection) -> list[tuple[str, str]]:
    """The URL parameters of a selection, in the widgets' own formats, defaults left out as Streamlit does."""
    themes = load_themes()
    all_themes = [theme.id for theme in themes]
    labels = {theme.id: theme.label_en for theme in themes}
    pairs: list[tuple[str, str]] = []
    if selection.lang != "zh":
        pairs.append(("lang", LANG_LABELS[selection.lang]))
    if list(selection.years) != DEFAULT_YEARS:
        pairs += [("years", str(year)) for year in selection.years] or [("years", "")]
    if tuple(selection.sections) != SECTION_KINDS:
        pairs += [("sections", SECTION_LABELS[kind]) for kind in selection.sections] or [("sections", "")]
    if list(selection.themes) != all_themes:
        pairs += [("themes", labels[theme]) for theme in selection.themes] or [("themes", "")]
    if selection.search:
        pairs.append(("q", selection.search))
    if selection.normalise:
        pairs.append(("norm", NORMALISE_LABELS["per10k"]))
    if selection.cloud_words != CLOUD_WORDS[2]:
        pairs.append(("words", str(selection.cloud_words)))
    if selection.cloud_weighting != "frequency":
        pairs.append(("weight", WEIGHT_LABELS[selection.cloud_weighting]))
    if selection.presentation:
        pairs.append(("present", "true"))
    return pairs
