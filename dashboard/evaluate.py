"""python -m dashboard.evaluate: the processed tables against the hand-read gold standard.

Prints precision and recall per field, era and language for key figures (targets and
outcomes), section kinds, rural-connectivity figures, a random sample of target rows and
figures drawn at random from the texts (the targets table's recall), the ledger's headline
metrics, the theme checks and the concordance's renderings. The pipeline saves the same
summary beside the tables (data/processed/evaluation.json) for the About page. Exits 1 when
a figure is below its floor.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from dashboard.analysis.data import DataUnavailable, load_report_data
from dashboard.analysis.evaluation import (
    FLOORS,
    GOALS,
    GOLD_DIR,
    compare_key_figures,
    compare_readers,
    compare_sections,
    compare_targets_recall,
    compute_evaluation,
    headline_figures,
    load_gold,
    section_misses,
)
from dashboard.analysis.rendering_checks import compare_renderings, named_renderings
from dashboard.cli import fail


def _print_table(title: str, frame: pd.DataFrame) -> None:
    print(f"\n## {title}")
    print(frame.to_string(index=False, float_format=lambda x: f"{x:.3f}"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--processed", type=Path, default=None, help="processed tables (default: data/processed)")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="gold standard folder (default: data/gold)")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list what is wrong: key figures (and missing ones), paragraphs of the wrong section, renderings",
    )
    args = parser.parse_args(argv)
    try:
        data = load_report_data(args.processed)
    except DataUnavailable as error:
        return fail(str(error))
    gold = load_gold(args.gold)
    result = compute_evaluation(data, gold)
    if not result["applies"]:
        print(
            "no report in these tables was built from the texts the gold standard was read from (data/gold/inputs.csv)"
        )
        return 0
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
    if "targets_recall" in result:
        recall = result["targets_recall"]
        print(
            f"\n## Figures drawn at random from the reports' text: {recall['amounts']} amounts of {recall['figures']}, "
            f"{recall['found']:.3f} in the targets table; {recall['not_amounts_kept']} of the other "
            f"{recall['not_amounts']} read as amounts"
        )
        _print_table("Figures drawn from the text: amounts the targets table holds", pd.DataFrame(recall["by_era"]))
    if "theme_hits" in result:
        _print_table("Theme hits read by hand: share right per theme and language", pd.DataFrame(result["theme_hits"]))
    if "theme_languages" in result:
        _print_table("Themes on aligned pairs: found in both languages or one", pd.DataFrame(result["theme_languages"]))
    if "renderings" in result:
        print("\n## Bilingual concordance: renderings named against the official ones read by hand")
        print(json.dumps(result["renderings"], indent=1))
    if args.errors:
        gold = gold.for_documents(data.documents)
        figures = compare_key_figures(data.key_figures, gold.key_figures)
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
        sections = compare_sections(data.paragraphs, gold.sections)
        misses = section_misses(sections, compare_readers(gold.sections_first, gold.sections_second))
        _print_table("Paragraphs whose section kind is not the hand-read one (runs of neighbours)", misses)
        if not gold.targets_recall.empty:
            drawn = compare_targets_recall(data.targets, gold.targets_recall)
            missed = drawn[(drawn["is_amount"] & ~drawn["found"]) | drawn["kept"]]
            _print_table(
                "Figures drawn from the text: amounts the table misses, other figures it reads as amounts", missed
            )
        if not gold.renderings.empty:
            named = named_renderings(data.alignment, gold.renderings["term"])
            renderings = compare_renderings(gold.renderings, named)
            _print_table("Renderings not the official one", renderings[~renderings["right"]])
    print("\n## Headline figures: measured, floor (the suite fails below it), goal")
    for name, value in headline_figures(result).items():
        print(f"{name}: {value:.3f} (floor {FLOORS[name]:.2f}, goal {GOALS[name]:.2f})")
    if result["below_floor"]:
        print("\nbelow floor: " + "; ".join(result["below_floor"]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
