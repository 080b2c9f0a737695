"""Every page through Streamlit's AppTest: default view and other filter combinations, by widget key."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import config
from dashboard.analysis.data import load_report_data
from dashboard.views import common
from dashboard.views.common import escape_markdown
from tests.helpers import (
    PAGE_PATHS,
    YEARS_2014_ON,
    bars,
    figure,
    open_page,
    page_text,
    side_by_side,
    table_with,
    values,
)


def test_default_view_answers_the_2016_headline_with_no_clicks():
    at = open_page()
    assert at.multiselect(key="years").value == [2016]
    assert at.radio(key="lang").value == "zh"
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics["Reports"] == "1" and metrics["Paragraphs"] == "108" and metrics["Characters"] == "20,412"
    assert metrics["Top theme"] == "Mass entrepreneurship and innovation"  # labels in the interface language
    text = page_text(at)
    # The 2016 fibre target in context, with no year added by hand: 2014 before, 2017, 2018 and 2023 after.
    story = [line for line in text.splitlines() if line.startswith("- ") and " report ¶" in line]
    # First the selected report's own statements (the headline), then the whole story.
    headline, story = story[:2], story[2:]
    assert [line.split("**")[1] for line in headline] == ["2016", "2020"]
    assert [line.split("**")[1] for line in story] == ["2011", "2014", "2016", "2020", "2017", "2018", "2018–2022"]
    # The paragraph's number in the English version beside its own (zh-2016 ¶60 is en-2016 ¶59).
    assert "推进5万个行政村通光纤 *(2016 report ¶60 (English ¶59))*" in story[2]
    assert story[2].startswith("- :primary-background[")
    assert headline[0] == story[2]
    assert "完成3万个行政村通光纤" in story[4] and "所有行政村实现通宽带" in story[6]
    # 14 for 大众创业 / 万众创新 / 双创 / 众创空间 / 创客, and 7 for 创业创新 / 创新创业 (the same policy, reversed).
    assert bars(at, "theme_totals")["Mass entrepreneurship and innovation"] == 21
    assert figure(at, "theme_totals")["layout"]["title"]["text"] == "Theme mentions, 2016 (occurrences)"
    assert len(at.image) == 1 and "Keyword cloud, 2016" in at.image[0].proto.imgs[0].caption


@pytest.mark.parametrize("page", PAGE_PATHS)
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"lang": "English", "years": ["2016", "2017"]},
        {"years": YEARS_2014_ON, "sections": ["This year's tasks"], "norm": "Per 10,000 characters / words"},
        {"years": ["1954", "1964", "1975"], "themes": ["Internet Plus"], "q": "农业"},
        {"lang": "English", "years": ["1990"]},
    ],
    ids=["default", "english-2016-17", "tasks-2014-on-normalised", "early-years-search", "english-missing-year"],
)
def test_every_page_renders_real_content_under_several_filter_combinations(page, params):
    at = open_page(page, params)
    text = page_text(at)
    titles = {
        "overview": "Government Work Reports as data",
        "trends": "Trends across years",
        "rural": "Rural connectivity, 1990–2026",
        "targets": "Targets and reported figures",
        "keywords": "Keywords",
        "read": "Read the reports",
        "ledger": "Target ledger",
        "lifecycles": "Slogan lifecycles",
        "concordance": "Bilingual concordance",
        "about": "About the data",
    }
    assert titles[page] in [title.value for title in at.title]
    # Lifecycles read every report whatever the years; the concordance names the span it covers instead.
    if params.get("years") == ["1990"] and page not in ("about", "lifecycles", "concordance"):
        assert "No English report in the corpus for 1990" in text
    if page == "about":
        assert "report (Zhou Enlai, to the 2nd NPC's 3rd session) was never published" in text
        assert "How far to trust the extracted facts" in text
        assert "Themes in the two languages" in text
        # The trust tables are static, written as read: shares to a tenth of a percent.
        languages = table_with(at, "English only").set_index("theme")
        shares = languages["both languages"].str.rstrip("%").astype(float)
        assert shares.min() >= 70 and languages.loc["E-commerce", "both languages"] == "100.0%"
        sections = table_with(at, "accuracy").set_index(["language", "era"])
        assert sections.loc[("Chinese", "1954–1977"), "accuracy"] == "92.0%"
        assert sections.loc[("Chinese", "all"), "paragraphs"] == "4,206"
        # The counts of what was read by hand are grouped as every other count on the page is.
        sampled = f"{load_report_data().evaluation['gold_rows']['targets_sample']:,}"
        assert sampled.count(",") == 1  # over a thousand rows: the grouping is there to see
        assert f"a random sample of {sampled} rows of the targets table" in text
        assert f"Targets table: a random sample of {sampled} rows read by hand" in text
        # What the table holds of the figures drawn from the text, era by era.
        assert "Targets table, what it holds: 600 figures drawn at random from the reports' text (every number" in text
        recall = table_with(at, "other figures read as amounts").set_index(["language", "era"])
        assert recall.loc[("Chinese", "1954–1977"), "found in targets"] == "95.5%"
        assert recall.loc[("Chinese", "1954–1977"), "amounts"] == "67"
        assert recall.loc[("English", "all"), "found in targets"] == "95.2%"
        coverage = table_with(at, "aligned_pairs").set_index("year")
        assert coverage.loc[1962, "zh"] == "missing" and coverage.loc[2023, "zh"] == "full"
        assert coverage.loc[2016, "zh"] == "full"


def test_language_change_changes_the_theme_chart_data():
    at = open_page()
    chinese = bars(at, "theme_totals")
    at.radio(key="lang").set_value("en").run()
    english = bars(at, "theme_totals")
    assert chinese["Internet Plus"] == 3 and english["Internet Plus"] == 4
    # The reports' language and the interface's are independent: Chinese reports, Chinese interface.
    chinese_interface = open_page("overview", {"ui": "zh"})
    assert bars(chinese_interface, "theme_totals")["互联网+"] == 3
    assert figure(chinese_interface, "theme_totals")["layout"]["title"]["text"] == "主题提及次数，2016（出现次数）"
    assert figure(at, "theme_totals")["layout"]["title"]["text"] == "Theme mentions, 2016 (occurrences)"


def test_a_url_with_other_years_and_filters_restores_that_selection():
    at = open_page(
        "overview", {"years": ["2017", "2018"], "lang": "English", "themes": ["E-commerce", "Internet Plus"]}
    )
    assert at.multiselect(key="years").value == [2017, 2018]
    assert at.radio(key="lang").value == "en"
    assert sorted(at.multiselect(key="themes").value) == ["ecommerce", "internet_plus"]
    assert set(bars(at, "theme_totals")) == {"Internet Plus", "E-commerce"}
    assert "English · 2017–2018" in page_text(at)


def test_preset_fills_the_years_and_the_trend_spans_them():
    at = open_page("trends")
    at.button_group(key="preset").set_value("2014 onwards").run()
    assert at.multiselect(key="years").value == [int(year) for year in YEARS_2014_ON]
    trend = figure(at, "theme_trend")
    assert trend["layout"]["title"]["text"].startswith("Theme mentions by year, 2014–2026")
    assert not trend["layout"].get("shapes")  # every year since 2014 has a Chinese report
    at.button_group(key="preset").set_value("All years").run()
    shapes = figure(at, "theme_trend")["layout"]["shapes"]
    # 1961–1963 have no report (1962's was never published): one grey band marks them instead of zeros.
    assert any(shape.get("x0") == 1960.5 and shape.get("x1") == 1963.5 for shape in shapes)


@pytest.mark.parametrize("search", ["(.*)[", "<script>alert('x')</script>", "**bold** :red[x] $x$", "a|b\\d+"])
def test_search_with_regex_characters_and_html_is_shown_as_text(search):
    at = open_page("read", {"q": search, "years": YEARS_2014_ON})
    text = page_text(at)
    assert "No paragraph matches this selection" in text
    caption = [caption.value for caption in at.caption][0]
    # Escaped for Markdown, so it shows exactly as typed: every special character carries a backslash.
    assert f"containing “{escape_markdown(search)}”" in caption


def test_search_highlights_matches_in_the_read_page():
    at = open_page("read", {"q": "光纤", "years": ["2016"]})
    # The page's paragraphs are one element, each beside its translation.
    [shown] = side_by_side(at)
    assert shown.count('<div class="gwr-pair">') == 1 and shown.count("<mark>光纤</mark>") == 1
    assert "推进5万个行政村通<mark>光纤</mark>，" in shown
    assert "<p><em>English:</em> -- We will work to ensure" in shown and "50,000 administrative villages" in shown


def test_invalid_url_parameters_are_ignored_with_a_visible_notice():
    at = open_page("overview", {"years": ["2016", "1999x"], "lang": "Klingon", "bogus": "1", "words": "5000"})
    warning = " ".join(w.value for w in at.warning)
    assert "“years” values not recognised: “1999x”" in warning
    assert "“lang” values not recognised: “Klingon”" in warning and "unknown parameter “bogus”" in warning
    assert at.multiselect(key="years").value == [2016] and at.radio(key="lang").value == "zh"


def test_empty_selection_shows_a_clear_empty_state():
    at = open_page("overview")
    at.multiselect(key="years").set_value([]).run()
    assert not at.exception
    assert "No year is selected" in page_text(at)
    at = open_page("keywords", {"q": "绝对不会出现的词语"})
    assert "No paragraph matches this selection" in page_text(at)


def test_targets_page_shows_the_2016_fibre_target_traceable_to_its_paragraph():
    at = open_page("targets", {"years": ["2016", "2017"]})
    table = table_with(at, "Figure")
    fibre = table[table["What"].str.contains("行政村通光纤")]
    assert fibre[["Report", "¶", "English ¶", "Figure"]].values.tolist() == [
        [2016, 60, "59", "50,000"],
        [2017, 75, "75", "30,000"],
    ]
    assert not table.isna().any().any()  # no "None" on screen: a single figure has no upper bound column
    # The picker keeps the link's form; the paragraph it opens is cited with its English number.
    at.selectbox(key="target_paragraph").set_value("2016 ¶60").run()
    assert "推进5万个行政村通光纤" in page_text(at)
    assert any(m.value.startswith("**2016 report ¶60 (English ¶59)** · ") for m in at.markdown)


def test_trends_custom_terms_count_per_year():
    at = open_page("trends", {"years": ["2015", "2016", "2017"], "terms": "光纤, 互联网+"})
    data = table_with(at, "years_present").set_index("term")
    # Independent count: str.count over zh/2015–2017.txt gives 光纤 1+1+1 and 互联网+ 1+3+3.
    assert data.loc["光纤", "total"] == 3 and data.loc["互联网+", "total"] == 7
    assert data.loc["互联网+", ["first", "last", "peak"]].tolist() == [2015, 2017, 2016]


def test_keywords_page_has_cloud_top_terms_and_keyword_in_context():
    at = open_page("keywords", {"years": ["2016"], "kwic": "光纤"})
    # 发展 on its own: 141 before slogans were kept whole; 新发展理念 (2), 京津冀协同发展 (2) and
    # 科学发展观 (1) are now terms of their own.
    assert bars(at, "top_terms")["发展"] == 136
    assert bars(at, "top_terms").get("亿多") is None
    assert any(
        m.value.startswith("**2016 report ¶60 (English ¶59)** · ") and ":orange-background[**光纤**]" in m.value
        for m in at.markdown
    )


def test_pages_never_modify_the_shared_tables():
    """The tables are cached once per process and shared by every session: no page may change them."""
    import pandas as pd

    from dashboard.views.common import cached_report_data

    shared = cached_report_data(str(config.processed_dir()))

    def fingerprint() -> dict[str, int]:
        return {
            name: int(pd.util.hash_pandas_object(getattr(shared, name), index=True).sum())
            for name in (
                "documents",
                "paragraphs",
                "terms",
                "theme_hits",
                "targets",
                "key_figures",
                "alignment",
                "rural",
            )
        }

    before = fingerprint()
    for page in PAGE_PATHS:
        open_page(page, {"years": YEARS_2014_ON, "q": "光纤", "weight": "Distinctiveness vs other selected years"})
    assert cached_report_data(str(config.processed_dir())) is shared
    assert fingerprint() == before


def test_trends_with_no_section_and_a_search_is_an_empty_state_not_a_traceback():
    at = open_page("trends", {"sections": "", "q": "x", "years": ["2015", "2016"]})  # asserts no exception
    text = page_text(at)
    assert "Selection: 中文 · 2015–2016 · no section · containing “x”" in text
    assert "No paragraph matches this selection" in text
    assert not at.get("plotly_chart")


def test_a_long_concordance_term_in_a_link_is_kept_whole_up_to_the_common_limit():
    term = "加快" + "推进" * 39  # 80 characters: the concordance used to cut it to 50 without a word
    at = open_page("concordance", {"conc_term": term})
    assert at.text_input(key="conc_term").value == term
    assert not at.warning
    assert f"“{term}” is in no aligned sentence" in page_text(at)


def test_a_chart_downloads_under_a_name_that_says_what_and_when():
    import json

    at = open_page("overview", {"years": ["2015", "2016"]})
    chart = next(element for element in at.get("plotly_chart") if "chart_theme_totals" in element.proto.id)
    assert json.loads(chart.proto.config)["toImageButtonOptions"]["filename"] == "gwr-theme_totals-zh-2015-2016"


def test_the_trend_hint_names_the_quick_years_the_sidebar_offers():
    at = open_page("trends")
    hint = next(info.value for info in at.info if "A trend needs more than one year" in info.value)
    assert "“2014 onwards” or “All years”" in hint
    assert at.button_group(key="preset").options == ["2016", "2014 onwards", "All years"]


def test_an_empty_state_names_only_the_controls_that_apply_on_its_page():
    ledger = open_page("ledger", {"years": ""})
    assert any(
        info.value
        == "No year is selected. Choose more years in the sidebar (sections, themes and search do not apply here)."
        for info in ledger.info
    )
    concordance = open_page("concordance", {"conc_term": "不存在的词", "years": ["2016"]})
    empty = next(info.value for info in concordance.info if "is in no aligned sentence" in info.value)
    assert "Try another term" in empty and "sections" not in empty


def test_trends_show_themes_as_a_heatmap_and_typed_terms_as_lines_from_their_first_use():
    at = open_page(
        "trends",
        {
            "years": [str(year) for year in range(2010, 2020)],
            "norm": "Per 10,000 characters / words",
            "terms": "工业互联网, 光纤",
        },
    )
    heatmap = figure(at, "theme_trend")
    cells = heatmap["data"][0]
    assert cells["type"] == "heatmap" and values(cells["x"]) == list(range(2010, 2020))
    rows = [label.replace("<br>", " ") for label in cells["y"]]
    assert len(rows) == 12 and rows[-1] == "Mass entrepreneurship and innovation"  # the most mentioned on top
    grid = dict(zip(rows, values(cells["z"]), strict=True))
    table = table_with(at, "per_10k")
    expected = table[(table["label"] == "Internet Plus")].set_index("year")["per_10k"].reindex(range(2010, 2020))
    assert [round(value, 3) for value in grid["Internet Plus"]] == [round(value, 3) for value in expected]
    assert heatmap["layout"]["xaxis"]["range"] == [2009.5, 2019.5]
    # "Your own terms" are lines, each from its first use, and follow the Counts setting too.
    terms = figure(at, "term_trend")
    industrial = next(trace for trace in terms["data"] if trace["name"] == "工业互联网")
    points = dict(zip(values(industrial["x"]), values(industrial["y"]), strict=True))
    first = min(year for year, value in points.items() if value == value and value > 0)  # NaN is not drawn
    # grep over zh/2010–2014.txt finds no 工业互联网; zh/2015.txt has one.
    assert first == 2015 and all(value != value for year, value in points.items() if year < first)
    assert terms["layout"]["yaxis"]["title"]["text"] == "occurrences per 10,000"
    assert 0 < max(value for trace in terms["data"] for value in values(trace["y"]) if value == value) < 10


def test_every_gap_band_is_shaded_and_explained_once():
    def bands_and_note(years: list[int]):
        trend = figure(open_page("trends", {"years": [str(year) for year in years]}), "theme_trend")["layout"]
        return [(shape["x0"], shape["x1"]) for shape in trend.get("shapes", [])], trend["xaxis"].get("title", {})

    # 1961–1963, 1965–1974 and 1976–1977 have no Chinese report.
    bands, note = bands_and_note(list(range(1954, 1981)))
    assert bands == [(1960.5, 1963.5), (1964.5, 1974.5), (1975.5, 1977.5)]
    assert note["text"] == "Grey bands: years with no report"
    bands, note = bands_and_note(list(range(2014, 2027)))
    assert bands == [] and not note.get("text")  # nothing to explain


def test_trend_legends_sit_under_the_plot_with_room_for_every_line():
    two = figure(open_page("trends", {"years": ["2015", "2016", "2017"], "terms": "光纤, 互联网+"}), "term_trend")
    four = figure(
        open_page("trends", {"years": ["2015", "2016", "2017"], "terms": "光纤, 互联网+, 宽带, 电商"}), "term_trend"
    )
    assert two["layout"]["legend"]["orientation"] == "h" and two["layout"]["legend"]["y"] < 0  # a phone's width
    # 11 px a legend line, beside what the titles take (22 px a line past the first).
    lines = [layout["title"]["text"].count("<br>") for layout in (four["layout"], two["layout"])]
    assert four["layout"]["height"] - two["layout"]["height"] == 11 * (4 - 2) + 22 * (lines[0] - lines[1])


def test_a_targets_paragraph_before_any_heading_is_named_by_its_section_not_nan():
    # 1975 has no heading before its ¶16.
    at = open_page("targets", {"years": ["1975"], "target_paragraph": "1975 ¶16"})
    assert "**1975 report ¶16** · This year's tasks" in [m.value for m in at.markdown]
    assert not any("nan" in m.value.split() for m in at.markdown)
    # 1978 numbers no part: its unnumbered titles head their paragraphs.
    at = open_page("targets", {"years": ["1978"], "target_paragraph": "1978 ¶43"})
    assert "**1978 report ¶43** · This year's tasks · 把揭批“四人帮”的斗争进行到底" in [m.value for m in at.markdown]
    # 一元化领导 ("unified leadership") is no amount of yuan.
    assert "1 yuan" not in table_with(at, "Figure")["Figure"].tolist()


def test_a_value_derived_from_a_frame_is_made_once_per_frame_object_and_dropped_with_it():
    made = []

    def derive(frame):
        made.append(len(frame))
        return len(made)

    frame = pd.DataFrame({"year": [2016]})
    assert common.derived_once(frame, "test", derive) == 1
    assert common.derived_once(frame, "test", derive) == 1  # the same object: not derived again
    assert common.derived_once(frame.copy(), "test", derive) == 2  # an equal frame is another object
    assert common.derived_once(frame, "another name", derive) == 3
    key = (id(frame), "test")
    del frame
    assert key not in common._DERIVED  # gone with its frame: nothing stale for a new frame at that address
