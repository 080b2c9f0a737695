"""The rural-connectivity tracker: the hand-read list tied to the text, its chart, its page."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import charts
from dashboard.analysis.citation import with_citations
from dashboard.analysis.rural import figure_panels, rural_story, statement_table, tracker_statements
from dashboard.pipeline.rural import RuralListError, read_rural_list, rural_statements
from dashboard.vocabulary import RURAL_LINKS
from tests.helpers import figure, open_page, page_text, table_with, values

LIST_HEADER = "lang,year,para_id,link,kind,refers_to,value,unit,modifier,quote,note\n"


def listed(*rows: str, tmp_path) -> pd.DataFrame:
    path = tmp_path / "rural.csv"
    path.write_text(LIST_HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return read_rural_list(path)


def test_a_listed_statement_gets_its_sentence_its_translation_and_its_span(tmp_path):
    rows = listed(
        "zh,2030,4,fibre,annual_target,2030,50000,villages,exact,推进5万个行政村通光纤,is_rural_figure=yes",
        "zh,2030,4,roads,multi_year_result,2025-2029,1270000,km,exact,新建改建农村公路127万公里,five-year review",
        "zh,2030,5,broadband,milestone,2030,,,,已经不在文中的话,goal",
        "zh,2030,6,roads,milestone,2030,,,,加强水电路网,goal",
        "zh,2030,6,water,milestone,2030,,,,加强水电路网,goal",
        "zh,2030,6,broadband,milestone,2030,,,,加强水电路网,goal",
        "zh,1990,1,roads,milestone,1990,,,,a report the corpus does not hold,goal",
        tmp_path=tmp_path,
    )
    paragraphs = pd.DataFrame(
        {
            "lang": "zh",
            "year": 2030,
            "para_id": [4, 5, 6],
            "text": [
                "过去五年，新建改建农村公路１２７万公里。今年推进5万个行政村通光纤，让更多居民享受数字生活。",
                "别的话。",
                "加强水电路网等基础设施建设。",
            ],
        }
    )
    alignment = pd.DataFrame(
        {
            "year": [2030],
            "zh_sentence": ["今年推进5万个行政村通光纤，让更多居民享受数字生活。"],
            "en_sentence": ["50,000 villages will get fibre."],
            "zh_para_id": [4],
            "en_para_id": [4],
        }
    )
    rural = rural_statements(rows, paragraphs, alignment).set_index(["para_id", "link"])
    fibre = rural.loc[(4, "fibre")]
    assert fibre["sentence"] == "今年推进5万个行政村通光纤，让更多居民享受数字生活。"
    assert fibre["translation"] == "50,000 villages will get fibre."
    assert (fibre["role"], fibre["refers_from"], fibre["refers_to"], fibre["found"]) == ("target", 2030, 2030, True)
    # The full-width digits of the text match the quote's ASCII ones.
    roads = rural.loc[(4, "roads")]
    assert (roads["role"], roads["refers_from"], roads["refers_to"], roads["found"]) == ("result", 2025, 2029, True)
    assert rural.loc[(5, "broadband"), "found"] == False  # noqa: E712 - numpy bool
    assert rural.loc[(6, "water"), "generic"] == True  # noqa: E712 - named with two other links at once
    assert 1990 not in set(rural["refers_to"])


def test_a_malformed_rural_list_names_every_bad_line(tmp_path):
    with pytest.raises(RuralListError) as raised:
        listed(
            "zh,2030,4,satellite,annual_target,2030,5,count,exact,x,",
            "zh,2030,4,roads,annual_target,2030/31,5,km,exact,x,",
            "zh,2030,4,roads,milestone,2030,5,km,exact,x,",
            tmp_path=tmp_path,
        )
    message = str(raised.value)
    assert "line 2: unknown link 'satellite'" in message
    assert "line 3: refers_to '2030/31'" in message and "line 4: a milestone has no value" in message


def test_every_hand_read_statement_is_found_in_the_current_text(report_data):
    rural = report_data.rural
    assert len(rural) == 250 and rural["found"].all()
    fibre = rural[(rural["lang"] == "zh") & (rural["year"] == 2016) & (rural["link"] == "fibre")].iloc[0]
    assert (fibre["para_id"], fibre["value"], fibre["unit"]) == (60, 50000.0, "villages")
    assert "50,000 administrative villages will be linked up to fiber-optic networks" in fibre["translation"]
    # Every Chinese statement of a year with aligned pairs has its English sentence.
    aligned = rural[(rural["lang"] == "zh") & rural["year"].between(2008, 2022)]
    assert (aligned["translation"] != "").all()


def test_the_english_story_goes_on_past_2022_from_the_chinese_report(report_data):
    story = rural_story(report_data.rural, "en")
    assert story[["lang", "year", "refers"]].values.tolist()[-1] == ["zh", 2023, "2018–2022"]
    assert story.iloc[-1]["quote"] == "所有行政村实现通宽带"
    english = story[story["lang"] == "en"]
    assert english["year"].tolist() == [2011, 2014, 2016, 2016, 2017, 2018]


def _traces_by_axis(spec: dict) -> dict[str, list[dict]]:
    axes: dict[str, list[dict]] = {}
    for trace in spec["data"]:
        axes.setdefault(trace.get("yaxis", "y"), []).append(trace)
    return axes


def test_the_chart_keeps_scales_apart_and_puts_each_figure_at_its_year(report_data):
    # Cited, as the tracker's composition hands them to the chart (each point's hover cites its paragraph).
    statements = with_citations(report_data, tracker_statements(report_data.rural, "zh", list(RURAL_LINKS)))
    panels = figure_panels(statements)
    spec = charts.make_rural_tracker_figure(statements, "t").to_plotly_json()
    titles = [annotation["text"] for annotation in spec["layout"]["annotations"]]
    assert titles[:3] == ["Fibre to villages · a year", "Telephone · a year", "Telephone · total over years"]
    assert "Rural roads · a year" in titles and "Rural roads · total over years" in titles
    assert spec["layout"]["yaxis"]["title"]["text"] == "number of villages"
    milestone_titles = titles[len(panels) :]
    assert milestone_titles[:2] == [
        "Broadband · milestones",
        "Telephone · milestones",
    ]
    # Each milestone is a labelled row of its link's panel, at the year it refers to.
    broadband = next(
        axis for axis, traces in _traces_by_axis(spec).items() if any("宽带乡村工程" in values(t["y"]) for t in traces)
    )
    rows = {
        label: year
        for t in _traces_by_axis(spec)[broadband]
        for label, year in zip(values(t["y"]), values(t["x"]), strict=True)
    }
    assert rows == {
        "农村宽带网络": 2011,
        "宽带乡村工程": 2014,
        "高速宽带全覆盖": 2018,
        "城乡宽带全覆盖": 2020,
        "行政村全部通宽带": 2022,
    }
    axes = _traces_by_axis(spec)
    fibre = axes["y"]
    assert [(values(t["x"]), values(t["y"])) for t in fibre] == [([2016, 2017], [50000.0, 30000.0])]
    assert fibre[0]["marker"]["symbol"] == "circle-open"  # a target is hollow
    roads_annual = axes[f"y{panels.index(('roads', 'annual', 'km')) + 1}"]
    results = next(t for t in roads_annual if t["marker"]["symbol"] == "circle")
    # 2016's 290,000 km is stated in the 2017 report and sits at 2016.
    assert dict(zip(values(results["x"]), values(results["y"]), strict=True))[2016] == 290000.0
    roads_total = axes[f"y{panels.index(('roads', 'multi-year', 'km')) + 1}"]
    # Each role's spans in one trace, a span a pair of points between breaks (None).
    lines = [values(t["x"]) for t in roads_total if t["mode"] == "lines"]
    spans = [line[start : start + 2] for line in lines for start in range(0, len(line), 3)]
    assert [2002.6, 2007.4] in spans and [2017.6, 2022.4] in spans
    assert all(line[2::3] == [None] * (len(line) // 3) for line in lines)
    # No annual figure shares an axis with a plan-period total.
    assert max(max(values(t["y"])) for t in roads_annual) < 500_000
    assert min(y for t in roads_total for y in values(t["y"]) if y is not None) > 1_000_000


def test_the_rural_page_tells_the_story_in_english_and_lists_every_statement():
    at = open_page("rural", {"lang": "English"})
    text = page_text(at).replace("\\", "")  # as rendered: Markdown escapes removed
    assert "50,000 administrative villages will be linked up to fiber-optic networks" in text
    assert "所有行政村实现通宽带 *(2023 report ¶21, Chinese report (no English translation in the corpus))*" in text
    table = table_with(at, "translation")
    assert len(table) == 88 and (table["translation"] != "").all()
    fibre = table[table["link"] == "Fibre to villages"]
    assert fibre[["about", "figure", "report", "paragraph"]].values.tolist() == [
        ["2016", "50,000 villages", 2016, 59],
        ["2017", "30,000 villages", 2017, 75],
    ]
    links = [link.proto.label for link in at.get("page_link")]
    assert "Target ledger: Administrative villages connected to fibre" in links


def test_the_links_filter_comes_from_the_url():
    at = open_page("rural", {"rural_links": ["Fibre to villages", "Broadband"]})
    assert not at.warning, [warning.value for warning in at.warning]
    spec = figure(at, "rural_tracker")
    titles = [annotation["text"] for annotation in spec["layout"]["annotations"]]
    assert titles == ["Fibre to villages · a year", "Broadband · milestones"]
    assert set(table_with(at, "translation")["link"]) == {"Fibre to villages", "Broadband"}


def test_the_tracker_is_composed_once_and_shades_each_views_years():
    """The tracker shows every year whatever the selection: one figure per language, the chosen years
    shaded as it is drawn (also in presentation mode), and its source line names the whole span."""
    spans = []
    for years in (["2014", "2015", "2016", "2019"], ["2016"]):
        spec = figure(open_page("rural", {"years": years}), "rural_tracker")
        spans.append([(shape["x0"], shape["x1"]) for shape in spec["layout"]["shapes"]])
        assert spec["layout"]["title"]["subtitle"]["text"].endswith("1990–2026")
    assert spans == [[(2013.5, 2016.5), (2018.5, 2019.5)], [(2015.5, 2016.5)]]
    projected = figure(open_page("rural", {"years": ["2016"], "present": "true"}), "rural_tracker")
    assert [(shape["x0"], shape["x1"]) for shape in projected["layout"]["shapes"]] == [(2015.5, 2016.5)]
    assert projected["layout"]["font"]["size"] == 20 and projected["data"] == spec["data"]
    # Enlarged for a projector: the title by half again, the plot taller, the room above it by half.
    assert projected["layout"]["title"]["font"]["size"] == 28
    assert projected["layout"]["title"]["subtitle"]["font"]["size"] == 17
    top = spec["layout"]["margin"]["t"]
    assert projected["layout"]["margin"]["t"] == int(top * 1.5)
    assert projected["layout"]["height"] == int(spec["layout"]["height"] * 1.3) + top // 2


def test_the_trackers_panels_stack_in_one_column_each_titled_at_its_top():
    """The panels' grid (charts._stacked_panels, make_subplots' layout written out): from the top down, each
    panel below the one before with a gap between, all within the plot; every x axis matches the bottom one's
    and names its own y axis; each panel's title sits at its top left; each trace is on a panel's axes."""
    spec = figure(open_page("rural", {"years": ["2016"]}), "rural_tracker")
    layout = spec["layout"]
    rows = sum(1 for key in layout if key.startswith("yaxis"))
    suffixes = [""] + [str(row) for row in range(2, rows + 1)]
    domains = [layout[f"yaxis{suffix}"]["domain"] for suffix in suffixes]
    assert rows >= 4 and domains[0][1] == 1.0 and domains[-1][0] == pytest.approx(0, abs=1e-9)
    gaps = [upper[0] - lower[1] for upper, lower in zip(domains, domains[1:], strict=False)]
    assert min(gaps) > 0 and max(gaps) - min(gaps) < 1e-9
    assert [layout[f"xaxis{suffix}"].get("matches") for suffix in suffixes] == [f"x{rows}"] * (rows - 1) + [None]
    assert [layout[f"xaxis{suffix}"]["anchor"] for suffix in suffixes] == [f"y{suffix}" for suffix in suffixes]
    assert [(note["y"], note["x"], note["xanchor"]) for note in layout["annotations"]] == [
        (domain[1], 0, "left") for domain in domains
    ]
    assert {(trace.get("xaxis", "x"), trace.get("yaxis", "y")) for trace in spec["data"]} <= {
        (f"x{suffix}", f"y{suffix}") for suffix in suffixes
    }


def test_statement_table_columns():
    frame = pd.DataFrame(
        {
            "refers": ["2016"],
            "link_label": ["Fibre to villages"],
            "kind_label": ["annual target"],
            "figure": ["50,000 villages"],
            "sentence": ["s"],
            "translation": ["t"],
            "year": [2016],
            "para_id": [60],
            "reading_note": ["n"],
        }
    )
    assert list(statement_table(frame).columns) == [
        "about",
        "link",
        "kind",
        "figure",
        "sentence",
        "translation",
        "report",
        "paragraph",
        "other language's paragraph",  # "—": this frame has no counterparts
        "reading note",
    ]


def test_the_rural_roads_ledger_compares_each_batch_with_that_years_result_never_a_five_year_total(report_data):
    from dashboard.analysis.ledger import compute_ledger

    for lang in ("zh", "en"):
        ledger = compute_ledger(
            report_data.key_figures, report_data.years(lang), lang, report_data.years(lang), ["rural_roads"]
        ).set_index("year")
        # 2016: 200,000 km set, 290,000 km built (the 2017 report): met; 2017 is another batch, not "unchanged".
        assert ledger.loc[2016, ["target_value", "outcome_value", "outcome"]].tolist() == [200000.0, 290000.0, "met"]
        assert ledger.loc[2017, "change"] == "new batch"
        # The five-year reviews of 2013 and 2018 give totals (1.465 and 1.27 million km), not a year's result.
        assert ledger["outcome_value"].max() < 500_000


def test_every_specific_milestone_has_a_short_label(report_data):
    rural = report_data.rural
    specific = rural[rural["value"].isna() & ~rural["generic"]]
    assert len(specific) == 105 and specific["label"].notna().all()
    assert rural.loc[rural["value"].notna(), "label"].isna().all()  # figures are labelled by their value
    chinese = specific.loc[specific["lang"] == "zh", "label"]
    english = specific.loc[specific["lang"] == "en", "label"]
    assert chinese.str.len().max() <= 8 and english.str.split().str.len().max() <= 4


def test_a_label_that_matches_no_listed_statement_is_reported(tmp_path):
    from dashboard.pipeline.build import _rural_table

    rows = listed("zh,2030,4,broadband,milestone,2030,,,,宽带乡村工程,goal", tmp_path=tmp_path)
    paragraphs = pd.DataFrame({"lang": ["zh"], "year": [2030], "para_id": [4], "text": ["推进宽带乡村工程。"]})
    alignment = pd.DataFrame(columns=["year", "zh_sentence", "en_sentence", "zh_para_id", "en_para_id"])
    labels = {
        ("zh", 2030, 4, "broadband", "宽带乡村工程"): "宽带乡村工程",
        ("zh", 2030, 9, "roads", "已经删去的话"): "旧标签",
    }
    said: list[str] = []
    rural = _rural_table(rows, labels, paragraphs, alignment, said.append)
    assert rural["label"].tolist() == ["宽带乡村工程"]
    assert "rural labels: zh-2030 ¶9 roads labels no statement of the list" in said


def test_links_named_only_in_lists_of_infrastructure_show_their_statements_without_a_chart():
    """Found by the link fuzz: English reports name telephones only in lists, so there was no panel to draw."""
    at = open_page("rural", {"lang": "English", "rural_links": "Telephone"})
    assert "nothing to chart" in page_text(at) and not at.get("plotly_chart")
    table = table_with(at, "about")
    assert len(table) > 0 and set(table["link"]) == {"Telephone"}
