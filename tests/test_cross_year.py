"""Cross-year analyses on fixtures where the right answer is known by construction, and on the real data."""

from __future__ import annotations

import pandas as pd

from dashboard import config
from dashboard.analysis.concordance import (
    compute_concordance,
    compute_renderings,
    concordance_of,
    in_years,
    pair_rendering,
    word_translations,
)
from dashboard.analysis.ledger import compute_ledger, judge
from dashboard.analysis.lifecycle import compute_lifecycle_counts, compute_lifecycles
from tests.helpers import figure, open_page, table_with, values


def key_figure(role, year, key, value, sentence, modifier="exact", high=None, unit="%", para_id=40):
    """One key figure: a target set in `year`'s report, or an outcome for `year` in the next report."""
    return {
        "lang": "zh",
        "role": role,
        "year": year,
        "report_year": year if role == "target" else year + 1,
        "metric_key": key,
        "value": value,
        "value_high": high,
        "unit": unit,
        "modifier": modifier,
        "para_id": para_id,
        "sentence": sentence,
    }


def test_ledger_statuses_follow_the_text_by_construction():
    figures = pd.DataFrame(
        [
            key_figure("target", 2030, "gdp_growth", 6.5, "今年国内生产总值增长6.5%－7%。", "range", 7.0),
            key_figure("target", 2030, "cpi", 3.0, "居民消费价格涨幅3%左右。", "around"),
            key_figure("target", 2030, "new_urban_jobs", 1e7, "城镇新增就业1000万人以上。", "at least", unit="people"),
            key_figure("target", 2030, "villages_fibre", 50000, "推进5万个行政村通光纤。", unit="count", para_id=41),
            key_figure("outcome", 2030, "gdp_growth", 6.7, "国内生产总值增长6.7%。", para_id=5),
            key_figure("outcome", 2030, "cpi", 3.5, "居民消费价格上涨3.5%。", para_id=5),
            key_figure("target", 2031, "gdp_growth", 6.5, "今年国内生产总值增长6.5%左右。", "around"),
            key_figure(
                "target", 2031, "new_urban_jobs", 1.1e7, "城镇新增就业1100万人以上。", "at least", unit="people"
            ),
            key_figure("target", 2031, "villages_fibre", 30000, "完成3万个行政村通光纤。", unit="count", para_id=41),
            key_figure("outcome", 2032, "gdp_growth", 6.1, "国内生产总值增长6.1%。", para_id=5),
            key_figure("target", 2033, "gdp_growth", 6.0, "今年国内生产总值增长6%左右。", "around"),
        ]
    )
    ledger = compute_ledger(figures, [2029, 2030, 2031, 2033], "zh", [2030, 2031, 2033]).set_index(
        ["metric_key", "year"]
    )
    assert ledger.loc[("gdp_growth", 2030), ["outcome", "outcome_value", "change"]].tolist() == ["met", 6.7, "new"]
    assert ledger.loc[("gdp_growth", 2030), ["outcome_sentence", "outcome_year"]].tolist() == [
        "国内生产总值增长6.7%。",
        2031,
    ]
    assert ledger.loc[("cpi", 2030), "outcome"] == "missed"  # 3.5% against "around 3%": over the ceiling
    assert ledger.loc[("new_urban_jobs", 2030), "outcome"] == "not reported"
    assert ledger.loc[("new_urban_jobs", 2031), "change"] == "raised"
    # Villages connected are yearly batches: 30,000 after 50,000 is a new batch, not a lowered target.
    assert ledger.loc[("villages_fibre", 2031), "change"] == "new batch"
    assert ledger.loc[("cpi", 2031), "change"] == "dropped"
    assert ledger.loc[("gdp_growth", 2031), ["change", "outcome"]].tolist() == ["lowered", "not reported"]
    # 2032 has no report: 2033's target has nothing to compare with. A report year without a target would
    # still show the outcome the next report gives (2032's 6.1% is only reachable if 2032 had a report).
    assert ledger.loc[("gdp_growth", 2033), "change"] == "previous report missing"
    assert ("gdp_growth", 2032) not in ledger.index
    # One row per metric and report year, whether or not anything was stated.
    assert ledger.loc[("villages_fibre", 2033), ["target", "outcome", "change"]].tolist() == ["", "", "no target"]


