"""`python -m dashboard.count` against counts computed independently from the raw corpus."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import unicodedata

from dashboard import config


def run_count(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard.count", *args],
        cwd=config.REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_chinese_counts_match_str_count_over_every_raw_report():
    result = run_count("互联网+", "光纤", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["year", "term", "occurrences"]
    files = sorted((config.DEFAULT_CORPUS_DIR / "zh").glob("*.txt"))
    assert len(rows) == 2 * len(files) == 116
    got = {(int(row["year"]), row["term"]): int(row["occurrences"]) for row in rows}
    for path in files:
        # Full-width and ASCII forms are one term: 互联网＋ counts for 互联网+.
        text = unicodedata.normalize("NFKC", path.read_text(encoding="utf-8"))
        for term in ("互联网+", "光纤"):
            assert got[(int(path.stem), term)] == text.count(term), (path.name, term)
    assert got[(2016, "互联网+")] == 3 and got[(2017, "光纤")] == 1


def test_a_full_width_plus_counts_as_the_same_term():
    result = run_count("人工智能+", "人工智能＋", "--lang", "zh")
    got = {
        (int(row["year"]), row["term"]): int(row["occurrences"]) for row in csv.DictReader(io.StringIO(result.stdout))
    }
    raw = (config.DEFAULT_CORPUS_DIR / "zh/2026.txt").read_text(encoding="utf-8")
    assert "人工智能＋" in raw and got[(2026, "人工智能+")] == got[(2026, "人工智能＋")] == raw.count("人工智能＋") > 0


def test_english_counts_are_case_insensitive_whole_phrases():
    result = run_count("Internet Plus", "e-commerce", "--lang", "en")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    got = {(int(row["year"]), row["term"]): int(row["occurrences"]) for row in rows}
    assert {year for year, _ in got} == {2008, *range(2010, 2023)}
    for path in sorted((config.DEFAULT_CORPUS_DIR / "en").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for term in ("Internet Plus", "e-commerce"):
            expected = len(re.findall(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, flags=re.IGNORECASE))
            assert got[(int(path.stem), term)] == expected


def test_bad_usage_is_a_clear_message():
    assert run_count("光纤", "--lang", "fr").returncode == 2
    result = run_count("  ")
    assert result.returncode == 2 and "at least one non-empty TERM" in result.stderr
