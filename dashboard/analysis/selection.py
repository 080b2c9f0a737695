"""What the sidebar selects, and the filtering every page applies with it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pandas as pd

from dashboard.analysis.data import PARAGRAPH_SPAN, ReportData, report_key, rows_of_reports
from dashboard.i18n import _
from dashboard.text import any_width_pattern
from dashboard.vocabulary import LANGUAGE_LABELS, MAX_TEXT_CHARS, SECTION_KINDS, section_label


@dataclass(frozen=True)
class Selection:
    lang: str
    years: tuple[int, ...]
    sections: tuple[str, ...]
    themes: tuple[str, ...]
    search: str = ""
    normalise: bool = False
    cloud_words: int = 100
    cloud_weighting: str = "frequency"
    presentation: bool = False
    chart_format: str = "png"  # what the chart toolbar's camera downloads: png or svg
    # The interface language: every label, title and note is written in it (dashboard/i18n.py). A field
    # of the selection because everything composed from the selection is cached by it.
    ui: str = "en"

    def for_composition(self, draws_cloud: bool) -> Selection:
        """The selection as a composition sees it (and is cached by): how a view is drawn (presentation
        mode, the camera's format) never changes what is computed, and the cloud's settings matter only
        to what draws the cloud. Views that differ only there share one composition."""
        unused = {"presentation": DEFAULT.presentation, "chart_format": DEFAULT.chart_format}
        if not draws_cloud:
            unused |= {"cloud_words": DEFAULT.cloud_words, "cloud_weighting": DEFAULT.cloud_weighting}
        return replace(self, **unused)

    @property
    def unit_label(self) -> str:
        """What the counts are, in the interface language (titles and notes name it)."""
        if not self.normalise:
            return _("occurrences")
        return _("per 10,000 characters") if self.lang == "zh" else _("per 10,000 words")

    def describe(self) -> str:
        """The selection in words: the reports' language (in its own script), years, sections, search."""
        years = format_years(self.years)
        parts = [LANGUAGE_LABELS[self.lang], years]
        if set(self.sections) != set(SECTION_KINDS):
            parts.append(join_list(section_label(kind) for kind in self.sections) or _("no section"))
        if self.search:
            parts.append(_("containing “{search}”").format(search=self.search))
        return " · ".join(parts)


DEFAULT = Selection(lang="zh", years=(), sections=(), themes=())  # the optional fields' defaults


def source_line(selection: Selection) -> str:
    """The one line an exported chart carries under its title: where its figures come from, and for which
    reports, so a chart pasted into slides still says so."""
    return _("Source: China's Government Work Reports · {selection}").format(selection=selection.describe())


def join_list(items) -> str:
    """Items of a list in the interface language: "a, b" in English, "a、b" in Chinese."""
    return _(", ").join(items)


def year_runs(years) -> list[list[int]]:
    """Consecutive years grouped: [2014, 2015, 2016, 2019] -> [[2014, 2015, 2016], [2019]]."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return runs


def format_years(years: tuple[int, ...] | list[int]) -> str:
    """1954, 2014–2016, 2019 — consecutive runs folded so titles stay short."""
    runs = year_runs(years)
    if not runs:
        return _("no years")
    return join_list(_run_text(run) for run in runs)


def _run_text(run: list[int], dash: str = "–") -> str:
    return str(run[0]) if len(run) == 1 else f"{run[0]}{dash}{run[-1]}"


def file_stem(what: str, selection: Selection) -> str:
    """A download's file name, without extension, naming what it holds and for which reports:
    gwr-theme_totals-zh-2014-2016_2019, so a folder of exports says what each file is."""
    # Written from the years, not from format_years: a file's name is the same in every interface language.
    years = "_".join(_run_text(run, "-") for run in year_runs(selection.years)) or "no-years"
    return f"gwr-{what}-{selection.lang}-{years}"


def search_pattern(search: str, lang: str) -> re.Pattern[str] | None:
    """The search is literal text: regex characters match themselves; English ignores case; full- and
    half-width forms are one (dashboard/text.py), so 互联网＋ and 互联网+ find each other."""
    search = search.strip()[:MAX_TEXT_CHARS]
    if not search:
        return None
    return re.compile(any_width_pattern(search), re.IGNORECASE if lang == "en" else 0)


def filter_paragraphs(data: ReportData, selection: Selection) -> pd.DataFrame:
    reports = [report_key(selection.lang, year) for year in selection.years]
    selected = _where(
        rows_of_reports(data.paragraphs, reports), lambda rows: rows["section_kind"].isin(selection.sections)
    )
    pattern = search_pattern(selection.search, selection.lang)
    if pattern is not None:
        # astype(bool): an empty object-dtype Series would index columns, not rows (no section selected + a search).
        selected = _where(selected, lambda rows: rows["text"].map(lambda text: bool(pattern.search(text))).astype(bool))
    return selected


def restrict_to(table: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Rows of a per-paragraph table (sorted by pkey) that belong to the selected paragraphs."""
    keys = paragraphs["pkey"].to_numpy()
    rows = rows_of_reports(table, keys // PARAGRAPH_SPAN)
    return _where(rows, lambda rows: rows["pkey"].isin(keys))


def _where(rows: pd.DataFrame, condition) -> pd.DataFrame:
    """The rows where condition(rows) holds; the rows themselves, uncopied, where it holds for all."""
    mask = condition(rows)
    return rows if mask.all() else rows[mask]


def missing_years(data: ReportData, selection: Selection) -> list[int]:
    """Selected years without a report in the language, and the gap years inside the selected span."""
    if not selection.years:
        return []
    available = set(data.years(selection.lang))
    span = range(min(selection.years), max(selection.years) + 1)
    return sorted({year for year in selection.years if year not in available} | {y for y in span if y not in available})
