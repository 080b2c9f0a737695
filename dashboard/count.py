"""Command line: python -m dashboard.count TERM [TERM ...] [--lang zh|en].

Prints CSV `year,term,occurrences` for every year with a report in that language,
counted exactly as the dashboard's Trends page counts (same function, same data).
"""

from __future__ import annotations

import argparse
import os
import sys

from dashboard.analysis.counts import compute_term_occurrences
from dashboard.cli import USAGE_ERROR, fail, load_data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.count",
        description="Occurrences of terms per year in the processed reports, as CSV (year,term,occurrences).",
    )
    parser.add_argument("terms", nargs="+", metavar="TERM", help="literal Chinese text, or English word/phrase")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language (default: zh)")
    args = parser.parse_args(argv)
    data = load_data()
    if data is None:
        return USAGE_ERROR
    terms = list(dict.fromkeys(term.strip() for term in args.terms if term.strip()))
    if not terms:
        return fail("give at least one non-empty TERM")
    # The command's CSV stays year, term, occurrences: counts to check against the raw text.
    table = compute_term_occurrences(data.year_texts(args.lang), terms, args.lang, data.years(args.lang))[
        ["year", "term", "occurrences"]
    ]
    try:
        table.sort_values(["year", "term"], kind="stable").to_csv(sys.stdout, index=False, lineterminator="\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early: not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's exit flush quiet
    return 0


if __name__ == "__main__":
    sys.exit(main())
