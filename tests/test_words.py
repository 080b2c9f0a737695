"""Words that carry meaning: slogans whole, English proper nouns in their case, searches width-blind,
theme terms checked by hand and across the two languages."""

from __future__ import annotations

import json
import re

import pytest

from dashboard import config, wordlists
from dashboard.analysis.evaluation import era_of
from dashboard.lexicon import read_word_list
from dashboard.pipeline.tokens import PLAN_NAME_CONTEXT, PLAN_NUMBER, tokenize, whole_terms
from dashboard.text import normalise

HAND_LIST = read_word_list(config.SLOGANS_ZH)


@pytest.fixture(scope="module")
def chinese_texts() -> dict[int, str]:
    return {year: normalise(text) for year, text in wordlists.read_corpus_texts(config.DEFAULT_CORPUS_DIR).items()}


def uses(slogan: str, text: str) -> bool:
    """Whether a report uses the slogan on its own, not only inside a longer listed slogan (互联网+督查)."""
    longer_terms = (other for other in whole_terms() if slogan in other and other != slogan)
    for longer in sorted(longer_terms, key=len, reverse=True):
        text = text.replace(longer, "")
    if PLAN_NUMBER.match(slogan):
        before, after = PLAN_NAME_CONTEXT
        return bool(re.search(f"{before}{slogan}{after}", text))
    return slogan in text


def test_the_hand_list_has_a_hundred_slogans_from_every_era(chinese_texts):
    assert len(HAND_LIST) >= 100 and len(set(HAND_LIST)) == len(HAND_LIST)
    first_years = {}
    for slogan in HAND_LIST:
        years = [year for year, text in chinese_texts.items() if slogan in text]
        assert years, f"{slogan} is in no report"
        first_years[slogan] = min(years)
    eras = {era_of(year) for year in first_years.values()}
    assert eras == {"1954–1977", "1978–1992", "1993–2012", "2013–2026"}
    assert {"四个现代化", "新质生产力", "供给侧结构性改革", "十三五", "互联网+"} <= set(HAND_LIST)


def test_every_slogan_is_one_term_in_every_year_the_reports_use_it(report_data, chinese_texts):
    terms = report_data.terms[report_data.terms["lang"] == "zh"]
    terms_by_year = terms.groupby("year")["term"].agg(set).to_dict()
    missing = [
        f"{slogan} ({year})"
        for slogan in HAND_LIST
        for year, text in chinese_texts.items()
        if uses(slogan, text) and slogan not in terms_by_year.get(year, set())
    ]
    assert not missing, missing


def test_a_plan_number_is_a_slogan_only_as_the_plans_name():
    assert "九五" not in tokenize("一九九五年国民经济", "zh")
    assert "十五" not in tokenize("用十五年时间", "zh")
    assert tokenize("“九五”计划和十三五时期", "zh") == ["“", "九五", "”", "计划", "和", "十三五", "时期"]
    # Full-width signs are folded first: 互联网＋ is the slogan 互联网+.
    assert "互联网+" in tokenize("推动“互联网＋”深入发展", "zh")
    assert tokenize("抓好去产能、去库存", "zh")[1:4] == ["去产能", "、", "去库存"]


def test_the_quoted_slogan_file_is_what_the_command_writes_from_the_corpus(chinese_texts):
    written = config.QUOTED_SLOGANS_ZH.read_text(encoding="utf-8")
    assert written == wordlists.slogan_file_text(wordlists.quoted_phrases(chinese_texts))
    quoted = [line.split("\t")[0] for line in read_word_list(config.QUOTED_SLOGANS_ZH)]
    assert {"三去一降一补", "两个一百年", "揭榜挂帅"} <= set(quoted)
    assert "保护" not in quoted  # jieba keeps a common word whole on its own


def test_english_terms_keep_the_case_the_translations_use(report_data):
    english = report_data.terms[report_data.terms["lang"] == "en"]
    terms = set(english["term"])
    assert {"China", "Internet", "Plus", "GDP", "Belt", "Road"} <= terms
    assert not {"china", "internet", "gdp", "We"} & terms  # one form per word; "We" at a sentence start is "we"
    written = config.PROPER_NOUNS_EN.read_text(encoding="utf-8")
    english_texts = wordlists.read_corpus_texts(config.DEFAULT_CORPUS_DIR, "en")
    assert written == wordlists.proper_nouns_file_text(wordlists.proper_nouns(english_texts))


def test_a_search_typed_in_either_width_finds_both_forms(report_data):
    from dashboard.analysis.concordance import compute_concordance
    from dashboard.analysis.kwic import compute_kwic
    from dashboard.analysis.selection import search_pattern

    paragraphs = report_data.paragraphs[(report_data.paragraphs["lang"] == "zh")]
    in_2026 = paragraphs[paragraphs["year"] == 2026]
    # zh-2026 writes 人工智能＋ with a full-width plus; the search is typed with an ASCII one, and the reverse.
    for typed in ("人工智能+", "人工智能＋"):
        kwic = compute_kwic(in_2026, typed, "zh")
        assert len(kwic) == 2 and set(kwic["match"]) == {"人工智能＋"}
    pattern = search_pattern("互联网＋", "zh")
    assert pattern.search("推动互联网+行动") and pattern.search("互联网＋督查")
    # GR2018.tmx writes 互联网＋ seven times: the concordance finds 2018's pairs either way.
    pairs = compute_concordance(report_data.alignment, "互联网+", "zh")
    years = pairs[pairs["year"].between(2015, 2020)]["year"]
    assert (years == 2018).sum() == 7 and len(years) == 23


