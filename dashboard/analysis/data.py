"""Load data/processed and check it against the schema before anything is drawn from it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd

from dashboard import config, schema
from dashboard.text import normalise

T = TypeVar("T")

EVALUATION_FILE = "evaluation.json"
REBUILD_HINT = "Rebuild it with `python -m dashboard.pipeline` (reads ../shared/corpus, writes data/processed)."


class DataUnavailable(Exception):
    """The processed data is missing, partial, corrupt or from another pipeline version."""


def size_column(lang: str) -> str:
    """Normalisation base: characters for Chinese, words for English."""
    return "n_chars" if lang == "zh" else "n_words"


def year_texts(paragraphs: pd.DataFrame, lang: str) -> tuple[dict[int, str], pd.Series]:
    """Each year's paragraphs as one normalised text (joined by a line break, which no match spans), and its
    size in characters (Chinese) or words (English)."""
    joined = paragraphs.groupby("year")["text"].agg("\n".join)
    return {year: normalise(text) for year, text in joined.items()}, paragraphs.groupby("year")[size_column(lang)].sum()


@dataclass(frozen=True)
class ReportData:
    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    terms: pd.DataFrame
    theme_hits: pd.DataFrame
    targets: pd.DataFrame
    key_figures: pd.DataFrame
    alignment: pd.DataFrame
    rural: pd.DataFrame
    manifest: dict
    # The tables measured against the gold standard (evaluation.json), when the pipeline wrote it.
    evaluation: dict | None = None

    @cached_property
    def _made_once(self) -> dict[str, object]:
        return {}

    def once(self, name: str, make: Callable[[], T]) -> T:
        """make(), made once per process and name: what is derived from the tables alone (they never change)
        and shared by every view, such as the target ledger of every year; the name says anything else it
        depends on (the interface language of its citations). Two sessions asking at once may both make it;
        they make the same thing."""
        if name not in self._made_once:
            self._made_once[name] = make()
        return self._made_once[name]  # type: ignore[return-value]

    def prepared(self) -> ReportData:
        """The tables with what every view derives from them alone made now (0.4 s): a server makes them as it
        loads the tables, before its first reader, not in whichever view first needs them while others wait."""
        for lang in self._years:
            self.year_texts(lang)
            self.term_totals(lang)
        _ = self._counterparts, self._translations
        return self

    @cached_property
    def _year_texts(self) -> dict[str, tuple[dict[int, str], pd.Series]]:
        return {lang: year_texts(group, lang) for lang, group in self.paragraphs.groupby("lang")}

    def year_texts(self, lang: str) -> tuple[dict[int, str], pd.Series]:
        """year_texts of every paragraph of a language, made once per process (200 ms for the Chinese reports)."""
        return self._year_texts.get(lang, ({}, pd.Series(dtype="int64")))

    @cached_property
    def _years(self) -> dict[str, list[int]]:
        return {lang: sorted(group.tolist()) for lang, group in self.documents.groupby("lang")["year"]}

    def years(self, lang: str) -> list[int]:
        """The years with a report in this language (a new list: callers may change it)."""
        return list(self._years.get(lang, []))

    def gap_years(self, lang: str) -> list[int]:
        """Years between a language's first and last report that have no report in it."""
        have = self.years(lang)
        return sorted(set(range(min(have), max(have) + 1)) - set(have)) if have else []

    @cached_property
    def _all_years(self) -> list[int]:
        return sorted(set(self.documents["year"]))

    def all_years(self) -> list[int]:
        """Every year with a report in either language (a new list: callers may change it)."""
        return list(self._all_years)

    @cached_property
    def _term_totals(self) -> pd.Series:
        return self.terms.groupby(["lang", "term"])["count"].sum()

    def term_totals(self, lang: str) -> pd.Series:
        """Every term's count over all reports of a language (the distinctive words' prior), summed once
        per process: the tables are loaded once and shared, so this is too."""
        totals = self._term_totals
        return totals.loc[lang] if lang in totals.index.get_level_values("lang") else totals.iloc[:0].droplevel("lang")

    @cached_property
    def _counterparts(self) -> pd.Series:
        frame = compute_counterparts(self.alignment)
        return pd.Series(frame["counterpart"].to_numpy(), index=paragraph_key(frame))

    def counterpart(self, lang: str, year: int, para_id: int) -> int | None:
        """The paragraph of the other language's report that holds this paragraph's aligned sentences
        (see compute_counterparts); None where there is no alignment. Derived once per process."""
        found = self._counterparts.get(_key(lang, year, para_id))
        return None if found is None else int(found)

    @cached_property
    def _translations(self) -> pd.Series:
        return compute_translations(self.alignment)

    def translation(self, lang: str, year: int, para_id: int) -> str:
        """The other language's sentences aligned to this paragraph (TMX pairs 2008–2022), joined; empty if
        none. Joined once per process for every paragraph, not searched for on every rerun."""
        return self._translations.get(_key(lang, year, para_id), "")

    def counterparts(self, frame: pd.DataFrame, lang: str | None = None) -> pd.Series:
        """The counterpart of each row's paragraph (columns year, para_id, and lang unless `lang` is given):
        Int64, <NA> where there is none."""
        keys = paragraph_key(frame if lang is None else frame.assign(lang=lang))
        return keys.map(self._counterparts).astype("Int64")


