"""Sharing and briefing: the canonical link, presentation mode, the HTML briefing."""

from __future__ import annotations

import json
import re
import urllib.parse

import pandas as pd

from dashboard.analysis.selection import SECTION_KINDS, Selection
from dashboard.briefing import make_briefing_html
from dashboard.compose import EVIDENCE_QUOTED, compose_briefing, compose_overview
from dashboard.i18n import using
from dashboard.lexicon import load_themes
from dashboard.vocabulary import metric_label
from tests.helpers import open_page

ALL_THEMES = tuple(theme.id for theme in load_themes())


def test_the_link_leaves_out_defaults_and_uses_widget_formats():
    at = open_page("overview")
    # The default page is the site's root; no parameter at its default but the interface language,
    # which the link always names (its labels are written in it).
    assert at.code[0].value == "/?ui=en"
    params = {
        "lang": "English",
        "years": ["2016", "2017"],
        "sections": ["This year's tasks"],
        "themes": ["Internet Plus"],
        "q": "a&b",
        "norm": "Per 10,000 characters / words",
        "present": "true",
    }
    link = open_page("overview", params).code[0].value
    assert urllib.parse.parse_qsl(urllib.parse.urlsplit(link).query) == [
        ("ui", "en"),
        ("lang", "English"),
        ("years", "2016-2017"),
        ("sections", "This year's tasks"),
        ("themes", "Internet Plus"),
        ("q", "a&b"),
        ("norm", "Per 10,000 characters / words"),
        ("present", "true"),
    ]


def test_link_control_shows_a_url_that_reopens_the_same_view():
    at = open_page("targets", {"lang": "English", "years": ["2016", "2017"], "q": "fiber"})
    link = at.code[0].value
    path, _, query = link.partition("?")
    assert path.endswith("/targets")
    reopened = open_page("targets", dict(urllib.parse.parse_qs(query)))
    assert reopened.radio(key="lang").value == "en" and reopened.multiselect(key="years").value == [2016, 2017]
    assert reopened.text_input(key="q").value == "fiber"
    assert reopened.code[0].value == link


def test_old_or_partial_links_open_with_defaults_for_the_rest():
    at = open_page("overview", {"lang": "English"})
    assert at.multiselect(key="years").value == [2016] and len(at.multiselect(key="themes").value) == len(ALL_THEMES)
    assert not at.warning


def test_presentation_mode_keeps_filters_and_can_be_left():
    at = open_page("overview", {"years": ["2017"], "present": "true"})
    assert at.toggle(key="present").value is True
    assert any("display: none" in element.proto.body for element in at.get("html"))
    assert not at.main.expander, "data expanders are hidden while presenting"
    at.button(key="exit_presentation").click().run()
    assert at.toggle(key="present").value is False and at.multiselect(key="years").value == [2017]
    assert at.main.expander


def test_briefing_is_self_contained_and_cites_every_target(report_data):
    selection = Selection("zh", (2016, 2017), SECTION_KINDS, ALL_THEMES)
    html = make_briefing_html(report_data, selection, "Overview", lambda cloud: b"\x89PNG fake")
    assert "<h1>Government Work Report briefing: 2016–2017</h1>" in html
    assert "Language: Chinese (中文); years: 2016–2017" in html
    # The Overview's three charts (themes, where they sit, rose or fell), then the trend and the rural tracker.
    assert html.count('class="plotly-graph-div"') == 5
    assert len(re.findall(r"<script[^>]*src=", html)) == 0, "no external scripts"
    assert "data:font/otf;base64," in html and "data:image/png;base64," in html
    assert "推进5万个行政村通光纤" in html
    assert "(2016 report ¶60 (English ¶59), This year&#x27;s tasks; 50,000, annual)" in html
    assert "完成3万个行政村通光纤" in html
    assert "ljtyduyu/Government_Report_Mining/data/Corpus/2016.txt" in html


def test_briefing_escapes_report_and_user_text(report_data):
    selection = Selection("en", (2016,), SECTION_KINDS, ALL_THEMES, search="<script>x</script>")
    html = make_briefing_html(report_data, selection, "Overview")
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html


def test_the_page_and_the_briefing_draw_one_composition_of_the_overview(report_data):
    """A chart added to the Overview's composition reaches the page and the briefing alike."""
    selection = Selection("zh", (2016, 2017), SECTION_KINDS, ALL_THEMES)
    composed = compose_overview(report_data, selection)
    titles = [chart.figure.layout.title.text for chart in composed.charts.values()]
    assert [title.replace("<br>", " ") for title in titles] == [
        "Theme mentions, 2016–2017 (occurrences)",
        "Where each theme sits in the report, 2016–2017",
        "Themes that rose or fell: 2017 against 2016 (per 10,000)",
    ]
    at = open_page("overview", {"years": ["2016", "2017"]})
    specs = [json.loads(chart.proto.spec)["layout"] for chart in at.get("plotly_chart")]
    assert [layout["title"]["text"] for layout in specs] == titles
    # The source line, written into each finished figure (charts.freeze), is under every title, on the page too.
    sources = {layout["title"]["subtitle"]["text"].replace("<br>", " ") for layout in specs}
    assert sources == {"Source: China's Government Work Reports · 中文 · 2016–2017"}
    html = make_briefing_html(report_data, selection, "Overview")
    # In the briefing's figure JSON, "<" is written \u003c (so no title can close the script).
    assert all(json.dumps(title)[1:-1].replace("<", "\\u003c").replace(">", "\\u003e") in html for title in titles)
    assert f"<b>{composed.figures['targets']}</b>targets stated" in html


