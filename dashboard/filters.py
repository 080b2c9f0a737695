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
from functools import partial
from typing import Any

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, format_years, year_runs
from dashboard.i18n import N_, UI_LANGUAGES, _, label_of, using
from dashboard.lexicon import load_themes, theme_label
from dashboard.vocabulary import (
    LANGUAGE_LABELS,
    LANGUAGES,
    MAX_TEXT_CHARS,
    RURAL_LINKS,
    SECTION_KINDS,
    TARGET_KINDS,
    categories,
    category_label,
    metric_keys,
    metric_label,
    rural_link_label,
    section_label,
    target_kind_label,
)

GLOBAL = "global"
NORMALISE_LABELS = {"raw": N_("Raw counts"), "per10k": N_("Per 10,000 characters / words")}
WEIGHT_LABELS = {"frequency": N_("Frequency"), "distinctive": N_("Distinctiveness vs other selected years")}
DOWNLOAD_FORMATS = {"png": N_("PNG (2×)"), "svg": "SVG"}
# The interface language's control is labelled in both languages, so either reader finds it.
INTERFACE_LABEL = "界面 · Interface"
# Each choice named in its own language, and not as the reports' language control names the reports.
INTERFACE_CAPTIONS = {"zh": "中文界面", "en": "English UI"}
DEFAULT_YEARS = (2016,)
PARAGRAPH_REFERENCE = re.compile(r"\d{4} ¶\d{1,4}")


@dataclass(frozen=True)
class LinkForm:
    """A control's own way of writing its values into a link, and of reading them back."""

    write: Callable[[Sequence[Any]], str]
    read: Callable[[list[str]], list[Any] | None]  # None: the link's text is not in this form


def write_year_runs(years: Sequence[int]) -> str:
    """2014, 2015, 2016, 2019 -> "2014-2016,2019": a link to all years is one short parameter."""
    return ",".join(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in year_runs(years))


def read_year_runs(texts: list[str]) -> list[int] | None:
    """The years of "2014-2016,2019", and of the older form, one year per parameter; None if not years."""
    years: list[int] = []
    for part in [part for part in ",".join(texts).split(",") if part.strip()]:  # "years=" is no year
        match = YEAR_RUN.fullmatch(part.strip())
        if match is None:
            return None
        first, last = int(match[1]), int(match[2] or match[1])
        if last < first or last - first > 200:
            return None
        years += range(first, last + 1)
    return sorted(set(years))


YEAR_RUN = re.compile(r"(\d{4})(?:-(\d{4}))?")
YEAR_RUNS = LinkForm(write_year_runs, read_year_runs)


@dataclass(frozen=True)
class Filter:
    key: str  # the widget key and the URL parameter
    label: str  # in English, marked for the catalog; the widget shows it in the interface language
    widget: str  # radio, multiselect, text, slider, toggle, selectbox or number
    scope: str  # GLOBAL (the sidebar, every page) or the URL path of the one page that draws it
    # Every value the control can hold, for a link's check; None for free text and numbers.
    values: Callable[[ReportData], Sequence[Any]] | None = None
    # How the widget and the URL write a value, in the interface language (a link's labels are the
    # reader's words; `link_interface` reads a link written in the other language).
    show: Callable[[Any], str] = str
    # A value, a function of the data, or None where the page sets it from what it shows (the latest year).
    default: Any = None
    example: tuple[Any, ...] = ()  # values other than the default (a link writes them with `written_example`)
    field: str | None = None  # the Selection field it fills (global filters)
    bounds: tuple[int, int] | None = None  # slider and number limits
    pattern: re.Pattern[str] | None = None  # what a free value must look like, where not any text
    help: str = ""
    placeholder: str | None = None
    group: str = "filters"  # the sidebar's groups: the filters, or the display and export settings
    captions: Callable[[Any], str] | None = None  # a line under each choice of a radio
    # How a link writes the control when not value by value (the years: 2015-2020 rather than six values).
    link_form: LinkForm | None = None

    @property
    def multiple(self) -> bool:
        return self.widget == "multiselect"

    def default_value(self, data: ReportData) -> Any:
        return self.default(data) if callable(self.default) else self.default

    def written(self, data: ReportData) -> set[str] | None:
        """The values a link may hold, as the widget writes them; None if any text (within limits) is allowed."""
        return None if self.values is None else {self.show(value) for value in self.values(data)}

    def written_example(self) -> tuple[str, ...]:
        """The example as a link writes it, in the interface language."""
        if self.link_form is not None:
            return (self.link_form.write(self.example),)
        return tuple(self.show(value) for value in self.example)


def _all_years(data: ReportData) -> list[int]:
    return data.all_years()


