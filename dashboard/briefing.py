"""A self-contained HTML briefing of the current selection, for presenting with no network.

Everything is inside the one file: plotly.js, the charts' data, the word cloud as a PNG,
and the bundled CJK font as base64, so Chinese renders on a laptop with no CJK font.
"""

from __future__ import annotations

import base64
import html

import pandas as pd

from dashboard import charts, config
from dashboard.analysis import counts
from dashboard.analysis.data import ReportData
from dashboard.analysis.rural import TRACKER_TITLE, tracker_statements
from dashboard.analysis.selection import SECTION_LABELS, Selection, filter_paragraphs, format_years, restrict_to
from dashboard.analysis.targets import format_value
from dashboard.vocabulary import RURAL_LINKS

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
        f"Language: {'Chinese (中文)' if selection.lang == 'zh' else 'English'}",
        f"years: {format_years(selection.years)}",
        f"sections: {sections}",
        f"themes: {themes}",
        f"counts: {selection.unit_label}",
    ]
    if selection.search:
        parts.append(f"paragraphs containing “{selection.search}”")
    return "; ".join(parts) + "."


def make_briefing_html(data: ReportData, selection: Selection, cloud_png: bytes | None, page_title: str) -> str:
    from dashboard.lexicon import theme_labels

    labels = theme_labels(selection.lang)
    paragraphs = filter_paragraphs(data, selection)
    hits = restrict_to(data.theme_hits, paragraphs)
    targets = restrict_to(data.targets, paragraphs)
    stated = targets[targets["kind"] != "achievement"]
    totals = counts.compute_theme_totals(hits, paragraphs, selection)
    figures = counts.compute_key_figures(paragraphs, totals, stated)
    years = format_years(selection.years)
    value = "per_10k" if selection.normalise else "count"

    plots = [charts.make_theme_bar_figure(totals, value, f"Theme mentions, {years} ({selection.unit_label})")]
    if len(selection.years) > 1:
        by_year = counts.compute_theme_by_year(data, hits, paragraphs, selection)
        plots.append(charts.make_theme_trend_figure(by_year, value, f"Theme mentions by year, {years}"))
    rural = tracker_statements(data.rural, selection.lang, list(RURAL_LINKS))
    if not rural.empty:
        plots.append(charts.make_rural_tracker_figure(rural, list(selection.years), TRACKER_TITLE))
    chart_html = "".join(
        figure.to_html(full_html=False, include_plotlyjs=(index == 0), config=charts.chart_config("png"))
        for index, figure in enumerate(plots)
    )

    cited = stated.assign(
        section=stated["pkey"].map(paragraphs.set_index("pkey")["section_kind"]).map(SECTION_LABELS),
        figure=[
            format_value(v, h, u, m)
            for v, h, u, m in zip(
                stated["value"], stated["value_high"], stated["unit"], stated["modifier"], strict=True
            )
        ],
    ).sort_values(["year", "para_id"])
    citations = "".join(
        f"<li>{_escape(row.sentence)} <span class='cite'>({row.year}, {_escape(row.section)}, ¶{row.para_id}; "
        f"{_escape(row.figure)}, {_escape(row.kind)})</span></li>"
        for row in cited.drop_duplicates(["year", "para_id", "sentence"]).itertuples(index=False)
    )
    documents = data.documents[data.documents["doc_id"].isin(paragraphs["doc_id"].unique())]
    provenance = documents[["doc_id", "title", "delivered", "completeness", "source", "official_url", "source_note"]]
    font = base64.b64encode(config.FONT_PATH.read_bytes()).decode("ascii")
    cloud = (
        f"<h2>Keyword cloud</h2><img alt='Keyword cloud, {_escape(years)}' src='data:image/png;base64,{base64.b64encode(cloud_png).decode('ascii')}'>"
        if cloud_png
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{"zh-Hans" if selection.lang == "zh" else "en"}"><head><meta charset="utf-8">
<title>{_escape(page_title)}: Government Work Report briefing, {_escape(years)}</title>
<style>{STYLE.replace("{font}", font)}</style></head><body>
<h1>Government Work Report briefing: {_escape(years)}</h1>
<p class="filters">{_escape(describe_filters(selection, labels))}</p>
<div class="figures">
<div><b>{figures["reports"]}</b>reports</div><div><b>{figures["paragraphs"]:,}</b>paragraphs</div>
<div><b>{figures["characters"]:,}</b>characters</div><div><b>{_escape(figures["top_theme"] or "—")}</b>top theme</div>
<div><b>{figures["targets"]}</b>targets stated</div></div>
<h2>Charts</h2>{chart_html}
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
