"""python -m dashboard.slogans: the phrases the reports put in quotation marks, as a slogan list.

The reports mark a new slogan by quoting it (“互联网+”, “三去一降一补”, “放管服”). This command
reads every Chinese report and writes data/lexicon/slogans_quoted_zh.txt (phrase, first year,
number of reports), which the tokenizer keeps whole alongside the hand list slogans_zh.txt.
Without --write it prints what would change. Review the diff before committing it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from dashboard import config
from dashboard.pipeline import corpus
from dashboard.pipeline.tokens import chinese_tokenizer
from dashboard.text import normalise

QUOTED = re.compile(r"“([^”]{2,12})”")
# A phrase worth keeping whole: Han characters, no list punctuation (“调整、巩固、充实、提高” is
# four words), and not a bare numeral or plan number ("八七" would split the year 一九八七年).
HAS_HAN = re.compile(r"[\u4e00-\u9fff]")
PUNCTUATION = re.compile(r"[、,，。;；:：!！?？()（）《》<>\s\"'“”·]")
NUMERAL_ONLY = re.compile(r"^[〇零一二三四五六七八九十百千两\d]+$")
HEADER = (
    "# Phrases the reports put in quotation marks, kept whole by the tokenizer.\n"
    "# Written by `python -m dashboard.slogans --write` from ../shared/corpus/zh; do not edit by hand\n"
    "# (add a slogan to slogans_zh.txt instead). Columns: phrase, first report, reports quoting it.\n"
)


def quoted_phrases(texts: dict[int, str]) -> dict[str, list[int]]:
    """Each quoted phrase jieba would cut, with the years of the reports that quote it.

    A phrase jieba already keeps whole (保护, 改革开放) is left to jieba: forcing a common word
    everywhere would only cut the compounds it is part of (环境保护).
    """
    years: dict[str, set[int]] = defaultdict(set)
    for year, text in texts.items():
        for match in QUOTED.finditer(normalise(text)):
            phrase = match.group(1)
            if HAS_HAN.search(phrase) and not PUNCTUATION.search(phrase) and not NUMERAL_ONLY.match(phrase):
                years[phrase].add(year)
    jieba = chinese_tokenizer()
    return {phrase: sorted(found) for phrase, found in years.items() if jieba.lcut(phrase) != [phrase]}


def slogan_file_text(phrases: dict[str, list[int]]) -> str:
    rows = sorted(phrases.items(), key=lambda item: (item[1][0], item[0]))
    return HEADER + "".join(f"{phrase}\t{found[0]}\t{len(found)}\n" for phrase, found in rows)


def read_corpus_texts(corpus_dir: Path) -> dict[int, str]:
    problems: list[str] = []
    found = corpus.discover_reports(corpus_dir, "zh", problems)
    if problems:
        raise corpus.CorpusError(*problems)
    return {year: path.read_text(encoding="utf-8") for year, path in found}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.slogans", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=config.DEFAULT_CORPUS_DIR, help="corpus folder with zh/")
    parser.add_argument("--write", action="store_true", help=f"write {config.QUOTED_SLOGANS_ZH.name}")
    options = parser.parse_args(argv)
    try:
        text = slogan_file_text(quoted_phrases(read_corpus_texts(options.corpus)))
    except (OSError, corpus.CorpusError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    current = config.QUOTED_SLOGANS_ZH.read_text(encoding="utf-8") if config.QUOTED_SLOGANS_ZH.is_file() else ""
    old, new = set(current.splitlines()), set(text.splitlines())
    print(
        f"{len(new - old)} lines new, {len(old - new)} gone, {sum(1 for line in new if not line.startswith('#'))} phrases"
    )
    if options.write:
        config.QUOTED_SLOGANS_ZH.write_text(text, encoding="utf-8")
        print(f"wrote {config.QUOTED_SLOGANS_ZH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