def _default_years(data: ReportData) -> list[int]:
    """2016, the report the project began from; the latest year if the corpus lacks it."""
    return [year for year in DEFAULT_YEARS if year in data.all_years()] or [max(data.all_years())]


def _theme_ids(_data: ReportData) -> list[str]:
    return [theme.id for theme in load_themes()]


FILTERS: tuple[Filter, ...] = (
    # First: every other control is labelled in the language it sets. Its default is the reader's
    # (the browser's language, or the language of the link's labels), set by the sidebar.
    Filter(
        "ui",
        INTERFACE_LABEL,
        "radio",
        GLOBAL,
        lambda _data: UI_LANGUAGES,
        example=("zh",),
        field="ui",
        captions=INTERFACE_CAPTIONS.get,
    ),
    Filter(
        "lang",
        N_("Language of the reports"),
        "radio",
        GLOBAL,
        lambda _data: LANGUAGES,
        LANGUAGE_LABELS.get,
        "zh",
        ("en",),
        "lang",
    ),
    Filter(
        "years",
        N_("Years"),
        "multiselect",
        GLOBAL,
        _all_years,
        default=_default_years,
        example=(2015, 2016),
        field="years",
        help=N_("Years with no report in the chosen language are shown as missing, not zero."),
        link_form=YEAR_RUNS,
    ),
    Filter(
        "sections",
        N_("Section of the report"),
        "multiselect",
        GLOBAL,
        lambda _data: SECTION_KINDS,
        section_label,
        SECTION_KINDS,
        ("tasks",),
        "sections",
    ),
    Filter(
        "themes", N_("Themes"), "multiselect", GLOBAL, _theme_ids, theme_label, _theme_ids, ("internet_plus",), "themes"
    ),
    Filter(
        "q",
        N_("Keyword search"),
        "text",
        GLOBAL,
        default="",
        example=("光纤",),
        field="search",
        placeholder=N_("e.g. 光纤 or broadband"),
        help=N_(
            "Literal text (regex characters are plain characters); English ignores case. "
            "Keeps only paragraphs that contain it."
        ),
    ),
    Filter(
        "norm",
        N_("Counts"),
        "radio",
        GLOBAL,
        lambda _data: tuple(NORMALISE_LABELS),
        partial(label_of, NORMALISE_LABELS),
        "raw",
        ("per10k",),
        "normalise",
    ),
    Filter(
        "present",
        N_("Presentation mode"),
        "toggle",
        GLOBAL,
        lambda _data: (True, False),
        lambda value: str(value).lower(),
        False,
        (True,),
        "presentation",
        help=N_("Hides the sidebar and controls and enlarges charts for a projector; the filters stay."),
        group="display",
    ),
    Filter(
        "words",
        N_("Words in the cloud"),
        "slider",
        GLOBAL,
        lambda _data: range(20, 301),
        default=100,
        example=(150,),
        field="cloud_words",
        bounds=(20, 300),
        group="display",
    ),
    Filter(
        "weight",
        N_("Cloud weighting"),
        "radio",
        GLOBAL,
        lambda _data: tuple(WEIGHT_LABELS),
        partial(label_of, WEIGHT_LABELS),
        "frequency",
        ("distinctive",),
        "cloud_weighting",
        group="display",
    ),
    Filter(
        "fmt",
        N_("Chart download (camera icon)"),
        "radio",
        GLOBAL,
        lambda _data: tuple(DOWNLOAD_FORMATS),
        partial(label_of, DOWNLOAD_FORMATS),
        "png",
        example=("svg",),
        field="chart_format",
        group="display",
    ),
    # Page controls: each binds to the URL too, so a shared link reopens the view it was copied from.
    Filter(
        "terms",
        N_("Terms, separated by commas"),
        "text",
        "trends",
        default="",
        example=("光纤, 互联网+",),
        help=N_("Counted like themes: literal text in Chinese, whole words ignoring case in English."),
    ),
    Filter(
        "rural_links",
        N_("Links"),
        "multiselect",
        "rural",
        lambda _data: tuple(RURAL_LINKS),
        rural_link_label,
        tuple(RURAL_LINKS),
        ("fibre", "broadband"),
    ),
    Filter(
        "target_categories",
        N_("Category"),
        "multiselect",
        "targets",
        lambda _data: categories(),
        category_label,
        default=lambda _data: categories(),
        example=("rural connectivity",),
    ),
    Filter(
        "target_kinds",
        N_("Kind"),
        "multiselect",
        "targets",
        lambda _data: TARGET_KINDS,
        target_kind_label,
        default=TARGET_KINDS[:2],  # the targets a report sets, not its results
        example=("annual",),
    ),
    Filter(
        "target_paragraph",
        N_("Read the paragraph of"),
        "selectbox",
        "targets",
        pattern=PARAGRAPH_REFERENCE,
        example=("2016 ¶60",),
    ),
    Filter(
        "focus_years",
        N_("Years to characterise (compared with the other selected years)"),
        "multiselect",
        "keywords",
        _all_years,
        example=(2015,),
    ),
    Filter("kwic", N_("Term"), "text", "keywords", default="", example=("宽带",)),
    Filter("read_page", N_("Page"), "number", "read", bounds=(1, 10_000), default=1, example=(2,)),
    Filter(
        "ledger_metric",
        N_("Metric"),
        "selectbox",
        "ledger",
        lambda _data: metric_keys(ledger_only=True),
        metric_label,
        example=("rural_roads",),
    ),
    Filter(
        "life_terms",
        N_("Add terms (comma-separated)"),
        "text",
        "lifecycles",
        default="",
        example=("小康",),
    ),
    Filter(
        "conc_term",
        N_("Term"),
        "text",
        "concordance",
        default="",
        example=("光纤",),
        help=N_("In the language of the reports; its translations come from the aligned sentences."),
    ),
)
FILTER = {spec.key: spec for spec in FILTERS}
GLOBAL_FILTERS = tuple(spec for spec in FILTERS if spec.scope == GLOBAL)