def test_a_year_without_a_target_still_shows_its_outcome():
    figures = pd.DataFrame(
        [
            key_figure("target", 2029, "gdp_growth", 6.0, "国内生产总值增长6%－6.5%。", "range", 6.5),
            key_figure("outcome", 2030, "gdp_growth", 2.3, "国内生产总值增长2.3%。", para_id=8),
        ]
    )
    row = compute_ledger(figures, [2029, 2030, 2031], "zh", [2030]).iloc[0]
    assert (row["target"], row["outcome_value"], row["outcome"], row["change"]) == ("", 2.3, "no target", "dropped")


def test_judge_reads_targets_as_phrased():
    assert judge(7.0, None, "around", "%", "higher", 6.9) == "met"
    assert judge(7.0, None, "around", "%", "higher", 6.7) == "missed"
    assert judge(4.5, None, "at most", "%", "lower", 4.02) == "met"
    assert judge(6.5, 7.0, "range", "%", "higher", 6.7) == "met"
    assert judge(3.0, None, "around", "%", "lower", 3.3) == "missed"


def test_real_ledger_cites_the_2017_review_for_2016_targets(report_data):
    years = report_data.years("zh")
    ledger = compute_ledger(report_data.key_figures, years, "zh", [2011, 2016, 2017, 2020, 2022]).set_index(
        ["metric_key", "year"]
    )
    gdp = ledger.loc[("gdp_growth", 2016)]
    assert (gdp["target"], gdp["outcome_year"], gdp["outcome_value"], gdp["outcome"]) == ("6.5–7%", 2017, 6.7, "met")
    assert "增长6.7%" in gdp["outcome_sentence"]
    # 2011's target is 8% around (not 2010's result of 10.3%), met by 9.2%.
    assert ledger.loc[("gdp_growth", 2011), ["target_value", "modifier", "outcome_value"]].tolist() == [
        8.0,
        "around",
        9.2,
    ]
    assert ledger.loc[("villages_fibre", 2016), "target"] == "50,000"
    assert ledger.loc[("villages_fibre", 2017), ["target_value", "change"]].tolist() == [30000.0, "new batch"]
    # 2020 set no growth target; the 2021 report gives its growth.
    assert ledger.loc[("gdp_growth", 2020), ["target", "outcome_value", "change"]].tolist() == ["", 2.3, "dropped"]
    # 2022's "around 5.5%" against the 3.0% the 2023 report gives.
    assert ledger.loc[("gdp_growth", 2022), ["target_value", "outcome_value", "outcome"]].tolist() == [
        5.5,
        3.0,
        "missed",
    ]


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
    # The 2023 report's review (the last to use the slogan) is in the corpus since it was added.
    assert table.loc["互联网+", ["first", "last"]].tolist() == [2015, 2023]


def _pair(year: int, seq: int, zh: list[str], en: list[str], links: str) -> dict:
    """An aligned pair as the pipeline stores it: the sentences, their tokens and the word links (zh-en)."""
    return {
        "year": year,
        "seq": seq,
        "zh_sentence": "".join(zh),
        "en_sentence": " ".join(en).replace(" ,", ",").replace(" .", "."),
        "zh_para_id": 1,
        "en_para_id": 1,
        "zh_tokens": " ".join(zh),
        "en_tokens": " ".join(en),
        "word_links": links,
    }


