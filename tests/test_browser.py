"""The running app in headless Chromium, as a user sees it."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from tests.helpers import chromium, screenshot, streamlit_server

# One server and one browser for the module (the suite runs a module's tests on one xdist worker: --dist loadfile).
pytestmark = pytest.mark.browser
TIMEOUT = 30_000
# A cold server on a busy 2-core machine can take longer than Playwright's 5 s default.
expect.set_options(timeout=TIMEOUT)


@pytest.fixture(scope="module")
def server():
    with streamlit_server() as running:
        yield running.url
        log = running.log.read_text().splitlines()
        errors = [line for line in log if re.search(r"Traceback|Error|Exception", line)]
        assert not errors, errors


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    yield page
    context.close()


def theme_chart(page: Page):
    return page.locator("[data-testid='stPlotlyChart']").first


def wait_for_app(page: Page, title: str) -> None:
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
    expect(page.locator("[data-testid='stSpinner']")).to_have_count(0)
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0)


def test_first_screen_shows_the_2016_headline_and_a_filter_changes_it(server, page):
    page.goto(server)
    wait_for_app(page, "Government Work Reports as data")
    expect(page.get_by_text("推进5万个行政村通光纤", exact=False).first).to_be_visible()
    expect(theme_chart(page)).to_contain_text("Mass entrepreneurship")  # an English browser
    cloud = page.locator("[data-testid='stImage'] img").first
    expect(cloud).to_be_visible()
    assert cloud.evaluate("image => image.complete && image.naturalWidth > 500")
    assert page.evaluate("document.fonts.check('16px \"Noto Sans SC\"', '政府工作报告')")
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    screenshot(page, "first-screen")

    chinese_reports = theme_chart(page).inner_text()
    page.locator("[data-testid='stSidebar']").get_by_text("English", exact=True).click()
    expect(theme_chart(page)).not_to_have_text(chinese_reports)  # Internet Plus: 3 mentions in Chinese, 4 in English
    expect(page.get_by_text("Selection: English · 2016")).to_be_visible()
    expect(page).to_have_url(re.compile(r"lang=English"))
    screenshot(page, "english-2016")


def test_a_shared_link_reproduces_the_view_in_a_fresh_page(server, browser):
    first = browser.new_page()
    first.set_default_timeout(TIMEOUT)
    first.goto(f"{server}/trends?lang=English&years=2015&years=2016&years=2017&themes=E-commerce")
    wait_for_app(first, "Trends across years")
    # What a reader copies: the link in the sidebar's popover (its code block loads only when opened).
    first.get_by_role("button", name="Link to this view").click()
    code = first.locator("[data-testid='stPopoverBody'] [data-testid='stCode']")
    expect(code).to_contain_text("/trends?")
    shared = code.inner_text().strip()
    assert shared.startswith(server) and "themes=E-commerce" in shared, shared
    first.close()

    fresh = browser.new_context().new_page()
    fresh.set_default_timeout(TIMEOUT)
    fresh.goto(shared)
    wait_for_app(fresh, "Trends across years")
    expect(fresh.get_by_text("Selection: English · 2015–2017")).to_be_visible()
    chart = fresh.locator("[data-testid='stPlotlyChart']").first
    expect(chart).to_contain_text("E-commerce")
    expect(chart).not_to_contain_text("Internet Plus")
    screenshot(fresh, "shared-link-trends")


def test_the_rural_tracker_opens_the_ledger_on_its_metric(server, page):
    page.goto(f"{server}/rural?years=2016&years=2017")
    wait_for_app(page, "Rural connectivity, 1990–2026")
    expect(page.locator("[data-testid='stPlotlyChart']").first).to_contain_text("Fibre to villages · a year")
    page.get_by_role("link", name="Target ledger: Administrative villages connected to fibre").click()
    wait_for_app(page, "Target ledger")
    expect(page.get_by_text("target 30,000 (new batch)", exact=False)).to_be_visible()
    assert "ledger_metric=Administrative+villages+connected+to+fibre" in page.url
    screenshot(page, "rural-to-ledger")


def test_briefing_download_works_offline_with_chinese_text(server, browser, tmp_path):
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(f"{server}/?years=2016&years=2017")
    wait_for_app(page, "Government Work Reports as data")
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Download briefing (HTML)").click()
    briefing = tmp_path / "briefing.html"
    download.value.save_as(briefing)
    page.close()

    offline = browser.new_context()
    offline.set_offline(True)
    requests: list[str] = []
    offline.on("request", lambda request: requests.append(request.url))
    view = offline.new_page()
    view.goto(briefing.as_uri())
    expect(view.locator(".js-plotly-plot .main-svg").first).to_be_visible()
    assert view.locator(".js-plotly-plot").count() == 5  # the Overview's three, the trend, the rural tracker
    expect(view.get_by_text("推进5万个行政村通光纤", exact=False).first).to_be_visible()
    assert view.evaluate("document.fonts.check('16px \"Noto Sans SC\"', '行政村')")
    assert all(url.startswith(("file:", "data:")) for url in requests), requests
    screenshot(view, "briefing-offline")
    offline.close()


def test_presentation_mode_hides_the_sidebar_and_keeps_the_view(server, page):
    page.goto(f"{server}/?years=2017&present=true")
    wait_for_app(page, "Government Work Reports as data")
    expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()
    expect(page.get_by_text("完成3万个行政村通光纤", exact=False).first).to_be_visible()
    screenshot(page, "presentation-mode")
    page.get_by_role("button", name="Exit presentation mode").click()
    expect(page.locator("[data-testid='stSidebar']")).to_be_visible()
    expect(page.get_by_text("Selection: 中文 · 2017")).to_be_visible()


def test_a_chinese_browser_gets_the_chinese_interface_and_can_switch(server, browser):
    """No ui= in the link: the browser's language chooses the interface; then English, with the choices
    made in Chinese kept. (Every page in each interface: tests/test_every_page_browser.py.)"""
    context = browser.new_context(locale="zh-CN", viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(f"{server}/?sections=本年工作任务")
    wait_for_app(page, "数据视角下的政府工作报告")
    expect(theme_chart(page)).to_contain_text("大众创业、万众创新")
    screenshot(page, "zh-first-screen")
    page.locator("[data-testid='stSidebar']").get_by_text("en", exact=True).click()
    wait_for_app(page, "Government Work Reports as data")
    expect(page).to_have_url(re.compile(r"ui=en"))
    expect(page).to_have_url(re.compile(r"sections=This\+year%27s\+tasks|sections=This%20year%27s%20tasks"))
    expect(page.get_by_text("Selection: 中文 · 2016 · This year's tasks")).to_be_visible()
    context.close()


def exported(page: Page, chart) -> Path:
    """The file the chart toolbar's camera downloads."""
    chart.hover()
    with page.expect_download() as download:
        chart.locator(".modebar-btn[data-title^='Download']").click()
    return Path(download.value.path())


