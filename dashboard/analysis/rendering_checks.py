"""How far the Bilingual concordance's renderings can be trusted: the official renderings read by hand.

data/gold/renderings.csv holds, for 55 policy terms and every year 2008–2022 the aligned pairs use
them, the English the official translation gives in most of that year's sentences (光纤 →
fiber-optic, 互联网+ → Internet Plus). A term-year is right when the concordance names that rendering;
spelling variants count as the same rendering: case, a hyphen or a space, punctuation, a plural -s.
A second reader read the same term-years blind to the first (renderings_second_reading.csv): where the
two differ, the choice between forms is open ("Belt and Road" or "Belt and Road Initiative"), and how
often they agree is the ceiling of any measure against one of them.
"""

from __future__ import annotations

import re

import pandas as pd

from dashboard.analysis.concordance import concordance_of

NOT_A_LETTER = re.compile(r"[^\w\s'+]")


def rendering_key(rendering: str) -> str:
    words = NOT_A_LETTER.sub(" ", rendering.lower().replace("’", "'").replace("-", " ")).split()
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word for word in words
    )


def compare_renderings(
    alignment: pd.DataFrame, gold: pd.DataFrame, named_by_term: dict[str, dict[int, str]] | None = None
) -> pd.DataFrame:
    """One row per gold term-year: the rendering read by hand, the one the concordance names, and whether they agree.
    `named_by_term` keeps the concordance's renderings per term, for a second reading of the same terms."""
    named_by_term = {} if named_by_term is None else named_by_term
    rows = []
    for term, read in gold.groupby("term", sort=False):
        if term not in named_by_term:
            _, found = concordance_of(alignment, term, "zh")
            named_by_term[term] = dict(zip(found["year"], found["rendering"], strict=True))
        named = named_by_term[term]
        for row in read.itertuples(index=False):
            rendering = named.get(int(row.year), "")
            rows.append(
                {
                    "term": term,
                    "year": int(row.year),
                    "gold": row.rendering,
                    "found": rendering,
                    "right": bool(rendering) and rendering_key(rendering) == rendering_key(row.rendering),
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