def test_concordance_reads_each_years_rendering_from_the_word_links():
    zh = ["推进", "互联网+", "行动", "。"]
    plus = ["We", "will", "advance", "the", "Internet", "Plus", "model", "."]
    rows = [
        # 2015: the term's words link to "Internet Plus" in both sentences; "advance" is 推进's.
        _pair(2015, 1, zh, plus, "0-2 1-4 1-5 2-6"),
        _pair(2015, 2, zh, plus, "0-2 1-4 1-5 2-6"),
        # 2016: two sentences say "Internet+ initiative", one "Internet Plus": the year's phrase is the majority's.
        _pair(2016, 1, zh, ["We", "will", "advance", "the", "Internet+", "initiative", "."], "0-2 1-4 1-5"),
        _pair(2016, 2, zh, ["We", "will", "advance", "the", "Internet+", "initiative", "."], "0-2 1-4 1-5"),
        _pair(2016, 3, zh, plus, "0-2 1-4 1-5 2-6"),
        # 2017: the linked words bridge a function word and one unlinked word, never a clause break; the year's
        # rendering is the recurring one the phrase contains ("Internet Plus", given whole in three sentences).
        _pair(
            2017,
            1,
            zh,
            ["Internet", "Plus", "and", "smart", "services", ";", "the", "initiative", "grew", "."],
            "1-0 1-1 1-4 1-7",
        ),
        # 2018: no word is linked to the term, and the sentence holds none of its recurring renderings: too little
        # evidence to name a rendering.
        _pair(2018, 1, zh, ["We", "will", "advance", "the", "new", "model", "."], "0-2"),
        # The sentence without the term, and a pair with no English, are not in the concordance.
        _pair(2018, 2, ["推进", "改革", "。"], ["We", "will", "advance", "reform", "."], "0-2 1-3"),
        {**_pair(2018, 3, zh, plus, ""), "en_sentence": None},
    ]
    alignment = pd.DataFrame(rows)
    pairs = compute_concordance(alignment, "互联网＋", "zh")  # typed with a full-width plus
    assert pairs["seq"].tolist() == [1, 2, 1, 2, 3, 1, 1]
    renderings = compute_renderings(pairs, "互联网+", "zh").set_index("year")
    assert renderings["rendering"].to_dict() == {
        2015: "Internet Plus",
        2016: "Internet+ initiative",
        2017: "Internet Plus",
        2018: "",
    }
    sentence_2017 = next(pairs[pairs["year"] == 2017].itertuples(index=False))
    assert pair_rendering(sentence_2017, "互联网+", "zh").text == "Internet Plus and smart services"
    # A year's rendering is the same whatever years are shown (the page and the command show some): named from
    # every year, then restricted. From 2017's one sentence alone it would be that sentence's phrase.
    shown_pairs, shown = (in_years(frame, [2017]) for frame in concordance_of(alignment, "互联网+", "zh"))
    assert shown_pairs["year"].tolist() == [2017] and shown["rendering"].tolist() == ["Internet Plus"]
    assert compute_renderings(shown_pairs, "互联网+", "zh")["rendering"].tolist() == [
        "Internet Plus and smart services"
    ]
    # How many of the year's translations contain the rendering (2016's third says "Internet Plus").
    assert renderings["sentences"].tolist() == [2, 3, 1, 1]
    assert renderings["with_rendering"].tolist() == [2, 2, 1, 0]
    # The other direction reads the same links: the Chinese words linked to "Internet Plus" (2018's English does not
    # say it).
    reverse = compute_renderings(compute_concordance(alignment, "internet plus", "en"), "Internet Plus", "en")
    assert reverse.set_index("year")["rendering"].to_dict() == {2015: "互联网+", 2016: "互联网+", 2017: "互联网+"}


def test_a_word_beside_the_phrase_joins_it_where_it_usually_translates_a_part_of_the_term():
    """By construction: "system" translates 制度 wherever it stands alone, and this sentence's aligner gave it to 改革,
    which it rarely translates; "deepen", beside the phrase too, translates no part of 户籍制度."""
    term_sentence = _pair(
        2014,
        1,
        ["深化", "户籍制度", "改革", "。"],
        ["deepen", "household", "registration", "system", "reform", "."],
        "0-0 1-1 1-2 2-3 2-4",
    )
    others = [
        _pair(2013, seq, ["完善", "制度", "。"], ["improve", "the", "system", "."], "0-0 1-2") for seq in range(1, 4)
    ] + [_pair(2013, seq, ["推进", "改革", "。"], ["advance", "reform", "."], "0-0 1-1") for seq in range(4, 24)]
    alignment = pd.DataFrame([term_sentence, *others])
    translations = word_translations(alignment)
    assert translations.share("制度", "systems") == 1.0 and round(translations.share("改革", "system"), 3) == 0.048
    row = next(compute_concordance(alignment, "户籍制度", "zh").itertuples(index=False))
    assert pair_rendering(row, "户籍制度", "zh").text == "household registration"
    assert pair_rendering(row, "户籍制度", "zh", translations).text == "household registration system"
    # Where the word it is linked to translates it about as often, the link stands.
    rivals = [_pair(2012, seq, ["改革", "。"], ["system", "."], "0-0") for seq in range(1, 21)]
    with_rivals = word_translations(pd.DataFrame([term_sentence, *others, *rivals]))
    assert pair_rendering(row, "户籍制度", "zh", with_rivals).text == "household registration"


