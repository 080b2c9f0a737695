"""What a page shows, composed once: figures, tables, key figures and cited sentences, from the data
and the selection. The page draws a composition with Streamlit; the HTML briefing draws the same
composition as a file, so a chart added to a page reaches the briefing with no second copy.

Pure functions (no Streamlit): analysis computes, charts.py builds the figures, this module decides
what a page holds and in what order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pandas as pd
import plotly.graph_objects as go

from dashboard import charts
from dashboard.analysis import counts
from dashboard.analysis.citation import cite_rows, with_citations
from dashboard.analysis.cloud_weights import compute_cloud_weights
from dashboard.analysis.coverage import completeness_label, compute_coverage
from dashboard.analysis.data import ReportData, year_texts
from dashboard.analysis.evaluation import compute_trust_tables
from dashboard.analysis.evidence import compute_theme_paragraphs, sentences_with
from dashboard.analysis.keyness import compute_distinctive_terms, new_slogans
from dashboard.analysis.kwic import compute_kwic
from dashboard.analysis.ledger import compute_ledger, stated_rows
from dashboard.analysis.lifecycle import compute_lifecycle_counts, compute_lifecycles
from dashboard.analysis.rural import (
    TRACKER_TITLE,
    figure_panels,
    milestones,
    rural_story,
    statement_table,
    tracker_statements,
)
from dashboard.analysis.selection import (
    DEFAULT,
    Selection,
    filter_paragraphs,
    format_years,
    join_list,
    missing_years,
    restrict_to,
    source_line,
)
from dashboard.analysis.targets import cited_targets, filter_targets, readable_targets, stated_targets
from dashboard.i18n import _, interface_language
from dashboard.lexicon import load_slogans, load_themes
from dashboard.vocabulary import LANGUAGES, RURAL_LINKS, RURAL_SPAN, SECTION_KINDS, language_name, metric_label


@dataclass(frozen=True)
class Chart:
    key: str  # the chart's widget key on its page (chart_<key>) and its CSV's name
    figure: go.Figure
    frame: pd.DataFrame  # the data behind the chart, shown under it and downloadable


def make_chart(key: str, figure: go.Figure, frame: pd.DataFrame, selection: Selection) -> Chart:
    """A finished chart of the selection, its source line under the title (exports carry it)."""
    return Chart(key, charts.freeze(figure, source=source_line(selection)), frame)


@dataclass(frozen=True)
class Cloud:
    weights: tuple[tuple[str, float], ...]  # hashable, so drawing it can be cached on them
    caption: str


@dataclass(frozen=True)
class Overview:
    """The first screen: key figures, the themes and where they sit, what changed, the rural story, a cloud."""

    empty: str | None  # why nothing can be shown (in the interface language); None when there is content
    figures: dict = field(default_factory=dict)
    charts: dict[str, Chart] = field(default_factory=dict)  # theme_totals, theme_sections, theme_change
    notes: dict[str, str] = field(default_factory=dict)  # a chart's key -> why it is not drawn (translated)
    story: pd.DataFrame | None = None  # fibre and broadband to villages, every year, in the report's words, cited
    cloud: Cloud | None = None


def value_column(selection: Selection) -> str:
    return "per_10k" if selection.normalise else "count"


def empty_reason(selection: Selection, paragraphs: pd.DataFrame | None) -> str | None:
    """Why a selection shows nothing (no year, or no paragraph matches), in the interface language;
    None when it shows something."""
    if not selection.years:
        return _("No year is selected.")
    if paragraphs is None or paragraphs.empty:
        return _("No paragraph matches this selection.")
    return None


def compose_overview(data: ReportData, selection: Selection) -> Overview:
    paragraphs = filter_paragraphs(data, selection) if selection.years else None
    empty = empty_reason(selection, paragraphs)
    if empty:
        return Overview(empty=empty)
    hits = restrict_to(data.theme_hits, paragraphs)
    # The page counts the targets stated; the briefing cites them (compose_briefing: a tenth of a composition).
    stated = stated_targets(restrict_to(data.targets, paragraphs))
    totals = counts.compute_theme_totals(hits, paragraphs, selection) if selection.themes else None
    years = format_years(selection.years)
    built: dict[str, Chart] = {}
    notes: dict[str, str] = {}
    if totals is None:
        notes["theme_totals"] = _("No theme is selected: choose themes in the sidebar.")
    else:
        title = _("Theme mentions, {years} ({unit})").format(years=years, unit=selection.unit_label)
        built["theme_totals"] = make_chart(
            "theme_totals", charts.make_theme_bar_figure(totals, value_column(selection), title), totals, selection
        )
        by_section = counts.compute_theme_by_section(hits, paragraphs, selection)
        built["theme_sections"] = make_chart(
            "theme_sections",
            charts.make_section_figure(
                by_section, _("Where each theme sits in the report, {years}").format(years=years)
            ),
            by_section.reset_index(),
            selection,
        )
        change = counts.compute_theme_change(data, selection)
        if change.empty:
            notes["theme_change"] = _("No earlier report to compare with.")
        else:
            latest, previous = int(change["year"].iloc[0]), int(change["previous_year"].iloc[0])
            title = _("Themes that rose or fell: {latest} against {previous} (per 10,000)").format(
                latest=latest, previous=previous
            )
            built["theme_change"] = make_chart(
                "theme_change", charts.make_change_figure(change, title), change, selection
            )
    return Overview(
        empty=None,
        figures=counts.compute_key_figures(paragraphs, totals, stated),
        charts=built,
        notes=notes,
        story=compose_rural_story(data, selection),
        cloud=compose_cloud(data, restrict_to(data.terms, paragraphs), selection),
    )


def compose_cloud(data: ReportData, terms: pd.DataFrame, selection: Selection) -> Cloud | None:
    """The keyword cloud of the selected paragraphs' terms, with a caption saying what the weight is;
    None if no word."""
    weights, note = compute_cloud_weights(data, terms, selection)
    if not weights:
        return None
    return Cloud(weights, _("Keyword cloud, {years}. {note}.").format(years=format_years(selection.years), note=note))


def compose_theme_trend(data: ReportData, selection: Selection) -> Chart | None:
    """The themes year by year (the Trends page's first chart); None when there is nothing to draw."""
    paragraphs = filter_paragraphs(data, selection) if selection.years else None
    if empty_reason(selection, paragraphs) or not selection.themes:
        return None
    hits = restrict_to(data.theme_hits, paragraphs)
    by_year = counts.compute_theme_by_year(data, hits, paragraphs, selection)
    title = _("Theme mentions by year, {years} ({unit})").format(
        years=format_years(selection.years), unit=selection.unit_label
    )
    figure = charts.make_theme_trend_figure(by_year, value_column(selection), title)
    return make_chart("theme_trend", figure, by_year, selection)


@dataclass(frozen=True)
class Targets:
    table: pd.DataFrame  # the selected paragraphs' quantities of the chosen categories and kinds (the CSV)
    readable: pd.DataFrame  # the same rows as the page shows them: words, figures in words, citations
    references: tuple[str, ...]  # each row's paragraph as the picker and the link write it ("2016 ¶60")


def compose_targets(
    data: ReportData, selection: Selection, categories: tuple[str, ...], kinds: tuple[str, ...]
) -> Targets:
    table = filter_targets(restrict_to(data.targets, filter_paragraphs(data, selection)), list(categories), list(kinds))
    references = tuple(
        f"{row.year} ¶{row.para_id}" for row in table[["year", "para_id"]].drop_duplicates().itertuples()
    )
    return Targets(table, readable_targets(table, data, selection.lang), references)


@dataclass(frozen=True)
class About:
    coverage: pd.DataFrame  # each year's completeness per language, as codes (the CSV)
    coverage_shown: pd.DataFrame  # the same with the completeness in words of the interface language
    provenance: pd.DataFrame  # every report's source and speaker, the completeness in words
    themes: pd.DataFrame  # every theme: both labels, the description in the interface language, its terms
    trust: dict[str, pd.DataFrame]  # the evaluation's tables in the interface language (empty: none measured)


def compose_about(data: ReportData, selection: Selection, provenance_columns: tuple[str, ...]) -> About:
    """What the About page derives from the tables: it shows every report whatever the selection. Composed
    once per interface language, so each table is the same object on every rerun (converted to Arrow once)."""
    measured = data.evaluation is not None and data.evaluation["applies"]
    coverage = compute_coverage(data)
    provenance = data.documents[list(provenance_columns)]
    themes = pd.DataFrame(
        [
            {
                _("id"): theme.id,
                language_name("en"): theme.label_en,
                "中文": theme.label_zh,
                _("description"): theme.described(selection.ui),
                _("zh terms"): "、".join(theme.terms["zh"]),
                _("en terms"): "; ".join(theme.terms["en"]),
            }
            for theme in load_themes()
        ]
    )
    return About(
        coverage,
        coverage.assign(**{lang: coverage[lang].map(completeness_label) for lang in LANGUAGES}),
        provenance.assign(completeness=provenance["completeness"].map(completeness_label)),
        themes,
        compute_trust_tables(data.evaluation) if measured else {},
    )


@dataclass(frozen=True)
class Keywords:
    cloud: Cloud | None
    top: Chart  # the TOP_TERMS most frequent terms with exact counts
    first_term: str  # the most frequent term (the keyword in context's default), "" if none
    years: tuple[int, ...]  # the selected years that have paragraphs (the distinctive words' choices)


TOP_TERMS = 30


def compose_keywords(data: ReportData, selection: Selection) -> Keywords:
    """The Keywords page's first row: the cloud and the top terms of the selected paragraphs."""
    paragraphs = filter_paragraphs(data, selection)
    terms = restrict_to(data.terms, paragraphs)
    top = counts.compute_top_terms(terms, TOP_TERMS)
    title = _("Top {count} terms, {years}").format(count=TOP_TERMS, years=format_years(selection.years))
    return Keywords(
        compose_cloud(data, terms, selection),
        make_chart("top_terms", charts.make_top_terms_figure(top, title), top, selection),
        str(top["term"].iloc[0]) if not top.empty else "",
        tuple(sorted(int(year) for year in paragraphs["year"].unique())),
    )


@dataclass(frozen=True)
class Distinctive:
    chart: Chart
    new_slogans: pd.DataFrame  # slogans of the lists the focus years use and the other years never do


def compose_distinctive(data: ReportData, selection: Selection, focus: tuple[int, ...]) -> Distinctive:
    """Distinctive words of the focus years against the other selected years (both must be non-empty)."""
    paragraphs = filter_paragraphs(data, selection)
    terms = restrict_to(data.terms, paragraphs)
    reference = sorted(int(year) for year in paragraphs["year"].unique() if int(year) not in focus)
    distinctive = compute_distinctive_terms(terms, list(focus), data.term_totals(selection.lang))
    shown = pd.concat([distinctive.head(15), distinctive.tail(15)]).drop_duplicates("term")
    title = _("Distinctive words, {focus} vs {reference}").format(
        focus=format_years(list(focus)), reference=format_years(reference)
    )
    chart = make_chart("distinctive_terms", charts.make_distinctive_figure(shown, title), shown, selection)
    return Distinctive(chart, new_slogans(terms, list(focus), frozenset(load_slogans())))


@dataclass(frozen=True)
class Kwic:
    lines: pd.DataFrame  # every occurrence: left context, match, right context, section (compute_kwic)
    citations: tuple[str, ...]  # the citation of each of the first KWIC_SHOWN lines


KWIC_SHOWN = 100


def compose_kwic(data: ReportData, selection: Selection, term: str) -> Kwic:
    lines = compute_kwic(filter_paragraphs(data, selection), term, selection.lang)
    return Kwic(lines, tuple(cite_rows(data, lines.head(KWIC_SHOWN), selection.lang)))


@dataclass(frozen=True)
class Ledger:
    ledger: pd.DataFrame  # every tracked metric and year with a report (the CSV download)
    stated: pd.DataFrame  # the rows with a target or an outcome of the selected years


def compose_ledger(data: ReportData, selection: Selection) -> Ledger:
    """The ledger of the selected years: their rows of the ledger of every year, which is made once per
    language (a year's row depends on that year's report and the next one, not on the selection)."""
    lang = selection.lang
    every = data.once(
        f"ledger {lang}", lambda: compute_ledger(data.key_figures, data.years(lang), lang, data.years(lang))
    )
    ledger = every[every["year"].isin(selection.years)].reset_index(drop=True)
    return Ledger(ledger, stated_rows(ledger))


def compose_ledger_chart(data: ReportData, selection: Selection, metric_key: str) -> Chart | None:
    """One metric's targets against outcomes in the selected years; None when it has neither."""
    stated = compose_ledger(data, selection).stated
    rows = stated[stated["metric_key"] == metric_key]
    if rows.empty:
        return None
    title = _("{metric}: target and outcome, {years}").format(
        metric=metric_label(metric_key), years=format_years(selection.years)
    )
    figure = charts.make_ledger_figure(rows, title)
    return make_chart(f"ledger_{metric_key}", figure, rows.drop(columns=["metric_key"]), selection)


@dataclass(frozen=True)
class TermTrend:
    chart: Chart
    lifecycle: pd.DataFrame  # each term's first, last and peak year and total in the selected years


def compose_term_trend(data: ReportData, selection: Selection, terms: tuple[str, ...]) -> TermTrend:
    """The typed terms year by year over the selected paragraphs (the Trends page's second chart)."""
    paragraphs = filter_paragraphs(data, selection)
    available = [year for year in selection.years if year in set(data.years(selection.lang))]
    occurrences = counts.compute_term_occurrences(
        year_texts(paragraphs, selection.lang), list(terms), selection.lang, available
    )
    title = _("Occurrences per year of {terms}, {years} ({unit})").format(
        terms=join_list(list(terms)), years=format_years(selection.years), unit=selection.unit_label
    )
    value = "per_10k" if selection.normalise else "occurrences"  # the sidebar's Counts setting, as for themes
    figure = charts.make_term_trend_figure(occurrences, missing_years(data, selection), title, value)
    return TermTrend(
        make_chart("term_trend", figure, occurrences, selection), counts.compute_term_lifecycle(occurrences)
    )


@dataclass(frozen=True)
class Lifecycles:
    chart: Chart | None  # None when no term occurs in any report
    never: tuple[str, ...]  # the typed terms no report uses


def compose_lifecycles(data: ReportData, selection: Selection, typed: tuple[str, ...]) -> Lifecycles:
    """First, peak and last appearance of the chosen themes' terms and the typed terms, over every report."""
    counts_by_year = compute_lifecycle_counts(data, selection.lang, selection.themes, list(typed))
    lifecycles = compute_lifecycles(counts_by_year)
    if lifecycles.empty:
        return Lifecycles(None, typed)
    have = data.years(selection.lang)
    title = _("When each term appears, {first}–{last} (grey: no report)").format(first=have[0], last=have[-1])
    figure = charts.make_lifecycle_figure(counts_by_year, lifecycles, data.gap_years(selection.lang), title)
    used = set(lifecycles["term"])
    return Lifecycles(
        make_chart("lifecycles", figure, lifecycles, selection), tuple(term for term in typed if term not in used)
    )


@dataclass(frozen=True)
class Tracker:
    chart: Chart | None  # None when the statements are only lists of infrastructure: no figure, no milestone
    table: pd.DataFrame  # every statement, with the cited sentence in both languages
    statements: pd.DataFrame  # the statements, labelled and cited
    milestones: pd.DataFrame  # the statements without a figure that name a milestone, link by link


# What a view that ignores some filters depends on, as a selection: its composition is cached on that alone
# (views that differ in the ignored filters share it), and its charts' source lines name no filter it ignores.


def rural_selection(selection: Selection) -> Selection:
    """What the rural tracker and story depend on: the languages of the reports and of the interface. They show
    every year (the tracker shades the chosen ones as it is drawn: shade_years) and no other filter applies."""
    return Selection(selection.lang, tuple(range(RURAL_SPAN[0], RURAL_SPAN[1] + 1)), SECTION_KINDS, (), ui=selection.ui)


def ledger_selection(selection: Selection) -> Selection:
    """What the target ledger depends on: the reports' language, the years and the interface language. Its
    figures are the reports' key figures, whatever section or search is chosen."""
    return Selection(selection.lang, selection.years, SECTION_KINDS, (), ui=selection.ui)


def corpus_selection(data: ReportData, selection: Selection) -> Selection:
    """What the lifecycles depend on: the languages and the themes; they count every report, every section.
    How the chart is drawn is kept (Selection.for_composition drops it from the cache key): the page draws
    the chart with this selection, so an exported file is named for every report, not the chosen years."""
    return Selection(
        selection.lang,
        tuple(data.years(selection.lang)),
        SECTION_KINDS,
        selection.themes,
        presentation=selection.presentation,
        chart_format=selection.chart_format,
        ui=selection.ui,
    )


def interface_selection(selection: Selection) -> Selection:
    """What the About page depends on: the interface language only (it shows every report in both languages)."""
    return Selection(DEFAULT.lang, (), SECTION_KINDS, (), ui=selection.ui)


def compose_rural_tracker(data: ReportData, selection: Selection, links: Sequence[str] | None = None) -> Tracker | None:
    """The rural tracker of the chosen links (all by default), every year, for a rural_selection; None when no
    statement names them. Composed once per language and links; shade_years marks a view's years on it."""
    statements = tracker_statements(data.rural, selection.lang, list(RURAL_LINKS if links is None else links))
    statements = with_citations(data, statements)
    if statements.empty:
        return None
    table = statement_table(statements)
    marked = milestones(statements)
    if not figure_panels(statements) and marked.empty:
        return Tracker(None, table, statements, marked)
    figure = charts.make_rural_tracker_figure(statements, _(TRACKER_TITLE))
    return Tracker(make_chart("rural_tracker", figure, table, selection), table, statements, marked)


def shade_years(chart: Chart, years: Sequence[int]) -> Chart:
    """A chart of every year (the rural tracker) with the chosen years shaded, on the shared figure."""
    return replace(chart, figure=charts.with_year_bands(chart.figure, years))


def compose_rural_story(data: ReportData, selection: Selection) -> pd.DataFrame:
    """Every statement on fibre and broadband for villages in the reports' language, cited. Made once per
    language and interface language: the Overview's compositions, one per selection, share it (and the
    lines the page writes from it) with each other and with the Rural page."""
    lang = selection.lang
    # Keyed by the language the citations are written in now, the interface's.
    name = f"rural story {lang} {interface_language()}"
    return data.once(name, lambda: with_citations(data, rural_story(data.rural, lang)))


# How many paragraphs of a theme the briefing quotes; the others are counted.
EVIDENCE_QUOTED = 5
# Between two sentences of a paragraph: English needs a space, Chinese does not.
SENTENCE_GAP = {"zh": "", "en": " "}


@dataclass(frozen=True)
class ThemeEvidence:
    """The paragraphs behind one theme's count: how many, and the first few quoted by the sentences that
    mention the theme, each with its citation."""

    label: str
    mentions: int
    paragraphs: int
    quotes: tuple[tuple[str, str], ...]  # (citation, the sentences that mention it), in report order


@dataclass(frozen=True)
class Briefing:
    """The briefing: the Overview, more charts, and the evidence behind its counts and targets."""

    overview: Overview
    charts: list[Chart]  # the theme trend (two years or more) and the rural tracker
    evidence: tuple[ThemeEvidence, ...]  # every theme the Overview counts mentions of, in its chart's order
    ledger: pd.DataFrame  # the target ledger of the selected years: the rows with a target or an outcome
    targets: pd.DataFrame  # the targets stated in the selection, in report order: section, figure, citation


def compose_evidence(data: ReportData, selection: Selection, overview: Overview) -> tuple[ThemeEvidence, ...]:
    """The sentences behind the Overview's theme counts (its chart's data), theme by theme."""
    if "theme_totals" not in overview.charts:
        return ()
    totals = overview.charts["theme_totals"].frame
    totals = totals[totals["count"] > 0]
    paragraphs = filter_paragraphs(data, selection)
    found = compute_theme_paragraphs(restrict_to(data.theme_hits, paragraphs), list(totals["theme"]))
    texts = paragraphs.set_index(["year", "para_id"])["text"]
    evidence = []
    for theme, label, count in zip(totals["theme"], totals["label"], totals["count"], strict=True):
        rows = found[found["theme"] == theme]
        quoted = rows.head(EVIDENCE_QUOTED)
        quotes = tuple(
            (citation, SENTENCE_GAP[row.lang].join(sentences_with(texts[row.year, row.para_id], row.terms, row.lang)))
            for row, citation in zip(quoted.itertuples(index=False), cite_rows(data, quoted), strict=True)
        )
        evidence.append(ThemeEvidence(label, int(count), len(rows), quotes))
    return tuple(evidence)


def compose_briefing(data: ReportData, selection: Selection) -> Briefing:
    """The briefing: the Overview as the page shows it, then the theme trend (two years or more) and the
    rural tracker, as the Trends and Rural pages show them; the sentences behind the theme counts, and the
    target ledger of the selected years, as the Target ledger page words it."""
    overview = compose_overview(data, selection)
    trend = compose_theme_trend(data, selection) if len(selection.years) > 1 else None
    tracker = compose_rural_tracker(data, rural_selection(selection))
    rural = shade_years(tracker.chart, selection.years) if tracker and tracker.chart else None
    targets = pd.DataFrame()
    if overview.empty is None:
        paragraphs = filter_paragraphs(data, selection)
        targets = with_citations(data, cited_targets(restrict_to(data.targets, paragraphs), paragraphs))
    return Briefing(
        overview,
        [chart for chart in (trend, rural) if chart],
        compose_evidence(data, selection, overview),
        compose_ledger(data, selection).stated,
        targets,
    )


# The compositions that draw the word cloud: the only ones the cloud's settings change (Selection.for_composition).
CLOUD_COMPOSITIONS = (compose_overview, compose_keywords)
