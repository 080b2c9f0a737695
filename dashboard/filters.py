"""The filter table: every control that changes what a page shows, written once.

Each row names a control's key (its widget key and its URL parameter), the widget that draws
it, where it applies (every page, or one page), the values it may hold and how they are written,
its default, and an example of a value other than the default. The sidebar and the pages draw
their widgets from it, a link is checked against it (and every refusal named), the link to the
current view is written from it, the Selection is built from it, and the tests generate their
links and fuzz cases from it. A new filter is one row here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, format_years
from dashboard.lexicon import load_themes
from dashboard.vocabulary import (
    LANGUAGE_LABELS,
    LANGUAGES,
    MAX_TEXT_CHARS,
    RURAL_LINKS,
    SECTION_KINDS,
    SECTION_LABELS,
    TARGET_KINDS,
    categories,
    metric,
    metric_keys,
)

GLOBAL = "global"
NORMALISE_LABELS = {"raw": "Raw counts", "per10k": "Per 10,000 characters / words"}
WEIGHT_LABELS = {"frequency": "Frequency", "distinctive": "Distinctiveness vs other selected years"}
DOWNLOAD_FORMATS = {"png": "PNG (2×)", "svg": "SVG"}
DEFAULT_YEARS = (2016,)
PARAGRAPH_REFERENCE = re.compile(r"\d{4} ¶\d{1,4}")


@dataclass(frozen=True)
class Filter:
    key: str  # the widget key and the URL parameter
    label: str
    widget: str  # radio, multiselect, text, slider, toggle, selectbox or number
    scope: str  # GLOBAL (the sidebar, every page) or the URL path of the one page that draws it
    # Every value the control can hold, for a link's check; None for free text and numbers.
    values: Callable[[ReportData], Sequence[Any]] | None = None
    show: Callable[[Any], str] = str  # how the widget and the URL write a value
    # A value, a function of the data, or None where the page sets it from what it shows (the latest year).
    default: Any = None
    example: tuple[str, ...] = ()  # a value other than the default, as a link writes it
    field: str | None = None  # the Selection field it fills (global filters)
    bounds: tuple[int, int] | None = None  # slider and number limits
    pattern: re.Pattern[str] | None = None  # what a free value must look like, where not any text
    help: str = ""
    placeholder: str | None = None
    group: str = "filters"  # the sidebar's groups: the filters, or the display and export settings

    @property
    def multiple(self) -> bool:
        return self.widget == "multiselect"

    def default_value(self, data: ReportData) -> Any:
        return self.default(data) if callable(self.default) else self.default

    def written(self, data: ReportData) -> set[str] | None:
        """The values a link may hold, as the widget writes them; None if any text (within limits) is allowed."""
        return None if self.values is None else {self.show(value) for value in self.values(data)}


def _all_years(data: ReportData) -> list[int]:
    return data.all_years()


def _default_years(data: ReportData) -> list[int]:
    """2016, the report the project began from; the latest year if the corpus lacks it."""
    return [year for year in DEFAULT_YEARS if year in data.all_years()] or [max(data.all_years())]


def _theme_ids(_: ReportData) -> list[str]:
    return [theme.id for theme in load_themes()]


def theme_label(theme_id: str) -> str:
    return {theme.id: theme.label_en for theme in load_themes()}[theme_id]


FILTERS: tuple[Filter, ...] = (
    Filter("lang", "Language", "radio", GLOBAL, lambda _: LANGUAGES, LANGUAGE_LABELS.get, "zh", ("English",), "lang"),
    Filter(
        "years",
        "Years",
        "multiselect",
        GLOBAL,
        _all_years,
        default=_default_years,
        example=("2015", "2016"),
        field="years",
        help="Years with no report in the chosen language are shown as missing, not zero.",
    ),
    Filter(
        "sections",
        "Section of the report",
        "multiselect",
        GLOBAL,
        lambda _: SECTION_KINDS,
        SECTION_LABELS.get,
        SECTION_KINDS,
        (SECTION_LABELS["tasks"],),
        "sections",
    ),
    Filter(
        "themes", "Themes", "multiselect", GLOBAL, _theme_ids, theme_label, _theme_ids, ("Internet Plus",), "themes"
    ),
    Filter(
        "q",
        "Keyword search",
        "text",
        GLOBAL,
        default="",
        example=("光纤",),
        field="search",
        placeholder="e.g. 光纤 or broadband",
        help="Literal text (regex characters are plain characters); English ignores case. "
        "Keeps only paragraphs that contain it.",
    ),
    Filter(
        "norm",
        "Counts",
        "radio",
        GLOBAL,
        lambda _: tuple(NORMALISE_LABELS),
        NORMALISE_LABELS.get,
        "raw",
        (NORMALISE_LABELS["per10k"],),
        "normalise",
    ),
    Filter(
        "present",
        "Presentation mode",
        "toggle",
        GLOBAL,
        lambda _: (True, False),
        lambda value: str(value).lower(),
        False,
        ("true",),
        "presentation",
        help="Hides the sidebar and controls and enlarges charts for a projector; the filters stay.",
        group="display",
    ),
    Filter(
        "words",
        "Words in the cloud",
        "slider",
        GLOBAL,
        lambda _: range(20, 301),
        default=100,
        example=("150",),
        field="cloud_words",
        bounds=(20, 300),
        group="display",
    ),
    Filter(
        "weight",
        "Cloud weighting",
        "radio",
        GLOBAL,
        lambda _: tuple(WEIGHT_LABELS),
        WEIGHT_LABELS.get,
        "frequency",
        (WEIGHT_LABELS["distinctive"],),
        "cloud_weighting",
        group="display",
    ),
    Filter(
        "fmt",
        "Chart download (camera icon)",
        "radio",
        GLOBAL,
        lambda _: tuple(DOWNLOAD_FORMATS),
        DOWNLOAD_FORMATS.get,
        "png",
        example=("SVG",),
        field="chart_format",
        group="display",
    ),
    # Page controls: each binds to the URL too, so a shared link reopens the view it was copied from.
    Filter(
        "terms",
        "Terms, separated by commas",
        "text",
        "trends",
        default="",
        example=("光纤, 互联网+",),
        help="Counted like themes: literal text in Chinese, whole words ignoring case in English.",
    ),
    Filter(
        "rural_links",
        "Links",
        "multiselect",
        "rural",
        lambda _: tuple(RURAL_LINKS),
        lambda link: RURAL_LINKS[link][0],
        tuple(RURAL_LINKS),
        (RURAL_LINKS["fibre"][0], RURAL_LINKS["broadband"][0]),
    ),
    Filter(
        "target_categories",
        "Category",
        "multiselect",
        "targets",
        lambda _: categories(),
        default=lambda _: categories(),
        example=("rural connectivity",),
    ),
    Filter(
        "target_kinds",
        "Kind",
        "multiselect",
        "targets",
        lambda _: TARGET_KINDS,
        default=TARGET_KINDS[:2],  # the targets a report sets, not its results
        example=("annual",),
    ),
    Filter(
        "target_paragraph",
        "Read the paragraph of",
        "selectbox",
        "targets",
        pattern=PARAGRAPH_REFERENCE,
        example=("2016 ¶60",),
    ),
    Filter(
        "focus_years",
        "Years to characterise (compared with the other selected years)",
        "multiselect",
        "keywords",
        _all_years,
        example=("2015",),
    ),
    Filter("kwic", "Term", "text", "keywords", default="", example=("宽带",)),
    Filter("read_page", "Page", "number", "read", bounds=(1, 10_000), default=1, example=("2",)),
    Filter(
        "ledger_metric",
        "Metric",
        "selectbox",
        "ledger",
        lambda _: metric_keys(ledger_only=True),
        lambda key: metric(key).label_en,
        example=("Rural roads built or upgraded",),
    ),
    Filter(
        "life_terms",
        "Add terms (comma-separated)",
        "text",
        "lifecycles",
        default="",
        example=("小康",),
    ),
    Filter(
        "conc_term",
        "Term",
        "text",
        "concordance",
        default="",
        example=("光纤",),
        help="In the sidebar's language; its translations come from the aligned sentences.",
    ),
)
FILTER = {spec.key: spec for spec in FILTERS}
GLOBAL_FILTERS = tuple(spec for spec in FILTERS if spec.scope == GLOBAL)


def year_presets(data: ReportData) -> dict[str, list[int]]:
    """The quick choices that fill the years box (not filters of their own, so never in a link)."""
    years, default = data.all_years(), _default_years(data)
    return {
        format_years(default): default,
        "2014 onwards": [year for year in years if year >= 2014],
        "All years": years,
    }


def filters_of(page: str) -> tuple[Filter, ...]:
    """The controls that shape one page: the global ones, then the page's own."""
    return GLOBAL_FILTERS + tuple(spec for spec in FILTERS if spec.scope == page)


