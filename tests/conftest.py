"""Shared fixtures: small report corpora written by the tests, and the real processed data."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dashboard import config
from dashboard.analysis.data import ReportData, load_report_data

REPO_ROOT = config.REPO_ROOT
PAD_ZH = "我们要坚持稳中求进工作总基调，统筹做好各项工作，切实保障和改善民生。"
PAD_EN = "We will keep working to improve people's lives and make steady progress in every field. "


def zh_report(year: int) -> str:
    """A modern Chinese report: header, 一、review, 二、plan, 三、tasks with （一）（二）, closing."""
    lines = [
        "政府工作报告",
        f"——{year}年3月5日在全国人民代表大会会议上",
        "国务院总理 张三",
        "各位代表：",
        "现在，我代表国务院，向大会报告政府工作，请予审议。",
        f"一、{year - 1}年工作回顾",
        "过去一年，互联网+行动深入实施，跨境电子商务快速增长，电子商务进农村。" + PAD_ZH * 3,
        PAD_ZH * 4,
        PAD_ZH * 4,
        f"二、{year}年经济社会发展总体部署",
        "今年发展的主要预期目标是：国内生产总值增长6.5%－7%，居民消费价格涨幅3%左右，"
        "城镇新增就业1000万人以上，城镇登记失业率4.5%以内。",
        f"三、{year}年重点工作",
        "（一）建设数字中国。推进5万个行政村通光纤，新建改建农村公路20万公里。" + PAD_ZH * 2,
        "（二）发展共享经济。大众创业、万众创新深入发展。" + PAD_ZH * 2,
        PAD_ZH * 4,
        PAD_ZH * 4,
        PAD_ZH * 4,
        PAD_ZH * 4,
        PAD_ZH * 4,
        PAD_ZH * 4,
        PAD_ZH * 4,
        PAD_ZH * 4,
        "各位代表！",
        "让我们团结奋斗，为实现目标而努力！",
    ]
    return "\n".join(lines) + "\n"


def en_report_numbered(year: int) -> str:
    lines = [
        "REPORT ON THE WORK OF THE GOVERNMENT",
        f"Delivered at the Session of the National People's Congress on March 5, {year}",
        "Zhang San, Premier of the State Council",
        "Fellow Deputies,",
        "I. Review of Work in the Past Year",
        "Internet Plus initiatives advanced and cross-border e-commerce grew. " + PAD_EN * 3,
        PAD_EN * 4,
        f"II. Major Targets for {year}",
        f"The main targets for {year} are: GDP growth of 6.5% to 7%; CPI increase kept at around 3%; "
        "creation of at least ten million new urban jobs; registered urban unemployment rate kept within 4.5%.",
        f"III. Major Tasks for {year}",
        "1. Building Digital China",
        "We will connect 50,000 administrative villages to fiber-optic networks. " + PAD_EN * 2,
        "2. Developing the sharing economy",
        PAD_EN * 4,
        PAD_EN * 4,
        PAD_EN * 4,
        PAD_EN * 4,
        PAD_EN * 4,
        PAD_EN * 4,
        "Fellow Deputies,",
        "Let us work together for our goals.",
    ]
    return "\n".join(lines) + "\n"


def en_report_lead_ins(year: int) -> str:
    lines = [
        "Report on the Work of the Government",
        f"Delivered at the Session of the National People's Congress on March 5, {year}",
        "Zhang San Premier of the State Council",
        "Esteemed Deputies,",
        f"Let me start with a review of the work we did in {year - 1}.",
        PAD_EN * 4,
        PAD_EN * 4,
        "Esteemed Deputies, Let me now brief you on the main targets and tasks for the next five years.",
        PAD_EN * 4,
        f"I now want to discuss the major areas of work for {year}.",
        PAD_EN * 4,
        PAD_EN * 4,
        PAD_EN * 4,
        PAD_EN * 4,
        PAD_EN * 4,
        PAD_EN * 4,
        PAD_EN * 4,
        "Esteemed Deputies,",
        "Our future can be secured only through hard work.",
    ]
    return "\n".join(lines) + "\n"


def unheaded_report(year: int) -> str:
    """An early report: header, then prose with no numbered headings at all."""
    body = [PAD_ZH * 4 for _ in range(12)]
    return (
        "\n".join([f"{year}年政府工作报告", f"——{year}年9月23日在全国人民代表大会会议上", "国务院总理周某", *body])
        + "\n"
    )


def tmx(pairs: list[tuple[str, str]]) -> str:
    units = "".join(
        f'<tu><tuv xml:lang="zh-CN"><seg>{zh}</seg></tuv><tuv xml:lang="en-US"><seg>{en}</seg></tuv></tu>\n'
        for zh, en in pairs
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header/><body>\n{units}</body></tmx>\n'


def write_corpus(root: Path, files: dict[str, str | bytes]) -> Path:
    """A corpus folder with zh/ and en/ (always present) and the given files, paths relative to root."""
    (root / "zh").mkdir(parents=True, exist_ok=True)
    (root / "en").mkdir(parents=True, exist_ok=True)
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def good_corpus_files() -> dict[str, str]:
    return {
        "zh/1955.txt": unheaded_report(1955),
        "zh/2030.txt": zh_report(2030),
        "en/2030.txt": en_report_numbered(2030),
        "zh/2031.txt": zh_report(2031),
        "en/2031.txt": en_report_lead_ins(2031),
        "aligned/GR2030.tmx": tmx(
            [
                (
                    "推进5万个行政村通光纤，新建改建农村公路20万公里。",
                    "We will connect 50,000 administrative villages to fiber-optic networks.",
                ),
                ("一句没有出处的话。", ""),
            ]
        ),
    }


def run_pipeline(corpus: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard.pipeline", "--corpus", str(corpus), "--out", str(out), *extra],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def tree_digest(folder: Path) -> dict[str, str]:
    """File name -> SHA-256 of every file under folder: 'byte-for-byte intact' made checkable."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="session")
