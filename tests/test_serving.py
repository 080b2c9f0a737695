"""How the server is made to answer fast: sockets without Nagle's algorithm, compositions shared by views that
differ only in what they ignore, a view's rows found without masking whole tables."""

from __future__ import annotations

import socket
import weakref
from dataclasses import replace

import pandas as pd
import pytest

from dashboard.analysis.data import report_key, rows_of_reports
from dashboard.analysis.ledger import compute_ledger
from dashboard.analysis.selection import Selection, file_stem, filter_paragraphs, restrict_to
from dashboard.compose import (
    compose_ledger,
    compose_overview,
    compose_rural_story,
    corpus_selection,
    interface_selection,
    ledger_selection,
    rural_selection,
)
from dashboard.i18n import using
from dashboard.sockets import serve_without_nagle
from dashboard.vocabulary import SECTION_KINDS


def test_a_dead_weak_proxy_among_the_process_objects_is_passed_over():
    """gc.get_objects() also returns weak proxies; asking a dead one its class raises ReferenceError (seen once in
    CI: the app's first run would have failed)."""

    class Referent:
        pass

    referent = Referent()
    proxies = [weakref.proxy(referent)]
    del referent
    with pytest.raises(ReferenceError):
        isinstance(proxies[0], socket.socket)
    # The scan goes on past the dead proxy and still reaches a listening socket bound as Streamlit binds it.
    with socket.socket(family=socket.AF_INET) as listener:
        listener.bind(("127.0.0.1", 0))
        assert listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
        assert serve_without_nagle.__wrapped__() >= 1  # uncached: the once-per-process call may have run already
        assert listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1


def test_connections_accepted_after_the_fix_send_without_nagle():
    """A listening socket bound as Streamlit binds it (protocol 0, which asyncio leaves with Nagle on): once
    the fix has run, the connections it accepts send small messages at once."""
    listener = socket.socket(family=socket.AF_INET)
    client = accepted = None
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        assert listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
        assert serve_without_nagle.__wrapped__() >= 1  # uncached: the once-per-process call may have run already
        client = socket.create_connection(listener.getsockname())
        accepted, _ = listener.accept()
        assert accepted.proto == 0
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
    finally:
        for opened in (accepted, client, listener):
            if opened is not None:
                opened.close()


@pytest.mark.parametrize(
    "lang, years",
    [
        ("zh", [2016]),
        ("zh", list(range(2014, 2024))),
        ("zh", [1978, 1998, 2016]),
        ("en", [2008, 2022]),
        ("zh", [1962, 1963]),
        ("en", []),
        ("zh", list(range(1950, 2030))),
    ],
)
def test_a_reports_rows_are_the_rows_a_mask_would_find(report_data, lang, years):
    """Binary search over the sorted keys finds exactly what a mask over the whole table finds, for a span of
    years (one slice), scattered years, missing years (1962-63 have no report) and none."""
    for table in (report_data.paragraphs, report_data.terms, report_data.targets, report_data.theme_hits):
        expected = table[(table["lang"] == lang) & table["year"].isin(years)]
        found = rows_of_reports(table, [report_key(lang, year) for year in years])
        pd.testing.assert_frame_equal(found.reset_index(drop=True), expected.reset_index(drop=True))
    if lang == "zh" and years == [2016]:
        assert len(found) > 0


def test_restricting_to_a_section_keeps_only_its_paragraphs_rows(report_data):
    selection = Selection("zh", (2015, 2016), ("tasks",), ())
    paragraphs = filter_paragraphs(report_data, selection)
    terms = restrict_to(report_data.terms, paragraphs)
    assert set(paragraphs["section_kind"]) == {"tasks"} and set(paragraphs["year"]) == {2015, 2016}
    assert set(terms["pkey"]) == set(paragraphs["pkey"]) & set(report_data.terms["pkey"])
    expected = report_data.terms[report_data.terms["pkey"].isin(paragraphs["pkey"])]
    assert len(terms) == len(expected) > 1000