def refusal(spec: Filter, values: list[str], data: ReportData) -> str | None:
    """Why a link's values for this control are not used, in words a user can act on; None if they are."""
    if spec.widget == "text":
        long = [value for value in values if len(value) > MAX_TEXT_CHARS]
        if long:
            return f"“{spec.key}” longer than {MAX_TEXT_CHARS} characters: shortened to its first {MAX_TEXT_CHARS}"
        return None
    if spec.widget in ("slider", "number"):
        low, high = spec.bounds or (0, 0)
        bad = [value for value in values if not (value.isdigit() and low <= int(value) <= high)]
    elif spec.pattern is not None:
        bad = [value for value in values if value and not spec.pattern.fullmatch(value)]
    else:
        allowed = spec.written(data) or set()
        bad = [value for value in values if value and value not in allowed]
    if not bad:
        return None
    shown = ", ".join(f"“{value[:30]}”" for value in bad[:3])
    return f"“{spec.key}” values not recognised: {shown}"


def link_notices(raw: dict[str, list[str]], page: str, data: ReportData) -> list[str]:
    """Human-readable notes on the link parameters the app will not use on this page."""
    own = {spec.key for spec in filters_of(page)}
    notes = []
    for key, values in raw.items():
        if key not in FILTER:
            notes.append(f"unknown parameter “{key[:40]}”")
        elif key in own and (note := refusal(FILTER[key], values, data)):
            notes.append(note)
    return notes


def link_pairs(raw: dict[str, list[str]], page: str, data: ReportData) -> list[tuple[str, str]]:
    """The parameters of the link to this view: each control of the page, in table order, with the
    values the URL holds (Streamlit writes a control there once it differs from its default), minus
    any a control refused. Reopening the link restores every control the page shows."""
    pairs = []
    for spec in filters_of(page):
        values = raw.get(spec.key, [])
        if values and refusal(spec, values, data) is None:
            pairs += [(spec.key, value) for value in values]
    return pairs


def selection_from(values: dict[str, Any]) -> Selection:
    """The Selection the global controls hold: each filter fills its field, in the type analysis expects."""
    convert: dict[str, Callable[[Any], Any]] = {
        "years": lambda years: tuple(sorted(years)),
        "sections": tuple,
        "themes": tuple,
        "search": lambda text: (text or "").strip(),
        "normalise": lambda choice: choice == "per10k",
        "cloud_words": int,
        "presentation": bool,
    }
    fields = {spec.field: values[spec.key] for spec in GLOBAL_FILTERS if spec.field}
    return Selection(**{name: convert.get(name, lambda value: value)(value) for name, value in fields.items()})