def _section(html: str, heading: str) -> str:
    """The briefing from a heading to the next heading of its level or above."""
    start = html.index(heading)
    level = heading[2]
    ends = [html.find(tag, start + len(heading)) for tag in ("<h2>", f"<h{level}>")]
    return html[start : min(end for end in ends if end != -1)]


def test_the_briefing_quotes_the_sentences_behind_each_theme_count(report_data):
    selection = Selection("zh", (2016, 2017), SECTION_KINDS, ALL_THEMES)
    html = make_briefing_html(report_data, selection, "Overview")
    # Internet Plus: 互联网+ once in each of zh-2016 ¶19, ¶57, ¶58 and zh-2017 ¶20, ¶22, ¶67 (theme_hits).
    internet_plus = _section(html, "<h3>Internet Plus · 6 mentions</h3>")
    quoted = re.findall(r"<li>(.*?) <span class='cite'>\((.*?)\)</span></li>", internet_plus)
    assert len(quoted) == EVIDENCE_QUOTED and all("互联网+" in sentence for sentence, _citation in quoted)
    assert quoted[0] == (
        "制定实施创新驱动发展战略纲要和意见，出台推动大众创业、万众创新政策举措，落实“互联网+”行动计划，增强经济发展新动力。",
        "2016 report ¶19 (English ¶19)",
    )
    assert quoted[1][1] == "2016 report ¶57 (English ¶56)" and "大力推行“互联网+政务服务”" in quoted[1][0]
    assert "…and 1 more paragraph that mentions it." in internet_plus  # zh-2017 ¶67
    # Every theme the chart counts, with the chart's count, and none it does not.
    totals = compose_overview(report_data, selection).charts["theme_totals"].frame
    counted = totals[totals["count"] > 0]
    evidence = compose_briefing(report_data, selection).evidence
    assert [(item.label, item.mentions) for item in evidence] == list(
        zip(counted["label"], counted["count"], strict=True)
    )
    for item in evidence:
        assert len(item.quotes) == min(item.paragraphs, EVIDENCE_QUOTED)
        assert f"<h3>{item.label} · {item.mentions} mention" in html


def test_the_briefing_carries_the_ledger_of_the_selected_years(report_data):
    selection = Selection("zh", (2016, 2017), SECTION_KINDS, ALL_THEMES)
    ledger = compose_briefing(report_data, selection).ledger
    gdp = ledger[(ledger["metric_key"] == "gdp_growth") & (ledger["year"] == 2016)].iloc[0]
    assert (gdp["target"], gdp["outcome_year"], gdp["outcome_value"], gdp["outcome"]) == ("6.5–7%", 2017, 6.7, "met")
    html = make_briefing_html(report_data, selection, "Overview")
    section = _section(html, "<h2>Target ledger: targets and outcomes, 2016–2017</h2>")
    gdp_lines = re.findall(r"<li>(.*?)</li>", _section(section, "<h3>GDP growth</h3>"))
    assert len(gdp_lines) == 2 and gdp_lines[0].startswith("<b>2016</b> · target 6.5–7% (lowered): ")
    assert "国内生产总值增长6.5%－7%" in gdp_lines[0] and "(2016 report ¶46 (English ¶45))" in gdp_lines[0]
    assert "→ <b>met</b>: 国内生产总值达到74.4万亿元，增长6.7%" in gdp_lines[0]
    assert "(2017 report ¶8 (English ¶8))" in gdp_lines[0]
    # Every tracked metric with a target or an outcome in these years.
    for key in pd.unique(ledger["metric_key"]):
        assert f"<h3>{metric_label(key)}</h3>" in section
    with using("zh"):
        chinese = make_briefing_html(report_data, selection, "总览")
    assert "<h2>目标台账：目标与实际结果，2016–2017</h2>" in chinese
    assert "（2016年报告 ¶46（英文 ¶45））" in chinese and "（2017年报告 ¶8（英文 ¶8））" in chinese


def test_a_briefing_of_a_year_before_the_alignment_cites_one_number(report_data):
    html = make_briefing_html(report_data, Selection("zh", (2007,), SECTION_KINDS, ALL_THEMES), "Overview")
    evidence = _section(html, "<h2>Sentences behind the theme counts</h2>")
    cited = _section(html, "<h2>Cited sentences</h2>")
    for part in (evidence, cited):
        assert "(2007 report ¶" in part and "English ¶" not in part
    assert "English ¶" not in _section(html, "<h2>Targets stated in the selection</h2>")  # no column of them
