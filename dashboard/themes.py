"""Counting theme terms in text: the one counting rule shared by the pipeline and the dashboard.

Chinese: literal occurrences. English: case-insensitive whole-word or whole-phrase matches.
Within one pattern, an occurrence is counted once, for the longest term covering it.
Text and terms are both matched in their normalised form (dashboard/text.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from dashboard.lexicon import load_themes
from dashboard.text import any_width_pattern, normalise


def compile_terms(terms: tuple[str, ...], lang: str) -> re.Pattern[str]:
    """One alternation, longest term first, so that overlapping terms are counted once; match it on matchable text."""
    ordered = sorted({normalise(term) for term in terms if term}, key=len, reverse=True)
    if not ordered:
        return re.compile("(?!)")  # no term: a pattern that matches nothing
    alternation = "|".join(re.escape(term) for term in ordered)
    # A look at the first character skips at once the positions no term starts at (a third of the
    # pipeline's English time went to trying every term there).
    first = "[" + "".join(sorted({re.escape(term[0]) for term in ordered})) + "]"
    if lang == "zh":
        return re.compile(f"(?={first})(?:{alternation})")
    return re.compile(rf"(?={first})(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def source_pattern(term: str, lang: str) -> re.Pattern[str]:
    """compile_terms' rule for one term (whole words ignoring case in English), matched on text as the
    source wrote it, in any width: the concordance finds sentences with it and highlights with it."""
    alternation = any_width_pattern(term)
    if lang == "zh":
        return re.compile(alternation)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def count_matches(pattern: re.Pattern[str], text: str, lang: str, canonical: dict[str, str]) -> Counter[str]:
    """Matches per term; a match that canonical maps to "" is an excluded phrase and counts for nothing."""
    found: Counter[str] = Counter()
    for match in pattern.finditer(text):
        matched = match.group(0)
        term = canonical.get(matched.lower() if lang == "en" else matched, matched)
        if term:
            found[term] += 1
    return found


@lru_cache(maxsize=2)
def theme_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str], dict[str, str]], ...]:
    patterns = []
    for theme in load_themes():
        terms = theme.terms[lang]
        if not terms:
            continue
        excluded = theme.exclude[lang]

        def key(term: str) -> str:
            return normalise(term).lower() if lang == "en" else normalise(term)

        # Excluded phrases join the alternation (longest first), so they take the text they cover.
        canonical = {key(term): "" for term in excluded} | {key(term): term for term in terms}
        patterns.append((theme.id, compile_terms((*terms, *excluded), lang), canonical))
    return tuple(patterns)


@lru_cache(maxsize=2)
def any_theme_term(lang: str) -> re.Pattern[str]:
    """Every theme's terms in one pattern: most text holds none (96% of paragraphs, 98% of aligned pairs),
    and one search says so where counting each theme takes a dozen."""
    return compile_terms(tuple(term for theme in load_themes() for term in theme.terms[lang]), lang)


def count_themes(text: str, lang: str) -> dict[str, Counter[str]]:
    """Theme id -> term -> count, for the themes that occur in text."""
    hits = {}
    text = normalise(text)
    if not any_theme_term(lang).search(text):
        return hits
    for theme_id, pattern, canonical in theme_patterns(lang):
        found = count_matches(pattern, text, lang, canonical)
        if found:
            hits[theme_id] = found
    return hits
