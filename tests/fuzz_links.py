"""Generated links against every page, from the app's own page and filter tables.

    python -m tests.fuzz_links --links 10000 [--seed 1] [--workers 2]

Each link opens one page of the navigation. Each control of the page (dashboard/filters.py) is left
out, given a valid value, emptied, or given hostile text; other pages' controls and unknown
parameters are mixed in. Then every combination of emptied selections is tried on every page, with
and without a search (the shape of the one traceback a fuzz has found: no section and a search).
Every link must render its page: a title, no exception, no HTML from Markdown, and a notice naming
each unknown parameter. Prints the counts and each failing link; exits 1 if any failed.
The suite runs a short run of the same generator (tests/test_reliability.py).
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import random
import sys
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from dashboard.analysis.data import ReportData, load_report_data
from dashboard.filters import FILTERS, filters_of
from dashboard.i18n import UI_LANGUAGES, _, using
from dashboard.serve import app_on_page
from dashboard.views.navigation import PAGES

HOSTILE = (
    "",
    "(",
    ".*",
    "[a-",
    "\\",
    "$x$",
    "**",
    ":red[x]",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "光纤" * 5000,
    "😀🇨🇳",
    "\u202eevil\u202c",
    "\u200f",
    "ＡＢＣ１２３",
    "互联网+ and Internet Plus",
    "%00",
    "2016",
    "-1",
    "99999",
    "中文",
    "English",
    "Internet Plus",
    "Review of last year",
)
UNKNOWN = ("zzz", "page", "utm_source", "ref")
Link = tuple[str, dict[str, list[str]]]


def valid_values(spec, data: ReportData, rng: random.Random) -> list[str]:
    """A value the control can hold, as a link writes it."""
    if spec.widget == "text":
        return [rng.choice(["光纤", "互联网+", "broadband", "小康", "a", "Internet Plus"])]
    if spec.widget in ("slider", "number"):
        low, high = spec.bounds
        return [str(rng.randint(low, min(high, 400)))]
    if spec.pattern is not None:
        return [rng.choice(["2016 ¶60", "2017 ¶75", "1954 ¶1"])]
    written = sorted(spec.written(data))
    if spec.multiple:
        return rng.sample(written, rng.randint(1, min(4, len(written))))
    return [rng.choice(written)]


def random_link(data: ReportData, rng: random.Random) -> Link:
    page = rng.choice(PAGES).path
    params: dict[str, list[str]] = {}
    for spec in filters_of(page) + tuple(rng.sample(FILTERS, 2)):
        choice = rng.random()
        if choice < 0.4:
            continue
        if choice < 0.75:
            params[spec.key] = valid_values(spec, data, rng)
        elif choice < 0.85:
            params[spec.key] = [""]
        else:
            params[spec.key] = [rng.choice(HOSTILE) for _draw in range(rng.randint(1, 2))]
    if rng.random() < 0.15:
        params[rng.choice(UNKNOWN)] = [rng.choice(HOSTILE) or "1"]
    return page, params


def empty_selection_links() -> Iterator[Link]:
    """Every page with every combination of its multiple-choice controls emptied, with and without a search."""
    for page in PAGES:
        choices = [spec.key for spec in filters_of(page.path) if spec.multiple]
        for size in range(len(choices) + 1):
            for emptied in itertools.combinations(choices, size):
                for search in ([], ["x"]):
                    params = {key: [""] for key in emptied} | ({"q": search} if search else {})
                    yield page.path, params


def generated_links(count: int, seed: int, data: ReportData) -> list[Link]:
    rng = random.Random(seed)
    return list(empty_selection_links()) + [random_link(data, rng) for _link in range(count)]


def problems(page: str, params: dict[str, list[str]]) -> list[str]:
    """What is wrong with the page this link opens (empty if nothing)."""
    at = app_on_page(page, {key: [value.replace("\x00", "") for value in values] for key, values in params.items()})
    found = [f"exception: {exception.message}" for exception in at.exception]
    if not at.title:
        found.append("no title")
    if any(element.proto.allow_html for element in at.markdown):
        found.append("HTML from Markdown")
    warnings = " ".join(warning.value for warning in at.warning)
    for key in params:
        # The notice is in the interface language the link opens in (named by ui=, or by its labels).
        notices = set()
        for language in UI_LANGUAGES:
            with using(language):
                notices.add(_("unknown parameter “{key}”").format(key=key))
        if key in UNKNOWN and params[key] and not any(notice in warnings for notice in notices):
            found.append(f"no notice for the unknown parameter {key}")
    return found


def _check(link: Link) -> tuple[Link, list[str]]:
    return link, problems(*link)


def link_text(link: Link) -> str:
    page, params = link
    query = urllib.parse.urlencode([(key, value[:60]) for key, values in params.items() for value in values])
    return f"/{page}?{query}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=10_000, help="random links, beside the empty selections")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1, help="processes (each runs the app in AppTest)")
    args = parser.parse_args(argv)
    links = generated_links(args.links, args.seed, load_report_data())
    started, failures, done = time.monotonic(), [], 0
    # By its module's name, not __main__'s: a worker process imports it by that name (and AppTest runs
    # the app as __main__).
    from tests.fuzz_links import _check as check

    with ProcessPoolExecutor(args.workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        checked = pool.map(check, links, chunksize=20) if args.workers > 1 else map(check, links)
        for link, found in checked:
            done += 1
            if found:
                failures.append((link, found))
                print(f"FAIL {link_text(link)}: {'; '.join(found)}", flush=True)
            if done % 500 == 0:
                print(f"{done:,} of {len(links):,} links, {len(failures)} failing", flush=True)
    pages = len({page for page, _ in links})
    print(
        f"{len(links):,} links ({args.links:,} random, seed {args.seed}; {len(links) - args.links} empty selections) "
        f"over {pages} pages in {time.monotonic() - started:.0f} s: {len(failures)} failing"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