def test_theme_hits_read_by_hand_are_right_for_every_theme_in_both_languages(report_data):
    """data/gold/theme_hits_sample.csv: up to 25 hits per theme and language, every era, read by hand.
    Of the sampled hits the lexicon still counts, at least 95% mean the theme, in every theme and
    language with five or more of them; and the two languages agree on 90% of theme-bearing pairs."""
    from dashboard.analysis.evaluation import load_gold
    from dashboard.analysis.theme_checks import compare_languages, compare_theme_sample

    sample = load_gold().theme_hits_sample
    assert len(sample) >= 400
    checked = compare_theme_sample(sample)
    enough = checked[checked["hits read"] >= 5]
    assert len(enough) >= 20 and (enough["share right"] >= 0.95).all(), enough.to_dict("records")
    # 精益求精 (1990: "striving for perfection") is no longer a term of custom production.
    from dashboard.lexicon import load_themes

    craftsmanship = next(theme for theme in load_themes() if theme.id == "flexible_production")
    assert "精益求精" not in craftsmanship.terms["zh"]
    languages = compare_languages(report_data.alignment).set_index("theme")
    assert languages["both"].sum() / languages["pairs"].sum() >= 0.90
    assert languages.loc["mass_innovation", "both"] >= 40  # "business startups and innovation" is counted


def test_distinctive_words_of_2016_against_2015_are_the_ones_an_analyst_would_pick():
    from tests.helpers import figure, open_page, page_text, values

    at = open_page("keywords", {"years": ["2015", "2016"]})
    spec = figure(at, "distinctive_terms")["data"][0]
    ranked = dict(zip(values(spec["y"]), values(spec["x"]), strict=True))
    top = sorted((term for term, z in ranked.items() if z > 0), key=lambda term: -ranked[term])[:15]
    assert {"十三五", "供给侧结构性改革"} <= set(top)
    labels = dict(zip(values(spec["y"]), spec["text"], strict=True))
    assert labels["十三五"] == "6 vs 1" and labels["供给侧结构性改革"] == "5 vs 0"
    text = page_text(at)
    assert "the prior is each word's share of all Chinese reports, worth 10,000 words" in text
    # Too rare to be significant (2 mentions against none), 去产能 is named as a slogan new in 2016.
    assert "去产能 (2)" in text and "Slogans in 2016 that 2015 never use" in text


def test_the_concordance_command_prints_the_pages_table():
    import subprocess
    import sys

    def run(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "dashboard.concordance", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=config.REPO_ROOT)

    result = run("互联网＋", "--lang", "zh", "--years", "2015-2020")  # typed with a full-width plus
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "year,rendering,sentences,with_rendering"
    assert lines[1:] == [
        "2015,Internet Plus,1,1",
        "2016,Internet Plus,3,3",
        "2017,Internet Plus,3,3",
        "2018,Internet Plus,7,7",
        "2019,Internet Plus,7,7",
        "2020,Internet Plus,2,2",
    ]
    # A year whose sentence links no word to the term names none: an empty rendering.
    thin = run("fiber-optic", "--lang", "en", "--years", "2016")
    assert thin.stdout.splitlines() == ["year,rendering,sentences,with_rendering", "2016,,1,0"]
    bad = run("x", "--years", "2015/16")
    assert (
        bad.returncode == 2 and bad.stderr.strip() == "error: --years '2015/16' is not a year or a span like 2015-2020"
    )


def test_the_concordance_page_says_how_far_its_renderings_hold_and_when_it_cannot_name_one():
    from tests.helpers import open_page, side_by_side

    at = open_page("concordance", {"conc_term": "供给侧结构性改革", "years": ["2016", "2017"]})
    assert [subheader.value for subheader in at.subheader if "·" in subheader.value] == [
        "2016 · rendered “supply\\-side structural reform”",  # escaped for Markdown: shown as typed
        "2017 · rendered “supply\\-side structural reform”",
    ]
    evaluation = json.loads((config.PROCESSED_DIR / "evaluation.json").read_text(encoding="utf-8"))["renderings"]
    share = round(100 * evaluation["right"] / evaluation["term_years"])
    caption = next(caption.value for caption in at.caption if "word alignment" in caption.value)
    # Counts grouped as every count on the page is ("1,068 term-years").
    assert f"names the official one in {share}% of {evaluation['term_years']:,} term-years" in caption
    agree = round(100 * evaluation["readers_agree"] / evaluation["read_twice"])
    assert f"Two readers, blind to each other, name the same rendering in {agree}% of them" in caption
    # The rendering is highlighted in the English sentence.
    assert all("<mark>supply-side structural reform</mark>" in pairs for pairs in side_by_side(at))
    thin = open_page("concordance", {"lang": "English", "conc_term": "fiber-optic", "years": ["2016"]})
    headings = [subheader.value for subheader in thin.subheader if "·" in subheader.value]
    assert headings == ["2016 · too little evidence to name a rendering"]
    table = thin.dataframe[0].value
    assert table["rendering"].tolist() == ["too little evidence to name a rendering"]
