"""The target ledger: each year's target against the outcome the next report gives for that year.

Built on the key figures (dashboard.pipeline.key_figures), which the evaluation command
checks against the hand-read gold standard. One row per metric and report year: a year
without a target still shows the outcome the next report gives (2020 set no GDP target;
the 2021 report gives its growth). Met / missed only where both figures are in the same
unit; both sentences are cited. A metric that is a yearly batch of new work (villages
connected, km of rural roads) is never "lowered": each year's batch is new.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.analysis.citation import cite_paragraph
from dashboard.analysis.data import ReportData
from dashboard.i18n import N_, _, label_of
from dashboard.vocabulary import Metric, load_metrics, metric

Figure = Mapping[str, Any]  # one key figure, a row of the key_figures table as a record
# "Around 7%" is met by 6.9%: how far "around" reaches, in the target's unit.
AROUND_TOLERANCE = {"%": 0.2}
AROUND_SHARE = 0.02
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
    "outcome_modifier",
    "outcome_sentence",
    "outcome_para_id",
    "outcome",
    "change",
]
# What the change column says, in the order a reader meets them.
CHANGES = (
    "new",
    "new batch",
    "raised",
    "lowered",
    "kept",
    "dropped",
    "no new batch",
    "no target",
    "previous report missing",
)
# The change and outcome columns as a reader reads them (the table and its CSV keep the codes).
CHANGE_LABELS = {
    "new": N_("new"),
    "new batch": N_("new batch"),
    "raised": N_("raised"),
    "lowered": N_("lowered"),
    "kept": N_("kept"),
    "dropped": N_("dropped"),
    "no new batch": N_("no new batch"),
    "no target": N_("no target"),
    "previous report missing": N_("previous report missing"),
}
OUTCOME_LABELS = {
    "met": N_("met"),
    "missed": N_("missed"),
    "not comparable": N_("not comparable"),
    "not reported": N_("not reported"),
    "no target": N_("no target"),
}


def change_label(change: str) -> str:
    """A change code in the interface language ("new batch", 新一批); an empty or unknown one as it is."""
    return label_of(CHANGE_LABELS, change)


def outcome_label(outcome: str) -> str:
    """An outcome code in the interface language ("met", 已完成); an empty or unknown one as it is."""
    return label_of(OUTCOME_LABELS, outcome)


def judge(target_value: float, target_high: float | None, modifier: str, unit: str, better: str, outcome: float) -> str:
    """met / missed for one target and its reported outcome, read the way the target is phrased."""
    high = target_high if target_high is not None and not pd.isna(target_high) else target_value
    tolerance = AROUND_TOLERANCE.get(unit, abs(target_value) * AROUND_SHARE) if modifier == "around" else 0.0
    if better == "higher":
        return "met" if outcome >= target_value - tolerance else "missed"
    return "met" if outcome <= high + tolerance else "missed"


def _middle(row: Figure) -> float:
    high = row["value_high"]
    return row["value"] if high is None or pd.isna(high) else (row["value"] + high) / 2


def _describe(row: Figure) -> str:
    from dashboard.analysis.targets import format_value

    return format_value(row["value"], row["value_high"], row["unit"], row["modifier"])


def _change(item: Metric, target: Figure | None, previous: Figure | None, has_previous_report: bool) -> str:
    if target is None:
        if previous is not None:
            return "no new batch" if item.batch else "dropped"
        return "no target"
    if not has_previous_report:
        return "previous report missing"
    if previous is None or previous["unit"] != target["unit"]:
        return "new"
    if item.batch:
        return "new batch"
    # Ranges compare by their middle: 6.5–7% after "around 7%" is lowered.
    before, now = _middle(previous), _middle(target)
    return "raised" if now > before else ("lowered" if now < before else "kept")


def compute_ledger(
    key_figures: pd.DataFrame,
    report_years: list[int],
    lang: str,
    years: list[int],
    metric_keys: list[str] | None = None,
) -> pd.DataFrame:
    """One row per (metric, year with a report in this language among `years`)."""
    figures = key_figures[key_figures["lang"] == lang]
    index = {(row["role"], row["metric_key"], row["year"]): row for row in figures.to_dict("records")}
    chosen = [metric(key) for key in metric_keys] if metric_keys else [item for item in load_metrics() if item.ledger]
    available = set(report_years)
    rows = []
    for item in chosen:
        for year in sorted(set(years) & available):
            target = index.get(("target", item.key, year))
            previous = index.get(("target", item.key, year - 1))
            outcome = index.get(("outcome", item.key, year))
            if outcome is not None and target is not None and outcome["unit"] != target["unit"]:
                status = "not comparable"
            elif outcome is None:
                status = "not reported" if target is not None else ""
            elif target is None:
                status = "no target"
            else:
                status = judge(
                    target["value"],
                    target["value_high"],
                    target["modifier"],
                    target["unit"],
                    item.better,
                    outcome["value"],
                )
            rows.append(
                {
                    "metric_key": item.key,
                    "metric": item.label(lang),
                    "year": year,
                    "target": _describe(target) if target is not None else "",
                    "target_value": target["value"] if target is not None else None,
                    "target_high": target["value_high"] if target is not None else None,
                    "modifier": target["modifier"] if target is not None else "",
                    "unit": next((row["unit"] for row in (target, outcome) if row is not None), ""),
                    "target_sentence": target["sentence"] if target is not None else "",
                    "target_para_id": target["para_id"] if target is not None else None,
                    "outcome_year": outcome["report_year"] if outcome is not None else None,
                    "outcome_value": outcome["value"] if outcome is not None else None,
                    "outcome_modifier": outcome["modifier"] if outcome is not None else "",
                    "outcome_sentence": outcome["sentence"] if outcome is not None else "",
                    "outcome_para_id": outcome["para_id"] if outcome is not None else None,
                    "outcome": status,
                    "change": _change(item, target, previous, year - 1 in available),
                }
            )
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("target_para_id", "outcome_year", "outcome_para_id"):
        frame[column] = frame[column].astype("Int64")
    for column in ("target_value", "target_high", "outcome_value"):
        frame[column] = frame[column].astype("float64")
    return frame


def stated_rows(ledger: pd.DataFrame) -> pd.DataFrame:
    """Rows with a target or an outcome (the rest only say a report had nothing on the metric)."""
    return ledger[ledger["target_value"].notna() | ledger["outcome_value"].notna()]


@dataclass(frozen=True)
class LineMarkup:
    """How a ledger line marks its parts: Markdown on the Target ledger page, HTML in the briefing."""

    escape: Callable[[str], str]  # report text and labels, made plain text of the markup
    strong: Callable[[str], str]
    source: Callable[[str], str]  # a citation in its parentheses, set apart


def write_ledger_line(row, data: ReportData, lang: str, markup: LineMarkup) -> str:
    """One year of the ledger (a row of compute_ledger) in words, with both sentences cited."""
    if row.target:
        citation = cite_paragraph(data, lang, row.year, row.target_para_id)
        target = _("target {target} ({change}): {sentence} {source}").format(
            target=markup.escape(row.target),
            change=markup.escape(change_label(row.change)),
            sentence=markup.escape(row.target_sentence),
            source=markup.source(_("({citation})").format(citation=citation)),
        )
    else:
        target = _("no target stated ({change})").format(change=markup.escape(change_label(row.change)))
    if pd.notna(row.outcome_value):
        citation = cite_paragraph(data, lang, row.outcome_year, row.outcome_para_id)
        outcome = _("→ {outcome}: {sentence} {source}").format(
            outcome=markup.strong(markup.escape(outcome_label(row.outcome))),
            sentence=markup.escape(row.outcome_sentence),
            source=markup.source(_("({citation})").format(citation=citation)),
        )
    else:
        outcome = _("→ outcome not reported in the next report")
    return f"{markup.strong(str(row.year))} · {target} {outcome}"
