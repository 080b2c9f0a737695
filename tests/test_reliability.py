"""Hostile input: arbitrary URL parameters and search strings, and broken processed data."""

from __future__ import annotations

import json
import shutil

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard import config
from dashboard.analysis.kwic import compute_kwic
from dashboard.analysis.selection import SECTION_KINDS, Selection, filter_paragraphs
from dashboard.text import normalise
from tests.test_app import APP, PAGES

NASTY = st.sampled_from(
    [
        "",
        "(",
        ".*",
        "[a-",
        "\\",
        "$x$",
        "**",
        ":red[x]",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "光纤" * 5000,
        "😀🇨🇳",
        "\u202eevil\u202c",
        "\u200f",
        "ＡＢＣ１２３",
        "互联网+ and Internet Plus",
        "%00",
        "2016",
        "中文",
        "English",
        "Internet Plus",
        "Review of last year",
        "\x00",
    ]
)
# Hypothesis cannot draw 10,000-character strings directly: repeat a short drawn one instead.
LONG = st.builds(
    lambda piece: (piece or "a(.*<>光") * (10_000 // max(1, len(piece or "a(.*<>光")) + 1), st.text(max_size=8)
)
TEXT = st.one_of(NASTY, st.text(max_size=60), LONG)
KEYS = st.sampled_from(
    [
        "lang",
        "years",
        "sections",
        "themes",
        "q",
        "norm",
        "words",
        "weight",
        "fmt",
        "terms",
        "kwic",
        "life_terms",
        "conc_term",
        "zzz",
    ]
)
PARAMS = st.dictionaries(KEYS, st.lists(TEXT, min_size=0, max_size=3), max_size=5)


def no_html_from_markdown(at: AppTest) -> bool:
    return not any(element.proto.allow_html for element in at.markdown)


# Each example is a full app run (about 2 s); 15 per session, the pure-function property below runs 200.
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(params=PARAMS, page=st.sampled_from(PAGES))
def test_any_url_parameters_render_a_page_without_exception(params, page):
    at = AppTest.from_file(APP, default_timeout=90)
    for key, values in params.items():
        at.query_params[key] = [value.replace("\x00", "") for value in values]
    at.run()
    if page != "overview":
        at.switch_page(f"page_scripts/{page}.py").run()
    assert not at.exception, [exception.message for exception in at.exception]
    assert len(at.title) >= 1
    assert no_html_from_markdown(at)
    if params.get("zzz"):  # an empty list sets no parameter at all
        assert any("unknown parameter “zzz”" in warning.value for warning in at.warning)


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
