"""A self-contained HTML briefing of the current selection, for presenting with no network.

Everything is inside the one file: plotly.js, the charts' data, the word cloud as a PNG,
and the bundled CJK font as base64, so Chinese renders on a laptop with no CJK font.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable

import pandas as pd

from dashboard import charts, config
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, filter_paragraphs, format_years
from dashboard.compose import Cloud, compose_briefing
from dashboard.vocabulary import LANGUAGE_NAMES, SECTION_LABELS

STYLE = """
@font-face { font-family: "Noto Sans SC"; src: url(data:font/otf;base64,{font}) format("opentype"); }
body { font-family: "Noto Sans SC", sans-serif; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 2rem; margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
.filters { color: #555; } .figures { display: flex; gap: 2rem; flex-wrap: wrap; }
.figures div { font-size: 0.9rem; color: #555; } .figures b { display: block; font-size: 1.6rem; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; } td, th { border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; }
th { background: #f4f4f4; text-align: left; } .cite { color: #666; white-space: nowrap; } img { max-width: 100%; }
"""


def _escape(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else html.escape(str(value))


def _table(frame: pd.DataFrame) -> str:
    head = "".join(f"<th>{_escape(column)}</th>" for column in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_escape(value)}</td>" for value in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def describe_filters(selection: Selection, theme_labels: dict[str, str]) -> str:
    sections = ", ".join(SECTION_LABELS[kind] for kind in selection.sections) or "none"
    themes = ", ".join(theme_labels[theme] for theme in selection.themes) or "none"
    parts = [
        f"Language: {LANGUAGE_NAMES[selection.lang]}" + (" (中文)" if selection.lang == "zh" else ""),
        f"years: {format_years(selection.years)}",
        f"sections: {sections}",
        f"themes: {themes}",
        f"counts: {selection.unit_label}",
    ]
    if selection.search:
        parts.append(f"paragraphs containing “{selection.search}”")
    return "; ".join(parts) + "."


def _figures(figures: dict) -> str:
    if not figures:
        return ""
    return f"""<div class="figures">
<div><b>{figures["reports"]}</b>reports</div><div><b>{figures["paragraphs"]:,}</b>paragraphs</div>
<div><b>{figures["characters"]:,}</b>characters</div><div><b>{_escape(figures["top_theme"] or "—")}</b>top theme</div>
<div><b>{figures["targets"]}</b>targets stated</div></div>"""


def _story(story: pd.DataFrame | None) -> str:
    if story is None or story.empty:
        return ""
    items = "".join(
        f"<li><b>{_escape(row.refers)}</b> {_escape(row.quote)} <span class='cite'>({row.year} report ¶{row.para_id})</span></li>"
        for row in story.itertuples(index=False)
    )
    return f"<h2>Rural connectivity: fibre and broadband</h2><ul>{items}</ul>"


def make_briefing_html(
    data: ReportData, selection: Selection, page_title: str, draw_cloud: Callable[[Cloud], bytes] | None = None
) -> str:
    """The briefing file: the Overview's composition (the same one the page draws), the theme trend and
    the rural tracker, the cited sentences and the sources. draw_cloud turns the cloud into a PNG."""
    from dashboard.lexicon import theme_labels

    overview, more = compose_briefing(data, selection)
    years = format_years(selection.years)
    plots = [chart.figure for chart in overview.charts.values()] + [chart.figure for chart in more]
    chart_html = "".join(
        figure.to_html(full_html=False, include_plotlyjs=(index == 0), config=charts.chart_config("png"))
        for index, figure in enumerate(plots)
    )
    notes = "".join(f"<p>{_escape(note)}</p>" for note in overview.notes.values())
    cited = overview.targets if overview.targets is not None else pd.DataFrame()
    citations = (
        "".join(
            f"<li>{_escape(row.sentence)} <span class='cite'>({row.year}, {_escape(row.section)}, ¶{row.para_id}; "
            f"{_escape(row.figure)}, {_escape(row.kind)})</span></li>"
            for row in cited.drop_duplicates(["year", "para_id", "sentence"]).itertuples(index=False)
        )
        if len(cited)
        else ""
    )
    paragraphs = filter_paragraphs(data, selection)
    documents = data.documents[data.documents["doc_id"].isin(paragraphs["doc_id"].unique())]
    provenance = documents[["doc_id", "title", "delivered", "completeness", "source", "official_url", "source_note"]]
    font = base64.b64encode(config.FONT_PATH.read_bytes()).decode("ascii")
    png = draw_cloud(overview.cloud) if overview.cloud is not None and draw_cloud is not None else None
    cloud = (
        f"<h2>Keyword cloud</h2><img alt='{_escape(overview.cloud.caption)}' src='data:image/png;base64,{base64.b64encode(png).decode('ascii')}'>"
        if png
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{"zh-Hans" if selection.lang == "zh" else "en"}"><head><meta charset="utf-8">
<title>{_escape(page_title)}: Government Work Report briefing, {_escape(years)}</title>
<style>{STYLE.replace("{font}", font)}</style></head><body>
<h1>Government Work Report briefing: {_escape(years)}</h1>
<p class="filters">{_escape(describe_filters(selection, theme_labels(selection.lang)))}</p>
{f"<p>{_escape(overview.empty)}</p>" if overview.empty else ""}
{_figures(overview.figures)}
<h2>Charts</h2>{chart_html}{notes}
{_story(overview.story)}
{cloud}
<h2>Targets stated in the selection</h2>
{_table(cited[["year", "para_id", "section", "category", "kind", "metric", "figure"]]) if len(cited) else "<p>No target in this selection.</p>"}
<h2>Cited sentences</h2><ol>{citations or "<li>None.</li>"}</ol>
<h2>Provenance</h2>
<p>Source: the State Council's Report on the Work of the Government, as collected in the project's corpus
(SOURCES.tsv); ¶ numbers are the paragraph (line) numbers of each source file. Built by pipeline version
{_escape(data.manifest.get("pipeline_version"))}.</p>
{_table(provenance)}
</body></html>
"""
