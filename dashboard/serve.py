"""Run the dashboard as a user would: in Streamlit's AppTest on any page, or as a Streamlit server on a
free port driven by a headless Chromium. Used by the benchmark (python -m dashboard.bench) and the
tests; the app itself never imports it (Playwright is a development requirement only)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard import config

if TYPE_CHECKING:
    from playwright.sync_api import Browser
    from streamlit.testing.v1 import AppTest

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps dialling out of this closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = config.REPO_ROOT / "artifacts"


@dataclass(frozen=True)
class Server:
    url: str
    log: Path
    pid: int

    def rss_mb(self) -> float:
        """Resident memory of the server process, from /proc (Linux)."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS")

    def pss_mb(self) -> float:
        """Proportional memory of the server process (Linux): a page shared with other mappings counts its share.
        RSS counts a file mapped N times N times: the cloud's font, open once per size, is one file on disk
        and in memory, but up to 1.3 MB a size to RSS."""
        for line in Path(f"/proc/{self.pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no Pss")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def streamlit_server(
    app_root: Path = config.REPO_ROOT,
    python: str = sys.executable,
    env: dict | None = None,
    script: str = "dashboard/app.py",
) -> Iterator[Server]:
    """Start `streamlit run dashboard/app.py` (or another script: a floor app to compare with) as a user
    would; yield its URL, log file and process id."""
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / f"streamlit-{port}.log"
    command = [
        python,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
    ]
    with log.open("w") as output:
        process = subprocess.Popen(
            command, cwd=app_root, stdout=output, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start: {log.read_text()[-2000:]}") from None
                time.sleep(0.3)
        yield Server(url, log, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def chromium() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: apt-get install chromium (./dev.sh test does it as root)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def app_on_page(page: str, params: dict | None = None, timeout: float = 90) -> AppTest:
    """The app in AppTest on one page with these link parameters, run once.

    The pages are functions registered with st.navigation, and AppTest.switch_page opens only file
    pages; so the run asks for the page by the hash Streamlit derives from its URL path (as
    st.Page._script_hash does), which AppTest passes on as a browser's page request would.
    """
    from streamlit.testing.v1 import AppTest
    from streamlit.util import calc_hash

    at = AppTest.from_file(str(config.REPO_ROOT / "dashboard" / "app.py"), default_timeout=timeout)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at._page_hash = calc_hash(page)
    return at.run()