def report_data() -> ReportData:
    return load_report_data(config.PROCESSED_DIR)


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory) -> Path:
    """The pipeline's output for the good fixture corpus, built once per session."""
    root = tmp_path_factory.mktemp("fixture")
    corpus = write_corpus(root / "corpus", good_corpus_files())
    result = run_pipeline(corpus, root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


# What the tests start: a pipeline build or its workers, a Streamlit server, a browser.
STARTED_BY_TESTS = ("dashboard.pipeline", "streamlit", "chromium", "multiprocessing")


def _processes_started_by_tests(places: tuple[Path, ...]) -> set[tuple[int, str]]:
    """(pid, command line) of every live process that runs something a test starts, from one of
    these folders (this checkout, the tests' temporary folders): another checkout's run is not ours."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            folder = Path(os.readlink(entry / "cwd"))
        except OSError:
            continue  # ended while we looked, or not ours to read
        ours = any(folder == place or place in folder.parents for place in places)
        if ours and command and any(marker in command for marker in STARTED_BY_TESTS):
            found.add((int(entry.name), command[:160]))
    return found


def _test_places(config) -> tuple[Path, ...]:
    return (REPO_ROOT, config._tmp_path_factory.getbasetemp().parent)


def pytest_sessionstart(session):
    session.config._processes_before = _processes_started_by_tests(_test_places(session.config))


def pytest_sessionfinish(session, exitstatus):
    """In CI a skipped test is a missing tool or package, and a process a test left running is a
    leak: either fails the run instead of hiding it."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if os.environ.get("CI") and skipped and exitstatus == 0:
        reporter.write_line(f"CI: {len(skipped)} test(s) skipped; every tool must be installed here", red=True)
        session.exitstatus = 1
    before = getattr(session.config, "_processes_before", set())
    deadline = time.monotonic() + 10  # a server or browser just told to stop may take a moment
    places = _test_places(session.config)
    left = _processes_started_by_tests(places) - before
    while left and time.monotonic() < deadline:
        time.sleep(0.5)
        left = _processes_started_by_tests(places) - before
    if left and reporter:
        reporter.ensure_newline()
        reporter.write_line(f"{len(left)} process(es) left running by the tests:", red=True)
        for pid, command in sorted(left):
            reporter.write_line(f"  {pid} {command}", red=True)
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter):
    from tests.browser import SCREENSHOTS

    if SCREENSHOTS:
        terminalreporter.section("browser screenshots (git-ignored)")
        for path in SCREENSHOTS:
            terminalreporter.write_line(str(path.relative_to(REPO_ROOT)))


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