def test_views_that_differ_only_in_what_a_composition_ignores_share_it(report_data):
    base = Selection("zh", (2015, 2016), ("review",), ("internet_plus",), search="光纤", ui="en")
    other = Selection("zh", (1978, 2016), SECTION_KINDS, (), search="", normalise=True, presentation=True, ui="en")
    # Drawing choices never reach a composition; the cloud's settings reach only the compositions that draw it.
    drawn = Selection("zh", (2016,), SECTION_KINDS, (), presentation=True, chart_format="svg", cloud_words=150)
    assert drawn.for_composition(draws_cloud=False) == Selection("zh", (2016,), SECTION_KINDS, ())
    assert drawn.for_composition(draws_cloud=True).cloud_words == 150
    for narrowed in (rural_selection, ledger_selection, interface_selection):
        assert narrowed(base) != narrowed(replace(base, ui="zh"))  # the labels differ
    assert rural_selection(base) == rural_selection(other)
    assert interface_selection(base) == interface_selection(replace(other, lang="en"))
    assert corpus_selection(report_data, base) != corpus_selection(report_data, other)  # the themes differ
    assert corpus_selection(report_data, base).years == tuple(report_data.years("zh"))
    # The lifecycles are drawn with it: presentation mode and the camera's format carry over, and an exported
    # file is named for every report the chart counts.
    drawn_whole = corpus_selection(report_data, replace(base, presentation=True, chart_format="svg"))
    assert drawn_whole.presentation and drawn_whole.chart_format == "svg"
    assert file_stem("lifecycles", drawn_whole) == "gwr-lifecycles-zh-1954-1960_1964_1975_1978-2026"
    assert ledger_selection(base).years == (2015, 2016) and ledger_selection(base).sections == SECTION_KINDS


def test_the_ledger_of_some_years_is_their_rows_of_every_years_ledger(report_data):
    """The ledger is made once per language; a view's is its years' rows, as if made for those years alone."""
    for lang, years in (("zh", [2010, 2011, 2020, 2021]), ("en", [2009, 2016, 2022]), ("zh", [1962])):
        composed = compose_ledger(report_data, Selection(lang, tuple(years), SECTION_KINDS, ())).ledger
        alone = compute_ledger(report_data.key_figures, report_data.years(lang), lang, years)
        # An empty ledger (1962 has no report) holds no strings for a column type to be told from.
        pd.testing.assert_frame_equal(composed, alone, check_dtype=not alone.empty)
    assert len(compose_ledger(report_data, Selection("zh", (2016,), SECTION_KINDS, ())).stated) >= 4


def test_the_rural_story_is_made_once_per_language_and_interface_language(report_data):
    """Every Overview composition and the Rural page share one story per language and interface language."""
    with using("en"):
        story = compose_rural_story(report_data, Selection("zh", (2016,), SECTION_KINDS, ()))
        overview = compose_overview(report_data, Selection("zh", (2015, 2016), ("review",), ()))
    with using("zh"):
        in_chinese = compose_rural_story(report_data, Selection("zh", (2016,), SECTION_KINDS, (), ui="zh"))
    assert overview.story is story and in_chinese is not story
    assert len(story) == len(in_chinese) == 7
    assert story["citation"].iloc[0].startswith(f"{story['year'].iloc[0]} report ¶")
    assert not in_chinese["citation"].iloc[0].startswith(f"{story['year'].iloc[0]} report")


def test_the_server_derives_what_every_view_shares_as_it_loads_the_tables():
    """cached_report_data hands out the tables prepared: each language's texts, term totals, counterparts and
    translations made once as the server loads them, not by whichever reader's view first needs them."""
    from dashboard import config
    from dashboard.views.common import cached_report_data

    data = cached_report_data(str(config.processed_dir()))
    assert {"_year_texts", "_term_totals", "_counterparts", "_translations"} <= set(vars(data))
    texts, _lengths = data.year_texts("zh")
    assert sorted(texts) == data.years("zh") and len(data.years("zh")) == 58
    assert sorted(data.year_texts("en")[0]) == data.years("en") and 2009 not in data.years("en")


def test_the_views_every_reader_shares_are_composed_as_the_first_run_ends(monkeypatch):
    """A first run (of the Overview) composes the rural story and tracker in each language and interface and
    the About page; opening them afterwards composes nothing again."""
    from dashboard import compose
    from dashboard.views import common, shared
    from tests.helpers import open_page, page_text

    shared._composed_once.clear()
    common._cached_composition.clear()  # as in a fresh server
    calls = []

    def counted(name):
        original = getattr(compose, name)
        return lambda *args, **kwargs: calls.append(name) or original(*args, **kwargs)

    for name in ("tracker_statements", "compute_coverage"):
        monkeypatch.setattr(compose, name, counted(name))
    open_page("overview", {"ui": "en"})
    made = sorted(calls)
    assert made == ["compute_coverage"] * 2 + ["tracker_statements"] * 4  # About: 2 interfaces; rural: 2 × 2
    for ui in ("zh", "en"):
        for lang in ("中文", "English"):
            assert "2016" in page_text(open_page("rural", {"ui": ui, "lang": lang}))
        assert page_text(open_page("about", {"ui": ui}))
    assert sorted(calls) == made