def test_concordance_on_real_data_shows_how_a_policy_term_was_translated(report_data):
    pairs = compute_concordance(report_data.alignment, "供给侧结构性改革", "zh")
    renderings = compute_renderings(pairs, "供给侧结构性改革", "zh")
    assert set(renderings["year"]) == set(range(2016, 2023))
    assert set(renderings["rendering"]) == {"supply-side structural reform"}
    assert renderings["with_rendering"].tolist() == [4, 4, 8, 3, 3, 2, 2]


def test_a_rendering_widens_to_the_longer_form_most_of_the_years_sentences_hold(report_data):
    renderings = compute_renderings(compute_concordance(report_data.alignment, "一带一路", "zh"), "一带一路", "zh")
    renderings = renderings.set_index("year")
    # 2017: three of the five translations say "Belt and Road Initiative"; the other two name the Belt and Road Forum,
    # so the form every sentence holds is the shorter one, and the form most of them write is the longer.
    assert renderings.loc[2017].tolist() == ["Belt and Road Initiative", 5, 3]
    assert set(renderings.loc[2016:2022, "rendering"]) == {"Belt and Road Initiative"}


def test_a_rendering_that_stops_inside_a_name_goes_on_to_its_end(report_data):
    renderings = compute_renderings(compute_concordance(report_data.alignment, "十二五", "zh"), "十二五", "zh")
    renderings = renderings.set_index("year")
    # The aligner links 规划 to "Plan": the rendering of 十二五 alone stopped at "Twelfth Five-Year".
    assert renderings.loc[2011, "rendering"] == "Twelfth Five-Year Plan"
    assert renderings.loc[2016, "rendering"] == "12th Five-Year Plan"
    # Where most sentences do not go on with a capitalised word, the rendering stays as it is.
    plus = compute_renderings(compute_concordance(report_data.alignment, "互联网+", "zh"), "互联网+", "zh")
    assert set(plus.set_index("year").loc[2015:2021, "rendering"]) == {"Internet Plus"}


def test_a_year_that_links_nothing_to_the_term_takes_its_recurring_rendering_where_its_sentences_hold_it(report_data):
    # The tokenizer cuts 中国梦 into 中国 / 梦 and the aligner linked nothing to it after 2017: each year's one sentence
    # says "the Chinese Dream" all the same.
    renderings = compute_renderings(compute_concordance(report_data.alignment, "中国梦", "zh"), "中国梦", "zh")
    assert renderings.set_index("year").loc[2018:2022, "rendering"].tolist() == ["Chinese Dream"] * 5
    assert renderings.set_index("year").loc[2018:2022, "with_rendering"].tolist() == [1] * 5


def test_the_words_a_part_of_the_term_translates_elsewhere_complete_its_rendering(report_data):
    # The aligner links "system" to 改革 in "reform of the household registration system"; 制度 is "system" in most of
    # its sentences (the gold: "household registration system" every year).
    _, renderings = concordance_of(report_data.alignment, "户籍制度", "zh")
    assert set(renderings.set_index("year").loc[2010:2017, "rendering"]) == {"household registration system"}
    pairs_alone = compute_renderings(compute_concordance(report_data.alignment, "户籍制度", "zh"), "户籍制度", "zh")
    assert set(pairs_alone.set_index("year").loc[2010:2017, "rendering"]) == {"household registration"}


def test_a_word_in_capitals_is_no_function_word(report_data):
    # 信息化 is "IT application": "IT" is not the pronoun "it", which a rendering never starts with (the fifth set of
    # terms read fresh, 2026-11-30).
    _, renderings = concordance_of(report_data.alignment, "信息化", "zh")
    assert renderings.set_index("year").loc[[2008, 2009, 2013, 2014], "rendering"].tolist() == ["IT application"] * 4


def test_the_owner_before_a_term_is_not_its_rendering(report_data):
    # "the Party Central Committee's eight-point decision": "Committee" is 党中央's, outside the term (the fifth set of
    # terms read fresh); "people's wellbeing" keeps "people's", the 民 of 民生.
    _, renderings = concordance_of(report_data.alignment, "八项规定", "zh")
    named = renderings.set_index("year")["rendering"]
    assert named.loc[2016] == "eight-point decision on improving Party and government conduct"
    assert all(
        named.loc[year].startswith("eight-point decision") for year in (2014, 2015, 2017, 2019, 2020, 2021, 2022)
    )
    _, renderings = concordance_of(report_data.alignment, "惠民生", "zh")
    assert renderings.set_index("year").loc[2016, "rendering"] == "people's wellbeing"


