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
from dashboard.analysis.citation import counterpart_header
from dashboard.analysis.coverage import completeness_label
from dashboard.analysis.data import ReportData
from dashboard.analysis.ledger import LineMarkup, write_ledger_line
from dashboard.analysis.selection import Selection, filter_paragraphs, format_years, join_list
from dashboard.compose import EVIDENCE_QUOTED, Cloud, ThemeEvidence, compose_briefing
from dashboard.i18n import N_, _, format_count, interface_language, ngettext
from dashboard.vocabulary import (
    LANGUAGE_LABELS,
    category_label,
    language_name,
    metric_label,
    section_label,
    target_kind_label,
)

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
    return "" if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)) else html.escape(str(value))


def _table(frame: pd.DataFrame) -> str:
    head = "".join(f"<th>{_escape(column)}</th>" for column in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_escape(value)}</td>" for value in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def describe_filters(selection: Selection, theme_labels: dict[str, str]) -> str:
    """The selection in words, in the interface language; the reports' language also in its own script."""
    name, own = language_name(selection.lang), LANGUAGE_LABELS[selection.lang]
    values = {
        "language": name if name == own else _("{name} ({own})").format(name=name, own=own),
        "years": format_years(selection.years),
        "sections": join_list(section_label(kind) for kind in selection.sections) or _("none"),
        "themes": join_list(theme_labels[theme] for theme in selection.themes) or _("none"),
        "unit": selection.unit_label,
    }
    if selection.search:
        return _(
            "Language: {language}; years: {years}; sections: {sections}; themes: {themes}; counts: {unit}; "
            "paragraphs containing “{search}”."
        ).format(search=selection.search, **values)
    return _("Language: {language}; years: {years}; sections: {sections}; themes: {themes}; counts: {unit}.").format(
        **values
    )


def _figures(figures: dict) -> str:
    if not figures:
        return ""
    items = (
        (format_count(figures["reports"]), _("reports")),
        (format_count(figures["paragraphs"]), _("paragraphs")),
        (format_count(figures["characters"]), _("characters")),
        (figures["top_theme"] or "—", _("top theme")),
        (format_count(figures["targets"]), _("targets stated")),
    )
    cells = "".join(f"<div><b>{_escape(value)}</b>{_escape(label)}</div>" for value, label in items)
    return f'<div class="figures">{cells}</div>'


def _story(story: pd.DataFrame | None) -> str:
    if story is None or story.empty:
        return ""
    items = "".join(
        f"<li><b>{_escape(row.refers)}</b> {_escape(row.quote)} <span class='cite'>"
        + _escape(_("({citation})").format(citation=row.citation))
        + "</span></li>"
        for row in story.itertuples(index=False)
    )
    return _heading(_("Rural connectivity: fibre and broadband")) + f"<ul>{items}</ul>"


def _heading(text: str, level: int = 2) -> str:
    return f"<h{level}>{_escape(text)}</h{level}>"


def _paragraph(text: str) -> str:
    return f"<p>{_escape(text)}</p>"


def _cited(text: str, citation: str) -> str:
    source = _("({citation})").format(citation=citation)
    return f"{_escape(text)} <span class='cite'>{_escape(source)}</span>"


def _evidence(evidence: tuple[ThemeEvidence, ...]) -> str:
    """The sentences behind each theme count, theme by theme: the first paragraphs quoted, the others counted."""
    if not evidence:
        return ""
    parts = [
        _heading(_("Sentences behind the theme counts")),
        _paragraph(
            _(
                "For each theme counted above, the paragraphs that mention it, in report order, each quoted by its "
                "sentences that hold the theme's terms. The first {limit} paragraphs of a theme are quoted; the "
                "others are counted."
            ).format(limit=EVIDENCE_QUOTED)
        ),
    ]
    for theme in evidence:
        mentions = ngettext("{count} mention", "{count} mentions", theme.mentions).format(
            count=format_count(theme.mentions)
        )
        parts.append(_heading(f"{theme.label} · {mentions}", 3))
        items = "".join(f"<li>{_cited(sentences, citation)}</li>" for citation, sentences in theme.quotes)
        parts.append(f"<ul>{items}</ul>")
        more = theme.paragraphs - len(theme.quotes)
        if more:
            parts.append(
                _paragraph(
                    ngettext(
                        "…and {count} more paragraph that mentions it.",
                        "…and {count} more paragraphs that mention it.",
                        more,
                    ).format(count=format_count(more))
                )
            )
    return "".join(parts)


# A ledger line in the briefing: as the Target ledger page words it, marked in HTML.
HTML_MARKUP = LineMarkup(
    _escape, lambda text: f"<b>{text}</b>", lambda text: f"<span class='cite'>{_escape(text)}</span>"
)


def _ledger(data: ReportData, selection: Selection, ledger: pd.DataFrame) -> str:
    """The target ledger of the selected years, metric by metric: each year's target and its outcome."""
    years = format_years(selection.years)
    parts = [_heading(_("Target ledger: targets and outcomes, {years}").format(years=years))]
    if ledger.empty:
        return parts[0] + _paragraph(_("No target or outcome of a tracked metric in {years}.").format(years=years))
    parts.append(
        _paragraph(
            _(
                "Each year's annual target against the figure the next report gives for that year in its review, "
                "both sentences cited, as the Target ledger page shows them. Sections, themes and search do not "
                "apply: a target and its outcome sit in different sections."
            )
        )
    )
    for key, rows in ledger.groupby("metric_key", sort=False):
        lines = "".join(
            f"<li>{write_ledger_line(row, data, selection.lang, HTML_MARKUP)}</li>"
            for row in rows.itertuples(index=False)
        )
        parts.append(_heading(metric_label(key), 3) + f"<ul>{lines}</ul>")
    return "".join(parts)


