"""Links, derived from the app's own tables: every control of every page is in the link, and the link
reopens the view; refusals are named; typed text shows as typed. A new page or control is covered
here with no list to edit (dashboard/views/navigation.py PAGES, dashboard/filters.py FILTERS)."""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import config, i18n
from dashboard.filters import FILTER, FILTERS, GLOBAL, GLOBAL_FILTERS, filters_of, link_pairs
from dashboard.views.common import escape_markdown
from dashboard.views.navigation import DEFAULT_PAGE
from tests.helpers import PAGE_PATHS, open_page

# Controls a page draws only with content to show: a link that opens them needs years with reports.
CONTENT_YEARS = FILTER["years"].written_example()


def widget_value(at: AppTest, key: str):
    """The value a control shows, as its link writes it (the widget's format), for comparing two runs."""
    spec = FILTER[key]
    accessor = {
        "radio": at.radio,
        "multiselect": at.multiselect,
        "text": at.text_input,
        "slider": at.slider,
        "toggle": at.toggle,
        "selectbox": at.selectbox,
        "number": at.number_input,
    }[spec.widget]
    value = accessor(key=key).value
    if spec.link_form is not None:
        return spec.link_form.write(value)
    return [spec.show(item) for item in value] if spec.multiple else spec.show(value)


def example(spec) -> str | list[str]:
    """The value widget_value reads for a control set to its example."""
    written = list(spec.written_example())
    return written if spec.multiple and spec.link_form is None else written[0]


def link_of(at: AppTest) -> str:
    return at.code[0].value


def query_of(link: str) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(link).query, keep_blank_values=True)


def test_every_page_draws_exactly_the_controls_the_table_gives_it():
    """No widget is bound to the URL outside the table, and the table names no control a page lacks."""
    source = "\n".join(path.read_text(encoding="utf-8") for path in (config.REPO_ROOT / "dashboard").rglob("*.py"))
    assert source.count('"query-params"') == 1, "only views/widgets.py binds a widget to the URL"
    drawn = set(re.findall(r'FILTER\["(\w+)"\]', source)) | {spec.key for spec in GLOBAL_FILTERS}
    assert drawn == {spec.key for spec in FILTERS}
    assert {spec.scope for spec in FILTERS} - {GLOBAL} <= set(PAGE_PATHS)


def test_a_link_with_every_global_control_changed_reopens_the_same_view():
    """The interface language changed too: the link's labels are written, and read, in Chinese."""
    with i18n.using(FILTER["ui"].example[0]):
        params = {spec.key: list(spec.written_example()) for spec in GLOBAL_FILTERS}
        at = open_page("overview", params)
        link = link_of(at)
        assert query_of(link) == params, link
        reopened = open_page("overview", query_of(link))
        for spec in GLOBAL_FILTERS:
            assert widget_value(reopened, spec.key) == widget_value(at, spec.key) == example(spec), spec.key
    assert link_of(reopened) == link and not at.warning


@pytest.mark.parametrize("page", PAGE_PATHS)
def test_a_link_with_every_control_of_the_page_changed_reopens_the_same_view(page):
    own = [spec for spec in filters_of(page) if spec.scope == page]
    params = {"years": list(CONTENT_YEARS)} | {spec.key: list(spec.written_example()) for spec in own}
    at = open_page(page, params)
    link = link_of(at)
    assert urllib.parse.urlsplit(link).path == ("/" if page == DEFAULT_PAGE else f"/{page}")
    assert query_of(link) == {"ui": ["en"]} | params, link  # the link names the language of its labels
    reopened = open_page(page, query_of(link))
    for spec in own:
        assert widget_value(reopened, spec.key) == widget_value(at, spec.key) == example(spec), spec.key
    assert link_of(reopened) == link and not at.warning


def test_a_link_keeps_only_the_controls_of_its_page_and_only_values_they_hold(report_data):
    raw = {"years": ["2016", "1999x"], "kwic": ["宽带"], "terms": ["光纤"], "lang": ["English"], "zzz": ["1"]}
    assert link_pairs(raw, "trends", report_data, "en") == [("ui", "en"), ("lang", "English"), ("terms", "光纤")]
    assert link_pairs({}, "overview", report_data, "zh") == [("ui", "zh")]


def test_years_are_written_as_runs_and_read_in_either_form(report_data):
    at = open_page("trends", {"years": ["2015", "2016", "2017", "2019"]})  # the form links had before
    assert at.multiselect(key="years").value == [2015, 2016, 2017, 2019]
    assert query_of(link_of(at))["years"] == ["2015-2017,2019"] and not at.warning
    assert open_page("trends", {"years": ["2015-2017,2019"]}).multiselect(key="years").value == [2015, 2016, 2017, 2019]
    everything = open_page("trends", {"years": ["1954-2026"]})
    assert everything.multiselect(key="years").value == report_data.all_years()
    assert not everything.warning  # years of the run with no report are gaps, not errors
    refused = open_page("trends", {"years": ["2016-20x"]})
    assert "“years” values not recognised: “2016-20x”" in refused.warning[0].value


@pytest.mark.parametrize("key", [spec.key for spec in FILTERS if spec.widget == "text"])
def test_a_text_longer_than_the_limit_is_named_in_the_notice(key):
    page = "overview" if FILTER[key].scope == GLOBAL else FILTER[key].scope
    at = open_page(page, {key: "长" * 250})
    warning = " ".join(w.value for w in at.warning)
    assert f"“{key}” longer than 200 characters: shortened to its first 200" in warning


@pytest.mark.parametrize("key", [spec.key for spec in FILTERS if spec.widget == "text"])
def test_markdown_and_html_typed_by_a_user_are_shown_as_text(key):
    """Every free-text control, fed Markdown and HTML: wherever the page writes it, it reads as typed."""
    page = "trends" if FILTER[key].scope == GLOBAL else FILTER[key].scope
    typed = "**bold** [link](http://example.org) <b>x</b> _it_"
    at = open_page(page, {key: typed, "years": ["2016"]})
    shown = [element.value for element in [*at.markdown, *at.caption, *at.info, *at.subheader]]
    rendered = [value for value in shown if "bold" in value]
    figures = [json.loads(element.proto.spec) for element in at.get("plotly_chart")]
    # Plotly reads tags in titles and series names: there the typed tag must arrive as an entity, shown as typed.
    labels = [figure["layout"]["title"]["text"] for figure in figures]
    labels += [trace.get("name", "") for figure in figures for trace in figure["data"]]
    charted = [label for label in labels if "bold" in label]
    assert rendered or charted, f"the typed text is not on the {page} page"
    for value in rendered:
        assert escape_markdown(typed) in value, value
    for label in charted:
        assert "&lt;b&gt;x&lt;/b&gt;" in label and "<b>" not in label, label
    assert not any(element.proto.allow_html for element in at.markdown)
