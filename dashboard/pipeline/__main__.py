"""Command line: python -m dashboard.pipeline [--corpus DIR] [--out DIR]."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard import config
from dashboard.pipeline.build import build
from dashboard.pipeline.corpus import CorpusError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.pipeline",
        description="Build the processed report tables from a raw corpus folder (zh/, en/, aligned/, SOURCES.tsv).",
    )
    parser.add_argument(
        "--corpus", type=Path, default=config.DEFAULT_CORPUS_DIR, help="raw corpus folder (default: %(default)s)"
    )
    parser.add_argument("--out", type=Path, default=config.PROCESSED_DIR, help="output folder (default: %(default)s)")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args(argv)

    def progress(line: str) -> None:
        if not args.quiet:
            print(line, file=sys.stderr, flush=True)

    try:
        result = build(args.corpus, args.out, progress)
    except CorpusError as error:
        *first, last = error.problems
        for problem in first:
            print(f"error: {problem}", file=sys.stderr)
        print(f"error: {last}. Nothing was written; {args.out} is unchanged.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"interrupted. Nothing was written; {args.out} is unchanged.", file=sys.stderr)
        return 130
    counts = ", ".join(f"{name} {rows:,}" for name, rows in result.rows.items())
    print(
        f"built {args.out} in {result.seconds:.1f}s: {len(result.rebuilt)} documents processed, "
        f"{len(result.reused)} unchanged and reused; rows: {counts}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
