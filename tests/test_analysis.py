"""Analysis functions on small frames where the right answer is known by construction."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.analysis.counts import compute_term_lifecycle, compute_term_occurrences, parse_terms
from dashboard.analysis.coverage import compute_coverage
from dashboard.analysis.data import year_texts
from dashboard.analysis.keyness import compute_distinctive_terms, compute_log_odds
from dashboard.analysis.kwic import compute_kwic
from dashboard.analysis.selection import Selection, filter_paragraphs, format_years, restrict_to, search_pattern
from dashboard.lexicon import load_themes
from dashboard.themes import count_themes
from dashboard.views.common import escape_markdown, highlight_html, markdown_table
from tests.helpers import markdown_tables


def test_planted_term_is_the_most_distinctive_with_positive_z():
    rows = []
    for year in (2014, 2015, 2016):
        for term, count in {"发展": 50, "改革": 30, "经济": 40}.items():
            rows.append({"year": year, "term": term, "count": count})
    rows.append({"year": 2016, "term": "共享经济", "count": 25})
    rows.append({"year": 2014, "term": "计划经济", "count": 20})
    result = compute_distinctive_terms(pd.DataFrame(rows), [2016])
    assert result.iloc[0]["term"] == "共享经济" and result.iloc[0]["z"] > 1.96
    assert result.iloc[-1]["term"] == "计划经济" and result.iloc[-1]["z"] < 0
    shared = result.set_index("term").loc[["发展", "改革", "经济"], "z"]
    assert (shared.abs() < 1.5).all()


def test_log_odds_is_antisymmetric_when_groups_swap():
    focus, reference = pd.Series({"a": 10, "b": 3, "c": 7}), pd.Series({"a": 2, "b": 9, "c": 7})
    forward = compute_log_odds(focus, reference).set_index("term")["z"]
    backward = compute_log_odds(reference, focus).set_index("term")["z"]
    assert forward.sort_index().values == pytest.approx(-backward.sort_index().values)


def test_format_years_folds_runs():
    assert format_years([2016]) == "2016"
    assert format_years([2014, 2015, 2016, 2019, 1954]) == "1954, 2014–2016, 2019"
    assert format_years([]) == "no years"


@pytest.mark.parametrize("search", ["(", "[a-z]+", ".*", "a|b", "\\", "$^", "<b>x</b>"])
def test_search_is_literal_text(search):
    pattern = search_pattern(search, "en")
    assert pattern.search(f"before {search} after")
    assert not pattern.search("before after")


def test_search_ignores_case_in_english_only():
    assert search_pattern("internet", "en").search("Internet Plus")
    assert search_pattern("ａ", "zh").search("ａ") and not search_pattern("a", "zh").search("A")


def test_theme_count_counts_an_occurrence_once_for_its_longest_term():
    hits = count_themes("发展跨境电子商务和电子商务，推进互联网+政务服务。", "zh")
    assert hits["ecommerce"] == {"跨境电子商务": 1, "电子商务": 1}
    assert hits["gov_services"] == {"互联网+政务服务": 1}
    assert hits["internet_plus"] == {"互联网+": 1}
    english = count_themes("E-commerce and cross-border e-commerce; the e-commerce-like thing is not.", "en")
    assert english["ecommerce"] == {"e-commerce": 2}


def test_term_occurrences_and_lifecycle_are_counted_per_year():
    paragraphs = pd.DataFrame(
        {
            "year": [2014, 2014, 2016, 2017],
            "text": ["光纤光纤", "无", "推进光纤", "光纤宽带和光纤"],
            "n_chars": [4, 1, 4, 7],
        }
    )
    occurrences = compute_term_occurrences(
        year_texts(paragraphs, "zh"), ["光纤", "宽带"], "zh", [2014, 2015, 2016, 2017]
    )
    table = occurrences.pivot(index="year", columns="term", values="occurrences")
    assert table["光纤"].tolist() == [2, 0, 1, 2] and table["宽带"].tolist() == [0, 0, 0, 1]
    # Per 10,000 characters of that year's paragraphs: 2 in 5 characters in 2014; no text in 2015.
    rates = occurrences.pivot(index="year", columns="term", values="per_10k")
    assert rates["光纤"].tolist() == [4000.0, 0.0, 2500.0, round(2 / 7 * 10_000, 3)]
    lifecycle = compute_term_lifecycle(occurrences).set_index("term")
    assert lifecycle.loc["光纤", ["first", "last", "peak", "years_present", "total"]].tolist() == [
        2014,
        2017,
        2014,
        3,
        5,
    ]
    assert lifecycle.loc["宽带", "first"] == 2017


def test_parse_terms_splits_on_ascii_and_full_width_commas():
    assert parse_terms(" 光纤，宽带, 光纤、5G ,, ") == ["光纤", "宽带", "5G"]


def test_kwic_returns_context_around_each_match():
    paragraphs = pd.DataFrame(
        {
            "year": [2016],
            "section_kind": ["tasks"],
            "para_id": [60],
            "text": ["建设一批光网城市，推进5万个行政村通光纤，让更多城乡居民享受数字化生活。"],
        }
    )
    kwic = compute_kwic(paragraphs, "光纤", "zh")
    assert kwic[["year", "para_id", "match"]].values.tolist() == [[2016, 60, "光纤"]]
    assert kwic.iloc[0]["left"].endswith("行政村通") and kwic.iloc[0]["right"].startswith("，让更多")


def test_filter_paragraphs_applies_language_years_sections_and_search(report_data):
    selection = Selection(lang="zh", years=(2016, 2017), sections=("tasks",), themes=(), search="光纤")
    selected = filter_paragraphs(report_data, selection)
    assert set(selected["year"]) == {2016, 2017}
    assert set(selected["section_kind"]) == {"tasks"}
    assert selected["text"].str.contains("光纤", regex=False).all()
    assert selected[["year", "para_id"]].values.tolist() == [[2016, 60], [2017, 75]]


def test_coverage_marks_missing_years_and_summary_reports(report_data):
    coverage = compute_coverage(report_data).set_index("year")
    assert coverage.loc[2007, "zh"] == "full" and coverage.loc[2023, "zh"] == "full"
    assert coverage.loc[1962, "zh"] == "missing" and coverage.loc[1961, "zh"] == "missing"
    assert coverage.loc[2009, "en"] == "missing" and coverage.loc[2009, "aligned_pairs"] > 0
    assert coverage.loc[1964, "zh"] == "summary" and coverage.loc[2016, "en"] == "full"
    assert coverage.index.min() == 1954 and coverage.index.max() == 2026


def test_markdown_escaping_keeps_report_and_user_text_literal():
    assert escape_markdown("**bold** <script> :red[x] $x$") == "\\*\\*bold\\*\\* \\<script\\> \\:red\\[x\\] \\$x\\$"
    marked = highlight_html("a (b) <c> (b)", re.compile(re.escape("(b)")))
    assert marked == "a <mark>(b)</mark> &lt;c&gt; <mark>(b)</mark>"


def test_a_markdown_table_keeps_its_cells_literal_and_sets_numbers_right():
    frame = pd.DataFrame({"theme": ["a | b", "*c*"], "share": ["91.2%", "—"]})
    assert markdown_table(frame, right_aligned={"share"}).splitlines() == [
        "| theme | share |",
        "|---|---:|",
        "| a \\| b | 91\\.2% |",
        "| \\*c\\* | — |",
    ]
    at = AppTest.from_string(f"import streamlit as st\nst.markdown({markdown_table(frame)!r})").run()
    assert markdown_tables(at)[0].equals(frame)  # the tests read back what the page wrote


def test_a_search_with_no_section_selected_is_empty_not_an_error(report_data):
    selection = Selection("zh", (2016,), (), tuple(theme.id for theme in load_themes()), search="光纤")
    selected = filter_paragraphs(report_data, selection)
    assert selected.empty and list(selected.columns) == list(report_data.paragraphs.columns)
    assert restrict_to(report_data.theme_hits, selected).empty


def test_the_word_cloud_is_drawn_full_size_from_a_smaller_layout():
    """Placed on a canvas a third of the size and drawn at three times the scale: the picture stays 1002 × 522,
    inked."""
    import io

    from PIL import Image

    from dashboard.cloud import render_cloud_png

    image = Image.open(io.BytesIO(render_cloud_png((("发展", 40.0), ("改革", 20.0), ("互联网+", 10.0)), 100)))
    assert image.size == (1002, 522)
    assert sum(image.convert("L").histogram()[:200]) > 15_000  # three words ink about 24,000 pixels


def test_a_cloud_drawn_with_the_fonts_kept_is_the_cloud_drawn_opening_each_font(report_data, monkeypatch):
    """dashboard.cloud keeps wordcloud's font objects, one per size; the picture is the same, byte for byte, as
    wordcloud's own (a font file opened for every size tried), for a year's 100 words in each language."""
    import wordcloud.wordcloud
    from PIL import ImageFont

    from dashboard import cloud
    from dashboard.analysis.cloud_weights import compute_cloud_weights
    from dashboard.analysis.selection import Selection, filter_paragraphs, restrict_to
    from dashboard.vocabulary import SECTION_KINDS

    pictures = {}
    for lang in ("zh", "en"):
        selection = Selection(lang, (2016,), SECTION_KINDS, ())
        terms = restrict_to(report_data.terms, filter_paragraphs(report_data, selection))
        weights, _note = compute_cloud_weights(report_data, terms, selection)
        kept = cloud.render_cloud_png(weights, 100)
        with monkeypatch.context() as patch:
            patch.setattr(wordcloud.wordcloud, "ImageFont", ImageFont)
            pictures[lang] = (kept, cloud.render_cloud_png(weights, 100))
    assert all(kept == opened and len(kept) > 50_000 for kept, opened in pictures.values())
    assert cloud._FontsKept.truetype.cache_info().currsize > 20  # a font object per size tried, kept


def test_large_figures_are_written_in_words():
    from dashboard.analysis.targets import format_value

    assert format_value(9e13, None, "yuan", "more than") == "more than 90 trillion yuan"
    assert format_value(1.27e6, None, "km", "exact") == "1.27 million km"
    assert format_value(50_000, None, "villages", "exact") == "50,000 villages"
    assert format_value(6.5, 7, "%", "range") == "6.5–7%"


def test_a_download_is_named_for_what_it_holds_and_the_reports():
    from dashboard.analysis.selection import file_stem
    from dashboard.vocabulary import SECTION_KINDS

    selection = Selection("zh", (1954, 2014, 2015, 2016, 2019), SECTION_KINDS, ())
    assert file_stem("theme_totals", selection) == "gwr-theme_totals-zh-1954_2014-2016_2019"
    assert file_stem("briefing", Selection("en", (), SECTION_KINDS, ())) == "gwr-briefing-en-no-years"