def load_report_data(processed_dir: Path | None = None) -> ReportData:
    processed_dir = processed_dir or config.processed_dir()
    manifest_path = processed_dir / "manifest.json"
    if not manifest_path.is_file():
        raise DataUnavailable(f"{manifest_path} is missing. {REBUILD_HINT}")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DataUnavailable(f"{manifest_path} is unreadable ({error}). {REBUILD_HINT}") from None
    version = manifest.get("pipeline_version") if isinstance(manifest, dict) else None
    if version != schema.PIPELINE_VERSION:
        raise DataUnavailable(
            f"{processed_dir} was built by pipeline version {version!r}; this dashboard needs "
            f"{schema.PIPELINE_VERSION!r}. {REBUILD_HINT}"
        )
    frames = {}
    for table in schema.TABLES:
        path = processed_dir / f"{table}.parquet"
        if not path.is_file():
            raise DataUnavailable(f"{path} is missing. {REBUILD_HINT}")
        try:
            frame = pd.read_parquet(path)
        except Exception as error:  # noqa: BLE001 - pyarrow raises many types for truncated or foreign files
            raise DataUnavailable(f"{path} is corrupt ({type(error).__name__}). {REBUILD_HINT}") from None
        problems = schema.validate_table(table, frame)
        expected_rows = manifest.get("tables", {}).get(table)
        if expected_rows is not None and expected_rows != len(frame):
            problems.append(f"{len(frame)} rows where the manifest records {expected_rows}")
        if problems:
            raise DataUnavailable(f"{path} does not match the schema: {'; '.join(problems)}. {REBUILD_HINT}")
        frames[table] = frame
    for table in ("paragraphs", "terms", "theme_hits", "targets"):
        frames[table]["pkey"] = paragraph_key(frames[table])
        # The pipeline writes these tables in paragraph order; rows_of_reports relies on it.
        if not frames[table]["pkey"].is_monotonic_increasing:
            frames[table] = frames[table].sort_values("pkey", kind="stable", ignore_index=True)
    return ReportData(manifest=manifest, evaluation=load_evaluation(processed_dir), **frames)


def load_evaluation(processed_dir: Path | None = None) -> dict | None:
    """The pipeline's measurement of the tables against the gold standard (evaluation.json), if present."""
    path = (processed_dir or config.processed_dir()) / EVALUATION_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# A paragraph's key is its report's key times PARAGRAPH_SPAN plus its para_id (no report has 100,000
# paragraphs), so a report's paragraphs hold one contiguous run of keys.
PARAGRAPH_SPAN = 100_000


