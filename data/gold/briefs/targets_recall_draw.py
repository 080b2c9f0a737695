"""Draw figures from the reports' text, not from the targets table, to measure what the table holds (its recall).

    python data/gold/briefs/targets_recall_draw.py SEED PER_STRATUM OUT.csv [DRAWN.csv]

A figure is any maximal run of digits (ASCII or full-width, with , . ， ． inside; with the 万/亿 or
million/billion after it), in Chinese any run of Chinese numerals (with 点) of two or more characters or one before
倍/成, and in English any run of number words that holds hundred/thousand/million/billion/trillion or a cardinal from
ten up. Strata: the Chinese reports by era and the English ones; uniform over the figures of each stratum's paragraphs
(every paragraph of every report, as the corpus has it; para_id as in data/processed), leaving out the figures an
earlier draw took (DRAWN.csv: its lang, year, para_id and start). data/gold/targets_recall.csv holds two draws: the
first with seed 411 and 60 per stratum, the second with seed 412 and 60 per stratum leaving out the first's; the readers
read the rows it writes (brief: targets_recall.md). The standard library only: the draw does not depend on the
project's code.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus"
DIGITS = r"[0-9０-９]+(?:[,，.．][0-9０-９]+)*"
NUMERALS = "〇零一二三四五六七八九十百千万亿两"
ZH_FIGURE = re.compile(rf"{DIGITS}(?:[万亿]+)?|[{NUMERALS}][{NUMERALS}点]*[{NUMERALS}]|[{NUMERALS}](?=[倍成])")
# The number words are written out here, not imported from dashboard.pipeline.quantities (which has the same list): what
# is drawn must not depend on the extractor it measures.
TENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
]
UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "a"]
EN_WORDS = rf"(?:(?:{'|'.join(UNITS + TENS)})(?:[- ](?:and )?)?)*(?:{'|'.join(TENS)})\b"
EN_FIGURE = re.compile(rf"{DIGITS}(?:[- ](?:hundred|thousand|million|billion|trillion))*|\b{EN_WORDS}", re.IGNORECASE)
STRATA = (("en", 2008, 2022), ("zh", 1954, 1977), ("zh", 1978, 1992), ("zh", 1993, 2012), ("zh", 2013, 2026))
CONTEXT = 60


def paragraphs(path: Path) -> list[tuple[int, str]]:
    """A report's paragraphs with their para_id: the non-empty stripped lines, numbered from 1."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return list(enumerate((line for line in lines if line), start=1))


def figures_of(lang: str, low: int, high: int) -> list[tuple]:
    """Every figure of a stratum: (lang, year, para_id, start, end, figure, paragraph)."""
    pattern = ZH_FIGURE if lang == "zh" else EN_FIGURE
    found = []
    for path in sorted((CORPUS / lang).glob("*.txt")):
        if low <= int(path.stem) <= high:
            for para_id, text in paragraphs(path):
                found += [
                    (lang, int(path.stem), para_id, match.start(), match.end(), match.group(), text)
                    for match in pattern.finditer(text)
                    if match.group().strip()
                ]
    return found


def drawn_before(path: Path | None) -> set[tuple[str, int, int, int]]:
    """The figures an earlier draw took, by language, year, paragraph and where in it the draw fell."""
    if path is None:
        return set()
    with path.open(encoding="utf-8") as handle:
        return {
            (row["lang"], int(row["year"]), int(row["para_id"]), int(row["start"])) for row in csv.DictReader(handle)
        }


def draw(seed: int, per_stratum: int, before: set[tuple[str, int, int, int]]) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for lang, low, high in STRATA:
        pool = [figure for figure in figures_of(lang, low, high) if figure[:4] not in before]
        chosen = rng.sample(pool, per_stratum)
        for lang_, year, para_id, start, end, figure, text in sorted(chosen, key=lambda row: row[:4]):
            rows.append(
                {
                    "item": len(rows) + 1,
                    "lang": lang_,
                    "year": year,
                    "para_id": para_id,
                    "start": start,
                    "drawn": figure,
                    "stratum": f"{lang} {low}–{high}",
                    "in_context": f"{text[max(0, start - CONTEXT) : start]}⟦{figure}⟧{text[end : end + CONTEXT]}",
                }
            )
    return rows


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    rows = draw(int(argv[0]), int(argv[1]), drawn_before(Path(argv[3]) if len(argv) == 4 else None))
    with open(argv[2], "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
