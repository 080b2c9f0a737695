"""The one normalisation of text for matching, used by the pipeline, the counts and every search.

NFKC folds full-width letters, digits and signs to ASCII, so 互联网＋ (as zh-2026 and
GR2018.tmx write it) and 互联网+ are one term, "８％" is "8%", and a search typed either way
finds both. Report text, aligned sentences, lexicon terms, user searches and URL terms all go
through it; English case is folded by the matcher (case-insensitive), not here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


# A report's paragraph is normalised by each reading of it (its structure, its tokens, its themes): once is enough.
@lru_cache(maxsize=2048)
def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


FULL_WIDTH_OFFSET = 0xFEE0  # ＋ is + shifted by this; the ASCII signs ! to ~ all have such a twin


def _in_any_width(character: str) -> str:
    """One normalised character as a regular expression for it in any width: an ASCII sign or its full-width
    twin, a space or the ideographic one, any other character itself."""
    if "!" <= character <= "~":
        return f"[{re.escape(character)}{chr(ord(character) + FULL_WIDTH_OFFSET)}]"
    if character == " ":
        return "[ \u3000]"
    return re.escape(character)


def any_width_pattern(text: str) -> str:
    """A regular expression for the text in any width, to find it in text as the source wrote it:
    互联网+ (typed either way) finds both 互联网+ and 互联网＋, with the match's place in the source."""
    return "".join(_in_any_width(character) for character in normalise(text))


def has_width_twins(text: str) -> bool:
    """Whether any_width_pattern(text) lets a character be another; where it does not, the pattern is the
    normalised text itself, a plain substring."""
    return any(_in_any_width(character) != re.escape(character) for character in normalise(text))


# English tokens of the word alignment (dashboard.pipeline.word_links) and of the terms looked up in it:
# words with their hyphens, apostrophes and a trailing +, numbers, and each punctuation mark alone.
ENGLISH_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+'’.-]*[A-Za-z0-9+]|[A-Za-z0-9]|[^\sA-Za-z0-9]")


# How the alignment tables store a sentence's tokens: joined by a space, which no token of either language holds.
TOKEN_SEPARATOR = " "


def english_tokens(text: str) -> list[str]:
    return ENGLISH_TOKEN.findall(normalise(text))