def paragraph_key(frame: pd.DataFrame) -> pd.Series:
    """One integer per (doc_id, para_id), so per-paragraph tables filter with a fast isin."""
    language = (frame["lang"] == "en").astype("int64")
    return (language * 10_000 + frame["year"].astype("int64")) * PARAGRAPH_SPAN + frame["para_id"].astype("int64")


def report_key(lang: str, year: int) -> int:
    """The key of a report: paragraph_key // PARAGRAPH_SPAN of each of its paragraphs."""
    return (lang == "en") * 10_000 + int(year)


def _key(lang: str, year: int, para_id: int) -> int:
    """paragraph_key of one paragraph."""
    return report_key(lang, year) * PARAGRAPH_SPAN + int(para_id)


def rows_of_reports(table: pd.DataFrame, reports) -> pd.DataFrame:
    """The rows of a per-paragraph table that belong to these reports (report keys). The table must be
    sorted by pkey, as load_report_data leaves every such table: each report's rows are then one slice,
    found by binary search, and the slices (one for a span of years) are joined without copying their
    strings. A boolean mask over the whole table copies every string column: up to 17 ms for the terms
    table on each new selection, where this takes 1-4 ms."""
    keys = table["pkey"].to_numpy()
    reports = np.unique(np.asarray(reports, dtype="int64"))
    starts = np.searchsorted(keys, reports * PARAGRAPH_SPAN)
    stops = np.searchsorted(keys, (reports + 1) * PARAGRAPH_SPAN)
    runs: list[list[int]] = []  # reports next to each other in the table (a span of years) are one slice
    for start, stop in zip(starts.tolist(), stops.tolist(), strict=True):
        if runs and runs[-1][1] == start:
            runs[-1][1] = stop
        elif stop > start:
            runs.append([start, stop])
    pieces = [table.iloc[start:stop] for start, stop in runs]
    if not pieces:
        return table.iloc[:0]
    return pieces[0] if len(pieces) == 1 else pd.concat(pieces)


def compute_translations(alignment: pd.DataFrame) -> pd.Series:
    """For every paragraph (paragraph_key) with aligned sentences, the other language's sentences in TMX order,
    joined: English sentences need a space between them, Chinese ones do not."""
    parts = []
    for lang, own, other, separator in (
        ("zh", "zh_para_id", "en_sentence", " "),
        ("en", "en_para_id", "zh_sentence", ""),
    ):
        pairs = alignment.dropna(subset=[own, other]).sort_values(["year", "seq"])
        joined = pairs.groupby(["year", own], sort=False)[other].agg(separator.join).reset_index()
        keys = paragraph_key(joined.rename(columns={own: "para_id"}).assign(lang=lang))
        parts.append(pd.Series(joined[other].to_numpy(), index=keys.to_numpy()))
    return pd.concat(parts) if parts else pd.Series(dtype=str)


def compute_counterparts(alignment: pd.DataFrame) -> pd.DataFrame:
    """Each aligned paragraph's counterpart in the other language's report of the year: the paragraph its
    aligned sentences most often fall in (of two as often, the earlier). The two versions number their
    paragraphs apart (zh-2016 ¶60 is en-2016 ¶59), so a citation gives both. Columns lang, year, para_id,
    counterpart; a paragraph with no aligned sentence (every year outside 2008–2022) has no row."""
    pairs = alignment.dropna(subset=["zh_para_id", "en_para_id"])
    frames = []
    for lang, own, other in (("zh", "zh_para_id", "en_para_id"), ("en", "en_para_id", "zh_para_id")):
        counted = pairs.groupby(["year", own, other]).size().rename("sentences").reset_index()
        best = counted.sort_values(["year", own, "sentences", other], ascending=[True, True, False, True])
        best = best.drop_duplicates(["year", own])
        frames.append(
            pd.DataFrame(
                {
                    "lang": lang,
                    "year": best["year"].astype("int64"),
                    "para_id": best[own].astype("int64"),
                    "counterpart": best[other].astype("int64"),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)
