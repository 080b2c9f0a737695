"""Every page, reached by the sidebar's links as a reader walks them, in both interface languages: it
loads (its own heading, no exception), nothing is cut, nothing is inaccessible.

- **Readable:** no chart's title, label or value cut at the chart's edge, on a phone and a laptop (and
  on a projector, in presentation mode). Plotly draws text past its own edge without complaint (a title
  longer than the chart, the longest bar's value, a label wider than its margin): the box of every text
  is checked against the chart's box, as the browser lays it out.
- **Accessible:** axe-core's WCAG 2 A and AA rules find nothing. The floor is a bare Streamlit app drawn
  with the same kinds of elements: there axe finds one rule broken, the captions' contrast (Streamlit
  fades them to 3.9:1). The dashboard's stylesheet (dashboard/static/layout.css) mends that, so its pages
  are held to nothing at all, and a rule Streamlit itself breaks after an upgrade shows as a new floor.

One server and one walk through the pages for both checks: a page load is the costly part.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from dashboard import i18n
from dashboard.views.navigation import DEFAULT_PAGE, PAGES
from tests.helpers import chromium, screenshot, streamlit_server

pytestmark = pytest.mark.browser
TIMEOUT = 60_000
expect.set_options(timeout=TIMEOUT)
# The walk through every page: years that give each page all its content (Trends needs two or more).
WALK_QUERY = "years=2015-2017&terms=光纤,互联网%2B"
# On a projector: thirteen years of themes beside the colour bar.
PRESENTATION_QUERY = "years=2010-2022&terms=光纤,互联网%2B"
PHONE, LAPTOP = {"width": 390, "height": 844}, {"width": 1400, "height": 1000}
LAPTOP_TOO = {"overview"}  # its sections chart cut labels at a laptop's width when its legend sat beside it
# Text boxes may touch the edge: a pixel of anti-aliasing is not a cut.
TOLERANCE = 1.5
CUT_TEXT = """charts => charts.flatMap((chart, index) => {
    const svg = chart.querySelector('.main-svg');
    if (!svg) return [];
    const edge = svg.getBoundingClientRect();
    return [...chart.querySelectorAll('.main-svg text')].flatMap(text => {
        const box = text.getBoundingClientRect();
        if (!text.textContent.trim() || box.width === 0) return [];
        const cut = box.left < edge.left - TOLERANCE || box.right > edge.right + TOLERANCE
            || box.top < edge.top - TOLERANCE || box.bottom > edge.bottom + TOLERANCE;
        return cut ? [`chart ${index}: "${text.textContent}" at ${Math.round(box.left)}–${Math.round(box.right)}`
            + ` of ${Math.round(edge.left)}–${Math.round(edge.right)}`] : [];
    });
})""".replace("TOLERANCE", str(TOLERANCE))
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
FLOOR_APP = """
import plotly.graph_objects as go
import streamlit as st

def home():
    st.title("Floor")
    st.caption("A caption")
    st.info("A notice")
    st.plotly_chart(go.Figure(go.Bar(x=[1, 2], y=["a", "b"], orientation="h")))
    st.dataframe({"a": [1, 2]})
    with st.expander("More"):
        st.write("Text")
    st.download_button("Download", b"x", file_name="x.txt")
    st.image("https://example.invalid/x.png", alt="A picture")
    st.code("https://example.invalid/?a=1", language=None)

def other():
    st.title("Other")

st.set_page_config(layout="wide")
with st.sidebar:
    st.radio("Language", ["zh", "en"], horizontal=True, captions=["a", "b"])
    st.pills("Quick", ["a", "b"])
    st.multiselect("Years", [1, 2], default=[1])
    st.select_slider("Range", [1, 2, 3], value=(1, 3))
    st.text_input("Search")
    with st.expander("Display"):
        st.toggle("Toggle")
        st.slider("Slider", 1, 10, 5)
st.navigation([st.Page(home, title="Home"), st.Page(other, title="Other")]).run()
"""


# Each table cell that holds a share (a percentage): its text and where it ends, in pixels from the left.
SHARE_CELLS = (
    "cells => cells.filter(cell => /%$/.test(cell.textContent.trim()))"
    ".map(cell => [cell.textContent.trim(), cell.getBoundingClientRect().right])"
)


def trust_tables() -> dict:
    """The About page's trust tables, as the committed evaluation makes them."""
    from dashboard.analysis.data import load_report_data
    from dashboard.analysis.evaluation import compute_trust_tables

    return compute_trust_tables(load_report_data().evaluation)


def page_url(server: str, path: str, query: str) -> str:
    return f"{server}/{'' if path == DEFAULT_PAGE else path}?{query}"


def settled(page: Page) -> None:
    """The run finished and the page's stylesheet applied (it arrives with the end of the run)."""
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0)
    # No element still faded from the last run (Streamlit marks them data-stale while a run goes on),
    # and the captions drawn in the stylesheet's grey.
    page.wait_for_function(
        "[...document.querySelectorAll('[data-testid=stElementContainer]')]"
        ".every(element => element.dataset.stale !== 'true' && getComputedStyle(element).opacity === '1')"
        " && [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
        ".every(caption => getComputedStyle(caption).opacity === '1')"
    )


