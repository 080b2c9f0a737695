"""Cross-year analyses on fixtures where the right answer is known by construction, and on the real data."""

from __future__ import annotations

import pandas as pd

from dashboard import config
from dashboard.analysis.concordance import background_counts, compute_concordance, compute_renderings
from dashboard.analysis.ledger import compute_ledger, judge
from dashboard.analysis.lifecycle import compute_lifecycle_counts, compute_lifecycles
from tests.test_app import figure, open_page, table_with, values


def target(year, para_id, key, value, kind, sentence, modifier="exact", high=None, unit="%"):
    return {
        "lang": "zh",
        "year": year,
        "para_id": para_id,
        "metric_key": key,
        "value": value,
        "value_high": high,
        "unit": unit,
        "modifier": modifier,
        "kind": kind,
        "sentence": sentence,
    }


def paragraph(year, para_id, kind):
    return {"lang": "zh", "year": year, "para_id": para_id, "section_kind": kind}


def test_ledger_statuses_follow_the_text_by_construction():
    targets = pd.DataFrame(
        [
            target(2030, 40, "gdp_growth", 6.5, "annual", "今年国内生产总值增长6.5%－7%。", "range", 7.0),
            target(2030, 40, "cpi", 3.0, "annual", "居民消费价格涨幅3%左右。", "around"),
            target(2030, 40, "new_urban_jobs", 1e7, "annual", "城镇新增就业1000万人以上。", "at least", unit="people"),
            target(2030, 41, "villages_fibre", 50000, "annual", "推进5万个行政村通光纤。", unit="count"),
            target(2031, 5, "gdp_growth", 6.7, "achievement", "去年国内生产总值增长6.7%。"),
            target(2031, 5, "cpi", 3.5, "achievement", "去年居民消费价格上涨3.5%。"),
            target(2031, 6, "new_urban_jobs", 6.4e7, "achievement", "五年累计城镇新增就业6400万人。", unit="people"),
            target(2031, 40, "gdp_growth", 6.5, "annual", "今年国内生产总值增长6.5%左右。", "around"),
            target(
                2031, 40, "new_urban_jobs", 1.1e7, "annual", "城镇新增就业1100万人以上。", "at least", unit="people"
            ),
            target(2033, 40, "gdp_growth", 6.0, "annual", "今年国内生产总值增长6%左右。", "around"),
        ]
    )
    paragraphs = pd.DataFrame(
        [
            paragraph(2029, 40, "tasks"),
            paragraph(2030, 40, "tasks"),
            paragraph(2030, 41, "tasks"),
            paragraph(2031, 5, "review"),
            paragraph(2031, 6, "review"),
            paragraph(2031, 40, "plan"),
            paragraph(2033, 40, "plan"),
        ]
    )
    ledger = compute_ledger(targets, paragraphs, "zh", [2030, 2031, 2033]).set_index(["metric_key", "year"])
    assert ledger.loc[("gdp_growth", 2030), ["outcome", "outcome_value", "change"]].tolist() == ["met", 6.7, "new"]
    assert ledger.loc[("gdp_growth", 2030), "outcome_sentence"] == "去年国内生产总值增长6.7%。"
    assert ledger.loc[("cpi", 2030), "outcome"] == "missed"  # 3.5% against "around 3%": over the ceiling
    # The only job figure is a five-year total: no annual outcome is claimed from it.
    assert ledger.loc[("new_urban_jobs", 2030), "outcome"] == "not reported"
    assert ledger.loc[("new_urban_jobs", 2031), "change"] == "raised"
    assert ledger.loc[("villages_fibre", 2030), "outcome"] == "not reported"
    assert (
        ledger.loc[("villages_fibre", 2031), "change"] == "dropped" and ledger.loc[("cpi", 2031), "change"] == "dropped"
    )
    assert ledger.loc[("gdp_growth", 2031), ["change", "outcome"]].tolist() == ["lowered", "not reported"]
    # 2032 has no report: 2033's target has nothing to compare with, and 2031's outcome is not taken from 2033.
    assert ledger.loc[("gdp_growth", 2033), "change"] == "previous report missing"


def test_judge_reads_targets_as_phrased():
    assert judge(7.0, None, "around", "%", "higher", 6.9) == "met"
    assert judge(7.0, None, "around", "%", "higher", 6.7) == "missed"
    assert judge(4.5, None, "at most", "%", "lower", 4.02) == "met"
    assert judge(6.5, 7.0, "range", "%", "higher", 6.7) == "met"
    assert judge(3.0, None, "around", "%", "lower", 3.3) == "missed"


