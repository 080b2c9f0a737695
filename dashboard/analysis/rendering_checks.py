"""How far the Bilingual concordance's renderings can be trusted: the official renderings read by hand.

data/gold/renderings.csv holds, for 175 policy terms and every year 2008–2022 the aligned pairs use
them, the English the official translation gives in most of that year's sentences (光纤 →
fiber-optic, 互联网+ → Internet Plus), or nothing where it leaves the term out. The last 120 terms were
read after the concordance's rules were written, twenty at a time, to measure them fresh. A term-year is right when
the concordance names that rendering (or none where the gold has none);
spelling variants count as the same rendering: case, a hyphen or a space, punctuation, a plural -s.
A second reader read the same term-years blind to the first (renderings_second_reading.csv); where the
two differ ("Belt and Road" or "Belt and Road Initiative", whether the verb of 去产能 belongs to it), an
adjudicator read the year's sentences and decided, a second did on their own, and a third where those two split
(renderings_adjudicated.csv): the gold is the rendering at least two of them chose (both, where the year's
sentences split between two forms), in place of the first reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from dashboard.analysis.concordance import concordance_of, word_translations

NOT_A_LETTER = re.compile(r"[^\w\s'+]")
# Between readings the gold accepts alike (adjudicators who accepted both: the year's sentences split between two
# renderings): the gold's one notation for it, in every file (evaluation.py reads it for sections and fields too).
ALTERNATIVES = " | "


def rendering_key(rendering: str) -> str:
    words = NOT_A_LETTER.sub(" ", rendering.lower().replace("’", "'").replace("-", " ")).split()
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word for word in words
    )


def named_renderings(alignment: pd.DataFrame, terms: Iterable[str]) -> dict[str, dict[int, str]]:
    """Per Chinese term, the rendering the concordance names in each year: made once, for every reading of them."""
    named = {}
    translations = word_translations(alignment)
    for term in dict.fromkeys(terms):
        _, found = concordance_of(alignment, term, "zh", translations)
        named[term] = dict(zip(found["year"], found["rendering"], strict=True))
    return named


def compare_renderings(gold: pd.DataFrame, named: dict[str, dict[int, str]]) -> pd.DataFrame:
    """One row per gold term-year: the rendering read by hand, the one the concordance names (`named`, from
    named_renderings), and whether they agree."""
    rows = []
    for row in gold.itertuples(index=False):
        rendering = named[row.term].get(int(row.year), "")
        accepted = {rendering_key(alternative) for alternative in row.rendering.split(ALTERNATIVES)}
        rows.append(
            {
                "term": row.term,
                "year": int(row.year),
                "gold": row.rendering,
                "found": rendering,
                # Naming none is right where the translation leaves the term out (the gold's empty rendering).
                "right": rendering_key(rendering) in accepted,
            }
        )
    return pd.DataFrame(rows, columns=["term", "year", "gold", "found", "right"])


def readers_agree(first: pd.DataFrame, second: pd.DataFrame) -> pd.Series:
    """Per term-year of the first reading, whether the second reader named the same rendering (False where the
    second reader did not read it)."""
    second_named = {(row.term, int(row.year)): rendering_key(row.rendering) for row in second.itertuples(index=False)}
    return pd.Series(
        [
            second_named.get((row.term, int(row.year))) == rendering_key(row.rendering)
            for row in first.itertuples(index=False)
        ],
        index=first.index,
    )
