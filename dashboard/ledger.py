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

from dashboard import config
from dashboard.analysis.data import DataUnavailable, load_report_data
from dashboard.analysis.ledger import compute_ledger
from dashboard.vocabulary import metric_keys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.ledger", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh", help="zh or en (default zh)")
    parser.add_argument("--metric", help="one metric key (default: every tracked metric)")
    args = parser.parse_args(argv)
    tracked = metric_keys(ledger_only=True)
    if args.lang not in config.LANGUAGES:
        print(f"error: unknown language {args.lang!r}; use one of: {', '.join(config.LANGUAGES)}", file=sys.stderr)
        return 2
    if args.metric is not None and args.metric not in tracked:
        print(f"error: unknown metric {args.metric!r}; use one of: {', '.join(tracked)}", file=sys.stderr)
        return 2
    try:
        data = load_report_data()
    except DataUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    years = data.years(args.lang)
    ledger = compute_ledger(data.key_figures, years, args.lang, years, [args.metric] if args.metric else None)
    ledger.to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