def test_real_ledger_cites_the_2017_review_for_2016_targets(report_data):
    ledger = compute_ledger(report_data.targets, report_data.paragraphs, "zh", [2016, 2020, 2022]).set_index(
        ["metric_key", "year"]
    )
    gdp = ledger.loc[("gdp_growth", 2016)]
    assert (gdp["target"], gdp["outcome_year"], gdp["outcome_value"], gdp["outcome"]) == ("6.5–7%", 2017, 6.7, "met")
    assert "增长6.7%" in gdp["outcome_sentence"]
    assert ledger.loc[("villages_fibre", 2016), "target"] == "50,000"
    assert ledger.loc[("gdp_growth", 2020), "change"] == "dropped"  # 2020 set no growth target
    assert ledger.loc[("gdp_growth", 2022), "outcome"] == "not reported"  # the 2023 report is missing


def test_lifecycle_of_a_planted_term_by_construction():
    counts = pd.DataFrame(
        {
            "year": [2014, 2015, 2016, 2017, 2018] * 2,
            "term": ["甲"] * 5 + ["乙"] * 5,
            "occurrences": [0, 2, 5, 1, 0, 0, 0, 0, 0, 0],
        }
    )
    table = compute_lifecycles(counts)
    assert table[["term", "first", "peak", "last", "years_present", "total"]].values.tolist() == [
        ["甲", 2015, 2016, 2017, 3, 8]
    ]


def test_real_lifecycles_match_raw_text_counts(report_data):
    counts = compute_lifecycle_counts(report_data, "zh", ("internet_plus",), ["小康"])
    table = compute_lifecycles(counts).set_index("term")
    years = {}
    for path in sorted((config.DEFAULT_CORPUS_DIR / "zh").glob("*.txt")):
        years[int(path.stem)] = path.read_text(encoding="utf-8").count("小康")
    present = [year for year, count in years.items() if count]
    assert table.loc["小康", ["first", "last", "total"]].tolist() == [min(present), max(present), sum(years.values())]
    assert table.loc["互联网+", ["first", "last"]].tolist() == [2015, 2022]


def test_concordance_finds_each_years_rendering_by_construction():
    rows = []
    for year, rendering in ((2015, "Internet Plus"), (2016, "Internet Plus"), (2017, "Internet+ initiative")):
        for index in range(3):
            rows.append(
                {
                    "year": year,
                    "seq": index,
                    "zh_sentence": f"推进互联网+行动{index}。",
                    "en_sentence": f"We will advance the {rendering} work in area {index}.",
                    "zh_para_id": 1,
                    "en_para_id": 1,
                }
            )
    for index in range(400):
        rows.append(
            {
                "year": 2015,
                "seq": 100 + index,
                "zh_sentence": f"加强其他工作{index}。",
                "en_sentence": f"We will advance the other work in area {index}.",
                "zh_para_id": 2,
                "en_para_id": 2,
            }
        )
    alignment = pd.DataFrame(rows)
    pairs = compute_concordance(alignment, "互联网+", "zh")
    assert len(pairs) == 9
    renderings = compute_renderings(pairs, background_counts(alignment, "en"), "zh").set_index("year")["rendering"]
    assert renderings.to_dict() == {2015: "internet plus", 2016: "internet plus", 2017: "internet+ initiative"}
    reverse = compute_concordance(alignment, "internet plus", "en")
    assert set(reverse["year"]) == {2015, 2016}


def test_concordance_on_real_data_shows_how_a_policy_term_was_translated(report_data):
    pairs = compute_concordance(report_data.alignment, "供给侧结构性改革", "zh")
    renderings = compute_renderings(pairs, background_counts(report_data.alignment, "en"), "zh")
    assert set(renderings["year"]) == set(range(2016, 2023))
    assert all("structural reform" in rendering for rendering in renderings["rendering"])


def test_cross_year_pages_render_real_content():
    years = {"years": [str(year) for year in range(2014, 2023)]}
    ledger = open_page("ledger", years)
    assert any("target 6\\.5–7% (lowered)" in m.value and "→ **met**" in m.value for m in ledger.markdown)
    lifecycles = open_page("lifecycles", {"life_terms": "小康, 不存在的口号"})
    data = table_with(lifecycles, "peak").set_index("term")
    assert data.loc["互联网+", "first"] == 2015 and "小康" in data.index
    assert "Never used in any report: 不存在的口号." in [info.value for info in lifecycles.info]
    concordance = open_page("concordance", years)
    assert any("rendered “internet plus”" in subheader.value for subheader in concordance.subheader)
    keywords = open_page("keywords", years)
    keywords.multiselect(key="focus_years").set_value([2015, 2016]).run()
    title = figure(keywords, "distinctive_terms")["layout"]["title"]["text"]
    assert title.startswith("Distinctive words of 2015–2016 against 2014, 2017–2022")
    assert values(figure(keywords, "distinctive_terms")["data"][0]["x"])[-1] > 0


def test_distinctive_weighting_changes_the_cloud_caption():
    at = open_page("keywords", {"years": ["2015", "2016"], "weight": "Distinctiveness vs other selected years"})
    caption = at.image[0].proto.imgs[0].caption
    assert "Weighted by distinctiveness (log-odds z-score) of 2016 against 2015" in caption
