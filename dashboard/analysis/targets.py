"""Targets and quantities: the rural-connectivity series and the filterable table."""

from __future__ import annotations

import pandas as pd

from dashboard.vocabulary import SECTION_LABELS

TABLE_COLUMNS = ["year", "para_id", "kind", "category", "metric", "value", "value_high", "unit", "modifier", "sentence"]


# Large figures in words, as a reader says them: 90 trillion yuan, not 90,000,000,000,000.
SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_number(x: float) -> str:
    """50,000 · 6.5 · 1.27 million · 90 trillion."""
    for size, word in SCALE_WORDS:
        if abs(x) >= size:
            return f"{format_number(x / size)} {word}"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def format_value(value: float, value_high: float | None, unit: str, modifier: str) -> str:
    number = format_number

    text = number(value) if value_high is None or pd.isna(value_high) else f"{number(value)}–{number(value_high)}"
    suffix = "" if unit == "count" else (unit if unit == "%" else f" {unit}")
    prefix = {
        "exact": "",
        "range": "",
        "around": "around ",
        "at least": "at least ",
        "at most": "at most ",
        "more than": "more than ",
    }.get(modifier, "")
    return f"{prefix}{text}{suffix}"


def filter_targets(targets: pd.DataFrame, categories: list[str], kinds: list[str]) -> pd.DataFrame:
    chosen = targets[targets["category"].isin(categories) & targets["kind"].isin(kinds)]
    return chosen[TABLE_COLUMNS].sort_values(["year", "para_id"], ignore_index=True)


def readable_targets(table: pd.DataFrame) -> pd.DataFrame:
    """The targets table as a reader reads it: named columns, the figure in words with its unit and
    modifier ("around 6.5–7%", "90 trillion yuan"), no empty cells. The CSV keeps the raw columns."""
    return pd.DataFrame(
        {
            "Year": table["year"],
            "¶": table["para_id"],
            "Kind": table["kind"],
            "Category": table["category"],
            "What": table["metric"],
            "Figure": [
                format_value(v, h, u, m)
                for v, h, u, m in zip(
                    table["value"], table["value_high"], table["unit"], table["modifier"], strict=True
                )
            ],
            "Sentence": table["sentence"],
        }
    )


def stated_targets(targets: pd.DataFrame) -> pd.DataFrame:
    """The targets a report sets (annual and multi-year), not the results it reports."""
    return targets[targets["kind"] != "achievement"]


def cited_targets(targets: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The stated targets in report order, each with its section's name and its figure in words."""
    stated = stated_targets(targets)
    return stated.assign(
        section=stated["pkey"].map(paragraphs.set_index("pkey")["section_kind"]).map(SECTION_LABELS),
        figure=[
            format_value(v, h, u, m)
            for v, h, u, m in zip(
                stated["value"], stated["value_high"], stated["unit"], stated["modifier"], strict=True
            )
        ],
    ).sort_values(["year", "para_id"])
