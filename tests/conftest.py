"""Shared fixtures (the real processed data, a fixture corpus built once) and the suite's own checks:
no skipped test in CI, no process left behind. Helpers live in tests/helpers.py."""

from __future__ import annotations

import functools
import os
import time
from pathlib import Path

import pytest

from dashboard import config
from dashboard.analysis.data import ReportData, load_report_data
from dashboard.serve import ARTIFACTS
from tests.helpers import REPO_ROOT, good_corpus_files, run_pipeline, write_corpus


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


def _is_worker(config) -> bool:
    """Under pytest-xdist the checks run once, in the controller: a worker sees the other's processes."""
    return hasattr(config, "workerinput")


def pytest_sessionstart(session):
    if _is_worker(session.config):
        return
    session.config._started = time.time()
    session.config._processes_before = _processes_started_by_tests(_test_places(session.config))


def pytest_sessionfinish(session, exitstatus):
    """In CI a skipped test is a missing tool or package, and a process a test left running is a
    leak: either fails the run instead of hiding it."""
    if _is_worker(session.config):
        return
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
    """The screenshots this run took (the browser tests may run in another xdist worker: read the folder)."""
    started = getattr(terminalreporter.config, "_started", time.time())
    shots = sorted(
        (path for path in (ARTIFACTS / "screenshots").glob("*.png") if path.stat().st_mtime >= started),
        key=lambda path: path.stat().st_mtime,
    )
    if shots:
        terminalreporter.section("browser screenshots (git-ignored)")
        for path in shots:
            terminalreporter.write_line(str(path.relative_to(REPO_ROOT)))


@pytest.fixture(scope="session", autouse=True)
def _scan_installed_components_once():
    """AppTest scans every installed distribution for Streamlit components on each run of a new AppTest (about
    0.1 s: the app uses none, and the distributions do not change during the suite); scan once per worker."""
    from streamlit.components.v2 import manifest_scanner

    scanned = functools.cache(manifest_scanner.scan_component_manifests)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(manifest_scanner, "scan_component_manifests", scanned)
        yield


# The modules that take longest (each a minute or near it on the 2-core machine: browsers, servers, a whole build),
# longest first. pytest-xdist hands a worker whole files in collection order (--no-loadscope-reorder in
# pyproject.toml), then one more as it finishes each: the two browser modules and the clean-clone install had fallen to
# one worker, which ran 240 s while the other ran 165 s. Longest first, the short files fill in behind them on
# whichever worker is free.
LONGEST_FIRST = ("test_browser.py", "test_every_page_browser.py", "test_pipeline.py", "test_hosting.py")


def pytest_collection_modifyitems(items):
    rank = {name: index for index, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: each file's tests keep their order
