"""Train the word alignment of the aligned sentence pairs: which English words translate which Chinese words.

    python -m dashboard.pipeline.word_links [--corpus DIR] [--runs 9]

The Bilingual concordance names how a term was rendered from these links (analysis/concordance.py).
They come from eflomal (Östling and Tiedemann 2016: a Bayesian HMM aligner with fertility, trained by
Gibbs sampling), run `--runs` times on every pair of every TMX file; a link is kept when most runs
draw it, which removes most of one run's noise. Sampling is random, so this is not part of the
pipeline's reproducible build: its output, data/alignment/word_links.parquet, is committed, and the
pipeline copies each year's links into the alignment table while that year's TMX checksum is the one
they were trained on (a changed year keeps its sentences and loses only its renderings, with a line
saying so). Re-run it after a TMX file changes, and compare the renderings' figure (python -m dashboard.evaluate)
before committing its output: trained on the pipeline's tokens of 2026-11-30, which keep more slogans whole than the
tokens the committed links were trained on, three trainings named about four points fewer renderings right (README,
"The concordance's renderings"). eflomal is a development dependency (requirements-dev.txt; it compiles with the
machine's C compiler).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.pipeline import alignment, corpus
from dashboard.pipeline.corpus import CorpusError
from dashboard.pipeline.tokens import chinese_tokens
from dashboard.text import TOKEN_SEPARATOR, english_tokens

WORD_LINKS_FILE = config.DATA_DIR / "alignment" / "word_links.parquet"
COLUMNS = ["year", "seq", "tmx_sha256", "zh_tokens", "en_tokens", "links"]
DEFAULT_RUNS = 9


def zh_tokens(sentence: str) -> list[str]:
    """The pipeline's Chinese tokens (slogans whole) of the normalised sentence, spaces dropped."""
    return [token for token in chinese_tokens(sentence) if token.strip()]


def sentence_pairs(tmx_files: dict[int, alignment.TmxFile]) -> pd.DataFrame:
    """Every pair with text on both sides, tokenized: the rows the aligner sees."""
    rows = [
        {
            "year": year,
            "seq": seq,
            "tmx_sha256": tmx.sha256,
            "zh_tokens": TOKEN_SEPARATOR.join(zh_tokens(zh)),
            "en_tokens": TOKEN_SEPARATOR.join(english_tokens(en)),
        }
        for year, tmx in sorted(tmx_files.items())
        for seq, (zh, en) in enumerate(tmx.pairs, start=1)
        if zh and en
    ]
    pairs = pd.DataFrame(rows, columns=COLUMNS[:-1])
    return pairs[(pairs["zh_tokens"] != "") & (pairs["en_tokens"] != "")].reset_index(drop=True)


def majority_links(runs: list[list[str]], needed: int) -> list[str]:
    """Per pair, the links ("zh-en" token indices) that at least `needed` runs drew, in index order."""
    kept = []
    for drawn in zip(*runs, strict=True):
        votes = Counter(link for run in drawn for link in run.split())
        links = sorted((link for link, count in votes.items() if count >= needed), key=_link_order)
        kept.append(" ".join(links))
    return kept


def _link_order(link: str) -> tuple[int, int]:
    zh, en = link.split("-")
    return int(zh), int(en)


def train_links(pairs: pd.DataFrame, runs: int) -> list[str]:
    """eflomal's forward links (each English word to at most one Chinese word), by majority over `runs` runs."""
    from eflomal import Aligner  # a development dependency: only this command needs it

    # eflomal lower-cases its input itself; tokens are given as they are stored.
    source, target = list(pairs["zh_tokens"]), list(pairs["en_tokens"])
    drawn = []
    with tempfile.TemporaryDirectory(prefix="gwr-word-links-") as folder:
        for run in range(runs):
            links_file = Path(folder) / f"links-{run}.txt"
            Aligner().align(source, target, links_filename_fwd=str(links_file))
            drawn.append(links_file.read_text(encoding="utf-8").splitlines())
    return majority_links(drawn, runs // 2 + 1)


def read_word_links(path: Path = WORD_LINKS_FILE) -> pd.DataFrame:
    """The committed links; an empty table (no renderings, nothing else lost) where the file is missing."""
    if not path.is_file():
        return pd.DataFrame(columns=COLUMNS)
    return pd.read_parquet(path, columns=COLUMNS)


def join_word_links(
    aligned: pd.DataFrame,
    checksums: dict[int, str],
    progress: Callable[[str], None],
    path: Path = WORD_LINKS_FILE,
) -> pd.DataFrame:
    """The alignment table with each pair's tokens and word links, taken only from links trained on the
    very TMX file the pair comes from (checksums: year -> SHA-256); a year without them gets none, and a line."""
    links = read_word_links(path)
    fresh = links[links["tmx_sha256"] == links["year"].map(checksums)]
    for year in sorted(set(checksums) - set(fresh["year"])):
        progress(
            f"aligned/GR{year}.tmx: no word links trained on this file, so the concordance names no rendering "
            "for its year; run python -m dashboard.pipeline.word_links"
        )
    columns = fresh[["year", "seq", "zh_tokens", "en_tokens", "links"]].rename(columns={"links": "word_links"})
    return aligned.drop(columns=["zh_tokens", "en_tokens", "word_links"], errors="ignore").merge(
        columns, on=["year", "seq"], how="left"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.pipeline.word_links", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--corpus", type=Path, default=config.DEFAULT_CORPUS_DIR, help="raw corpus (default: %(default)s)"
    )
    parser.add_argument("--out", type=Path, default=WORD_LINKS_FILE, help="output file (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="aligner runs voting on each link (default 9)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        print("error: --runs must be 1 or more", file=sys.stderr)
        return 2
    try:
        tmx_files = {year: alignment.read_tmx(path) for year, path in corpus.alignment_files(args.corpus)}
    except CorpusError as error:
        print(f"error: {'; '.join(error.problems)}", file=sys.stderr)
        return 2
    if not tmx_files:
        print(f"error: {args.corpus}/aligned has no TMX file to align", file=sys.stderr)
        return 2
    pairs = sentence_pairs(tmx_files)
    print(f"aligning {len(pairs):,} sentence pairs of {len(tmx_files)} TMX files, {args.runs} runs", file=sys.stderr)
    pairs["links"] = train_links(pairs, args.runs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    staging = args.out.with_name(f".{args.out.name}.tmp")
    pairs[COLUMNS].to_parquet(staging, index=False, compression="zstd")
    staging.replace(args.out)
    print(f"wrote {args.out}: {len(pairs):,} pairs, {pairs['links'].str.split().str.len().sum():,} links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
