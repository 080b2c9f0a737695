"""The sentences behind a theme count: the paragraphs the theme's hits are in, and in each the sentences
that hold its terms, so a reader of a count can check it."""

from __future__ import annotations

import pandas as pd

from dashboard.themes import source_pattern


def compute_theme_paragraphs(hits: pd.DataFrame, themes: list[str]) -> pd.DataFrame:
    """Per theme, the paragraphs that mention it, in report order, with the mentions and the terms found
    in each. Columns theme, lang, year, para_id, count, terms."""
    chosen = hits[hits["theme"].isin(themes)]
    grouped = chosen.groupby(["theme", "lang", "year", "para_id"], as_index=False).agg(
        count=("count", "sum"), terms=("term", lambda terms: tuple(sorted(set(terms))))
    )
    return grouped.sort_values(["theme", "year", "para_id"], ignore_index=True)


def sentences_with(text: str, terms: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The sentences of a paragraph that hold any of the terms (matched as themes are counted); the whole
    paragraph where no one sentence does (a term split by a sentence end)."""
    # Imported here: the pipeline's sentence splitter loads NLTK, which only a briefing needs.
    from dashboard.pipeline.quantities import sentences

    patterns = [source_pattern(term, lang) for term in terms]
    found = tuple(
        sentence for sentence in sentences(text, lang) if any(pattern.search(sentence) for pattern in patterns)
    )
    return found or (text,)