def test_a_quoted_term_is_rendered_by_what_the_translations_quotation_marks_enclose(report_data):
    # "坚持“一国两制”方针": the aligner links "principle of" to the term as well; the English quotes the term too.
    renderings = compute_renderings(compute_concordance(report_data.alignment, "一国两制", "zh"), "一国两制", "zh")
    assert renderings.set_index("year").loc[2008, "rendering"] == "one country, two systems"


def test_cross_year_pages_render_real_content():
    years = {"years": [str(year) for year in range(2014, 2023)]}
    ledger = open_page("ledger", years)
    assert any("target 6\\.5–7% (lowered)" in m.value and "→ **met**" in m.value for m in ledger.markdown)
    lifecycles = open_page("lifecycles", {"life_terms": "小康, 不存在的口号"})
    data = table_with(lifecycles, "peak").set_index("term")
    assert data.loc["互联网+", "first"] == 2015 and "小康" in data.index
    assert "Never used in any report: 不存在的口号." in [info.value for info in lifecycles.info]
    concordance = open_page("concordance", years)
    assert any("rendered “Internet Plus”" in subheader.value for subheader in concordance.subheader)
    keywords = open_page("keywords", years)
    keywords.multiselect(key="focus_years").set_value([2015, 2016]).run()
    title = figure(keywords, "distinctive_terms")["layout"]["title"]["text"]
    assert title.replace("<br>", " ") == "Distinctive words, 2015–2016 vs 2014, 2017–2022"
    assert values(figure(keywords, "distinctive_terms")["data"][0]["x"])[-1] > 0


def test_distinctive_weighting_changes_the_cloud_caption():
    at = open_page("keywords", {"years": ["2015", "2016"], "weight": "Distinctiveness vs other selected years"})
    caption = at.image[0].proto.imgs[0].caption
    assert "Weighted by distinctiveness (log-odds z-score) of 2016 against 2015" in caption


def test_ledger_page_opens_on_the_metric_in_the_link_and_calls_batches_batches():
    at = open_page(
        "ledger",
        {"years": ["2016", "2017"], "ledger_metric": "Administrative villages connected to fibre"},
    )
    assert at.selectbox(key="ledger_metric").value == "villages_fibre"
    assert not at.warning, [warning.value for warning in at.warning]  # the parameter is understood
    text = "\n".join(markdown.value for markdown in at.markdown)
    assert "**2016** · target 50,000 (new)" in text and "**2017** · target 30,000 (new batch)" in text


def test_read_page_says_who_delivered_a_report_that_was_not_the_premiers():
    at = open_page("read", {"years": ["1956", "2016"]})
    notes = [info.value.replace("\\", "") for info in at.info]  # as rendered: Markdown escapes removed
    assert any(note.startswith("1956: delivered by 李先念 (副总理兼财政部长), not the Premier") for note in notes)
    assert not any(note.startswith("2016") for note in notes)


def test_a_typed_lifecycle_with_no_theme_chosen_draws_its_dots():
    """Found by the link fuzz: with no theme, the counts came out as objects and Plotly refused the dot sizes."""
    at = open_page("lifecycles", {"themes": "", "life_terms": "小康"})
    dots = figure(at, "lifecycles")["data"][1]
    assert set(values(dots["y"])) == {"小康"} and min(values(dots["marker"]["size"])) >= 8
    assert table_with(at, "peak").set_index("term").loc["小康", "total"] > 20


def test_a_term_inside_a_longer_token_is_named_by_its_own_rendering(report_data):
    """结构性改革 sits inside the token 供给侧结构性改革 from 2016 on: its phrases there are the longer term's ("supply-side
    structural reform"), and it is named by the rendering it has where it stands alone; the longer term keeps its own."""
    _, short = concordance_of(report_data.alignment, "结构性改革", "zh")
    _, whole = concordance_of(report_data.alignment, "供给侧结构性改革", "zh")
    assert set(short.loc[short["year"] >= 2016, "rendering"]) == {"structural reform"}
    assert set(whole["rendering"]) == {"supply-side structural reform"}
