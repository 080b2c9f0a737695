"""How far the theme counts can be trusted: hits read by hand, and the two languages on one sentence.

- Hits read by hand (data/gold/theme_hits_sample.csv): of a sample of counted hits per theme and
  language from every era, the share whose term means the theme there (精益求精 in 1990 did not).
- The two languages on one sentence: on the aligned pairs 2008–2022, of the pairs where a theme
  hits either side, the share where it hits both. A theme found only in the Chinese means the
  English term list misses how the translation says it ("business startups and innovation").
"""

from __future__ import annotations

import pandas as pd

from dashboard.lexicon import load_themes
from dashboard.text import normalise
from dashboard.themes import count_themes


def compare_theme_sample(sample: pd.DataFrame) -> pd.DataFrame:
    """Per theme and language: sampled hits whose term the lexicon still counts, and the share right."""
    themes = {theme.id: theme for theme in load_themes()}
    counted = [
        row.theme in themes
        and normalise(row.term).lower() in {normalise(term).lower() for term in themes[row.theme].terms[row.lang]}
        and row.term in count_themes(row.quote, row.lang).get(row.theme, {})
        for row in sample.itertuples(index=False)
    ]
    kept = sample[counted]
    grouped = kept.groupby(["theme", "lang"])["right"]
    return pd.DataFrame(
        {"hits read": grouped.size(), "share right": grouped.agg(lambda judged: float((judged == "yes").mean()))}
    ).reset_index()


def compare_languages(alignment: pd.DataFrame) -> pd.DataFrame:
    """Per theme: aligned pairs where it hits either side, both sides, only the Chinese, only the English."""
    pairs = alignment.dropna(subset=["zh_sentence", "en_sentence"])
    rows = []
    for zh, en in zip(pairs["zh_sentence"], pairs["en_sentence"], strict=True):
        in_zh, in_en = set(count_themes(zh, "zh")), set(count_themes(en, "en"))
        rows.extend({"theme": theme, "zh": theme in in_zh, "en": theme in in_en} for theme in in_zh | in_en)
    frame = pd.DataFrame(rows, columns=["theme", "zh", "en"])
    flags = frame.assign(
        pairs=1, both=frame["zh"] & frame["en"], zh_only=frame["zh"] & ~frame["en"], en_only=~frame["zh"] & frame["en"]
    )
    counts = flags.groupby("theme")[["pairs", "both", "zh_only", "en_only"]].sum().astype("int64")
    return counts.rename(columns={"zh_only": "Chinese only", "en_only": "English only"}).reset_index()