def test_charts_exported_from_the_toolbar_keep_their_chinese(server, browser):
    """CI has no CJK system font: an exported chart draws Chinese only with the bundled font it carries.
    Drawn without it, every character is the same empty box, so two labels of four characters would be
    the same picture."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(f"{server}/?ui=zh")
    wait_for_app(page, "数据视角下的政府工作报告")
    chart = theme_chart(page)
    expect(chart).to_contain_text("电子商务")
    page.wait_for_function("window.gwrExportFont && window.gwrExportFont.fontFace !== null")
    # Where the labels stand, once the chart has stopped moving (under a loaded machine it may still be laying itself
    # out when first seen, and a box measured then misses its label in the picture).
    labels, previous = None, {}
    for _ in range(40):
        labels = chart.evaluate(
            """chart => {
                const svg = chart.querySelector('.main-svg').getBoundingClientRect();
                return Object.fromEntries([...chart.querySelectorAll('.ytick text')].map(text => {
                    const box = text.getBoundingClientRect();
                    return [text.textContent, [box.left - svg.left, box.top - svg.top, box.width, box.height, svg.width]];
                }));
            }"""
        )
        if labels == previous:
            break
        previous = labels
        page.wait_for_timeout(250)
    png = Image.open(exported(page, chart)).convert("L")
    scale = png.width / labels["电子商务"][4]
    crops = []
    for name in ("电子商务", "共享经济"):  # four characters each
        left, top, width, height, _width = (value * scale for value in labels[name])
        crop = png.crop((int(left), int(top), int(left + width), int(top + height))).resize((80, 20))
        crops.append(np.array(crop) < 200)  # ink: the labels are grey on white
    assert all(0.05 < crop.mean() < 0.6 for crop in crops), [crop.mean() for crop in crops]  # each label found
    assert (crops[0] != crops[1]).mean() > 0.1, "the two labels are drawn alike: boxes, not characters"

    page.goto(f"{server}/?ui=zh&fmt=SVG")
    wait_for_app(page, "数据视角下的政府工作报告")
    page.wait_for_function("window.gwrExportFont && window.gwrExportFont.fontFace !== null")
    chart = theme_chart(page)
    chart.hover()
    # Plotly names the camera "Download plot" for SVG, "Download plot as a PNG" otherwise.
    expect(chart.locator(".modebar-btn[data-title='Download plot']")).to_have_count(1)
    path = exported(page, chart)
    svg = path.read_text(encoding="utf-8")
    assert "@font-face{font-family:'Noto Sans SC';src:url(data:font/otf;base64," in svg and "电子商务" in svg
    context.close()


def test_a_phone_first_screen_holds_the_themes_and_the_village_target(server, browser):
    """390×844: the 2016 Internet themes and the 50,000-village target with no scrolling; after choosing a
    page from the sidebar, the sidebar closes over the content."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(server)
    wait_for_app(page, "Government Work Reports as data")
    target = page.get_by_text("推进5万个行政村通光纤", exact=False).first
    bars = theme_chart(page).locator(".bars").first
    expect(target).to_be_in_viewport(ratio=1)
    expect(bars).to_be_in_viewport(ratio=1)
    expect(theme_chart(page)).to_contain_text("Mass entrepreneurship")
    screenshot(page, "phone-first-screen")

    page.get_by_test_id("stExpandSidebarButton").click()
    navigation = page.locator("[data-testid='stSidebarNav']")
    navigation.get_by_role("link", name="Trends", exact=True).click()
    wait_for_app(page, "Trends across years")
    expect(navigation).not_to_be_in_viewport()
    screenshot(page, "phone-after-navigation")
    context.close()
