"""The target ledger: each year's targets against what the next report's review says.

For a metric with an annual target in year Y, the outcome is the figure the next report
(the next year with a report in that language) gives for it in its review of last year.
A status is given only where both figures are stated in comparable units, with both
sentences cited; otherwise the outcome is "not reported".
"""

from __future__ import annotations

import re

import pandas as pd

LEDGER_METRICS = {
    # metric_key: (label, which way is better: "higher" = a floor to reach, "lower" = a ceiling to stay under)
    "gdp_growth": ("GDP growth", "higher"),
    "cpi": ("Consumer prices (CPI)", "lower"),
    "new_urban_jobs": ("New urban jobs", "higher"),
    "urban_unemployment": ("Registered urban unemployment", "lower"),
    "surveyed_unemployment": ("Surveyed urban unemployment", "lower"),
    "energy_intensity": ("Energy use per unit of GDP, reduction", "higher"),
    "villages_fibre": ("Administrative villages connected to fibre", "higher"),
    "rural_roads": ("Rural roads built or upgraded", "higher"),
}
# "Around 7%" is met by 6.9%: how far "around" reaches, in the target's unit.
AROUND_TOLERANCE = {"%": 0.2}
AROUND_SHARE = 0.02
LAST_YEAR = {
    "zh": re.compile(r"去年|过去一年|全年|上年"),
    "en": re.compile(r"last year|past year|previous year|in \d{4}", re.I),
}
NOT_ANNUAL = {
    "zh": re.compile(r"年均|五年|累计|相当于"),
    "en": re.compile(r"average|five years|cumulative|equivalent", re.I),
}
COLUMNS = [
    "metric_key",
    "metric",
    "year",
    "target",
    "target_value",
    "target_high",
    "modifier",
    "unit",
    "target_sentence",
    "target_para_id",
    "outcome_year",
    "outcome_value",
    "outcome_sentence",
    "outcome_para_id",
    "outcome",
    "change",
]


def _first_target(targets: pd.DataFrame, year: int, key: str) -> pd.Series | None:
    rows = targets[(targets["year"] == year) & (targets["metric_key"] == key) & (targets["kind"] == "annual")]
    return rows.sort_values("para_id").iloc[0] if len(rows) else None


def _outcome(
    targets: pd.DataFrame, paragraphs: pd.DataFrame, year: int, key: str, unit: str, lang: str
) -> pd.Series | None:
    """The review's figure for a metric: same unit, preferring sentences about last year, not averages."""
    review = paragraphs[(paragraphs["year"] == year) & (paragraphs["section_kind"] == "review")]["para_id"]
    rows = targets[
        (targets["year"] == year)
        & (targets["metric_key"] == key)
        & (targets["kind"] == "achievement")
        & (targets["unit"] == unit)
        & targets["para_id"].isin(review)
    ]
    rows = rows[~rows["sentence"].str.contains(NOT_ANNUAL[lang])]
    if rows.empty:
        return None
    about_last_year = rows[rows["sentence"].str.contains(LAST_YEAR[lang])]
    return (about_last_year if len(about_last_year) else rows).sort_values("para_id").iloc[0]


def judge(
    target_value: float, target_high: float | None, modifier: str, unit: str, direction: str, outcome: float
) -> str:
    """met / missed for one target and its reported outcome, read the way the target is phrased."""
    high = target_high if target_high is not None and not pd.isna(target_high) else target_value
    tolerance = AROUND_TOLERANCE.get(unit, abs(target_value) * AROUND_SHARE) if modifier == "around" else 0.0
    if direction == "higher":
        return "met" if outcome >= target_value - tolerance else "missed"
    return "met" if outcome <= high + tolerance else "missed"


def _middle(row: pd.Series) -> float:
    high = row["value_high"]
    return row["value"] if high is None or pd.isna(high) else (row["value"] + high) / 2


def _describe(row: pd.Series) -> str:
    from dashboard.analysis.targets import format_value

    return format_value(row["value"], row["value_high"], row["unit"], row["modifier"])


def compute_ledger(targets: pd.DataFrame, paragraphs: pd.DataFrame, lang: str, years: list[int]) -> pd.DataFrame:
    """One row per (metric, year) with a target or with a target the year before (then 'dropped')."""
    targets = targets[targets["lang"] == lang]
    paragraphs = paragraphs[paragraphs["lang"] == lang]
    report_years = sorted(paragraphs["year"].unique())
    rows = []
    for key, (label, direction) in LEDGER_METRICS.items():
        for year in sorted(years):
            if year not in report_years:
                continue
            target = _first_target(targets, year, key)
            # Only adjacent reports compare: the 2024 report reviews 2023, not 2022 (2023 is missing).
            has_previous = year - 1 in report_years
            previous = _first_target(targets, year - 1, key) if has_previous else None
            if target is None:
                if previous is not None:
                    rows.append(
                        {"metric_key": key, "metric": label, "year": year, "change": "dropped"}
                        | dict.fromkeys(["target", "modifier", "unit", "target_sentence", "outcome_sentence"], "")
                        | {"outcome": "not reported"}
                    )
                continue
            change = "new" if has_previous else "previous report missing"
            if previous is not None and previous["unit"] == target["unit"]:
                # Ranges compare by their middle: 6.5–7% after "around 7%" is lowered.
                before, now = _middle(previous), _middle(target)
                change = "raised" if now > before else ("lowered" if now < before else "kept")
            later = [year + 1] if year + 1 in report_years else []
            outcome = _outcome(targets, paragraphs, year + 1, key, target["unit"], lang) if later else None
            rows.append(
                {
                    "metric_key": key,
                    "metric": label,
                    "year": year,
                    "target": _describe(target),
                    "target_value": target["value"],
                    "target_high": target["value_high"],
                    "modifier": target["modifier"],
                    "unit": target["unit"],
                    "target_sentence": target["sentence"],
                    "target_para_id": target["para_id"],
                    "outcome_year": later[0] if later else None,
                    "outcome_value": outcome["value"] if outcome is not None else None,
                    "outcome_sentence": outcome["sentence"] if outcome is not None else "",
                    "outcome_para_id": outcome["para_id"] if outcome is not None else None,
                    "outcome": judge(
                        target["value"],
                        target["value_high"],
                        target["modifier"],
                        target["unit"],
                        direction,
                        outcome["value"],
                    )
                    if outcome is not None
                    else "not reported",
                    "change": change,
                }
            )
    return pd.DataFrame(rows, columns=COLUMNS)
