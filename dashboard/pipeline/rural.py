"""The rural-connectivity statements of every report, 1990–2026, for the rural tracker.

They are not extracted by rule: they come from the hand-read list in data/gold/rural.csv (every
statement about connecting villages, with or without a figure), which is the most accurate
source there is. The pipeline ties each one to the current text: it checks that the quoted
words are still in the paragraph, takes the whole sentence around them, and finds the sentence
of the other language aligned to it (TMX pairs 2008–2022). A row whose quote is no longer in
its paragraph (the corpus changed under the list) is kept with found = False and reported, so
the list can be re-read rather than silently shrink.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.pipeline.quantities import sentences
from dashboard.text import normalise
from dashboard.vocabulary import RURAL_KINDS, RURAL_LINKS

SPAN = re.compile(r"^(\d{4})(?:-(\d{4}))?$")
# A statement naming this many links at once only lists rural infrastructure; it is kept but is not a milestone.
LIST_OF_LINKS = 3


class RuralListError(ValueError):
    """The hand-read rural list is malformed (a bad link, kind or year span)."""


SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)  # a year's aligned sentences are read again for each of its statements
def _plain(text: str) -> str:
    """Width-folded, space-free text, so a quote matches however digits and spaces were written."""
    return SPACES.sub("", normalise(text)).lower()


def read_rural_list(path: Path) -> pd.DataFrame:
    """The hand-read list, checked: every row names a known link and kind and a year or span it refers to."""
    frame = pd.read_csv(path, dtype={"modifier": str, "unit": str, "note": str}, keep_default_na=False)
    problems = []
    for number, row in enumerate(frame.itertuples(index=False), start=2):
        if row.link not in RURAL_LINKS:
            problems.append(f"line {number}: unknown link {row.link!r}")
        if row.kind not in RURAL_KINDS:
            problems.append(f"line {number}: unknown kind {row.kind!r}")
        if not SPAN.match(str(row.refers_to)):
            problems.append(f"line {number}: refers_to {row.refers_to!r} is not a year or a span like 2003-2007")
        if (row.kind == "milestone") == (str(row.value) != ""):
            problems.append(f"line {number}: a milestone has no value and every other kind has one")
    if problems:
        raise RuralListError(f"{path}: " + "; ".join(problems))
    return frame


def read_labels(path: Path) -> dict[tuple, str]:
    """(lang, year, para_id, link, quote) -> the milestone's short label; none if the file is absent."""
    if not path.is_file():
        return {}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {
        (row.lang, int(row.year), int(row.para_id), row.link, row.quote): row.label
        for row in frame.itertuples(index=False)
    }


def _sentence_around(quote: str, text: str, lang: str) -> str | None:
    wanted = _plain(quote)
    if wanted not in _plain(text):
        return None
    return next((sentence for sentence in sentences(text, lang) if wanted in _plain(sentence)), quote)


@dataclass(frozen=True)
class _Pair:
    """An aligned sentence pair as the rural rows read it: both sentences and their paragraphs, by language."""

    para_id: dict[str, int | None]
    sentence: dict[str, str | None]


def _pairs_by_year(alignment: pd.DataFrame, years: set[int]) -> dict[int, list[_Pair]]:
    """The aligned pairs of the years the list names, in alignment order, read once into plain Python: each of
    the list's statements looks among them, and a pandas filter per statement cost most of the table's time."""
    pairs: dict[int, list[_Pair]] = {}
    wanted = alignment[alignment["year"].isin(years)]
    columns = ["year", "zh_para_id", "en_para_id", "zh_sentence", "en_sentence"]
    for year, zh_para, en_para, zh, en in zip(*(wanted[name].tolist() for name in columns), strict=True):
        zh, en = (text if isinstance(text, str) else None for text in (zh, en))
        pairs.setdefault(int(year), []).append(
            _Pair(
                para_id={
                    "zh": None if pd.isna(zh_para) else int(zh_para),
                    "en": None if pd.isna(en_para) else int(en_para),
                },
                sentence={"zh": zh, "en": en},
            )
        )
    return pairs


def _translation(quote: str, lang: str, pairs: list[_Pair]) -> str:
    """The other language's sentences aligned to the sentences that hold the quote."""
    other = "en" if lang == "zh" else "zh"
    wanted = _plain(quote)
    found = []
    for pair in pairs:
        own = _plain(pair.sentence[lang] or "")
        if pair.sentence[other] is not None and (wanted in own or own in wanted):
            found.append(pair.sentence[other])
    return ("" if lang == "en" else " ").join(dict.fromkeys(found))


def rural_statements(
    listed: pd.DataFrame, paragraphs: pd.DataFrame, alignment: pd.DataFrame, labels: dict[tuple, str] | None = None
) -> pd.DataFrame:
    """Each listed statement with its sentence, its translation and the span of years it refers to.

    Statements of reports the corpus does not hold are left out: there is no text to tie them to.
    """
    keys = zip(*(paragraphs[name].tolist() for name in ("lang", "year", "para_id")), strict=True)
    texts = dict(zip(keys, paragraphs["text"].tolist(), strict=True))
    held = set(zip(paragraphs["lang"], paragraphs["year"], strict=True))
    # A quote the reader listed under three or more links is a list of infrastructure ("水电路气信").
    links_per_quote = listed.groupby(["lang", "year", "para_id", "quote"])["link"].transform("nunique")
    pairs_by_year = _pairs_by_year(alignment, {int(year) for year in listed["year"]})
    rows = []
    for row, links_sharing in zip(listed.itertuples(index=False), links_per_quote, strict=True):
        if (row.lang, int(row.year)) not in held:
            continue
        first, last = SPAN.match(str(row.refers_to)).groups()
        text = texts.get((row.lang, int(row.year), int(row.para_id)), "")
        sentence = _sentence_around(row.quote, text, row.lang)
        year_pairs = pairs_by_year.get(int(row.year), [])
        in_paragraph = [pair for pair in year_pairs if pair.para_id[row.lang] == int(row.para_id)]
        target = row.kind.endswith("target") or (row.kind == "milestone" and row.note.startswith("goal"))
        rows.append(
            {
                "lang": row.lang,
                "year": int(row.year),
                "para_id": int(row.para_id),
                "link": row.link,
                "kind": row.kind,
                "role": "target" if target else "result",
                "refers_from": int(first),
                "refers_to": int(last or first),
                "value": float(row.value) if str(row.value) != "" else None,
                "unit": row.unit or None,
                "modifier": row.modifier or None,
                "quote": row.quote,
                "sentence": sentence or row.quote,
                # The paragraph's pairs first; where the aligner placed a pair elsewhere, the year's.
                "translation": (
                    _translation(row.quote, row.lang, in_paragraph) or _translation(row.quote, row.lang, year_pairs)
                )
                if sentence
                else "",
                "generic": "generic" in row.note or links_sharing >= LIST_OF_LINKS,
                "reading_note": row.note,
                "label": (labels or {}).get((row.lang, int(row.year), int(row.para_id), row.link, row.quote)),
                "found": sentence is not None,
            }
        )
    if not rows:
        return pd.DataFrame(columns=schema.column_names("rural"))
    return pd.DataFrame(rows).sort_values(["lang", "refers_to", "year", "para_id"], ignore_index=True)
