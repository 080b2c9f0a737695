"""Targets and quantities: the rural-connectivity series and the filterable table."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.citation import counterpart_header
from dashboard.analysis.data import ReportData
from dashboard.i18n import _, format_amount
from dashboard.vocabulary import category_label, section_label, target_kind_label, unit_label, with_modifier

TABLE_COLUMNS = ["year", "para_id", "kind", "category", "metric", "value", "value_high", "unit", "modifier", "sentence"]


def format_value(value: float, value_high: float | None, unit: str, modifier: str) -> str:
    """A figure with its unit and modifier in words: "more than 90 trillion yuan", "超过90万亿元", "6.5–7%"."""
    number = format_amount(value)
    if value_high is not None and not pd.isna(value_high):
        number = f"{number}–{format_amount(value_high)}"
    word = unit_label(unit)
    if not word:
        figure = number
    elif unit == "%":
        figure = f"{number}{word}"
    else:
        # "90 trillion yuan", "90万亿元": Chinese writes the unit against the number.
        figure = _("{number} {unit}").format(number=number, unit=word)
    return with_modifier(figure, modifier)


def filter_targets(targets: pd.DataFrame, categories: list[str], kinds: list[str]) -> pd.DataFrame:
    chosen = targets[targets["category"].isin(categories) & targets["kind"].isin(kinds)]
    return chosen[TABLE_COLUMNS].sort_values(["year", "para_id"], ignore_index=True)


def readable_targets(table: pd.DataFrame, data: ReportData, lang: str) -> pd.DataFrame:
    """The targets table as a reader reads it: named columns, the paragraph's number in the other
    language's version beside its own where the two are aligned, the figure in words with its unit and
    modifier ("around 6.5–7%", "90 trillion yuan"). The CSV keeps the raw columns."""
    counterparts = data.counterparts(table, lang)
    # "—" where a year's versions are not aligned: a table on screen shows no "None".
    shown = [str(number) if pd.notna(number) else "—" for number in counterparts]
    beside = {counterpart_header(lang): shown} if counterparts.notna().any() else {}
    return pd.DataFrame(
        {
            _("Report"): table["year"],
            "¶": table["para_id"],
            **beside,
            _("Kind"): table["kind"].map(target_kind_label),
            _("Category"): table["category"].map(category_label),
            _("What"): table["metric"],
            _("Figure"): [
                format_value(v, h, u, m)
                for v, h, u, m in zip(
                    table["value"], table["value_high"], table["unit"], table["modifier"], strict=True
                )
            ],
            _("Sentence"): table["sentence"],
        }
    )


def stated_targets(targets: pd.DataFrame) -> pd.DataFrame:
    """The targets a report sets (annual and multi-year), not the results it reports."""
    return targets[targets["kind"] != "achievement"]


def cited_targets(targets: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The stated targets in report order, each with its section's name and its figure in words."""
    stated = stated_targets(targets)
    return stated.assign(
        section=stated["pkey"].map(paragraphs.set_index("pkey")["section_kind"]).map(section_label),
        figure=[
            format_value(v, h, u, m)
            for v, h, u, m in zip(
                stated["value"], stated["value_high"], stated["unit"], stated["modifier"], strict=True
            )
        ],
    ).sort_values(["year", "para_id"])
