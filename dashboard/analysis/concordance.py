"""Bilingual concordance: how a term was rendered in the other language, year by year.

Sentences come from the aligned TMX pairs (2008–2022). The rendering is found, not assumed:
the n-gram of the other language most distinctive of the sentences that contain the term
(log-odds with an informative prior against all aligned sentences, see keyness), chosen per
year among n-grams present in most of that year's sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.data import ReportData
from dashboard.analysis.keyness import compute_log_odds
from dashboard.lexicon import load_stopwords
from dashboard.themes import source_pattern
from dashboard.vocabulary import MAX_TEXT_CHARS

EN_WORD = re.compile(r"[A-Za-z][A-Za-z+'-]*|\d+(?:\.\d+)?")
HAN_RUN = re.compile(r"[\u4e00-\u9fff+]+")
CLOSE_TO_BEST = 0.8
COMMON_SHARE = 0.2  # a word in more than a fifth of aligned sentences is context, not a rendering
COLUMNS = ["year", "seq", "zh_sentence", "en_sentence", "zh_para_id", "en_para_id"]


def sentence_ngrams(sentence: str, lang: str) -> set[str]:
    """Distinct candidate renderings in a sentence: English 1–4 word n-grams, Chinese 2–6 character n-grams."""
    grams: set[str] = set()
    if lang == "en":
        stopwords = load_stopwords("en")
        words = [word.lower() for word in EN_WORD.findall(sentence)]
        for size in range(1, 5):
            for start in range(len(words) - size + 1):
                gram = words[start : start + size]
                if gram[0] not in stopwords and gram[-1] not in stopwords:
                    grams.add(" ".join(gram))
        return grams
    for run in HAN_RUN.findall(sentence):
        for size in range(2, 7):
            grams.update(run[start : start + size] for start in range(len(run) - size + 1))
    return grams


@dataclass(frozen=True)
class Background:
    """In how many aligned sentences of one language each n-gram occurs, and how many sentences there are."""

    counts: Counter[str]
    sentences: int


def background_counts(alignment: pd.DataFrame, lang: str) -> Background:
    column = "en_sentence" if lang == "en" else "zh_sentence"
    counts: Counter[str] = Counter()
    sentences = alignment[column].dropna()
    for sentence in sentences:
        counts.update(sentence_ngrams(sentence, lang))
    return Background(counts, len(sentences))


def _trim(gram: str, background: Background, lang: str) -> str:
    """Drop leading and trailing English words found in many aligned sentences: context, not rendering."""
    if lang != "en":
        return gram
    words = gram.split()
    stopwords = load_stopwords("en")
    common = {
        word
        for word in words
        if word in stopwords or background.counts.get(word, 0) > COMMON_SHARE * background.sentences
    }
    while words and words[0] in common:
        words.pop(0)
    while words and words[-1] in common:
        words.pop()
    return " ".join(words)


def compute_concordance(alignment: pd.DataFrame, term: str, term_lang: str) -> pd.DataFrame:
    """Aligned pairs whose sentence in term_lang contains the term (theme counting rule) and that have a translation."""
    term = term.strip()[:MAX_TEXT_CHARS]
    if not term:
        return pd.DataFrame(columns=COLUMNS)
    source, target = ("zh_sentence", "en_sentence") if term_lang == "zh" else ("en_sentence", "zh_sentence")
    pattern = source_pattern(term, term_lang)
    pairs = alignment[alignment[source].notna() & alignment[target].notna()]
    found = pairs[pairs[source].map(lambda sentence: bool(pattern.search(sentence)))]
    return found[COLUMNS].sort_values(["year", "seq"], ignore_index=True)


# A rendering must recur: found in at least this many of the term's sentences, over all the years.
MIN_SUPPORT = 2


def compute_renderings(concordance: pd.DataFrame, background: Background, term_lang: str) -> pd.DataFrame:
    """Per year: the most distinctive rendering present in at least half of that year's sentences."""
    other = "en" if term_lang == "zh" else "zh"
    column = "en_sentence" if other == "en" else "zh_sentence"
    columns = ["year", "rendering", "sentences", "with_rendering", "z"]
    if concordance.empty:
        return pd.DataFrame(columns=columns)
    grams = concordance[column].map(lambda sentence: sentence_ngrams(sentence, other))
    focus = Counter(gram for sentence_grams in grams for gram in sentence_grams)
    everything = pd.Series(background.counts)
    reference = everything - pd.Series(focus).reindex(everything.index, fill_value=0)
    scores = compute_log_odds(pd.Series(focus), reference.clip(lower=0)).set_index("term")["z"]
    rows = []
    for year, year_grams in grams.groupby(concordance["year"]):
        present = Counter(gram for sentence_grams in year_grams for gram in sentence_grams)
        candidates = [gram for gram, count in present.items() if count * 2 >= len(year_grams)]
        if not candidates:
            continue
        top = max(scores.get(gram, 0.0) for gram in candidates)
        # "internet plus" over "plus": the longest candidate scoring close to the best names the rendering,
        # once words common to all sentences ("advance", "work") are trimmed from its ends.
        leader = max(candidates, key=lambda gram: scores.get(gram, 0.0))
        # A longer phrase found in every sentence the best one is in says more ("internet plus" over "internet").
        # (In a year with one sentence every phrase of it is "in every sentence": no evidence, no extension.)
        extended = [
            gram for gram in candidates if len(year_grams) > 1 and leader in gram and present[gram] == present[leader]
        ]
        close = {
            _trim(gram, background, other)
            for gram in candidates
            if scores.get(gram, 0.0) >= CLOSE_TO_BEST * top or gram in extended
        }
        close.discard("")
        if not close:
            continue
        best = max(close, key=lambda gram: (len(gram.split()) if other == "en" else len(gram), scores.get(gram, 0.0)))
        if focus[best] < MIN_SUPPORT:
            continue  # one sentence in all the years: too thin to name a rendering ("rural residents to enjoy")
        rows.append(
            {
                "year": int(year),
                "rendering": best,
                "sentences": len(year_grams),
                "with_rendering": present[best],
                "z": round(float(scores.get(best, 0.0)), 2),
            }
        )
    return pd.DataFrame(rows, columns=columns)


def aligned_translation(data: ReportData, lang: str, year: int, para_id: int) -> str:
    """The other language's sentences aligned to this paragraph (TMX pairs 2008–2022); empty if none."""
    own, other = ("zh_para_id", "en_sentence") if lang == "zh" else ("en_para_id", "zh_sentence")
    pairs = data.alignment[(data.alignment["year"] == year) & (data.alignment[own] == para_id)]
    separator = " " if lang == "zh" else ""  # English sentences need a space between them, Chinese ones do not
    return separator.join(pairs[other].dropna())
