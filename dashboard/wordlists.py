"""python -m dashboard.wordlists: the word lists the corpus itself decides, written for review.

- data/lexicon/slogans_quoted_zh.txt: the reports mark a new slogan by quoting it (“互联网+”,
  “三去一降一补”, “放管服”); each quoted phrase jieba would cut, with its first year and the number
  of reports quoting it. The tokenizer keeps them whole, beside the hand list slogans_zh.txt.
- data/lexicon/proper_nouns_en.txt: the English words the translations capitalise inside a
  sentence (China, Internet, Plus, GDP); the terms table keeps their case, every other word is
  lower-cased, so "China" is one term wherever it stands and "We" at a sentence start is "we".

Without --write it prints what would change. Review the diff before committing it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from dashboard import config
from dashboard.cli import fail
from dashboard.pipeline import corpus
from dashboard.pipeline.tokens import chinese_tokenizer, english_sentence_tokens
from dashboard.text import normalise

QUOTED = re.compile(r"“([^”]{2,12})”")
# A phrase worth keeping whole: Han characters, no list punctuation (“调整、巩固、充实、提高” is
# four words), and not a bare numeral or plan number ("八七" would split the year 一九八七年).
HAS_HAN = re.compile(r"[\u4e00-\u9fff]")
PUNCTUATION = re.compile(r"[、,，。;；:：!！?？()（）《》<>\s\"'“”·]")
NUMERAL_ONLY = re.compile(r"^[〇零一二三四五六七八九十百千两\d]+$")
QUOTED_HEADER = (
    "# Phrases the reports put in quotation marks, kept whole by the tokenizer.\n"
    "# Written by `python -m dashboard.wordlists --write` from ../shared/corpus/zh; do not edit by hand\n"
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
    return QUOTED_HEADER + "".join(f"{phrase}\t{found[0]}\t{len(found)}\n" for phrase, found in rows)


# Capitalised in two thirds of its places inside a sentence: Internet (58 of 76), Plus (27 of 35), Belt
# and Road, Party; not State (77 of 180) or Plan, which the translations capitalise only in names.
PROPER_SHARE = 2 / 3
PROPER_HEADER = (
    "# English words the translations capitalise inside a sentence; the terms table keeps their case.\n"
    "# Written by `python -m dashboard.wordlists --write` from ../shared/corpus/en; do not edit by hand.\n"
)


def proper_nouns(texts: dict[int, str]) -> list[str]:
    """Words written capitalised in most of their places away from a sentence's start, over all reports."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts.values():
        for words in english_sentence_tokens(text):
            for word in words[1:]:
                if word[:1].isalpha():
                    forms[word.lower()][word] += 1
    proper = []
    for lower, seen in forms.items():
        form, count = seen.most_common(1)[0]
        if form != lower and count >= PROPER_SHARE * sum(seen.values()):
            proper.append(form)
    return sorted(proper, key=str.lower)


def proper_nouns_file_text(words: list[str]) -> str:
    return PROPER_HEADER + "".join(f"{word}\n" for word in words)


def read_corpus_texts(corpus_dir: Path, lang: str = "zh") -> dict[int, str]:
    problems: list[str] = []
    found = corpus.discover_reports(corpus_dir, lang, problems)
    if problems:
        raise corpus.CorpusError(*problems)
    # Read as the pipeline reads them: decoded and checked, so a broken file is named the same way.
    return {year: corpus.read_report(path, lang, year).text for year, path in found}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.wordlists", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=config.DEFAULT_CORPUS_DIR, help="corpus folder with zh/ and en/")
    parser.add_argument("--write", action="store_true", help="write the lists into data/lexicon")
    options = parser.parse_args(argv)
    try:
        lists = {
            config.QUOTED_SLOGANS_ZH: slogan_file_text(quoted_phrases(read_corpus_texts(options.corpus, "zh"))),
            config.PROPER_NOUNS_EN: proper_nouns_file_text(proper_nouns(read_corpus_texts(options.corpus, "en"))),
        }
    except (OSError, corpus.CorpusError) as error:
        fail(str(error))
        return 1
    for path, text in lists.items():
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        old, new = set(current.splitlines()), set(text.splitlines())
        entries = sum(1 for line in new if not line.startswith("#"))
        print(f"{path.name}: {len(new - old)} lines new, {len(old - new)} gone, {entries} entries")
        if options.write:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