# The briefing's tables: the columns shown, each with its header in words.
TARGET_HEADERS = {
    "year": N_("Report"),  # the report that states the figure (a late report's annual target is for the next year)
    "para_id": "¶",
    "section": N_("Section"),
    "category": N_("Category"),
    "kind": N_("Kind"),
    "metric": N_("What"),
    "figure": N_("Figure"),
}
PROVENANCE_HEADERS = {
    "doc_id": N_("Report"),
    "title": N_("Title"),
    "delivered": N_("Delivered"),
    "completeness": N_("Completeness"),
    "source": N_("Source"),
    "official_url": N_("Official URL"),
    "source_note": N_("Source note"),
}


def _headed(frame: pd.DataFrame, headers: dict[str, str]) -> pd.DataFrame:
    """The columns of `headers`, under their headers in the interface language."""
    return frame[list(headers)].rename(columns={column: _(header) for column, header in headers.items()})


def _targets_table(cited: pd.DataFrame, lang: str) -> str:
    """The stated targets, with each paragraph's number in the other language's version beside its own
    where the two are aligned."""
    readable = _headed(
        cited.assign(category=cited["category"].map(category_label), kind=cited["kind"].map(target_kind_label)),
        TARGET_HEADERS,
    )
    if cited["counterpart"].notna().any():
        readable.insert(2, counterpart_header(lang), cited["counterpart"].to_numpy())
    return _table(readable)


def make_briefing_html(
    data: ReportData, selection: Selection, page_title: str, draw_cloud: Callable[[Cloud], bytes] | None = None
) -> str:
    """The briefing file: the Overview's composition (the same one the page draws), the theme trend and
    the rural tracker, the cited sentences and the sources, every word in the interface language.
    draw_cloud turns the cloud into a PNG."""
    from dashboard.lexicon import theme_labels

    briefing = compose_briefing(data, selection)
    overview, more = briefing.overview, briefing.charts
    years = format_years(selection.years)
    plots = [chart.figure for chart in overview.charts.values()] + [chart.figure for chart in more]
    chart_html = "".join(
        figure.to_html(full_html=False, include_plotlyjs=(index == 0), config=charts.chart_config("png"))
        for index, figure in enumerate(plots)
    )
    notes = "".join(f"<p>{_escape(note)}</p>" for note in overview.notes.values())
    cited = briefing.targets
    citations = (
        "".join(
            f"<li>{_escape(row.sentence)} <span class='cite'>"
            + _("({citation}, {section}; {figure}, {kind})").format(
                citation=_escape(row.citation),
                section=_escape(row.section),
                figure=_escape(row.figure),
                kind=_escape(target_kind_label(row.kind)),
            )
            + "</span></li>"
            for row in cited.drop_duplicates(["year", "para_id", "sentence"]).itertuples(index=False)
        )
        if len(cited)
        else ""
    )
    targets = _targets_table(cited, selection.lang) if len(cited) else _paragraph(_("No target in this selection."))
    paragraphs = filter_paragraphs(data, selection)
    documents = data.documents[data.documents["doc_id"].isin(paragraphs["doc_id"].unique())]
    provenance = _headed(
        documents.assign(completeness=documents["completeness"].map(completeness_label)), PROVENANCE_HEADERS
    )
    font = base64.b64encode(config.FONT_PATH.read_bytes()).decode("ascii")
    png = draw_cloud(overview.cloud) if overview.cloud is not None and draw_cloud is not None else None
    cloud = (
        _heading(_("Keyword cloud")) + f"<img alt='{_escape(overview.cloud.caption)}' "
        f"src='data:image/png;base64,{base64.b64encode(png).decode('ascii')}'>"
        if png
        else ""
    )
    provenance_note = _(
        "Source: the State Council's Report on the Work of the Government, as collected in the project's corpus "
        "(SOURCES.tsv); ¶ numbers are the paragraph (line) numbers of each source file, followed in brackets by the "
        "number in the other language's version where the two are aligned (2008–2022). Built by pipeline version "
        "{version}."
    ).format(version=data.manifest.get("pipeline_version"))
    # Every message outside the f-string below: the catalog's extractor does not read inside f-strings.
    title = _("{page}: Government Work Report briefing, {years}").format(page=page_title, years=years)
    heading = _("Government Work Report briefing: {years}").format(years=years)
    empty = _paragraph(_(overview.empty)) if overview.empty else ""
    citations = citations or "<li>" + _escape(_("None.")) + "</li>"
    charts_heading, targets_heading = _heading(_("Charts")), _heading(_("Targets stated in the selection"))
    cited_heading, provenance_heading = _heading(_("Cited sentences")), _heading(_("Provenance"))
    return f"""<!DOCTYPE html>
<html lang="{"zh-Hans" if interface_language() == "zh" else "en"}"><head><meta charset="utf-8">
<title>{_escape(title)}</title>
<style>{STYLE.replace("{font}", font)}</style></head><body>
<h1>{_escape(heading)}</h1>
<p class="filters">{_escape(describe_filters(selection, theme_labels()))}</p>
{empty}
{_figures(overview.figures)}
{charts_heading}{chart_html}{notes}
{_evidence(briefing.evidence)}
{_story(overview.story)}
{cloud}
{targets_heading}
{targets}
{cited_heading}<ol>{citations}</ol>
{_ledger(data, selection, briefing.ledger)}
{provenance_heading}
{_paragraph(provenance_note)}
{_table(provenance)}
</body></html>
"""
