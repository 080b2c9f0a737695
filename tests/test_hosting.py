"""Hosted use: the app as Community Cloud runs it, and many sessions on one server at once."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from dashboard import config
from tests.helpers import chromium, screenshot, streamlit_server

pytestmark = pytest.mark.browser
TIMEOUT = 60_000
expect.set_options(timeout=TIMEOUT)


def snapshot(folder: Path) -> dict[str, float]:
    return {
        str(path.relative_to(folder)): path.stat().st_mtime for path in folder.rglob("*") if ".venv" not in path.parts
    }


def test_clean_clone_with_only_requirements_txt_runs_and_writes_nothing(tmp_path):
    """What the host does: clone, pip install -r requirements.txt, streamlit run dashboard/app.py."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(config.REPO_ROOT), str(clone)], check=True, timeout=120)
    venv = tmp_path / "venv"
    # No pip inside the new environment (ensurepip costs seconds): this interpreter's pip installs into it.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv / "bin/python"),
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-compile",  # byte-compiling every package is a third of the install and tests nothing
            "-r",
            str(clone / "requirements.txt"),
        ],
        check=True,
        timeout=900,
    )
    home = tmp_path / "home"
    home.mkdir()
    before = snapshot(clone)
    environment = {"HOME": str(home), "GWR_PROCESSED_DIR": "", "PYTHONDONTWRITEBYTECODE": "1"}
    with (
        streamlit_server(app_root=clone, python=str(venv / "bin/python"), env=environment) as server,
        chromium() as browser,
    ):
        page = browser.new_page()
        page.goto(server.url)
        expect(page.get_by_role("heading", name="Government Work Reports as data", level=1)).to_be_visible()
        expect(page.get_by_text("推进5万个行政村通光纤", exact=False).first).to_be_visible()
        expect(page.locator("[data-testid='stPlotlyChart']").first).to_contain_text("Mass entrepreneurship")
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
        screenshot(page, "hosted-clean-clone")
        log = server.log.read_text()
    assert not re.search(r"Traceback|Error", log), log
    assert snapshot(clone) == before, "the app wrote into the checkout"
    written = [str(path.relative_to(home)) for path in home.rglob("*") if path.is_file()]
    assert written == [], f"the app wrote outside a temporary folder: {written}"


def test_concurrent_sessions_each_keep_their_own_view():
    """Four browsers, two in each language, switching at once (the load generator holds a hundred
    sessions without browsers: python -m dashboard.bench)."""
    sessions = [("中文" if index % 2 == 0 else "English", 2010 + index) for index in range(4)]
    with streamlit_server() as server, chromium() as browser:
        pages = []
        for lang, year in sessions:
            page = browser.new_context().new_page()
            page.set_default_timeout(TIMEOUT)
            # The Read page: every session still runs the whole app, without eight word clouds to draw.
            page.goto(f"{server.url}/read?lang={lang}&years={year}")
            pages.append(page)
        deadline = time.monotonic() + 240
        for round_number in range(2):
            for page, (lang, year) in zip(pages, sessions, strict=True):
                expected_lang = lang if round_number % 2 == 0 else ("English" if lang == "中文" else "中文")
                expect(page.get_by_text(f"Selection: {expected_lang} · {year}", exact=True)).to_be_visible()
                # The run has finished, so the sidebar is not redrawn under the click that follows (a click on a
                # radio React is replacing can be lost: seen under the suite's load, never by hand).
                expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0)
            # Every session switches its language at once; none may see another's choice.
            for page, (lang, _) in zip(pages, sessions, strict=True):
                current = lang if round_number % 2 == 0 else ("English" if lang == "中文" else "中文")
                other = "English" if current == "中文" else "中文"
                page.locator("[data-testid='stSidebar']").get_by_text(other, exact=True).click()
            assert time.monotonic() < deadline
        for page, (lang, year) in zip(pages, sessions, strict=True):
            # Two switches: back in its first language (wait for that rerun before reading its URL).
            expect(page.get_by_text(f"Selection: {lang} · {year}", exact=True)).to_be_visible()
            expect(page.locator("[data-testid='stException']")).to_have_count(0)
            # A value equal to the default (2016) is left out of the URL by design.
            assert f"years={year}" in page.url or year == 2016
        memory = server.rss_mb()
        log = server.log.read_text()
    assert not re.search(r"Traceback|Error", log), log
    assert memory < 1024, f"server used {memory:.0f} MB with {len(sessions)} sessions"
