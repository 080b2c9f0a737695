"""Sharing and briefing: the canonical link, presentation mode, the HTML briefing."""

from __future__ import annotations

import json
import re
import urllib.parse

from dashboard.analysis.selection import SECTION_KINDS, Selection
from dashboard.briefing import make_briefing_html
from dashboard.compose import compose_overview
from dashboard.lexicon import load_themes
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
    assert "推进5万个行政村通光纤" in html and "(2016, This year&#x27;s tasks, ¶60; 50,000, annual)" in html
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
    assert [json.loads(chart.proto.spec)["layout"]["title"]["text"] for chart in at.get("plotly_chart")] == titles
    html = make_briefing_html(report_data, selection, "Overview")
    # In the briefing's figure JSON, "<" is written \u003c (so no title can close the script).
    assert all(json.dumps(title)[1:-1].replace("<", "\\u003c").replace(">", "\\u003e") in html for title in titles)
    assert f"<b>{composed.figures['targets']}</b>targets stated" in html
