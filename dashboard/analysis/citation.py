"""Citing a paragraph: the report's year and paragraph (¶) number and, where the year's two versions are
aligned (2008–2022), the number of the same paragraph in the other language's version, so a reader
can follow a citation whichever version they hold: "2016 report ¶59 (Chinese ¶60)".

Every citation the dashboard writes comes from here, in the interface language.
"""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.data import ReportData
from dashboard.i18n import _
from dashboard.vocabulary import language_name, other_language


def write_citation(year: int, para_id: int | None, lang: str, counterpart: int | None = None) -> str:
    """A paragraph of the `lang` report of `year`, with its counterpart in the other language where known.

    para_id is None only for an aligned sentence not found in its own report (the concordance): the
    citation then gives the other version's paragraph alone."""
    if counterpart is None or pd.isna(counterpart):
        return _("{year} report ¶{paragraph}").format(year=year, paragraph=para_id)
    language = language_name(other_language(lang))
    if para_id is None or pd.isna(para_id):
        return _("{year} report ({language} ¶{counterpart})").format(
            year=year, language=language, counterpart=int(counterpart)
        )
    return _("{year} report ¶{paragraph} ({language} ¶{counterpart})").format(
        year=year, paragraph=int(para_id), language=language, counterpart=int(counterpart)
    )


def cite_paragraph(data: ReportData, lang: str, year: int, para_id: int) -> str:
    """A paragraph of a report, with its counterpart in the other language where there is one."""
    return write_citation(int(year), int(para_id), lang, data.counterpart(lang, year, para_id))


def cite_rows(
    data: ReportData, frame: pd.DataFrame, lang: str | None = None, counterparts: pd.Series | None = None
) -> list[str]:
    """The citation of each row's paragraph (columns year, para_id, and lang unless `lang` is given)."""
    langs = [lang] * len(frame) if lang is not None else frame["lang"].tolist()
    counterparts = data.counterparts(frame, lang) if counterparts is None else counterparts
    return [
        write_citation(int(year), int(para_id), row_lang, None if pd.isna(counterpart) else int(counterpart))
        for year, para_id, row_lang, counterpart in zip(
            frame["year"], frame["para_id"], langs, counterparts, strict=True
        )
    ]


def with_citations(data: ReportData, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame (columns lang, year, para_id) with each paragraph's counterpart (Int64, <NA> where none)
    and its citation."""
    counterparts = data.counterparts(frame)
    return frame.assign(counterpart=counterparts, citation=cite_rows(data, frame, counterparts=counterparts))


def counterpart_header(lang: str) -> str:
    """The header of a table's column of counterparts: "Chinese ¶" beside the ¶ of English reports."""
    return _("{language} ¶").format(language=language_name(other_language(lang)))