def cut_text(page: Page) -> list[str]:
    page.wait_for_timeout(150)  # Plotly's relayout after the width settles
    return page.locator("[data-testid='stPlotlyChart']").evaluate_all(CUT_TEXT)


def violations(page: Page) -> dict[str, list[str]]:
    """Each WCAG rule broken, with the elements that break it. axe-core is put into the page once: a
    walk by the sidebar's links stays in one document."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(Axe().axe_script)
    results = page.evaluate("options => axe.run(document, options)", {**WCAG_AA, "resultTypes": ["violations"]})
    return {rule["id"]: [str(node["target"]) for node in rule["nodes"]] for rule in results["violations"]}


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def floor(browser, tmp_path_factory) -> set[str]:
    root = tmp_path_factory.mktemp("floor")
    (root / "floor.py").write_text(FLOOR_APP, encoding="utf-8")
    with streamlit_server(app_root=root, script="floor.py") as server:
        page = browser.new_page()
        page.goto(server.url)
        expect(page.get_by_role("heading", name="Floor")).to_be_visible()
        expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0)
        found = set(violations(page))
        page.close()
    return found


@pytest.fixture(scope="module")
def server():
    with streamlit_server() as running:
        yield running.url


@pytest.mark.parametrize("interface", i18n.UI_LANGUAGES)
def test_every_page_reads_whole_and_breaks_no_wcag_rule(server, browser, floor, interface):
    """Every page at a phone's width; in English, the pages with legends beside a plot at a laptop's too."""
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    cuts, broken = [], set()
    with i18n.using(interface):
        titles = {entry.path: i18n._(entry.title) for entry in PAGES}
        headings = {DEFAULT_PAGE: i18n._("Government Work Reports as data"), "trends": i18n._("Trends across years")}
    page.goto(page_url(server, DEFAULT_PAGE, f"ui={interface}&{WALK_QUERY}"))
    for entry in PAGES:  # by the sidebar's links, as a reader walks: a click costs less than a page load
        page.set_viewport_size(LAPTOP)
        if entry.path != DEFAULT_PAGE:
            page.locator("[data-testid='stSidebarNav']").get_by_role(
                "link", name=titles[entry.path], exact=True
            ).click()
            page.wait_for_url(re.compile(rf"/{entry.path}\?"))
        settled(page)
        expect(page.get_by_role("heading", level=1)).to_have_text(headings.get(entry.path, re.compile(".")))
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
        if interface == "zh" and entry.path in ("overview", "trends", "targets", "about"):
            screenshot(page, f"page-zh-{entry.path}")  # the Chinese interface, for a reviewer's eye
        broken |= {(entry.path, rule, tuple(nodes)) for rule, nodes in violations(page).items()}
        # A phone's width is the tightest; a laptop's too where a legend once sat beside the plot.
        widths = (
            {"laptop": LAPTOP, "phone": PHONE} if interface == "en" and entry.path in LAPTOP_TOO else {"phone": PHONE}
        )
        if entry.path == "about":
            # Every share in the trust tables is on screen at a phone's width (their cells wrap; a wide table
            # scrolls only its counts out of sight), and the page itself never scrolls sideways.
            page.set_viewport_size(PHONE)
            tables = page.locator("[data-testid='stMarkdownContainer'] table")
            expect(tables).to_have_count(len(trust_tables()))  # every trust table drawn
            page.wait_for_timeout(150)
            shares = tables.locator("td").evaluate_all(SHARE_CELLS)
            assert len(shares) > 100  # the trust tables' shares, found
            cuts += [
                f"about at phone: the share {text} ends at {right:.0f} px" for text, right in shares if right > 391
            ]
            main = page.locator("[data-testid='stMain']")
            assert main.evaluate("main => main.scrollWidth <= main.clientWidth"), "the About page scrolls sideways"
        if not page.locator("[data-testid='stPlotlyChart']").count():
            widths = {}  # no chart on this page: nothing Plotly could cut
        for width, size in widths.items():
            page.set_viewport_size(size)
            cuts += [f"{entry.path} at {width}: {cut}" for cut in cut_text(page)]
        if entry.path == DEFAULT_PAGE:
            # The word cloud is described by its largest words, for a screen reader.
            cloud = page.locator("[data-testid='stImage'] img").first
            described = {"en": r"^Word cloud\. Largest words: 发展, ", "zh": r"^词云。最大的词：发展、"}
            expect(cloud).to_have_attribute("alt", re.compile(described[interface]))
    context.close()
    assert floor == {"color-contrast"}, floor  # what a bare Streamlit app breaks
    assert not broken, "\n".join(f"{path}: {rule} at {nodes[:3]}" for path, rule, nodes in sorted(broken))
    assert not cuts, "\n".join(cuts)


def test_no_chart_text_is_cut_in_presentation_mode(server, browser):
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    cuts = []
    for path in ("trends",):  # the widest title and labels, beside a colour bar
        page.goto(page_url(server, path, f"present=true&{PRESENTATION_QUERY}"))
        settled(page)
        cuts += [f"{path}: {cut}" for cut in cut_text(page)]
    screenshot(page, "presentation-trends")
    context.close()
    assert not cuts, "\n".join(cuts)