def year_presets(data: ReportData) -> dict[str, list[int]]:
    """The quick choices that fill the years box (not filters of their own, so never in a link)."""
    years, default = data.all_years(), _default_years(data)
    return {
        format_years(default): default,
        _("2014 onwards"): [year for year in years if year >= 2014],
        _("All years"): years,
    }


def filters_of(page: str) -> tuple[Filter, ...]:
    """The controls that shape one page: the global ones, then the page's own."""
    return GLOBAL_FILTERS + tuple(spec for spec in FILTERS if spec.scope == page)


def refusal(spec: Filter, values: list[str], data: ReportData) -> str | None:
    """Why a link's values for this control are not used, in words a user can act on; None if they are."""
    if spec.widget == "text":
        long = [value for value in values if len(value) > MAX_TEXT_CHARS]
        if long:
            return _("“{key}” longer than {limit} characters: shortened to its first {limit}").format(
                key=spec.key, limit=MAX_TEXT_CHARS
            )
        return None
    if spec.link_form is not None:
        # A run may span years with no report (they are gaps, not errors); a part with none of its years is.
        allowed = set(spec.values(data)) if spec.values else set()
        parts = [part for value in values for part in value.split(",") if part.strip()]
        bad = [part for part in parts if not set(spec.link_form.read([part]) or ()) & allowed]
    elif spec.widget in ("slider", "number"):
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
    return _("“{key}” values not recognised: {values}").format(key=spec.key, values=shown)


def link_notices(raw: dict[str, list[str]], page: str, data: ReportData) -> list[str]:
    """Human-readable notes on the link parameters the app will not use on this page."""
    own = {spec.key for spec in filters_of(page)}
    notes = []
    for key, values in raw.items():
        if key not in FILTER:
            notes.append(_("unknown parameter “{key}”").format(key=key[:40]))
        elif key in own and (note := refusal(FILTER[key], values, data)):
            notes.append(note)
    return notes


def link_interface(raw: dict[str, list[str]], data: ReportData) -> str | None:
    """The interface language a link's labels are written in, when the link does not name one.

    A link copied from the address bar of an English view (its labels English, no `ui=` because
    English was that reader's default) opens in English for a reader whose browser speaks Chinese,
    so its labels are read rather than refused. None when the labels read in both languages or in neither.
    """
    if raw.get("ui"):
        return None
    fitting = []
    for language in UI_LANGUAGES:
        with using(language):
            if all(refusal(FILTER[key], values, data) is None for key, values in raw.items() if key in FILTER):
                fitting.append(language)
    return fitting[0] if len(fitting) == 1 else None


def link_pairs(raw: dict[str, list[str]], page: str, data: ReportData, interface: str) -> list[tuple[str, str]]:
    """The parameters of the link to this view: each control of the page, in table order, with the
    values the URL holds (Streamlit writes a control there once it differs from its default), minus
    any a control refused. Reopening the link restores every control the page shows.

    The interface language is always written, even at the sharer's default: the link's labels are in
    that language, and a reader whose browser speaks the other one still opens the view as it was shared.
    """
    pairs = []
    for spec in filters_of(page):
        values = [interface] if spec.key == "ui" else raw.get(spec.key, [])
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
