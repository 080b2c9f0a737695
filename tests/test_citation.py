"""Citations: a paragraph cited by its number in the report read and in the other language's version,
where the two are aligned (zh-2016 ¶60 is en-2016 ¶59), on every page that cites one."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.citation import cite_paragraph, write_citation
from dashboard.analysis.data import compute_counterparts
from dashboard.i18n import using
from tests.helpers import figure, open_page, page_text, side_by_side, table_with


def test_the_fibre_paragraph_is_numbered_apart_in_the_two_versions_of_2016(report_data):
    paragraphs = report_data.paragraphs
    english = paragraphs[
        (paragraphs["doc_id"] == "en-2016") & paragraphs["text"].str.contains("50,000 administrative villages")
    ]
    chinese = paragraphs[(paragraphs["doc_id"] == "zh-2016") & paragraphs["text"].str.contains("推进5万个行政村通光纤")]
    assert english["para_id"].tolist() == [59] and chinese["para_id"].tolist() == [60]
    assert report_data.counterpart("en", 2016, 59) == 60 and report_data.counterpart("zh", 2016, 60) == 59
    # Before 2008 nothing is aligned; 2009 is aligned, but the corpus has no English report to place it in.
    assert report_data.counterpart("zh", 1990, 10) is None and report_data.counterpart("zh", 2009, 10) is None
    assert report_data._counterparts is report_data._counterparts  # derived once, with the shared tables


def test_a_counterpart_is_where_most_of_a_paragraphs_aligned_sentences_fall():
    alignment = pd.DataFrame(
        {
            "year": [2016] * 5,
            "seq": range(1, 6),
            "zh_sentence": ["甲", "乙", "丙", "丁", "戊"],
            "en_sentence": ["a", "b", "c", "d", "e"],
            "zh_para_id": pd.array([7, 7, 7, 8, None], dtype="Int64"),
            "en_para_id": pd.array([5, 6, 6, 6, 9], dtype="Int64"),
        }
    )
    found = {(row.lang, row.para_id): row.counterpart for row in compute_counterparts(alignment).itertuples()}
    # zh ¶7: two sentences in en ¶6, one in ¶5; en ¶6: two in zh ¶7, one in ¶8; en ¶9's sentence is in no zh paragraph.
    assert found == {("zh", 7): 6, ("zh", 8): 6, ("en", 5): 7, ("en", 6): 7}


def test_a_citation_gives_both_numbers_in_the_interface_language(report_data):
    assert cite_paragraph(report_data, "en", 2016, 59) == "2016 report ¶59 (Chinese ¶60)"
    assert cite_paragraph(report_data, "zh", 2016, 60) == "2016 report ¶60 (English ¶59)"
    assert cite_paragraph(report_data, "zh", 1990, 10) == "1990 report ¶10"
    # An aligned sentence not found in its own report is placed by the other version's paragraph alone.
    assert write_citation(2016, None, "en", 60) == "2016 report (Chinese ¶60)"
    with using("zh"):
        assert cite_paragraph(report_data, "zh", 2016, 60) == "2016年报告 ¶60（英文 ¶59）"
        assert cite_paragraph(report_data, "en", 2016, 59) == "2016年报告 ¶59（中文 ¶60）"
        assert cite_paragraph(report_data, "zh", 1990, 10) == "1990年报告 ¶10"


def test_the_read_page_heads_each_paragraph_with_both_numbers():
    at = open_page("read", {"lang": "English", "years": ["2016"], "q": "50,000 administrative villages"})
    assert '<p class="gwr-cite"><strong>2016 report ¶59 (Chinese ¶60)</strong> · ' in side_by_side(at)[0]
    # 1990 has no English version: one number, and no translation column.
    shown = side_by_side(open_page("read", {"years": ["1990"]}))[0]
    assert '<div class="gwr-pair gwr-alone"><p class="gwr-cite"><strong>1990 report ¶1</strong> · ' in shown
    assert "English ¶" not in shown and '<div class="gwr-pair">' not in shown


def test_the_rural_story_cites_both_numbers_in_the_chinese_interface():
    text = page_text(open_page("rural", {"ui": "zh"}))
    assert "推进5万个行政村通光纤 *（2016年报告 ¶60（英文 ¶59））*" in text
    assert "所有行政村实现通宽带 *（2023年报告 ¶21）*" in text  # no English 2023 report: one number


def test_the_ledger_cites_the_target_and_the_outcome_in_both_versions():
    at = open_page("ledger", {"years": ["2016"], "ledger_metric": "GDP growth"})
    line = next(m.value for m in at.markdown if m.value.startswith("**2016** · target"))
    assert "6\\.5–7%" in line and "*(2016 report ¶46 (English ¶45))*" in line
    assert "增长6\\.7%" in line and "*(2017 report ¶8 (English ¶8))*" in line


def test_each_concordance_pair_is_cited_by_its_own_paragraphs():
    at = open_page("concordance", {"years": ["2016"]})  # the default term: 互联网+
    pairs = "".join(side_by_side(at))
    # "大力推行“互联网+政务服务”" is in zh-2016 ¶57 and its English sentence in en-2016 ¶56.
    assert '<p class="gwr-cite">2016 report ¶19 (English ¶19)</p>' in pairs
    assert '<p class="gwr-cite">2016 report ¶57 (English ¶56)</p>' in pairs


def test_the_rural_trackers_points_cite_both_numbers():
    tracker = figure(open_page("rural", {"years": "2016"}), "rural_tracker")
    hovers = [text for trace in tracker["data"] for text in trace.get("hovertext") or []]
    fibre = [text for text in hovers if "推进5万个行政村通光纤" in text]
    assert fibre and "<br>2016 report ¶60 (English ¶59)<br>" in fibre[0]


def test_the_rural_statement_table_gives_the_other_versions_paragraph():
    table = table_with(open_page("rural", {"years": "2016"}), "other language's paragraph")
    fibre = table[table["sentence"].str.contains("推进5万个行政村通光纤", regex=False)].iloc[0]
    assert (fibre["report"], fibre["paragraph"], fibre["other language's paragraph"]) == (2016, 60, "59")
    assert (table[table["report"] == 2023]["other language's paragraph"] == "—").all()  # no English 2023
