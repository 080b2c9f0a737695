"""Number normalisation in target sentences, both languages (the examples the issue names)."""

from __future__ import annotations

import pytest

from dashboard.pipeline.targets import extract_targets


def only(text: str, lang: str, section: str = "tasks"):
    targets = extract_targets(text, lang, 2016, section)
    assert len(targets) == 1, targets
    target = targets[0]
    return target.value, target.value_high, target.unit, target.modifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进5万个行政村通光纤。", (50000.0, None, "count", "exact")),
        ("完成3万个行政村通光纤。", (30000.0, None, "count", "exact")),
        ("城镇新增就业1000万人。", (10_000_000.0, None, "people", "exact")),
        ("新建改建农村公路20万公里。", (200000.0, None, "km", "exact")),
        ("国内生产总值增长6.5%－7%。", (6.5, 7.0, "%", "range")),
        ("居民消费价格涨幅3%左右。", (3.0, None, "%", "around")),
        ("城镇登记失业率4.5%以内。", (4.5, None, "%", "at most")),
        ("城镇新增就业1100万人以上。", (11_000_000.0, None, "people", "at least")),
        ("新增４万多亿元。", (4e12, None, "yuan", "more than")),
        ("公路投资1.65万亿元。", (1.65e12, None, "yuan", "exact")),
        ("赤字率下调0.2个百分点。", (0.2, None, "percentage points", "exact")),
    ],
)
def test_chinese_numbers_are_normalised(text, expected):
    assert only(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will connect 50,000 administrative villages to fiber-optic networks.", (50000.0, None, "count", "exact")),
        ("We will create at least ten million new urban jobs.", (10_000_000.0, None, "people", "at least")),
        ("GDP growth of 6.5% to 7%.", (6.5, 7.0, "%", "range")),
        ("CPI increase kept at around 3%.", (3.0, None, "%", "around")),
        ("The unemployment rate will be kept within 4.5%.", (4.5, None, "%", "at most")),
        ("We will invest 800 billion yuan in railways.", (8e11, None, "yuan", "exact")),
        ("We built more than 200,000 kilometers of rural roads.", (200000.0, None, "km", "more than")),
    ],
)
def test_english_numbers_are_normalised(text, expected):
    assert only(text, "en") == expected


def test_years_and_bare_numbers_are_not_quantities():
    assert extract_targets("In 2016 we will work hard on 3 fronts.", "en", 2016, "tasks") == []
    assert extract_targets("2016年是“十三五”开局之年。", "zh", 2016, "tasks") == []


@pytest.mark.parametrize(
    ("section", "sentence", "kind"),
    [
        ("review", "去年城镇新增就业1312万人。", "achievement"),
        ("plan", "今年城镇新增就业1000万人以上。", "annual"),
        ("plan", "“十三五”期间城镇新增就业5000万人以上。", "multi-year"),
        ("tasks", "新建改建农村公路20万公里。", "annual"),
        ("tasks", "到2020年建成高速铁路3万公里。", "multi-year"),
        ("other", "去年已经完成了5万公里。", "achievement"),
    ],
)
def test_kind_follows_the_section_and_the_time_horizon(section, sentence, kind):
    assert extract_targets(sentence, "zh", 2016, section)[0].kind == kind


def test_rural_connectivity_covers_the_links_that_tie_villages_in():
    sentences = [
        "推进5万个行政村通光纤。",
        "新建改建农村公路20万公里。",
        "新增1万个建制村通客车。",
        "电子商务进农村综合示范县200个。",
    ]
    assert [extract_targets(s, "zh", 2016, "tasks")[0].category for s in sentences] == ["rural connectivity"] * 4
    assert extract_targets("城镇新增就业1000万人。", "zh", 2016, "tasks")[0].category == "macro-economy"
