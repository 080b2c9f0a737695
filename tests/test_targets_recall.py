"""The targets table's recall: figures drawn at random from the reports' text, read by hand, against the table."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from dashboard import config
from dashboard.analysis.data import EVALUATION_FILE
from dashboard.analysis.evaluation import (
    StaleAdjudication,
    compare_recall_readers,
    compare_targets_recall,
    drawn_number,
    load_gold,
    settle_sample,
)
from tests.helpers import REPO_ROOT, read_json

DRAW = config.GOLD_DIR / "briefs" / "targets_recall_draw.py"
WHERE = ["lang", "year", "para_id", "start", "drawn"]


def drawn(rows: list[tuple]) -> pd.DataFrame:
    columns = [*WHERE, "figure_text", "is_amount", "value", "value_high", "unit"]
    return pd.DataFrame(rows, columns=columns)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1981", 1981.0),
        ("１，０００", 1000.0),
        ("1503亿", 150_300_000_000.0),
        ("83.2 billion", 83_200_000_000.0),
        ("一九五七", 1957.0),
        ("二十点六", 20.6),
        ("十二五", None),  # a plan's name: cn2an reads no single number in it
        ("亿万", None),
    ],
)
def test_a_drawn_figure_is_read_as_the_number_it_writes(text, number):
    assert drawn_number(text) == number


def test_an_amount_drawn_from_the_text_is_found_by_a_row_of_its_paragraph_with_its_value():
    figures = drawn(
        [
            ("zh", 2016, 37, 10, "5万", "5万个", "yes", 50_000.0, None, "count"),
            ("zh", 1958, 56, 91, "四十七", "四十七个", "yes", 47.0, None, "count"),
            ("zh", 1981, 7, 20, "１９８１", "１９８１年", "no", None, None, ""),
            ("en", 2015, 39, 5, "3", "3%", "yes", 3.0, None, "%"),
        ]
    )
    table = pd.DataFrame(
        [
            {"lang": "zh", "year": 2016, "para_id": 37, "value": 50_000.0, "unit": "count"},
            {"lang": "zh", "year": 1981, "para_id": 7, "value": 1981.0, "unit": "units"},  # a year read as an amount
            {"lang": "en", "year": 2015, "para_id": 39, "value": 3.0, "unit": "percentage points"},
            {"lang": "zh", "year": 1958, "para_id": 57, "value": 47.0, "unit": "count"},  # the next paragraph's
        ]
    )
    compared = compare_targets_recall(table, figures)
    assert compared["found"].tolist() == [True, False, False, True]
    assert compared["unit_right"].tolist() == [True, False, False, False]
    assert compared["kept"].tolist() == [False, False, True, False]
    assert compared["era"].tolist() == ["2013–2026", "1954–1977", "1978–1992", "2013–2026"]


def test_two_readings_of_a_drawn_figure_agree_on_whether_it_is_an_amount_its_value_and_its_unit():
    first = drawn(
        [
            ("zh", 1975, 8, 40, "十三", "十三年", "no", None, None, ""),
            ("zh", 2016, 37, 10, "5万", "5万个", "yes", 50_000.0, None, "count"),
            ("zh", 2017, 3, 4, "6.5", "6.5%左右", "yes", 6.5, None, "%"),
        ]
    )
    second = first.copy()
    second.loc[0, ["figure_text", "is_amount", "value", "unit"]] = ["十三年", "yes", 13.0, "count"]
    second.loc[2, "figure_text"] = "6.5%"  # where the figure ends is no reading of it
    assert compare_recall_readers(first, second).tolist() == [False, True, True]
    with pytest.raises(ValueError, match="same order"):
        compare_recall_readers(first, second.iloc[::-1])


def test_an_adjudication_of_a_drawn_figure_applies_to_the_draw_it_names_and_to_no_other_reading():
    first = drawn(
        [
            ("zh", 1975, 8, 40, "十三", "十三年", "no", None, None, ""),
            ("zh", 1975, 8, 80, "十三", "十三年", "no", None, None, ""),
        ]
    )
    decided = pd.DataFrame(
        [("zh", "1975", "8", "40", "is_amount", "no", "yes"), ("zh", "1975", "8", "40", "value", "", "13")],
        columns=["lang", "year", "para_id", "start", "field", "first_reading", "value"],
    )
    settled = settle_sample(first, decided, ("start",))
    assert settled["is_amount"].tolist() == ["yes", "no"] and settled["value"].iloc[0] == 13.0
    with pytest.raises(StaleAdjudication, match="1975 ¶8 40 is_amount"):
        settle_sample(settled, decided, ("start",))  # decided on a reading the file no longer holds


def test_the_figures_read_are_the_draw_the_committed_script_makes_from_the_corpus(tmp_path):
    """The sample is reproducible: the brief's script, run with the seed and size the gold was drawn with, draws the very
    figures the readers read, in their order."""
    out = tmp_path / "drawn.csv"
    result = subprocess.run(
        [sys.executable, str(DRAW), "411", "60", str(out)], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    redrawn = pd.read_csv(out, dtype=str, keep_default_na=False)[WHERE]
    for name in ("targets_recall.csv", "targets_recall_second_reading.csv"):
        read = pd.read_csv(config.GOLD_DIR / name, dtype=str, keep_default_na=False)[WHERE]
        assert read.values.tolist() == redrawn.values.tolist(), name


def test_the_two_readers_differ_only_where_the_adjudicators_decided():
    gold = load_gold()
    agree = compare_recall_readers(gold.targets_recall_first, gold.targets_recall_second)
    differ = gold.targets_recall_first[~agree]
    decided = pd.read_csv(config.GOLD_DIR / "targets_recall_adjudicated.csv", dtype=str, keep_default_na=False)
    assert sorted(set(zip(differ["lang"], differ["year"], differ["para_id"], differ["start"], strict=True))) == sorted(
        {(row.lang, int(row.year), int(row.para_id), int(row.start)) for row in decided.itertuples()}
    )
    # The one figure they differ on, 1975's 连续十三年: a count of thirteen, both adjudicators read, as the second reader.
    assert (decided["value"] == decided["second_reading"]).all()
    assert (decided["first_adjudicator"] == decided["second_adjudicator"]).all()


def test_the_committed_evaluation_states_the_targets_tables_recall_by_era():
    recall = read_json(config.PROCESSED_DIR / EVALUATION_FILE)["targets_recall"]
    assert (recall["figures"], recall["amounts"], recall["not_amounts"]) == (300, 192, 108)
    assert round(recall["found"], 3) == 0.953 and recall["not_amounts_kept"] == 0
    assert (recall["read_twice"], round(recall["readers_agree"] * 300)) == (300, 299)
    by_era = {(row["lang"], row["era"]): row for row in recall["by_era"]}
    # The reports before 1978 write their counts in Chinese numerals (四十七个 projects): 24 of their 36 amounts were in the
    # table before those counts were read as amounts; 33 now (missed: 连续十三年, a 担 of grain, 1956's "１０亿余万").
    assert (by_era[("zh", "1954–1977")]["amounts"], round(by_era[("zh", "1954–1977")]["found"], 3)) == (36, 0.917)
    # English writes the unit once for two figures ("from 40 to 45 yuan"): 20 of 23 before the first took the second's.
    assert (by_era[("en", "2013–2026")]["amounts"], round(by_era[("en", "2013–2026")]["found"], 3)) == (23, 0.957)
    assert sum(row["figures"] for (_, era), row in by_era.items() if era != "all") == 300
