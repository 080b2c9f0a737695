"""python -m dashboard.ledger: the target ledger as CSV (the rows the Target ledger page downloads).

    python -m dashboard.ledger --lang zh
    python -m dashboard.ledger --lang en --metric gdp_growth

One row per tracked metric and year with a report in that language: the target, the outcome
the next report gives for that year, met / missed, and the change against the year before,
with the paragraph of each.
"""

from __future__ import annotations

import argparse
import sys

from dashboard.analysis.ledger import compute_ledger
from dashboard.cli import USAGE_ERROR, fail, language_problem, load_data
from dashboard.vocabulary import metric_keys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.ledger", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh", help="zh or en (default zh)")
    parser.add_argument("--metric", help="one metric key (default: every tracked metric)")
    args = parser.parse_args(argv)
    tracked = metric_keys(ledger_only=True)
    if problem := language_problem(args.lang):
        return fail(problem)
    if args.metric is not None and args.metric not in tracked:
        return fail(f"unknown metric {args.metric!r}; use one of: {', '.join(tracked)}")
    data = load_data()
    if data is None:
        return USAGE_ERROR
    years = data.years(args.lang)
    ledger = compute_ledger(data.key_figures, years, args.lang, years, [args.metric] if args.metric else None)
    ledger.to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
