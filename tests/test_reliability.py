"""Hostile input: arbitrary URL parameters and search strings, and broken processed data."""

from __future__ import annotations

import json
import shutil

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard import config
from dashboard.analysis.kwic import compute_kwic
from dashboard.analysis.selection import SECTION_KINDS, Selection, filter_paragraphs
from dashboard.text import normalise
from tests.fuzz_links import HOSTILE, empty_selection_links, generated_links, link_text, problems
from tests.helpers import APP, PAGE_PATHS, app_on_page

NASTY = st.sampled_from(HOSTILE)
# Hypothesis cannot draw 10,000-character strings directly: repeat a short drawn one instead.
LONG = st.builds(
    lambda piece: (piece or "a(.*<>光") * (10_000 // max(1, len(piece or "a(.*<>光")) + 1), st.text(max_size=8)
)
TEXT = st.one_of(NASTY, st.text(max_size=60), LONG)


def test_generated_links_render_every_page(report_data):
    """A short run of the link fuzz (python -m tests.fuzz_links runs 10,000): 24 random links, and every
    page with all its choices emptied and a search."""
    emptied = [
        (page, params)
        for page, params in empty_selection_links()
        if "q" in params and all(key in params for key in ("years", "sections", "themes"))
    ]
    links = generated_links(24, seed=7, data=report_data)[-24:] + emptied
    assert {page for page, _ in links} == set(PAGE_PATHS)
    failures = [(link_text(link), found) for link in links if (found := problems(*link))]
    assert failures == []


@settings(max_examples=200, deadline=None)
@given(search=TEXT, lang=st.sampled_from(["zh", "en"]))
def test_any_search_string_filters_literally(report_data, search, lang):
    selection = Selection(lang=lang, years=(2015, 2016), sections=SECTION_KINDS, themes=(), search=search)
    selected = filter_paragraphs(report_data, selection)
    # Literal, in the normalised form (full and half width are one; English ignores case).
    needle = normalise(search.strip()[:200])
    if needle:
        haystack = selected["text"].map(normalise)
        if lang == "en":
            haystack, needle = haystack.str.lower(), needle.lower()
        assert haystack.str.contains(needle, regex=False).all()
    kwic = compute_kwic(selected, search, lang)
    assert len(kwic) <= 500


def copy_processed(tmp_path):
    target = tmp_path / "processed"
    shutil.copytree(config.PROCESSED_DIR, target)
    return target


def run_with(monkeypatch, folder) -> AppTest:
    monkeypatch.setenv("GWR_PROCESSED_DIR", str(folder))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    return at


def test_manifest_from_another_pipeline_version_asks_for_a_rebuild(tmp_path, monkeypatch):
    folder = copy_processed(tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["pipeline_version"] = "0.1"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    at = run_with(monkeypatch, folder)
    assert "built by pipeline version '0.1'" in at.error[0].value
    assert "python -m dashboard.pipeline" in at.code[0].value


def test_missing_folder_and_garbage_manifest_ask_for_a_rebuild(tmp_path, monkeypatch):
    at = run_with(monkeypatch, tmp_path / "nothing-here")
    assert "manifest.json is missing" in at.error[0].value
    folder = copy_processed(tmp_path)
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    at = run_with(monkeypatch, folder)
    assert "manifest.json is unreadable" in at.error[0].value


def test_a_table_with_wrong_columns_or_rows_asks_for_a_rebuild(tmp_path, monkeypatch):
    folder = copy_processed(tmp_path)
    targets = pd.read_parquet(folder / "targets.parquet")
    targets.drop(columns=["modifier"]).to_parquet(folder / "targets.parquet")
    assert "targets.parquet does not match the schema" in run_with(monkeypatch, folder).error[0].value
    shutil.copy(config.PROCESSED_DIR / "targets.parquet", folder / "targets.parquet")
    paragraphs = pd.read_parquet(folder / "paragraphs.parquet")
    paragraphs.head(10).to_parquet(folder / "paragraphs.parquet")
    assert f"10 rows where the manifest records {len(paragraphs)}" in run_with(monkeypatch, folder).error[0].value


def test_missing_or_corrupt_data_shows_how_to_rebuild(tmp_path, monkeypatch):
    broken = tmp_path / "processed"
    broken.mkdir()
    for source in config.PROCESSED_DIR.iterdir():
        (broken / source.name).write_bytes(source.read_bytes())
    (broken / "terms.parquet").write_bytes((broken / "terms.parquet").read_bytes()[:1000])
    monkeypatch.setenv("GWR_PROCESSED_DIR", str(broken))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "terms.parquet is corrupt" in at.error[0].value and "python -m dashboard.pipeline" in at.code[0].value
    (broken / "terms.parquet").unlink()
    monkeypatch.setenv("GWR_PROCESSED_DIR", str(broken) + "/")  # another cache key, same folder
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert "terms.parquet is missing" in at.error[0].value


def test_an_evaluation_saved_by_an_older_pipeline_asks_for_a_rebuild_on_the_about_page(tmp_path, monkeypatch):
    # An evaluation.json from before the gold's counts were saved with it: the trust section says so, the page stands.
    folder = copy_processed(tmp_path)
    evaluation = json.loads((folder / "evaluation.json").read_text(encoding="utf-8"))
    del evaluation["gold_rows"]
    (folder / "evaluation.json").write_text(json.dumps(evaluation), encoding="utf-8")
    monkeypatch.setenv("GWR_PROCESSED_DIR", str(folder))
    at = app_on_page("about", timeout=60)
    assert not at.exception, [exception.message for exception in at.exception]
    text = "\n".join(str(element.value) for element in [*at.markdown, *at.info, *at.caption])
    assert "The evaluation beside the tables is from an older pipeline" in text
    assert "How far to trust" in text  # the rest of the page is drawn
