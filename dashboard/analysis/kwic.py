"""Keyword in context: every occurrence of a literal term in the selected paragraphs."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.selection import search_pattern

CONTEXT = {"zh": 25, "en": 70}


def compute_kwic(paragraphs: pd.DataFrame, term: str, lang: str, limit: int = 500) -> pd.DataFrame:
    columns = ["year", "section_kind", "para_id", "left", "match", "right"]
    pattern = search_pattern(term, lang)
    if pattern is None:
        return pd.DataFrame(columns=columns)
    width = CONTEXT[lang]
    rows = []
    for row in paragraphs.itertuples(index=False):
        for match in pattern.finditer(row.text):
            rows.append(
                {
                    "year": row.year,
                    "section_kind": row.section_kind,
                    "para_id": row.para_id,
                    "left": row.text[max(0, match.start() - width) : match.start()],
                    "match": match.group(0),
                    "right": row.text[match.end() : match.end() + width],
                }
            )
            if len(rows) >= limit:
                return pd.DataFrame(rows, columns=columns)
    return pd.DataFrame(rows, columns=columns)
