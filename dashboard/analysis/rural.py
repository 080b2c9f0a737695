"""The rural-connectivity tracker: every statement about connecting villages, 1990–2026.

Built on the rural table (the hand-read list tied to the text, see pipeline/rural.py). Figures
are kept apart by scale: a figure for one year is never set beside a total over a plan period,
and each figure sits at the year it is about, not the year of the report that states it.
"""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.targets import format_value
from dashboard.i18n import N_, _
from dashboard.vocabulary import RURAL_LINKS, rural_kind_label, rural_link_label, unit_label

TRACKER_TITLE = N_("Connecting villages, 1990–2026")
# The links of the project's headline story: fibre and broadband to villages.
STORY_LINKS = ("fibre", "broadband")
# Counted things, as a panel's y axis names them; "count" is the 1990s telephone lines (门) and users (户).
# An axis names what is counted ("number of villages", 行政村数), where a figure's unit follows its number
# (5万个行政村): other messages than the units'. Other units are named as the figures name them (km, %).
UNIT_NAMES = {
    "villages": N_("number of villages"),
    "people": N_("number of people"),
    "count": N_("lines or users"),
}


def link_label(link: str) -> str:
    """A link's name in the interface language."""
    return rural_link_label(link)


def _refers(first: int, last: int) -> str:
    return str(last) if first == last else f"{first}–{last}"


def tracker_statements(rural: pd.DataFrame, lang: str, links: list[str]) -> pd.DataFrame:
    """The statements of one language about the chosen links, labelled, in link order and then by year."""
    rows = rural[(rural["lang"] == lang) & rural["found"] & rural["link"].isin(links)].copy()
    rows["link_label"] = rows["link"].map(link_label)
    rows["kind_label"] = rows["kind"].map(rural_kind_label)
    rows["refers"] = [_refers(first, last) for first, last in zip(rows["refers_from"], rows["refers_to"], strict=True)]
    rows["scale"] = [
        "annual" if first == last else "multi-year"
        for first, last in zip(rows["refers_from"], rows["refers_to"], strict=True)
    ]
    rows["figure"] = [
        format_value(value, None, unit, modifier) if pd.notna(value) else ""
        for value, unit, modifier in zip(rows["value"], rows["unit"], rows["modifier"], strict=True)
    ]
    order = {link: index for index, link in enumerate(RURAL_LINKS)}
    rows["link_order"] = rows["link"].map(order)
    return rows.sort_values(["link_order", "refers_to", "year", "para_id"], ignore_index=True).drop(
        columns="link_order"
    )


def figure_panels(statements: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(link, scale, unit) of each panel of figures: one unit and one scale per panel, links in order."""
    figures = statements[statements["value"].notna()]
    panels = set(zip(figures["link"], figures["scale"], figures["unit"], strict=True))
    links = list(RURAL_LINKS)
    # Per link: a year before the totals over years, then units in a fixed order.
    return sorted(panels, key=lambda panel: (links.index(panel[0]), panel[1] != "annual", panel[2]))


def panel_title(link: str, scale: str) -> str:
    """Short enough for a 390 px phone (Plotly does not wrap a panel title); the unit is the y axis's title."""
    if scale == "annual":
        return _("{link} · a year").format(link=link_label(link))
    return _("{link} · total over years").format(link=link_label(link))


def unit_name(unit: str) -> str:
    """A panel's y-axis title: what its figures count."""
    return _(UNIT_NAMES[unit]) if unit in UNIT_NAMES else unit_label(unit)


def milestones(statements: pd.DataFrame) -> pd.DataFrame:
    """The statements without a figure that name the link itself (not a list of infrastructure), by link and year."""
    return statements[statements["value"].isna() & ~statements["generic"]]


def rural_story(rural: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Fibre and broadband to villages, year by year: each specific statement (not a list of infrastructure).

    In English, a year with no English report (before 2008, after 2022) tells its part from the
    Chinese report, marked as such, so the story does not stop where the translations do.
    """
    story = rural[rural["found"] & rural["link"].isin(STORY_LINKS) & ~rural["generic"]]
    own = story[story["lang"] == lang]
    if lang != "zh":
        covered = set(rural.loc[rural["lang"] == lang, "year"])
        chinese_only = story[(story["lang"] == "zh") & ~story["year"].isin(covered)]
        own = pd.concat([own, chinese_only], ignore_index=True)
    own = own.assign(
        refers=[_refers(first, last) for first, last in zip(own["refers_from"], own["refers_to"], strict=True)],
        link_label=own["link"].map(link_label),
    )
    return own.sort_values(["year", "refers_to", "para_id"], ignore_index=True)


def statement_table(statements: pd.DataFrame) -> pd.DataFrame:
    """The tracker's table (and CSV): one row per statement, with the cited sentence in both languages."""
    columns = {
        "refers": "about",
        "link_label": "link",
        "kind_label": "kind",
        "figure": "figure",
        "sentence": "sentence",
        "translation": "translation",
        "year": "report",
        "para_id": "paragraph",
        "counterpart": "other language's paragraph",
        "reading_note": "reading note",
    }
    table = statements.reindex(columns=list(columns)).rename(columns=columns)
    # The same passage's paragraph in the other version of the report, where the two are aligned.
    table["other language's paragraph"] = table["other language's paragraph"].map(
        lambda paragraph: "—" if pd.isna(paragraph) else str(int(paragraph))
    )
    return table
