"""python -m dashboard.evaluate: the processed tables against the hand-read gold standard.

Prints precision and recall per field, era and language for key figures (targets and
outcomes), section kinds, rural-connectivity figures and a random sample of target rows,
and the ledger's headline metrics; --write saves the summary the About page shows
(data/processed/evaluation.json). Exits 1 when a figure is below its floor.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.analysis.data import DataUnavailable, ReportData, load_report_data
from dashboard.analysis.evaluation import (
    GOLD_DIR,
    compare_key_figures,
    compare_ledger,
    compare_rural,
    compare_sections,
    compare_targets_sample,
    load_gold,
    report_years_all_right,
    rural_precision,
    summarise_key_figures,
    summarise_sections,
)

EVALUATION_FILE = "evaluation.json"
# The floors the suite holds the data to (tests/test_evaluation.py reads them from here).
FLOORS = {
    "key_figures_precision": 0.97,
    "key_figures_recall": 0.90,
    "main_targets_report_years": 0.90,
    "sections_accuracy_per_era": 0.85,
    "rural_recall": 0.95,
    "targets_sample_all_fields": 0.90,
    "ledger_headline": 0.97,
}


def compute_evaluation(data: ReportData, gold_dir: Path = GOLD_DIR) -> dict:
    """Every figure the command prints, as plain numbers (also what the About page shows)."""
    gold = load_gold(gold_dir)
    figures = compare_key_figures(data.key_figures, gold.key_figures)
    figure_summary = summarise_key_figures(figures)
    sections = compare_sections(data.paragraphs, gold.sections)
    rural = compare_rural(data.targets, gold.rural)
    ledger = compare_ledger(data.key_figures, gold.key_figures)
    result = {
        "key_figures": figure_summary.to_dict("records"),
        "key_figures_total": {
            "gold": int(figures["in_gold"].sum()),
            "found": int(figures["found"].sum()),
            "right": int(figures["right"].sum()),
        },
        "main_targets_report_years": report_years_all_right(figures).to_dict("records"),
        "sections": summarise_sections(sections).to_dict("records"),
        "rural": rural.groupby("lang")[["found", "rural"]].mean().reset_index().to_dict("records"),
        "rural_counts": rural.groupby("lang").size().to_dict(),
        "rural_precision": rural_precision(data.targets, gold.rural).to_dict("records"),
        "ledger": ledger.groupby(["lang", "metric_key"])["right"]
        .agg(["mean", "size"])
        .reset_index()
        .to_dict("records"),
        "gold_rows": {
            "key_figures": len(gold.key_figures),
            "section_reports": int(gold.sections[["lang", "year"]].drop_duplicates().shape[0]),
            "section_paragraphs": int(len(sections)),
            "rural": len(gold.rural),
            "targets_sample": len(gold.targets_sample),
        },
    }
    if not gold.targets_sample.empty:
        sample = compare_targets_sample(data.targets, gold.targets_sample)
        amounts = sample[sample["is_amount"] == "yes"]
        field_columns = [column for column in sample.columns if column.endswith("_right")]
        result["targets_sample"] = {
            "rows": len(sample),
            "amounts": len(amounts),
            "found": float(amounts["found"].mean()),
            "all_fields_right": float(amounts["right"].fillna(False).mean()),
            "fields": {
                column.removesuffix("_right"): float(amounts[column].fillna(False).mean()) for column in field_columns
            },
        }
    result["below_floor"] = below_floor(result)
    return result


def _lowest(records: list[dict], field: str) -> float:
    values = [record[field] for record in records if not math.isnan(record[field])]
    return min(values) if values else float("nan")


def headline_figures(result: dict) -> dict[str, float]:
    """The figure each floor applies to."""
    figures = [record for record in result["key_figures"] if record["era"] == "all"]
    total = result["key_figures_total"]
    headline = {
        "key_figures_precision": total["right"] / total["found"] if total["found"] else float("nan"),
        "key_figures_recall": total["right"] / total["gold"] if total["gold"] else float("nan"),
        "main_targets_report_years": _lowest(result["main_targets_report_years"], "mean"),
        "sections_accuracy_per_era": _lowest([r for r in result["sections"] if r["era"] != "all"], "accuracy"),
        "rural_recall": _lowest(result["rural"], "found"),
        "ledger_headline": _lowest(result["ledger"], "mean"),
    }
    del figures
    if "targets_sample" in result:
        headline["targets_sample_all_fields"] = result["targets_sample"]["all_fields_right"]
    return headline


def below_floor(result: dict) -> list[str]:
    return [
        f"{name}: {value:.3f} < floor {FLOORS[name]:.2f}"
        for name, value in headline_figures(result).items()
        if not (value >= FLOORS[name])
    ]


def _print_table(title: str, frame: pd.DataFrame) -> None:
    print(f"\n## {title}")
    print(frame.to_string(index=False, float_format=lambda x: f"{x:.3f}"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--processed", type=Path, default=None, help="processed tables (default: data/processed)")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="gold standard folder (default: data/gold)")
    parser.add_argument("--write", action="store_true", help=f"save the summary as {EVALUATION_FILE} beside the tables")
    parser.add_argument("--errors", action="store_true", help="list every key figure that is wrong or missing")
    args = parser.parse_args(argv)
    try:
        data = load_report_data(args.processed)
    except DataUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    result = compute_evaluation(data, args.gold)
    _print_table("Key figures (targets and outcomes): precision and recall", pd.DataFrame(result["key_figures"]))
    _print_table(
        "Report-years whose main annual targets are all right", pd.DataFrame(result["main_targets_report_years"])
    )
    _print_table("Section kind per paragraph", pd.DataFrame(result["sections"]))
    _print_table("Rural-connectivity figures: found / labelled rural", pd.DataFrame(result["rural"]))
    _print_table(
        "Rows labelled rural connectivity that are a hand-read rural figure", pd.DataFrame(result["rural_precision"])
    )
    _print_table("Ledger headline metrics: target and outcome right", pd.DataFrame(result["ledger"]))
    if "targets_sample" in result:
        print("\n## Random sample of target rows read by hand")
        print(json.dumps(result["targets_sample"], indent=1))
    if args.errors:
        figures = compare_key_figures(data.key_figures, load_gold(args.gold).key_figures)
        wrong = figures[~figures["right"]]
        columns = [
            "lang",
            "role",
            "report_year",
            "metric_key",
            "value_gold",
            "value_found",
            "modifier_gold",
            "modifier_found",
            "para_id_gold",
            "para_id_found",
        ]
        _print_table("Wrong or missing key figures", wrong[columns])
    print("\n## Floors")
    for name, value in headline_figures(result).items():
        print(f"{name}: {value:.3f} (floor {FLOORS[name]:.2f})")
    if args.write:
        out = (args.processed or config.processed_dir()) / EVALUATION_FILE
        out.write_text(json.dumps(result, indent=1, ensure_ascii=False, default=float) + "\n", encoding="utf-8")
        print(f"\nwrote {out}")
    if result["below_floor"]:
        print("\nbelow floor: " + "; ".join(result["below_floor"]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
