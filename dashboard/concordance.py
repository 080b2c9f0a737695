"""python -m dashboard.concordance: a term's rendering in the other language, year by year, as CSV.

    python -m dashboard.concordance 光纤 --lang zh
    python -m dashboard.concordance "Internet Plus" --lang en --years 2015-2020

The rows of the Bilingual concordance page's table: year, the rendering found in the word
alignment, how many aligned sentences of that year contain the term, and how many of their
translations contain the rendering. A year whose sentences link no word to the term names the
term's recurring rendering where most of them hold it, and otherwise has an empty rendering: the
evidence is too thin to name one. How often the rendering is the official
one is measured (README: How far to trust the facts).
"""

from __future__ import annotations

import argparse
import re
import sys

from dashboard.analysis.concordance import concordance_of, in_years
from dashboard.cli import USAGE_ERROR, fail, language_problem, load_data

YEAR_SPAN = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.concordance", description=__doc__.splitlines()[0])
    parser.add_argument("term", help="the term, in the language given by --lang")
    parser.add_argument("--lang", default="zh", help="the term's language: zh or en (default zh)")
    parser.add_argument("--years", help="a year or a span such as 2015-2020 (default: every aligned year)")
    args = parser.parse_args(argv)
    if problem := language_problem(args.lang):
        return fail(problem)
    span = YEAR_SPAN.match(args.years or "")
    if args.years and not span:
        return fail(f"--years {args.years!r} is not a year or a span like 2015-2020")
    if not args.term.strip():
        return fail("the term is empty")
    data = load_data()
    if data is None:
        return USAGE_ERROR
    _, renderings = concordance_of(data.alignment, args.term, args.lang)
    if span:
        first, last = int(span.group(1)), int(span.group(2) or span.group(1))
        renderings = in_years(renderings, range(first, last + 1))
    renderings.to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
