"""How far to trust each extracted table: the pipeline's output against the hand-read gold standard.

The gold standard (data/gold/, see its README) was read from the reports by people, not
accepted from the extractor. Every comparison here is exact on the fields a reader cites
(value, upper value, unit, modifier, year), with a relative tolerance only for float noise.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import cn2an
import numpy as np
import pandas as pd

from dashboard import config
from dashboard.analysis.ledger import compute_ledger, stated_rows
from dashboard.analysis.rendering_checks import ALTERNATIVES, compare_renderings, named_renderings, readers_agree
from dashboard.analysis.theme_checks import compare_languages, compare_theme_sample
from dashboard.i18n import N_, _, label_of
from dashboard.pipeline.quantities import EN_SCALE, ZH_MULTIPLIER
from dashboard.text import normalise
from dashboard.vocabulary import RURAL_CONNECTIVITY, language_name, metric_keys, metric_label

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from dashboard.analysis.data import ReportData

GOLD_DIR = config.GOLD_DIR
ERAS = ((1954, 1977), (1978, 1992), (1993, 2012), (2013, 2026))
KEY = ["lang", "role", "report_year", "metric_key"]
FIGURE_FIELDS = ["value", "value_high", "unit", "modifier"]
TARGET_ROW_FIELDS = ["value", "value_high", "unit", "modifier", "kind", "category", "metric_key"]
# The ledger's headline metrics: the floor is that each is right in every year the reports state it.
# The report-years whose key figures were read by hand (data/gold/README.md): every report of these years
# counts, including those where the readers found no figure (an extracted figure there is a false one).
KEY_FIGURES_READ = {"zh": range(1978, 2027), "en": (2008, *range(2010, 2023))}
HEADLINE_METRICS = ("gdp_growth", "cpi", "new_urban_jobs", "urban_unemployment", "surveyed_unemployment")
RURAL_UNITS = {"villages": "count", "townships": "count"}


@dataclass(frozen=True)
class Gold:
    """The hand-read facts. Where a second reader read the same items blind to the first and the two differ,
    adjudicators decided between them, each on their own and blind to the pipeline (`*_adjudicated.csv`): two, and a
    third where those two split; the gold is the reading at least two of them accepted (both, ALTERNATIVES, where a
    year's sentences split between two renderings). `sections`, `targets_sample` and `renderings` are the first reading
    so settled (the sample's category of money then read again under a convention settled later: apply_conventions),
    the gold every measure is taken against; the `*_first` and `*_second` frames are the two readings as read, how far
    two people agree."""

    key_figures: pd.DataFrame
    sections: pd.DataFrame
    rural: pd.DataFrame
    targets_sample: pd.DataFrame
    # The SHA-256 of each report the gold standard was read from: it applies to those texts only.
    inputs: pd.DataFrame
    # Read a second time, blind to the first reading: how far two people agree.
    sections_second: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    targets_sample_second: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    # Read from the aligned pairs and the lexicon's hits, not from one report's text: kept whatever was built.
    renderings: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    renderings_second: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    theme_hits_sample: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    # The first readings as read, before the adjudicators settled where the second differs.
    sections_first: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    targets_sample_first: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    renderings_first: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    # Figures drawn at random from the reports' text, not from the table: what the table holds of them (its recall).
    targets_recall: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    targets_recall_first: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)
    targets_recall_second: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)

    def for_documents(self, documents: pd.DataFrame) -> Gold:
        """The gold rows whose report was built from the very text they were read from."""
        read = set(zip(self.inputs["lang"], self.inputs["year"], self.inputs["input_sha256"], strict=True))
        built = {
            (lang, year)
            for lang, year, sha in zip(documents["lang"], documents["year"], documents["input_sha256"], strict=True)
            if (lang, year, sha) in read
        }

        def keep(frame: pd.DataFrame, year_column: str = "year") -> pd.DataFrame:
            if frame.empty:
                return frame
            return frame[
                [(lang, int(year)) in built for lang, year in zip(frame["lang"], frame[year_column], strict=True)]
            ]

        return dataclasses.replace(
            self,
            key_figures=keep(self.key_figures, "report_year"),
            sections=keep(self.sections),
            rural=keep(self.rural),
            targets_sample=keep(self.targets_sample),
            sections_second=keep(self.sections_second),
            targets_sample_second=keep(self.targets_sample_second),
            sections_first=keep(self.sections_first),
            targets_sample_first=keep(self.targets_sample_first),
            targets_recall=keep(self.targets_recall),
            targets_recall_first=keep(self.targets_recall_first),
            targets_recall_second=keep(self.targets_recall_second),
        )


def era_of(year: int) -> str:
    return next(f"{low}–{high}" for low, high in ERAS if low <= year <= high)


def _numbers(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    for column in columns:
        frame[column] = pd.to_numeric(frame[column].replace("", np.nan))
    return frame


def load_gold(gold_dir: Path = GOLD_DIR) -> Gold:
    def read(name: str) -> pd.DataFrame:
        path = gold_dir / name
        if not path.is_file():
            return pd.DataFrame()
        return pd.read_csv(path, dtype=object, keep_default_na=False)

    def sample(name: str) -> pd.DataFrame:
        frame = read(name)
        return (
            _numbers(frame, ["year", "para_id", "misread_value", "value", "value_high"]) if not frame.empty else frame
        )

    def ranges(name: str) -> pd.DataFrame:
        frame = read(name)
        return _numbers(frame, ["year", "first_para", "last_para"]) if not frame.empty else frame

    def drawn(name: str) -> pd.DataFrame:
        frame = read(name)
        return _numbers(frame, ["year", "para_id", "start", "value", "value_high"]) if not frame.empty else frame

    key_figures = _numbers(read("key_figures.csv"), ["year", "report_year", "para_id", "value", "value_high"])
    rural = _numbers(read("rural.csv"), ["year", "para_id", "value"])
    inputs = _numbers(read("inputs.csv"), ["year"])
    sections, sample_first, renderings = ranges("sections.csv"), sample("targets_sample.csv"), read("renderings.csv")
    recall_first = drawn("targets_recall.csv")
    return Gold(
        key_figures,
        settle_sections(sections, read("sections_adjudicated.csv")),
        rural,
        apply_conventions(
            settle_sample(sample_first, read("targets_sample_adjudicated.csv")), read("targets_sample_conventions.csv")
        ),
        inputs,
        ranges("sections_second_reading.csv"),
        sample("targets_sample_second_reading.csv"),
        renderings=settle_renderings(renderings, read("renderings_adjudicated.csv")),
        renderings_second=read("renderings_second_reading.csv"),
        theme_hits_sample=read("theme_hits_sample.csv"),
        sections_first=sections,
        targets_sample_first=sample_first,
        renderings_first=renderings,
        targets_recall=settle_sample(recall_first, read("targets_recall_adjudicated.csv"), DRAWN_AT),
        targets_recall_first=recall_first,
        targets_recall_second=drawn("targets_recall_second_reading.csv"),
    )


class StaleAdjudication(ValueError):
    """An adjudicated item whose first reading is no longer what the first reader's file says: the decision was
    taken on another reading, so it is not applied silently."""


def settle_sections(first: pd.DataFrame, adjudicated: pd.DataFrame) -> pd.DataFrame:
    """The first reading's ranges with the adjudicated kind (or kinds accepted alike) on each paragraph decided; a
    decided paragraph becomes a range of its own."""
    if adjudicated.empty or first.empty:
        return first
    decided = {(row.lang, int(row.year), int(row.para_id)): row for row in adjudicated.itertuples(index=False)}
    rows = []
    for row in first.itertuples(index=False):
        start = int(row.first_para)
        for para in range(int(row.first_para), int(row.last_para) + 1):
            decision = decided.pop((row.lang, int(row.year), para), None)
            if decision is None:
                continue
            if decision.first_reading != row.section_kind:
                raise StaleAdjudication(
                    f"sections: {row.lang} {row.year} ¶{para} was read {row.section_kind}, "
                    f"adjudicated as read {decision.first_reading}"
                )
            if start < para:
                rows.append(row._replace(first_para=start, last_para=para - 1))
            rows.append(
                row._replace(
                    first_para=para,
                    last_para=para,
                    section_kind=decision.section_kind,
                    note=f"adjudicated: {decision.first_reason}",
                )
            )
            start = para + 1
        if start <= int(row.last_para):
            rows.append(row._replace(first_para=start, last_para=int(row.last_para)))
    if decided:
        raise StaleAdjudication(f"sections: adjudicated paragraphs no reading holds: {sorted(decided)}")
    return pd.DataFrame(rows, columns=first.columns)


# A figure of the targets sample is known by its paragraph and its text; a figure drawn from the text, by its paragraph
# and where in it the draw fell (two draws may fall on the same figure text in one paragraph).
SAMPLED_AS = ("figure_text",)
DRAWN_AT = ("start",)
# What a drawn figure's reading holds: whether it is an amount, and which (its kind and category are not asked).
DRAWN_FIELDS = ("value", "value_high", "unit")


def settle_sample(
    first: pd.DataFrame, adjudicated: pd.DataFrame, known_by: tuple[str, ...] = SAMPLED_AS
) -> pd.DataFrame:
    """The first reading of the targets sample (or of the figures drawn from the text) with the adjudicated value (or
    values accepted alike) of each field decided; a number is decided as one value. A row is known by its paragraph
    and `known_by`."""
    if adjudicated.empty or first.empty:
        return first
    settled = first.copy()
    # The rows by their key, found once: a mask over the whole sample for each decision cost more than the rest of
    # loading the gold.
    numeric_key = [pd.api.types.is_numeric_dtype(settled[column]) for column in known_by]
    keys = zip(
        settled["lang"], settled["year"], settled["para_id"], *(settled[column] for column in known_by), strict=True
    )
    rows_by_key: dict[tuple, list] = {}
    for label, key in zip(settled.index, keys, strict=True):
        rows_by_key.setdefault(key, []).append(label)
    for row in adjudicated.itertuples(index=False):
        known = [getattr(row, column) for column in known_by]
        key = (
            row.lang,
            int(row.year),
            int(row.para_id),
            *(float(k) if n else k for k, n in zip(known, numeric_key, strict=True)),
        )
        at = rows_by_key.get(key, [])
        numeric = row.field in ("value", "value_high")
        read = settled.at[at[0], row.field] if len(at) == 1 else None
        if len(at) != 1 or not (
            same_value(read, float(row.first_reading) if row.first_reading else None)
            if numeric
            else read == row.first_reading
        ):
            where = " ".join(str(getattr(row, column)) for column in known_by)
            raise StaleAdjudication(
                f"targets sample: {row.lang} {row.year} ¶{row.para_id} {where} "
                f"{row.field} is not read {row.first_reading!r} once"
            )
        settled.at[at[0], row.field] = (float(row.value) if row.value else np.nan) if numeric else row.value
    return settled


def apply_conventions(settled: pd.DataFrame, conventions: pd.DataFrame) -> pd.DataFrame:
    """The settled sample with the readings of a convention settled after its rows were read (the category of money,
    2026-11-30: data/gold/README.md): each row was read again under the convention, blind to the extractor and to the
    gold, and takes the reading at least two of its readers chose; `settled_reading` is the gold it was read over, and
    a row whose gold has since changed is refused, as a stale adjudication is."""
    if conventions.empty:
        return settled
    return settle_sample(settled, conventions.rename(columns={"settled_reading": "first_reading"}))


def settle_renderings(first: pd.DataFrame, adjudicated: pd.DataFrame) -> pd.DataFrame:
    """The first reading of the renderings with the adjudicated rendering (or renderings accepted alike: where the
    year's sentences split between two forms, or the adjudicators did) of each term-year decided."""
    if adjudicated.empty or first.empty:
        return first
    decided = {(row.term, str(row.year)): row for row in adjudicated.itertuples(index=False)}
    settled = first.copy()
    for index, row in first.iterrows():
        decision = decided.pop((row["term"], str(row["year"])), None)
        if decision is None:
            continue
        if decision.first_reading != row["rendering"]:
            raise StaleAdjudication(
                f"renderings: {row['term']} {row['year']} was read {row['rendering']!r}, "
                f"adjudicated as read {decision.first_reading!r}"
            )
        settled.at[index, "rendering"] = decision.rendering
    if decided:
        raise StaleAdjudication(f"renderings: adjudicated term-years no reading holds: {sorted(decided)}")
    return settled


def same_number(left: pd.Series, right: pd.Series) -> pd.Series:
    """Equal values, or both empty; relative tolerance for float noise only (2.18万亿 * 1e12)."""
    both_empty = left.isna() & right.isna()
    close = np.isclose(left.astype(float), right.astype(float), rtol=1e-6, atol=1e-9)
    return pd.Series(both_empty | close, index=left.index)


def same_value(left: float | None, right: float | None) -> bool:
    """same_number for two single values, without building Series (the comparison loops call it often)."""
    left_empty, right_empty = pd.isna(left), pd.isna(right)
    if left_empty or right_empty:
        return bool(left_empty and right_empty)
    # np.isclose's own test (|a - b| <= atol + rtol * |b|), written out: on two floats it is fifty times faster, and the
    # evaluation calls it some 35,000 times a build.
    left, right = float(left), float(right)
    return left == right or abs(left - right) <= 1e-9 + 1e-6 * abs(right)


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("nan")


def _gold_scope(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Predictions only for report-years and metrics the gold standard covers (so precision is fair)."""
    read = [(lang, year) for lang, years in KEY_FIGURES_READ.items() for year in years]
    in_scope = pd.MultiIndex.from_frame(predicted[["lang", "report_year"]]).isin(read)
    return predicted[in_scope & predicted["metric_key"].isin(set(gold["metric_key"]))]


def compare_key_figures(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """One row per key (lang, role, report year, metric) in either table, with what matches."""
    predicted = _gold_scope(predicted, gold)
    merged = gold.merge(predicted, on=KEY, how="outer", suffixes=("_gold", "_found"), indicator=True)
    merged["in_gold"] = merged["_merge"] != "right_only"
    merged["found"] = merged["_merge"] != "left_only"
    matched = merged["_merge"] == "both"
    for field in FIGURE_FIELDS + ["year", "para_id"]:
        gold_column, found_column = merged[f"{field}_gold"], merged[f"{field}_found"]
        equal = gold_column == found_column if field in ("unit", "modifier") else same_number(gold_column, found_column)
        merged[f"{field}_right"] = matched & equal
    merged["right"] = matched & merged[[f"{field}_right" for field in FIGURE_FIELDS + ["year"]]].all(axis=1)
    merged["era"] = merged["report_year"].map(era_of)
    return merged.drop(columns="_merge")


def summarise_key_figures(comparison: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall of whole key figures, per language, era and role; and per field."""
    rows = []
    for (lang, era, role), group in comparison.groupby(["lang", "era", "role"]):
        rows.append(_summary_row(group, {"lang": lang, "era": era, "role": role}))
    for (lang, role), group in comparison.groupby(["lang", "role"]):
        rows.append(_summary_row(group, {"lang": lang, "era": "all", "role": role}))
    return pd.DataFrame(rows)


def _summary_row(group: pd.DataFrame, scope: dict) -> dict:
    matched = group[group["in_gold"] & group["found"]]
    row = scope | {
        "gold": int(group["in_gold"].sum()),
        "found": int(group["found"].sum()),
        "right": int(group["right"].sum()),
        "precision": _ratio(group["right"].sum(), group["found"].sum()),
        "recall": _ratio(group["right"].sum(), group["in_gold"].sum()),
    }
    for field in FIGURE_FIELDS:
        row[f"{field}_accuracy"] = _ratio(matched[f"{field}_right"].sum(), len(matched))
    return row


def report_years_all_right(comparison: pd.DataFrame, role: str = "target") -> pd.DataFrame:
    """Per language, the share of report-years whose main annual targets (the ledger's metrics) are all found
    with value, range and modifier right."""
    main = set(metric_keys(ledger_only=True))
    gold = comparison[comparison["in_gold"] & (comparison["role"] == role) & comparison["metric_key"].isin(main)]
    per_year = gold.groupby(["lang", "report_year"])["right"].all().reset_index()
    return per_year.groupby("lang")["right"].agg(["mean", "size", "sum"]).reset_index()


def expand_sections(gold_sections: pd.DataFrame) -> pd.DataFrame:
    rows = [
        {"lang": row.lang, "year": int(row.year), "para_id": para, "gold_kind": row.section_kind}
        for row in gold_sections.itertuples()
        for para in range(int(row.first_para), int(row.last_para) + 1)
    ]
    return pd.DataFrame(rows)


def compare_sections(paragraphs: pd.DataFrame, gold_sections: pd.DataFrame) -> pd.DataFrame:
    gold = expand_sections(gold_sections)
    merged = gold.merge(
        paragraphs[["lang", "year", "para_id", "section_kind"]], on=["lang", "year", "para_id"], how="left"
    )
    merged["right"] = [
        isinstance(found, str) and found in accepted.split(ALTERNATIVES)
        for accepted, found in zip(merged["gold_kind"], merged["section_kind"], strict=True)
    ]
    merged["era"] = merged["year"].map(era_of)
    return merged


def compare_readers(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Per paragraph read twice: the two readers' kinds and whether they agree (the ceiling of any extractor
    measured against one of them: where two careful readers differ, the definition leaves room)."""
    if second.empty:
        return pd.DataFrame(columns=["lang", "year", "para_id", "gold_kind", "gold_kind_second", "agree", "era"])
    both = expand_sections(first).merge(
        expand_sections(second), on=["lang", "year", "para_id"], suffixes=("", "_second")
    )
    both["agree"] = both["gold_kind"] == both["gold_kind_second"]
    both["era"] = both["year"].map(era_of)
    return both


def section_misses(comparison: pd.DataFrame, readers: pd.DataFrame) -> pd.DataFrame:
    """The paragraphs whose kind is not the hand-read one (compare_sections), as runs of neighbours that miss the
    same way: language, year, first and last paragraph, the reading, the kind found, and the second reader's kind
    where the report was read twice (compare_readers; empty where not)."""
    same_way = ["lang", "year", "gold_kind", "section_kind", "second_reader"]
    second = readers[["lang", "year", "para_id", "gold_kind_second"]].rename(
        columns={"gold_kind_second": "second_reader"}
    )
    wrong = (
        comparison[~comparison["right"]]
        .merge(second, on=["lang", "year", "para_id"], how="left")
        .fillna({"second_reader": ""})
        .sort_values(["lang", "year", "para_id"])
    )
    # A run ends where the next paragraph is not the next one, or misses another way.
    starts = (wrong[same_way] != wrong[same_way].shift()).any(axis=1) | (wrong["para_id"].diff() != 1)
    runs = wrong.groupby(starts.cumsum().to_numpy()).agg(
        first_para=("para_id", "first"), last_para=("para_id", "last"), **{key: (key, "first") for key in same_way}
    )
    return runs[["lang", "year", "first_para", "last_para", "gold_kind", "section_kind", "second_reader"]].astype(
        {"year": int, "first_para": int, "last_para": int}
    )


def summarise_sections(comparison: pd.DataFrame, readers: pd.DataFrame) -> pd.DataFrame:
    """Accuracy per language and era (and over every era), with, where a second reader read some of the
    era's reports, how many paragraphs were read twice, the share on which the two readers agree, and the
    accuracy on the paragraphs they agree on (where the definition leaves no doubt)."""
    agreed = comparison.merge(readers[readers["agree"]][["lang", "year", "para_id"]], on=["lang", "year", "para_id"])
    rows = []
    groups = [((lang, era), group) for (lang, era), group in comparison.groupby(["lang", "era"])]
    groups += [((lang, "all"), group) for lang, group in comparison.groupby("lang")]
    for (lang, era), group in groups:
        twice = readers[(readers["lang"] == lang) & ((readers["era"] == era) | (era == "all"))]
        rows.append(
            {
                "lang": lang,
                "era": era,
                "reports": group["year"].nunique(),
                "paragraphs": len(group),
                "accuracy": group["right"].mean(),
                "read twice": len(twice),
                "readers agree": twice["agree"].mean() if len(twice) else float("nan"),
                "accuracy where readers agree": agreed[
                    (agreed["lang"] == lang) & ((agreed["era"] == era) | (era == "all"))
                ]["right"].mean(),
            }
        )
    return pd.DataFrame(rows)


def _rows_by_paragraph(targets: pd.DataFrame, read: pd.DataFrame) -> dict[tuple[str, int, int], list[dict]]:
    """The targets rows of each paragraph the hand-read rows come from (lang, year, para_id), as records of the fields
    compared: only those rows and columns (the sentences are most of the table's bytes), and no per-row DataFrame, since
    either costs more than the comparison itself."""
    wanted = {(row.lang, int(row.year), int(row.para_id)) for row in read.itertuples()}
    kept = [key in wanted for key in zip(targets["lang"], targets["year"], targets["para_id"], strict=True)]
    by_paragraph: dict[tuple[str, int, int], list[dict]] = {}
    columns = [column for column in ("lang", "year", "para_id", *TARGET_ROW_FIELDS) if column in targets.columns]
    chosen = targets.loc[kept, columns]
    # Column by column (Arrow gives a column as a list at once; to_dict walks each cell), then row by row.
    for values in zip(*(chosen[column].tolist() for column in columns), strict=True):
        record = dict(zip(columns, values, strict=True))
        by_paragraph.setdefault((record["lang"], int(record["year"]), int(record["para_id"])), []).append(record)
    return by_paragraph


# The reader's word on a statement whose figure counts town and country together (城乡电话总容量…达到2860万门):
# a rural-connectivity statement, but its figure is not rural connectivity.
NOT_A_RURAL_FIGURE = "is_rural_figure=no"


def is_rural_figure(gold_rural: pd.DataFrame) -> pd.Series:
    """Per hand-read rural row, whether the reader read its figure as rural connectivity."""
    notes = gold_rural["note"] if "note" in gold_rural else pd.Series("", index=gold_rural.index)
    return ~notes.fillna("").astype(str).str.contains(NOT_A_RURAL_FIGURE, regex=False)


def compare_rural(targets: pd.DataFrame, gold_rural: pd.DataFrame) -> pd.DataFrame:
    """Each hand-read rural statement with a figure: is it in the targets table, and is it labelled rural connectivity
    (`rural_figure`: whether the reader read the figure as one; the labelled share counts only those)?"""
    gold = gold_rural[gold_rural["value"].notna()].copy()
    gold["rural_figure"] = is_rural_figure(gold)
    rows = []
    by_paragraph = _rows_by_paragraph(targets, gold)
    for row in gold.itertuples():
        candidates = by_paragraph.get((row.lang, int(row.year), int(row.para_id)), [])
        with_value = [extracted for extracted in candidates if same_value(extracted["value"], row.value)]
        rows.append(
            {
                "lang": row.lang,
                "year": int(row.year),
                "para_id": int(row.para_id),
                "link": row.link,
                "value": row.value,
                "found": bool(with_value),
                "rural_figure": row.rural_figure,
                "rural": any(extracted["category"] == RURAL_CONNECTIVITY for extracted in with_value),
            }
        )
    return pd.DataFrame(rows)


def rural_precision(targets: pd.DataFrame, gold_rural: pd.DataFrame) -> pd.DataFrame:
    """Of the rows labelled rural connectivity in the years read (zh 1990–2026, en), how many are a hand-read rural figure."""
    gold = gold_rural[gold_rural["value"].notna() & is_rural_figure(gold_rural)]
    known = {(row.lang, int(row.year), int(row.para_id), round(float(row.value), 6)) for row in gold.itertuples()}
    rural = targets[(targets["category"] == RURAL_CONNECTIVITY) & (targets["year"] >= 1990)]
    hits = [(row.lang, row.year, row.para_id, round(row.value, 6)) in known for row in rural.itertuples()]
    rural = rural.assign(right=hits)
    return rural.groupby("lang")["right"].agg(["mean", "size", "sum"]).reset_index()


def compare_targets_sample(targets: pd.DataFrame, sample: pd.DataFrame) -> pd.DataFrame:
    """The random sample read by hand: per sampled figure, which fields of the extracted row are right.

    A sampled figure that is not an amount (a name such as 四人帮 or COVID-19, a list number) is right
    when the table no longer holds a row of the value it was misread as; an amount is right when its
    row is there with every field right."""
    rows = []
    by_paragraph = _rows_by_paragraph(targets, sample)
    for row in sample.itertuples():
        candidates = by_paragraph.get((row.lang, int(row.year), int(row.para_id)), [])
        result = {"lang": row.lang, "year": int(row.year), "para_id": int(row.para_id), "is_amount": row.is_amount}
        if row.is_amount != "yes":
            kept = any(same_value(extracted["value"], row.misread_value) for extracted in candidates)
            rows.append(result | {"found": kept, "right": not kept})
            continue
        with_value = [extracted for extracted in candidates if same_value(extracted["value"], row.value)]
        result["found"] = bool(with_value)
        if not with_value:
            rows.append(result | {"right": False})
            continue
        # A paragraph may give the same value twice (GDP growth 5.2% and unemployment 5.2%): the sampled
        # figure is the row that reads it best.
        readings = [_fields_right(row, extracted) for extracted in with_value]
        fields = max(readings, key=lambda reading: sum(reading.values()))
        result |= {f"{field}_right": right for field, right in fields.items()}
        result["right"] = all(fields.values())
        rows.append(result)
    return pd.DataFrame(rows)


def sample_fields_right(sample: pd.DataFrame) -> pd.DataFrame:
    """Per sampled row, whether the table reads it right: is it an amount (every row), each field (the rows read as
    amounts; False where the table has no row of that value, empty on the rows read as no amount), every field."""
    amounts = sample["is_amount"] == "yes"
    fields = pd.DataFrame({"is_amount": sample["found"] == amounts}, index=sample.index)
    for field in TARGET_ROW_FIELDS:
        fields[field] = sample.get(f"{field}_right", pd.Series(False, index=sample.index)).eq(True).where(amounts)
    fields["every field"] = sample["right"].astype(bool)
    return fields


def compare_sample_readers(
    first: pd.DataFrame,
    second: pd.DataFrame,
    fields: Sequence[str] = TARGET_ROW_FIELDS,
    placed_by: tuple[str, ...] = (),
) -> pd.DataFrame:
    """The two readings of the sample (or of the figures drawn from the text: `fields` DRAWN_FIELDS, `placed_by`
    DRAWN_AT), row by row, the same rows in the same order: do they agree that the figure is an amount, on each field
    where both read an amount, and on everything."""
    key = ["lang", "year", "para_id", *placed_by]
    if len(first) != len(second) or not (first[key].values == second[key].values).all():
        raise ValueError("the second reading must hold the first's rows in the same order")
    both = (first["is_amount"] == "yes") & (second["is_amount"] == "yes")
    agree = pd.DataFrame({"is_amount": first["is_amount"] == second["is_amount"]}, index=first.index)
    for field in fields:
        pairs = zip(first[field], second[field], strict=True)
        if field in ("value", "value_high"):
            same = [same_value(left, right) for left, right in pairs]
        else:
            same = [(left or None) == (right or None) for left, right in pairs]
        agree[field] = pd.Series(same, index=first.index).where(both)
    agree["every field"] = agree["is_amount"] & agree[list(fields)].fillna(True).all(axis=1)
    return agree


def _either(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Right by one reading or the other, on the rows and fields either reading applies to (a figure one reader took
    for no amount, "几十亿元", has the other's value and unit)."""
    return (first.fillna(False).astype(bool) | second.fillna(False).astype(bool)).where(first.notna() | second.notna())


def _field_shares(fields: pd.DataFrame) -> dict[str, float]:
    """The share of rows right per field, each over the rows it applies to (an empty cell does not count)."""
    return {field: float(fields[field].dropna().astype(bool).mean()) for field in fields.columns}


def _fields_right(wanted, extracted: Mapping) -> dict[str, bool]:
    """Per field of a target row, whether the extracted row reads it as the hand-read one does (as one of the readings
    an adjudication accepted alike, where it accepted two)."""
    fields = {}
    for field in TARGET_ROW_FIELDS:
        want, got = getattr(wanted, field), extracted[field]
        if field in ("value", "value_high"):
            fields[field] = same_value(want, got)
        else:
            accepted = [reading or None for reading in (want or "").split(ALTERNATIVES)]
            fields[field] = (got if isinstance(got, str) and got else None) in accepted
    return fields


def compare_ledger(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The headline metrics' ledger built from the extracted key figures against the one built from the gold standard."""

    gold_figures = gold.rename(columns={"quote": "sentence"})
    rows = []
    for lang, group in gold_figures.groupby("lang"):
        years = sorted(set(group["report_year"].astype(int)) | set(group["year"].astype(int)))
        metrics = [key for key in HEADLINE_METRICS if key in set(group["metric_key"])]
        expected = stated_rows(compute_ledger(group, years, lang, years, metrics))
        got = compute_ledger(predicted, years, lang, years, metrics).set_index(["metric_key", "year"])
        for row in expected.itertuples(index=False):
            found = got.loc[(row.metric_key, row.year)]
            right = (
                all(
                    same_value(getattr(row, field), found[field])
                    for field in ("target_value", "target_high", "outcome_value")
                )
                and row.modifier == found["modifier"]
            )
            rows.append({"lang": lang, "metric_key": row.metric_key, "year": row.year, "right": bool(right)})
    return pd.DataFrame(rows)


# What the extraction must reach (the facts issue's floors) ...
GOALS = {
    "key_figures_precision": 0.97,
    "key_figures_recall": 0.90,
    "main_targets_report_years": 0.98,
    "sections_accuracy_per_era": 0.97,
    "rural_recall": 0.95,
    "targets_sample_all_fields": 0.97,
    # Not the facts issue's: the project's own, as high as the share of rows right it asks for.
    "targets_recall": 0.97,
    "ledger_headline": 1.0,
    "theme_hits_right": 0.95,
    "theme_languages_agree": 0.90,
    "renderings_right": 0.90,
}
# ... and what it may never fall below: the figures measured when these rules were last changed, rounded
# down. The suite fails under a floor; raise a floor whenever a change raises its figure.
FLOORS = {
    "key_figures_precision": 0.99,
    "key_figures_recall": 0.97,
    "main_targets_report_years": 0.98,
    # 0.920 on 51 reports (zh 1954–1977; 1978–1992 0.967; 1993–2012 0.983; English 1.0). Every report of 1954–1992 is in
    # the gold, so those eras' figures are theirs, not a sample's. Reports read fresh on 2026-11-30, as first measured:
    # zh 1955 0.446, 1982 0.617, 1987 0.781, 1993 0.824, 1996 0.948, 1997 0.959, 2005 0.993, 2000 0.975, 1998 0.952, the rest 1.0. The history
    # of each rule's effect is in data/gold/HISTORY.md.
    "sections_accuracy_per_era": 0.90,
    "rural_recall": 0.97,
    # 0.895 on 6,748 rows, sixty random draws (0.904 on the 6,239 of the first fifty-seven, before the counts in
    # Chinese numerals added the fifty-eighth's 462 rows, 0.755 of them right; 0.851 on the first 1,499, whose figure the
    # thirteenth's fresh rows lowered: the floor followed the larger sample, not a change of rules; raised from 0.84 to 0.88 on
    # 2026-11-30's tenth round, when the rules of that round had lifted the figure from 0.881 to 0.895 while the
    # sample grew by 1,066 rows). Each draw as first measured, with the rules of the draw before it: 0.743 (third),
    # 0.700 (fourth), 0.682 (fifth), 0.688 (sixth), 0.760 (seventh), 0.744 (eighth), 0.664 (ninth; 0.704 with the
    # categories' rules written before it was read), 0.736 (tenth), 0.724 (eleventh, 105 rows: 0.686 with the rules
    # of the session before), 0.775 (twelfth, 80 rows: 0.788 with the rules of the session before), 0.760
    # (thirteenth, 150 rows), 0.793 (fourteenth, 150 rows: 0.800 with the rules of the round before), 0.793
    # (fifteenth, 150 rows), 0.793 (sixteenth, 150 rows: 0.780 with the rules of the round before), 0.840
    # (seventeenth, 150 rows), 0.833 (eighteenth, 150 rows), 0.800 (nineteenth, 150 rows), 0.820 (twentieth, 150
    # rows), 0.827 (twenty-first, 150 rows), 0.833 (twenty-second, 150 rows), 0.757 (twenty-third, 144 rows), 0.833
    # (twenty-fourth, 138 rows), 0.793 (twenty-fifth, 135 rows), 0.838 (twenty-sixth, 130 rows), 0.791
    # (twenty-seventh, 129 rows), 0.805 (twenty-eighth, 128 rows), 0.833 (twenty-ninth, 126 rows), 0.849 (thirtieth,
    # 126 rows), 0.856 (thirty-first, 125 rows), 0.810 (thirty-second, 121 rows), 0.829 (thirty-third, 111 rows),
    # 0.817 (thirty-fourth, 109 rows), 0.840 (thirty-fifth, 106 rows), 0.840 (thirty-sixth, 106 rows), 0.887
    # (thirty-seventh, 106 rows), 0.867 (thirty-eighth, 105 rows), 0.883 (thirty-ninth, 103 rows), 0.838 (fortieth,
    # 99 rows), 0.883 (forty-first, 94 rows), 0.913 (forty-second, 92 rows), 0.931 (forty-third, 87 rows), 0.841
    # (forty-fourth, 82 rows), 0.852 (forty-fifth, 81 rows), 0.875 (forty-sixth, 80 rows), 0.863 (forty-seventh, 73
    # rows), 0.909 (forty-eighth, 66 rows), 0.790 (forty-ninth, 62 rows), 0.885 (fiftieth, 61 rows), 0.931
    # (fifty-first, 58 rows), 0.923 (fifty-second, 52 rows), 0.750 (fifty-third, 44 rows), 0.971 (fifty-fourth, 35
    # rows), 0.963 (fifty-fifth, 27 rows), 0.818 (fifty-sixth, 22 rows), 0.740 (fifty-seventh, 77 rows,
    # every figure of the table no reading held), 0.654 (fifty-eighth, 462 rows, every figure the counts in Chinese
    # numerals added), 0.900 (fifty-ninth, 20 rows, every figure the English unit written once for two added), 0.667
    # (sixtieth, 27 rows, every figure 余 and square metres added); the history of each rule's effect is in
    # data/gold/HISTORY.md.
    "targets_sample_all_fields": 0.88,
    # 0.957 of the 376 amounts among 600 figures drawn at random from the texts in two draws (2026-11-30). The first
    # draw's 192: 0.875 as first measured (zh 1954–1977 0.667 → 0.917) before counts and multiples in Chinese numerals
    # (四十七个, 一点四倍) were amounts as in digits, 0.943 before the first of two English figures took the unit written once
    # for both ("from 40 to 45 yuan"), 0.953 after. The second's 184, read after those rules: 0.951 as first measured, 0.962
    # once 余 after a numeral was more than (一亿六千余万亩) and square metres were measured. What it still misses: spans of
    # years and ages (连续十三年, 70岁), a unit it does not know (担), English "a billion", a pair's unit "respectively".
    "targets_recall": 0.95,
    "ledger_headline": 1.0,
    "theme_hits_right": 0.95,
    "theme_languages_agree": 0.93,
    # 0.775 on 175 terms, 1,480 term-years (on the first 155: 0.775, 0.769 before a leading owner was dropped, 0.766
    # before capitals were no function words; on the first 135, 0.754 before the word translations, 0.764 after). Each set
    # of 20 terms read after the rules, as first measured: 0.644, 0.639, 0.803, 0.589 (0.650 with the rule for terms
    # inside a longer token, written before the set was read; the floor fell from 0.76 with the fourth set, not with a
    # change), 0.776 (the fifth, read after the word translations, which moved none of its term-years), 0.772 (the sixth,
    # read after the fifth's rules, which moved none of its term-years either). Picking the best of each year's linked
    # phrases by hand would name 0.848 of the first 888: the goal needs a better word alignment (data/gold/HISTORY.md).
    "renderings_right": 0.75,
}
# A theme and language needs this many hits read by hand before its share right counts.
MIN_THEME_HITS_READ = 5


def measure_translations(alignment: pd.DataFrame, gold: Gold) -> dict:
    """The measures of the aligned pairs alone: the themes in both languages, the concordance's renderings."""
    result = {}
    languages = compare_languages(alignment)
    if not languages.empty:
        result["theme_languages"] = languages.to_dict("records")
    renderings = measure_renderings(alignment, gold)
    if renderings:
        result["renderings"] = renderings
    return result


def compute_evaluation(
    data: ReportData, gold: Gold | None = None, translations: Callable[[], dict] | None = None
) -> dict:
    """Every figure the command prints, as plain numbers (also what the About page shows), against `gold`
    (load_gold(), read once by a caller that uses it again). Only reports built from the very texts the gold
    standard was read from are measured; with none, `applies` is False. `translations` gives
    measure_translations' result when the caller has it under way already (the build runs it in a worker
    meanwhile)."""
    gold = (gold if gold is not None else load_gold()).for_documents(data.documents)
    if gold.key_figures.empty or gold.sections.empty:
        return {"applies": False, "below_floor": []}
    figures = compare_key_figures(data.key_figures, gold.key_figures)
    figure_summary = summarise_key_figures(figures)
    sections = compare_sections(data.paragraphs, gold.sections)
    rural = compare_rural(data.targets, gold.rural)
    ledger = compare_ledger(data.key_figures, gold.key_figures)
    result = {
        "applies": True,
        "key_figures": figure_summary.to_dict("records"),
        "key_figures_total": {
            "gold": int(figures["in_gold"].sum()),
            "found": int(figures["found"].sum()),
            "right": int(figures["right"].sum()),
        },
        "main_targets_report_years": report_years_all_right(figures).to_dict("records"),
        "sections": _records(summarise_sections(sections, compare_readers(gold.sections_first, gold.sections_second))),
        "rural": rural.groupby("lang")["found"]
        .mean()
        .to_frame()
        .join(rural[rural["rural_figure"]].groupby("lang")["rural"].mean())
        .reset_index()
        .to_dict("records"),
        "rural_counts": rural.groupby("lang").size().to_dict(),
        "rural_precision": rural_precision(data.targets, gold.rural).to_dict("records"),
        "ledger": ledger.groupby(["lang", "metric_key"])["right"]
        .agg(["mean", "size"])
        .reset_index()
        .to_dict("records"),
        "gold_rows": {
            "key_figures": len(gold.key_figures),
            "section_reports": int(gold.sections[["lang", "year"]].drop_duplicates().shape[0]),
            "section_paragraphs": int(len(sections)),
            "rural": len(gold.rural),
            "targets_sample": len(gold.targets_sample),
            "targets_recall": len(gold.targets_recall),
            "section_reports_read_twice": int(gold.sections_second[["lang", "year"]].drop_duplicates().shape[0])
            if not gold.sections_second.empty
            else 0,
            "theme_hits": len(gold.theme_hits_sample),
            "rendering_terms": int(gold.renderings["term"].nunique()) if not gold.renderings.empty else 0,
        },
    }
    if not gold.targets_sample.empty:
        result["targets_sample"] = measure_targets_sample(data.targets, gold)
    if not gold.targets_recall.empty:
        result["targets_recall"] = measure_targets_recall(data.targets, gold)
    if not gold.theme_hits_sample.empty:
        result["theme_hits"] = compare_theme_sample(gold.theme_hits_sample).to_dict("records")
    result |= translations() if translations else measure_translations(data.alignment, gold)
    result["below_floor"] = below_floor(result)
    return result


def measure_targets_sample(targets: pd.DataFrame, gold: Gold) -> dict:
    """The random sample read by hand: how often the table is right, field by field; with a second reading, how
    often it is right by one reading or the other and how far the two readers agree."""
    sample = compare_targets_sample(targets, gold.targets_sample)
    amounts = sample[sample["is_amount"] == "yes"]
    not_amounts = sample[sample["is_amount"] != "yes"]
    fields = sample_fields_right(sample)
    measured = {
        "rows": len(sample),
        "amounts": len(amounts),
        "found": float(amounts["found"].mean()),
        # Sampled rows that are no amount at all and are still in the table: every field of them is wrong.
        "not_amounts_kept": int(not_amounts["found"].sum()),
        # Over every sampled row, not only the amounts: a row that should not exist is a wrong row.
        "all_fields_right": float(sample["right"].mean()),
        "fields": _field_shares(fields.drop(columns="every field")),
    }
    if gold.targets_sample_second.empty:
        return measured
    first = sample_fields_right(compare_targets_sample(targets, gold.targets_sample_first))
    second = sample_fields_right(compare_targets_sample(targets, gold.targets_sample_second))
    readers = compare_sample_readers(gold.targets_sample_first, gold.targets_sample_second)
    return measured | {
        "read_twice": len(readers),
        "either_reader": _field_shares(_either(first, second)),
        "readers_agree": _field_shares(readers),
    }


# The number a drawn figure writes, as a misreading would take it: digits of any width without their separators, and the
# magnitudes written after them (5万, 531 million), as the extractor scales them.
MAGNITUDES = ZH_MULTIPLIER | EN_SCALE
DIGITS = re.compile(rf"^(\d+(?:\.\d+)?)\s*({'|'.join(sorted(MAGNITUDES, key=len, reverse=True))})?$", re.IGNORECASE)


def drawn_number(drawn: str) -> float | None:
    """The value a table row would hold had it read this drawn figure as an amount (a year 1981 as 1981, 十二五's
    numeral as nothing): digits with their magnitude, a Chinese numeral cn2an reads whole; None otherwise."""
    text = normalise(drawn).replace(",", "").strip()
    digits = DIGITS.match(text)
    if digits:
        return float(digits[1]) * MAGNITUDES.get((digits[2] or "").lower(), 1)
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):  # cn2an refuses what is no single numeral (亿万, 十二五's 十二五)
        return None


def compare_targets_recall(targets: pd.DataFrame, drawn: pd.DataFrame) -> pd.DataFrame:
    """Figures drawn at random from the reports' text and read by hand: per figure, whether the table holds it. An
    amount is found when a row of its paragraph holds its value (`unit_right`: one of those rows in its unit too); a
    figure that is no amount (a year, a list number, a name's numeral) is `kept` when a row of its paragraph holds the
    number it writes, read as an amount."""
    rows = []
    by_paragraph = _rows_by_paragraph(targets, drawn)
    for row in drawn.itertuples():
        candidates = by_paragraph.get((row.lang, int(row.year), int(row.para_id)), [])
        result = {
            "lang": row.lang,
            "year": int(row.year),
            "para_id": int(row.para_id),
            "start": int(row.start),
            "figure_text": row.figure_text,
            "is_amount": row.is_amount == "yes",
        }
        if row.is_amount == "yes":
            with_value = [extracted for extracted in candidates if same_value(extracted["value"], row.value)]
            result |= {
                "found": bool(with_value),
                "unit_right": any(extracted["unit"] == row.unit for extracted in with_value),
                "kept": False,
            }
        else:
            number = drawn_number(row.drawn)
            kept = number is not None and any(same_value(extracted["value"], number) for extracted in candidates)
            result |= {"found": False, "unit_right": False, "kept": kept}
        rows.append(result)
    frame = pd.DataFrame(
        rows, columns=["lang", "year", "para_id", "start", "figure_text", "is_amount", "found", "unit_right", "kept"]
    )
    frame["era"] = frame["year"].map(era_of)
    return frame


def compare_recall_readers(first: pd.DataFrame, second: pd.DataFrame) -> pd.Series:
    """Per figure drawn, whether the two readers agree on it: both no amount, or both an amount of the same value,
    upper value and unit (the same figures in the same order)."""
    return compare_sample_readers(first, second, DRAWN_FIELDS, DRAWN_AT)["every field"]


def measure_targets_recall(targets: pd.DataFrame, gold: Gold) -> dict:
    """The table's recall on figures drawn from the text: per language and era, and in all, how many figures were
    drawn, how many are amounts, the share of those the table holds (and in their unit), how many of the rest it
    reads as amounts all the same, and (with a second reading) on how many the two readers agree."""
    compared = compare_targets_recall(targets, gold.targets_recall)
    if not gold.targets_recall_second.empty:
        compared["agree"] = compare_recall_readers(gold.targets_recall_first, gold.targets_recall_second).to_numpy()
    rows = []
    for (lang, era), group in [
        *compared.groupby(["lang", "era"]),
        *compared.assign(era="all").groupby(["lang", "era"]),
    ]:
        amounts = group[group["is_amount"]]
        row = {
            "lang": lang,
            "era": era,
            "figures": len(group),
            "amounts": len(amounts),
            "found": float(amounts["found"].mean()) if len(amounts) else float("nan"),
            "unit_right": float(amounts["unit_right"].mean()) if len(amounts) else float("nan"),
            "not_amounts_kept": int(group["kept"].sum()),
        }
        if "agree" in group:
            row["readers_agree"] = float(group["agree"].mean())
        rows.append(row)
    amounts = compared[compared["is_amount"]]
    measured = {
        "figures": len(compared),
        "amounts": len(amounts),
        "found": float(amounts["found"].mean()),
        "not_amounts": int((~compared["is_amount"]).sum()),
        "not_amounts_kept": int(compared["kept"].sum()),
        "by_era": rows,
    }
    if "agree" in compared:
        measured |= {"read_twice": len(compared), "readers_agree": float(compared["agree"].mean())}
    return measured


def measure_renderings(alignment: pd.DataFrame, gold: Gold) -> dict:
    """The concordance's renderings against the official ones read by hand (the settled reading; the agreement on
    the two readings as read, where they were read twice); nothing without the word links or the reading."""
    if gold.renderings.empty or "word_links" not in alignment.columns:
        return {}
    # The concordance's renderings, named once for every reading.
    named = named_renderings(alignment, [*gold.renderings["term"], *gold.renderings_second.get("term", [])])
    renderings = compare_renderings(gold.renderings, named)
    measured = {
        "terms": int(renderings["term"].nunique()),
        "term_years": len(renderings),
        "named": int((renderings["found"] != "").sum()),
        "right": int(renderings["right"].sum()),
    }
    if gold.renderings_second.empty:
        return measured
    by_first = compare_renderings(gold.renderings_first, named)[["term", "year", "right"]]
    second = compare_renderings(gold.renderings_second, named)[["term", "year", "right"]]
    both = by_first.merge(second, on=["term", "year"], how="left", suffixes=("", "_second"))
    return measured | {
        "read_twice": len(gold.renderings_second),
        "readers_agree": int(readers_agree(gold.renderings_first, gold.renderings_second).sum()),
        "right_by_either_reader": int((both["right"] | both["right_second"].eq(True)).sum()),
    }


def _records(frame: pd.DataFrame) -> list[dict]:
    """A table's rows for the saved JSON, an empty cell as null (JSON has no NaN)."""
    return [{key: None if pd.isna(value) else value for key, value in row.items()} for row in frame.to_dict("records")]


def _lowest(records: list[dict], field: str) -> float:
    values = [record[field] for record in records if not math.isnan(record[field])]
    return min(values) if values else float("nan")


def headline_figures(result: dict) -> dict[str, float]:
    """The figure each floor applies to."""
    total = result["key_figures_total"]
    headline = {
        "key_figures_precision": total["right"] / total["found"] if total["found"] else float("nan"),
        "key_figures_recall": total["right"] / total["gold"] if total["gold"] else float("nan"),
        "main_targets_report_years": _lowest(result["main_targets_report_years"], "mean"),
        "sections_accuracy_per_era": _lowest([r for r in result["sections"] if r["era"] != "all"], "accuracy"),
        "rural_recall": _lowest(result["rural"], "found"),
        "ledger_headline": _lowest(result["ledger"], "mean"),
    }
    if "targets_sample" in result:
        headline["targets_sample_all_fields"] = result["targets_sample"]["all_fields_right"]
    if "targets_recall" in result:
        headline["targets_recall"] = result["targets_recall"]["found"]
    if "theme_hits" in result:
        enough = [row for row in result["theme_hits"] if row["hits read"] >= MIN_THEME_HITS_READ]
        headline["theme_hits_right"] = _lowest(enough, "share right")
    if "theme_languages" in result:
        languages = pd.DataFrame(result["theme_languages"])
        headline["theme_languages_agree"] = languages["both"].sum() / languages["pairs"].sum()
    if "renderings" in result:
        headline["renderings_right"] = _ratio(result["renderings"]["right"], result["renderings"]["term_years"])
    return headline


def below_floor(result: dict) -> list[str]:
    return [
        f"{name}: {value:.3f} < floor {FLOORS[name]:.2f}"
        for name, value in headline_figures(result).items()
        if not (value >= FLOORS[name])
    ]


# The About page's trust tables in words (the evaluate command's CSV and console keep the codes): the
# languages, roles, eras, metrics and the fields of the targets sample. The column names stay English:
# the page gives each its header in the interface language, and formats some as percentages by name.
ROLE_LABELS = {"target": N_("target"), "outcome": N_("outcome")}
ERA_LABELS = {"all": N_("all")}  # the row of every era; an era itself reads as its years
SAMPLE_FIELD_LABELS = {
    "is_amount": N_("is a figure (not a name, year or list number)"),
    "value": N_("value"),
    "value_high": N_("upper value"),
    "unit": N_("unit"),
    "modifier": N_("modifier"),
    "kind": N_("kind"),
    "category": N_("category"),
    "metric_key": N_("metric"),
}


def compute_trust_tables(evaluation: dict) -> dict[str, pd.DataFrame]:
    """The evaluation summary as the tables a reader sees on the About page, in plain column names (English,
    headed on the page) and values in words of the interface language (languages, roles, eras, metrics, fields)."""
    figures = pd.DataFrame(evaluation["key_figures"]).rename(
        columns={"lang": "language", "role": "kind", "gold": "hand-read", "found": "extracted", "right": "right"}
    )
    # The measures first: on a phone the table scrolls sideways and the counts can wait.
    figures = figures[["language", "era", "kind", "precision", "recall", "hand-read", "extracted", "right"]]
    figures["kind"] = figures["kind"].map(partial(label_of, ROLE_LABELS))
    figures["era"] = figures["era"].map(partial(label_of, ERA_LABELS))
    report_years = pd.DataFrame(evaluation["main_targets_report_years"]).rename(
        columns={"lang": "language", "mean": "share all right", "size": "report-years", "sum": "all right"}
    )[["language", "share all right", "report-years", "all right"]]
    sections = pd.DataFrame(evaluation["sections"]).rename(columns={"lang": "language"})
    # The eras a second reader read again get their own table: on the others the agreement is no figure at all.
    # An evaluation saved before the second reading has no such columns, and no such table.
    readers = sections.reindex(
        columns=["language", "era", "read twice", "readers agree", "accuracy where readers agree"]
    ).dropna(subset=["readers agree"])
    readers["era"] = readers["era"].map(partial(label_of, ERA_LABELS))
    sections = sections[["language", "era", "accuracy", "reports", "paragraphs"]]
    sections["era"] = sections["era"].map(partial(label_of, ERA_LABELS))
    rural = pd.DataFrame(evaluation["rural"]).rename(
        columns={"lang": "language", "found": "found in targets", "rural": "labelled rural connectivity"}
    )
    rural.insert(1, "hand-read statements", rural["language"].map(evaluation["rural_counts"]))
    ledger = pd.DataFrame(evaluation["ledger"]).rename(
        columns={"lang": "language", "metric_key": "metric", "mean": "share right", "size": "years stated"}
    )
    ledger["metric"] = ledger["metric"].map(metric_label)
    tables = {
        "key_figures": figures,
        "report_years": report_years,
        "sections": sections,
        "rural": rural,
        "ledger": ledger,
    }
    if not readers.empty:
        tables["sections_readers"] = readers
    if "theme_hits" in evaluation:
        tables["theme_hits"] = pd.DataFrame(evaluation["theme_hits"]).rename(columns={"lang": "language"})
    if "theme_languages" in evaluation:
        languages = pd.DataFrame(evaluation["theme_languages"])
        languages.insert(1, "both languages", (languages["both"] / languages["pairs"]).round(3))
        tables["theme_languages"] = languages
    if "targets_sample" in evaluation:
        sample = evaluation["targets_sample"]
        fields = sample["fields"]
        tables["targets_sample"] = pd.DataFrame(
            {
                "field": [label_of(SAMPLE_FIELD_LABELS, field) for field in fields] + [_("every field")],
                "share right": [*fields.values(), sample["all_fields_right"]],
            }
        )
        for column, shares in (("right by either reader", "either_reader"), ("readers agree", "readers_agree")):
            if shares in sample:
                tables["targets_sample"][column] = [
                    *(sample[shares][field] for field in fields),
                    sample[shares]["every field"],
                ]
    if "targets_recall" in evaluation:
        recall = pd.DataFrame(evaluation["targets_recall"]["by_era"]).rename(
            columns={
                "lang": "language",
                "figures": "figures drawn",
                "found": "found in targets",
                "unit_right": "in its unit",
                "not_amounts_kept": "other figures read as amounts",
                "readers_agree": "readers agree",
            }
        )
        recall["era"] = recall["era"].map(partial(label_of, ERA_LABELS))
        columns = ["language", "era", "found in targets", "in its unit", "readers agree", "amounts", "figures drawn"]
        tables["targets_recall"] = recall.reindex(columns=[*columns, "other figures read as amounts"]).dropna(
            axis="columns", how="all"
        )
    if "renderings" in evaluation:
        read = evaluation["renderings"]
        tables["renderings"] = pd.DataFrame(
            {
                "terms": [read["terms"]],
                "term-years": [read["term_years"]],
                "named": [read["named"]],
                "right": [read["right"]],
                "share right": [_ratio(read["right"], read["term_years"])],
            }
        )
        if "readers_agree" in read:
            tables["renderings"]["right by either reader"] = _ratio(read["right_by_either_reader"], read["term_years"])
            tables["renderings"]["readers agree"] = _ratio(read["readers_agree"], read["read_twice"])
    for table in tables.values():
        if "language" in table.columns:
            table["language"] = table["language"].map(language_name)
    return tables
