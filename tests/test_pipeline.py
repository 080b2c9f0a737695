"""The pipeline: parser paths on fixtures, bad input, atomicity, incremental builds, real data."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from dashboard import config, schema
from dashboard.pipeline.tokens import tokenize
from tests.helpers import (
    REPO_ROOT,
    good_corpus_files,
    run_pipeline,
    run_pipeline_here,
    tree_digest,
    write_corpus,
    zh_report,
)


def read(out, table):
    return pd.read_parquet(out / f"{table}.parquet")


def test_fixture_build_writes_every_table_with_the_contract_columns(fixture_build):
    manifest = json.loads((fixture_build / "manifest.json").read_text(encoding="utf-8"))
    for table in schema.TABLES:
        frame = read(fixture_build, table)
        assert list(frame.columns) == schema.column_names(table)
        assert manifest["tables"][table] == len(frame)
    assert set(manifest["inputs"]) == {
        "zh/1955.txt",
        "zh/2030.txt",
        "en/2030.txt",
        "zh/2031.txt",
        "en/2031.txt",
        "aligned/GR2030.tmx",
        "gold/rural.csv",  # the hand-read rural list the rural table is built from
        "gold/rural_labels.csv",
        "alignment/word_links.parquet",  # the committed word links (only a fixture year's own would be used)
    }
    readme = (fixture_build / "README.md").read_text(encoding="utf-8")
    for table, columns in schema.TABLES.items():
        assert f"`{table}.parquet`" in readme
        assert all(f"`{name}`" in readme for name, _, _ in columns)


def test_chinese_numbered_headings_give_parts_subparts_and_section_kinds(fixture_build):
    paragraphs = read(fixture_build, "paragraphs")
    doc = paragraphs[paragraphs["doc_id"] == "zh-2030"].set_index("para_id")
    assert doc.loc[1:5, "section_kind"].eq("other").all()  # title, date, speaker, greeting
    assert doc.loc[6, "heading"] == "一、2029年工作回顾" and doc.loc[6, "section_kind"] == "review"
    assert doc.loc[10, "section_kind"] == "plan"
    assert doc.loc[12, "section_kind"] == "tasks"
    assert sorted(doc.loc[doc["part"] > 0, "part"].unique()) == [1, 2, 3]
    assert doc.loc[13, "subpart"] == 1 and doc.loc[13, "heading"] == "（一）建设数字中国。"
    assert doc.loc[14, "subpart"] == 2
    assert list(doc["section_kind"].tail(2)) == ["closing", "closing"]
    documents = read(fixture_build, "documents").set_index("doc_id")
    assert documents.loc["zh-2030", "delivered"] == "2030-03-05"
    assert documents.loc["zh-2030", "speaker"] == "张三"


def test_english_numbered_headings_and_prose_lead_ins_are_both_understood(fixture_build):
    paragraphs = read(fixture_build, "paragraphs")
    numbered = paragraphs[paragraphs["doc_id"] == "en-2030"].set_index("para_id")
    assert numbered.loc[5, "section_kind"] == "review"
    assert numbered.loc[8, "section_kind"] == "plan"
    assert numbered.loc[10, "section_kind"] == "tasks"
    assert numbered.loc[11, "subpart"] == 1 and numbered.loc[13, "subpart"] == 2
    lead_ins = paragraphs[paragraphs["doc_id"] == "en-2031"].set_index("para_id")
    assert lead_ins.loc[5, "section_kind"] == "review"
    assert lead_ins.loc[8, "section_kind"] == "plan"
    assert lead_ins.loc[10, "section_kind"] == "tasks"
    assert lead_ins.loc[5, "heading"].startswith("Let me start with a review")
    documents = read(fixture_build, "documents").set_index("doc_id")
    assert documents.loc["en-2030", "speaker"] == "Zhang San"
    assert documents.loc["en-2031", "delivered"] == "2031-03-05"


def test_a_report_without_headings_is_read_by_its_words(fixture_build):
    paragraphs = read(fixture_build, "paragraphs")
    old = paragraphs[paragraphs["doc_id"] == "zh-1955"].set_index("para_id")
    assert len(old) == 15
    assert old["part"].eq(0).all()
    assert old.loc[1:3, "section_kind"].eq("other").all()  # the header
    # The body says what must be done (我们要…，切实…): this year's tasks, not "other".
    assert old.loc[4:, "section_kind"].eq("tasks").all()


def test_a_table_of_contents_and_glyph_notes_are_not_parts(tmp_path):
    report = zh_report(2030).splitlines()
    contents = ["目录", "一、2029年工作回顾", "二、2030年经济社会发展总体部署", "三、2030年重点工作"]
    notes = ["字库未存字注释：", "＠①原字石右加安"]
    corpus = write_corpus(tmp_path / "corpus", {"zh/2030.txt": "\n".join(report[:3] + contents + report[3:] + notes)})
    assert run_pipeline(corpus, tmp_path / "out").returncode == 0
    doc = read(tmp_path / "out", "paragraphs").set_index("para_id")
    assert doc.loc[4:7, "heading"].eq("目录").all() and doc.loc[4:7, "part"].eq(0).all()
    assert sorted(doc.loc[doc["part"] > 0, "part"].unique()) == [1, 2, 3]
    assert (
        doc.loc[doc.index[-2:], "section_kind"].eq("other").all()
        and doc.loc[doc.index[-2:], "heading"].eq("注释").all()
    )


def test_theme_hits_follow_the_counting_rule(fixture_build):
    hits = read(fixture_build, "theme_hits")
    zh = hits[(hits["doc_id"] == "zh-2030")].groupby(["theme", "term"])["count"].sum()
    assert zh[("internet_plus", "互联网+")] == 1
    # 跨境电子商务 and 电子商务进农村 are counted for the longer term only, not again as 电子商务.
    assert zh[("ecommerce", "跨境电子商务")] == 1 and zh[("ecommerce", "电子商务进农村")] == 1
    assert ("ecommerce", "电子商务") not in zh.index
    assert zh[("mass_innovation", "大众创业")] == 1
    en = hits[(hits["doc_id"] == "en-2030")].groupby(["theme", "term"])["count"].sum()
    assert en[("internet_plus", "Internet Plus")] == 1
    assert en[("broadband", "fiber-optic")] == 1


def test_targets_are_normalised_in_both_languages(fixture_build):
    targets = read(fixture_build, "targets")
    for doc_id in ("zh-2030", "en-2030"):
        rows = targets[targets["doc_id"] == doc_id]
        fibre = rows[rows["metric_key"] == "villages_fibre"]
        assert fibre[["value", "unit", "kind", "category"]].values.tolist() == [
            [50000.0, "count", "annual", "rural connectivity"]
        ]
        gdp = rows[rows["metric_key"] == "gdp_growth"].iloc[0]
        assert (gdp["value"], gdp["value_high"], gdp["unit"], gdp["modifier"]) == (6.5, 7.0, "%", "range")
        jobs = rows[rows["metric_key"] == "new_urban_jobs"].iloc[0]
        assert (jobs["value"], jobs["unit"], jobs["modifier"]) == (10_000_000.0, "people", "at least")
        assert rows[rows["metric_key"] == "cpi"].iloc[0]["modifier"] == "around"
        assert rows[rows["metric_key"] == "urban_unemployment"].iloc[0]["modifier"] == "at most"


def test_alignment_ties_sentences_to_paragraphs_and_keeps_missing_english_visible(fixture_build):
    alignment = read(fixture_build, "alignment")
    assert len(alignment) == 2
    first, second = alignment.iloc[0], alignment.iloc[1]
    assert first["zh_para_id"] == 13 and first["en_para_id"] == 12
    assert pd.isna(second["en_sentence"]) and pd.isna(second["zh_para_id"])
    # The committed word links were not trained on the fixture's TMX file: its pairs have none.
    assert alignment["word_links"].isna().all() and alignment["zh_tokens"].isna().all()


# A report that holds itself twice: distinct paragraphs (not the fixtures' filler), then all of them again.
DISTINCT = [
    f"第{index}段：我们要推进第{index}项改革，切实把各项任务落到实处，让人民群众得到实实在在的好处和实惠。"
    for index in range(30)
]
REPEATED = "\n".join(["政府工作报告", *DISTINCT, *DISTINCT]).encode()

BAD_INPUTS = {
    "repeated": ("zh/2016.txt", REPEATED, "holds the report twice"),
    "gbk": ("zh/2016.txt", "政府工作报告".encode("gbk") * 400, "not UTF-8 (it decodes as GBK/GB18030)"),
    "empty": ("zh/2016.txt", b"", "empty file"),
    "binary": ("zh/2016.txt", b"\x00\x01\x02PK" * 1000, "binary file"),
    "short": ("zh/2016.txt", "政府工作报告\n各位代表：\n".encode(), "implausibly short"),
    "misnamed": ("zh/report-2016.txt", zh_report(2016).encode(), "wrongly named"),
    "duplicate": ("zh/2030_copy.txt", zh_report(2030).encode(), "present twice"),
}


@pytest.fixture
def previous_output(tmp_path, fixture_build):
    """A finished build whose files must survive every failed build byte for byte: a copy of the
    session's build of the same corpus (a build per test would cost a second each)."""
    corpus = write_corpus(tmp_path / "corpus", good_corpus_files())
    out = tmp_path / "out"
    shutil.copytree(fixture_build, out)
    return corpus, out, tree_digest(out)


def assert_clean_failure(result, needle, out, digest):
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0] and "Traceback" not in result.stderr
    assert tree_digest(out) == digest
    assert not list(out.parent.glob(".out.tmp-*"))


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_report_file_stops_with_one_line_naming_it_and_keeps_output(previous_output, case):
    corpus, out, digest = previous_output
    name, content, needle = BAD_INPUTS[case]
    (corpus / name).write_bytes(content)
    result = run_pipeline_here(corpus, out)  # the next test runs the command as its own process
    assert_clean_failure(result, needle, out, digest)
    assert name.split("/")[1] in result.stderr


def test_every_bad_file_is_reported_in_one_run(previous_output):
    corpus, out, digest = previous_output
    (corpus / "zh/2016.txt").write_bytes(b"")
    (corpus / "en/2017.txt").write_bytes(b"\x00\x01" * 1000)
    (corpus / "zh/notes.txt").write_text("x", encoding="utf-8")
    result = run_pipeline(corpus, out)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("error: ") for line in lines)
    joined = "\n".join(lines)
    assert "zh/2016.txt: empty file" in joined and "en/2017.txt: binary file" in joined
    assert "zh/notes.txt: wrongly named" in joined and lines[-1].endswith("is unchanged.")
    assert tree_digest(out) == digest


def test_huge_file_is_refused_before_it_is_read(previous_output):
    corpus, out, digest = previous_output
    with (corpus / "zh/2016.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = run_pipeline(corpus, out)
    assert_clean_failure(result, "implausibly large (52.4 MB", out, digest)


def test_unreadable_report_and_missing_folders_are_named(previous_output, tmp_path):
    corpus, out, digest = previous_output
    (corpus / "zh/2016.txt").mkdir()  # a directory where a file should be: unreadable even for root
    assert_clean_failure(run_pipeline(corpus, out), "zh/2016.txt: cannot be read", out, digest)
    assert_clean_failure(run_pipeline(tmp_path / "nowhere", out), "corpus folder not found", out, digest)
    no_en = write_corpus(tmp_path / "no_en", {"zh/2030.txt": zh_report(2030)})
    (no_en / "en").rmdir()
    assert_clean_failure(run_pipeline(no_en, out), "folder missing", out, digest)


def test_broken_tmx_is_named(previous_output):
    corpus, out, digest = previous_output
    (corpus / "aligned/GR2031.tmx").write_text("<tmx><body><tu>", encoding="utf-8")
    assert_clean_failure(run_pipeline(corpus, out), "aligned/GR2031.tmx: not valid TMX", out, digest)


def test_build_killed_midway_leaves_previous_output_intact_and_next_build_recovers(previous_output):
    _, out, digest = previous_output
    # The real corpus takes seconds; kill it once it has reported a few documents.
    process = subprocess.Popen(
        [sys.executable, "-m", "dashboard.pipeline", "--corpus", str(config.DEFAULT_CORPUS_DIR), "--out", str(out)],
        cwd=REPO_ROOT,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # its own process group, so its worker processes die with it
    )
    seen = [process.stderr.readline() for _ in range(3)]
    assert all(line.startswith("[") for line in seen), seen
    os.killpg(process.pid, signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    process.stderr.close()
    assert tree_digest(out) == digest
    corpus_dir = out.parent / "corpus"
    assert run_pipeline(corpus_dir, out).returncode == 0
    assert not list(out.parent.glob(".out.tmp-*")), "the next build removes the killed build's staging folder"


def test_rebuild_reuses_unchanged_documents_and_redoes_changed_ones(previous_output):
    corpus, out, _ = previous_output
    result = run_pipeline(corpus, out)
    assert "0 documents processed, 5 unchanged and reused" in result.stdout
    (corpus / "zh/2031.txt").write_text(zh_report(2031).replace("共享经济", "分享经济"), encoding="utf-8")
    result = run_pipeline(corpus, out)
    assert "1 documents processed, 4 unchanged and reused" in result.stdout
    hits = read(out, "theme_hits")
    assert set(hits[hits["doc_id"] == "zh-2031"]["term"]) >= {"分享经济"}


def test_committed_data_is_exactly_what_the_pipeline_builds(tmp_path):
    started = time.perf_counter()
    result = run_pipeline(config.DEFAULT_CORPUS_DIR, tmp_path / "processed", "--quiet")
    assert result.returncode == 0, result.stderr
    assert tree_digest(tmp_path / "processed") == tree_digest(config.PROCESSED_DIR)
    assert time.perf_counter() - started < 120  # a guard against a runaway build, not a benchmark


def test_2016_reports_yield_the_50000_village_fibre_target(report_data):
    targets = report_data.targets
    for doc_id in ("zh-2016", "en-2016"):
        fibre = targets[(targets["doc_id"] == doc_id) & (targets["metric_key"] == "villages_fibre")]
        assert fibre[["value", "unit", "kind", "category"]].values.tolist() == [
            [50000.0, "count", "annual", "rural connectivity"]
        ]
    zh_sentence = targets[(targets["doc_id"] == "zh-2016") & (targets["metric_key"] == "villages_fibre")][
        "sentence"
    ].iloc[0]
    assert "推进5万个行政村通光纤" in zh_sentence
    later = targets[(targets["doc_id"] == "zh-2017") & (targets["metric_key"] == "villages_fibre")]
    assert later["value"].tolist() == [30000.0]


def test_2016_chinese_report_has_three_parts_and_eight_task_subsections(report_data):
    paragraphs = report_data.paragraphs
    doc = paragraphs[paragraphs["doc_id"] == "zh-2016"]
    headings = doc[doc["is_heading"] & (doc["subpart"] == 0)]
    assert headings["heading"].tolist() == [
        "一、2015年工作回顾",
        "二、“十三五”时期主要目标任务和重大举措",
        "三、2016年重点工作",
    ]
    # Part three opens with 2016's requirements and targets before its eight tasks: its title is the plan's, as
    # both readers of the gold standard read it.
    assert headings["section_kind"].tolist() == ["review", "plan", "plan"]
    assert sorted(doc.loc[doc["part"] == 3, "subpart"].unique()) == list(range(9))


def test_every_document_has_paragraphs_and_terms(report_data):
    documents = set(report_data.documents["doc_id"])
    assert len(documents) == 72
    assert set(report_data.paragraphs["doc_id"]) == documents
    assert set(report_data.terms["doc_id"]) == documents
    completeness = report_data.documents.set_index("doc_id")["completeness"]
    assert completeness["zh-1964"] == "summary" and completeness["zh-2026"] == "partial"
    assert {"zh-2007", "zh-2023"} <= documents and "en-2009" not in documents
    speakers = report_data.documents.set_index("doc_id")
    not_premier = speakers.index[speakers["speaker_role"].isin(["vice premier", "other"])]
    # The corpus README: 1955, 1956, 1958, 1960, 1980 and 1991 are not the Premier's own report.
    assert sorted(not_premier) == ["zh-1955", "zh-1956", "zh-1958", "zh-1960", "zh-1980", "zh-1991"]
    assert speakers.loc["zh-1991", ["speaker", "speaker_title"]].tolist() == ["邹家华", "国务委员兼国家计划委员会主任"]


@pytest.mark.parametrize(
    "term",
    [
        "互联网+",
        "电子商务",
        "跨境电子商务",
        "共享经济",
        "大众创业",
        "万众创新",
        "光网城市",
        "行政村",
        "互联网+政务服务",
    ],
)
def test_user_dictionary_keeps_policy_terms_whole(term):
    assert term in tokenize(f"我们要大力推进{term}的发展。", "zh")


def test_english_words_are_nltks_word_tokenize_on_the_standard_librarys_engine():
    from nltk.tokenize import word_tokenize

    from dashboard.pipeline.tokens import english_sentence_tokens, english_sentences

    text = (config.DEFAULT_CORPUS_DIR / "en" / "2016.txt").read_text(encoding="utf-8")
    paragraphs = [line for line in text.splitlines() if line.strip()]
    ours = [sentence for paragraph in paragraphs for sentence in english_sentence_tokens(paragraph)]
    nltks = [
        word_tokenize(sentence, preserve_line=True)
        for paragraph in paragraphs
        for sentence in english_sentences(paragraph)
    ]
    assert len(ours) > 500 and ours == nltks
    assert english_sentence_tokens('He said "Internet Plus" isn\'t (yet) done...') == [
        ["He", "said", "``", "Internet", "Plus", "''", "is", "n't", "(", "yet", ")", "done", "..."]
    ]


def test_policy_terms_are_whole_in_the_real_terms_table(report_data):
    zh_2016 = report_data.terms[report_data.terms["doc_id"] == "zh-2016"].groupby("term")["count"].sum()
    assert zh_2016["大众创业"] == 4 and zh_2016["互联网+政务服务"] == 1 and zh_2016["光网城市"] == 1


def test_chinese_and_english_reports_agree_on_the_kind_of_every_part(report_data):
    """The same report in two languages has the same parts: review, plan, tasks in the same order."""
    headings = report_data.paragraphs[report_data.paragraphs["is_heading"] & (report_data.paragraphs["subpart"] == 0)]
    headings = headings[headings["part"] > 0]
    for year in report_data.years("en"):
        kinds = {
            lang: headings[(headings["lang"] == lang) & (headings["year"] == year)]["section_kind"].tolist()
            for lang in ("zh", "en")
        }
        assert kinds["zh"] == kinds["en"], year
    assert len(report_data.years("en")) == 14


# The opening of a small report for the section tests: a review part, then this year's tasks.
REVIEW_THEN_TASKS = (
    "政府工作报告",
    "一、过去一年的工作回顾",
    "过去一年，经济增长了百分之八，完成了全年计划，取得了很大成绩。",
    "二、今年的主要任务",
    "今年要加快发展，必须切实抓好农业，努力扩大就业。",
)
# A paragraph told as news of the past year.
PAST_NEWS = "去年我国同各国的关系有了新的发展，取得了显著成就，签订了多项协定。"


def test_a_part_with_no_kind_after_the_tasks_leans_to_tasks_and_an_unnumbered_title_sets_a_kind():
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            *REVIEW_THEN_TASKS,
            "要继续推进改革，认真做好各项工作。",
            # The state's political life: no kind in the heading, told partly as news.
            "三、关于国家的政治生活",
            PAST_NEWS,
            "我们要继续坚持独立自主的和平外交政策，努力发展同各国的友好关系。",
            # An unnumbered title naming a review, inside the same part (as 1982's report does).
            "前两年计划的执行情况",
            PAST_NEWS,
            PAST_NEWS,
        ]
    )
    kinds = [(p.text[:6], p.section_kind) for p in parse_report(text, "zh", 2030).paragraphs[1:]]
    # The political-life part's news (¶8) stays with the tasks; the titled review (¶10-12) is a review.
    assert [kind for _, kind in kinds] == [
        "review", "review", "tasks", "tasks", "tasks", "tasks", "tasks", "tasks", "review", "review", "review",
    ]  # fmt: skip


def test_a_foreign_affairs_part_opens_with_the_past_years_diplomacy_as_a_review():
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            *REVIEW_THEN_TASKS,
            "七、关于外交工作",
            PAST_NEWS,
            # A forecast is no work to do: the review goes on.
            "国际形势总体缓和，和平与发展将是今后一个时期的主题，我国的国际地位进一步提高了。",
            "在新的一年里，我们将继续奉行独立自主的和平外交政策。",
            PAST_NEWS,  # after the work to do, the rest of the part is the policy: tasks
            # 1984's title is a line of its own, not numbered; a part that opens with its policy stays tasks.
            "关于外交政策",
            "我们要继续坚持独立自主的和平外交政策，努力发展同各国的友好关系。",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 2030).paragraphs[1:]]
    assert kinds == [
        "review",
        "review",
        "tasks",
        "tasks",
        "review",
        "review",
        "review",
        "tasks",
        "tasks",
        "tasks",
        "tasks",
    ]


def test_a_plan_part_that_opens_with_the_last_five_years_reviews_them_first():
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "政府工作报告",
            "一、2020年工作回顾",
            "过去一年，经济增长了百分之二，完成了全年计划，取得了很大成绩。",
            "二、“十三五”时期发展成就和“十四五”时期主要目标任务",
            "过去五年，我国经济社会发展取得新的历史性成就，国内生产总值从不到70万亿元增加到超过100万亿元。",
            "“十四五”时期主要目标是：经济发展目标，国内生产总值年均增长保持在合理区间。",
            "三、2021年重点工作",
            "今年要加快发展，必须切实抓好农业，努力扩大就业。",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 2021).paragraphs[1:]]
    # The five years looked back on (¶5) are a review inside the plan's part; the plan's goals stay the plan.
    assert kinds[3:5] == ["review", "plan"]


def test_a_heading_joining_the_review_and_the_years_requirements_names_no_single_kind():
    from dashboard.pipeline.sections import heading_kind

    assert heading_kind("一、1998年工作回顾和1999年工作的总体要求", "zh", 1999) is None
    # A plan named in passing is no plan: the title is a review.
    assert heading_kind("六五计划前两年的执行情况", "zh", 1982) == "review"
    assert heading_kind("一、2015年工作回顾", "zh", 2016) == "review"


def test_a_heading_joining_what_was_achieved_and_the_tasks_or_naming_a_plans_questions_names_no_single_kind():
    from dashboard.pipeline.sections import heading_kind

    assert heading_kind("国民经济的成就和今后的建设任务", "zh", 1964) is None
    assert heading_kind("三年来的斗争和新时期的总任务", "zh", 1978) is None
    assert heading_kind("一、当前国内形势和基本任务", "zh", 1987) is None
    assert heading_kind("三、第一个五年计划的若干问题", "zh", 1955) is None
    # With a goal named, the achievements are the plan's starting point: a plan.
    assert heading_kind("二、“十三五”时期发展成就和“十四五”时期主要目标任务", "zh", 2021) == "plan"


def test_a_periods_general_or_basic_task_is_its_plan():
    from dashboard.pipeline.sections import heading_kind

    assert heading_kind("一、国家在过渡时期的总任务", "zh", 1955) == "plan"
    assert heading_kind("今后五年的主要任务", "zh", 1983) == "plan"
    # This year's main tasks stay the tasks.
    assert heading_kind("二、2004年主要任务", "zh", 2004) == "tasks"


def test_a_guiding_principle_held_for_the_long_term_is_the_plan_and_this_years_policy_the_tasks():
    from dashboard.pipeline.sections import heading_kind

    assert heading_kind("二、坚持长期稳定发展经济的方针", "zh", 1987) == "plan"
    assert heading_kind("二、坚持实行扩大内需的方针", "zh", 2000) == "tasks"
    assert heading_kind("三、深入改革经济体制和扩大对外开放", "zh", 1987) == "tasks"


def test_a_parts_title_run_on_into_its_first_paragraph_still_opens_the_part():
    """1987's part three lost the line break after its title: the part begins there, named by the words before the
    space; a short title with spaced digits ("二、关于1 9 9 8 年政府工作的建议") is a whole title as before."""
    from dashboard.pipeline.structure import parse_report

    body = "国民经济的长期稳定发展，既要靠坚持正确的建设方针，又要靠深入改革和扩大对外开放。" * 2
    text = "\n".join(
        [
            "二、坚持长期稳定发展经济的方针",
            "第一，必须把加强农业放在发展国民经济的重要战略地位，今后要长期坚持。",
            f"三、深入改革经济体制和扩大对外开放 {body}",
            "第一，深化企业改革，建立和健全责权利相结合的企业经营机制。",
            "四、关于1 9 9 8 年政府工作的建议",
        ]
    )
    paragraphs = parse_report(text, "zh", 1987).paragraphs
    assert [(p.part, p.is_heading, p.heading) for p in paragraphs] == [
        (1, True, "二、坚持长期稳定发展经济的方针"),
        (1, False, "二、坚持长期稳定发展经济的方针"),
        (2, True, "三、深入改革经济体制和扩大对外开放"),
        (2, False, "三、深入改革经济体制和扩大对外开放"),
        (3, True, "四、关于1 9 9 8 年政府工作的建议"),
    ]
    assert [p.section_kind for p in paragraphs[:4]] == ["plan", "plan", "tasks", "tasks"]


def test_parts_that_name_only_their_topic_take_the_kind_of_the_title_above_them():
    from dashboard.pipeline.structure import parse_report

    lines = [
        "1982年国务院政府工作报告",
        "各位代表：",
        "现在，我代表国务院，作关于第六个五年计划的报告，请大会审议。",
        "第六个五年计划的基本任务",
        "第六个五年计划草案已经分送给各位代表。这里，就计划的要点作以下说明。",
        "一、关于工农业生产的发展速度和经济效益",
        "在提高经济效益的前提下，要使工农业生产保持适当的发展速度。",
        "二、关于基本建设的规模、重点和企业的技术改造",  # its 重点 is the topic's, not the kind's
        "第六个五年计划期间，要把基本建设投资用好。",
    ]
    kinds = [p.section_kind for p in parse_report("\n".join(lines), "zh", 1983).paragraphs]
    assert kinds[3:] == ["plan"] * 6
    # Without the title, the same parts are read by their words alone, not as the plan.
    without = [p.section_kind for p in parse_report("\n".join(lines[:3] + lines[4:]), "zh", 1983).paragraphs]
    assert "plan" not in without[3:]


def test_the_opening_address_may_say_now_and_this_session():
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "1955年国务院政府工作报告",
            "各位代表：",
            "中华人民共和国国务院向第一届全国人民代表大会第二次会议提出关于发展国民经济第一个五年计划的议案，"
            "我现在代表国务院向本次大会作关于第一个五年计划的报告。",
            "我国第一个五年计划是在国民经济已经恢复的基础上开始实行的。全国解放之前，我国国民经济受到了严重破坏。",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 1955).paragraphs]
    # The address stays outside the report's parts; the recovery period before the plan is looked back on.
    assert kinds[1:] == ["other", "other", "review"]


def test_words_about_the_report_before_its_first_part_are_not_its_content():
    """1978: the report's outline and title after the address; 1957: who was charged with the report, after a paragraph
    of the year's review, which stays the review."""
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "1978年政府工作报告",
            "各位代表！",
            "现在，我代表国务院，向第五届全国人民代表大会作政府工作报告。",
            "报告分六个部分：一、三年来的斗争和新时期的总任务；二、把揭批“四人帮”的斗争进行到底。",
            "报告的总题目是：团结起来，为建设社会主义的现代化强国而奋斗。",
            "一、三年来的斗争和新时期的总任务",
            "三年来，我国经历了尖锐复杂的斗争，取得了伟大的胜利。",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 1978).paragraphs[1:]]
    assert kinds == ["other"] * 4 + ["review", "review"]
    text = "\n".join(
        [
            "1957年国务院政府工作报告",
            "各位代表：",
            "从第一届全国人民代表大会第三次会议闭幕以来，已经整整一年了。这是伟大的转变的一年。",
            "关于一年来的政府工作，国务院决定由我向第一届全国人民代表大会第四次会议作报告。",
            "一、关于社会主义革命",
            "１９５６年，我国基本上完成了对农业、手工业和资本主义工商业的社会主义改造。",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 1957).paragraphs[1:]]
    assert kinds == ["other", "review", "other", "review", "review"]


def test_a_title_before_the_first_numbered_part_gives_its_kind_to_its_paragraphs(report_data):
    """1988's "今后五年建设和改革的目标、方针和任务" (¶41), after the review's lessons and before the ten numbered tasks: the title
    and its paragraphs are the plan, up to the lead-in to the tasks (¶44: 努力实现以下的十项主要任务)."""
    paragraphs = report_data.paragraphs.set_index(["doc_id", "para_id"])["section_kind"]
    assert paragraphs.loc["zh-1988"].loc[40:45].tolist() == ["review", "plan", "plan", "plan", "tasks", "tasks"]


def test_a_title_that_names_no_kind_is_of_the_kind_of_what_it_heads(report_data):
    """1986's "三、“七五”时期的经济体制改革" opens the reform's tasks; 2006's "（二）“十五”时期国民经济和社会发展主要情况" opens
    a review; before, each took the kind of the part before it (plan)."""
    paragraphs = report_data.paragraphs.set_index(["doc_id", "para_id"])["section_kind"]
    assert paragraphs.loc[[("zh-1986", 58), ("zh-1986", 59)]].tolist() == ["tasks", "tasks"]
    assert paragraphs.loc[[("zh-2006", 99), ("zh-2006", 100)]].tolist() == ["review", "review"]


def test_the_years_plan_as_the_subject_of_what_it_requires_is_the_plan(report_data):
    """1992 ¶22, "今年计划要求，在保持…国民生产总值增长百分之六", states the year's targets; a plan drafted or discussed is no
    such statement (1957 ¶29, "在编制1957年的国民经济计划草案…的时候", stays the review; 1958 ¶158, "在讨论今年计划草案的
    时候", the tasks)."""
    paragraphs = report_data.paragraphs.set_index(["doc_id", "para_id"])["section_kind"]
    assert paragraphs.loc[[("zh-1992", 22), ("zh-1957", 29), ("zh-1958", 158)]].tolist() == ["plan", "review", "tasks"]


def test_a_part_that_opens_on_the_coming_five_years_is_a_five_year_outline(report_data):
    """1993's part 二, "争取国民经济再上一个新台阶", a title that names no kind, opens "今后五年是…关键性五年": the outline of
    the eighth plan's rest, the plan whole; part 三 is the year's tasks."""
    paragraphs = report_data.paragraphs.set_index(["doc_id", "para_id"])["section_kind"]
    assert set(paragraphs.loc["zh-1993"].loc[22:36]) == {"plan"}
    assert paragraphs.loc[("zh-1993", 38)] == "tasks"


def test_a_part_that_opens_by_explaining_its_guiding_policy_opens_with_the_plan(report_data):
    """1979's part 二, "打好四个现代化的第一个战役", a title that names no kind: the policy of 调整、改革、整顿、提高 explained
    (我们讲调整，就是…; 由此可见，…的方针，是…), then the ten tasks from their lead-in (¶28: 以下的十项工作)."""
    paragraphs = report_data.paragraphs.set_index(["doc_id", "para_id"])["section_kind"]
    assert paragraphs.loc["zh-1979"].loc[20:29].tolist() == ["plan"] * 8 + ["tasks"] * 2


def test_the_world_as_it_stands_is_the_outlook_unless_the_review_resumes_after_it(report_data):
    """A foreign-affairs part that opens on the world now ("当前，国际形势正在发生着重大变化", 1990) opens with the outlook its
    policy starts from; 1997's "当前，世界形势…" is followed by the past year's diplomacy, so it stays that review's."""
    paragraphs = report_data.paragraphs.set_index(["doc_id", "para_id"])["section_kind"]
    assert paragraphs.loc["zh-1990"].loc[105:107].tolist() == ["tasks"] * 3
    assert paragraphs.loc[("zh-1996", 85)] == "tasks"
    assert paragraphs.loc["zh-1997"].loc[65:67].tolist() == ["review"] * 3


def test_work_after_the_last_address_comes_before_the_closing(report_data):
    """1987: after the last "各位代表！", the international situation and Hong Kong (¶62-63) are more of the year's work;
    the appeal is the last paragraph. 1986's army and Taiwan (¶103-104) the same; 1978's last address opens the appeal."""
    paragraphs = report_data.paragraphs.set_index(["doc_id", "para_id"])["section_kind"]
    assert paragraphs.loc["zh-1987"].loc[61:64].tolist() == ["tasks"] * 3 + ["closing"]
    assert paragraphs.loc["zh-1986"].loc[103:105].tolist() == ["tasks", "tasks", "closing"]
    assert set(paragraphs.loc["zh-1978"].loc[138:147]) == {"closing"}


def test_a_plan_named_as_the_time_a_heading_speaks_of_is_not_what_it_names():
    from dashboard.pipeline.sections import heading_kind

    # 1959: the year's work, dated by the second five-year plan; a plan by its own words is still a plan.
    assert heading_kind("二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务", "zh", 1959) == "tasks"
    assert heading_kind("二、“七五”时期的基本任务和主要建设方针", "zh", 1986) == "plan"
    assert heading_kind("二、“十三五”时期主要目标任务和重大举措", "zh", 2016) == "plan"
    assert heading_kind("一、“八五”时期国民经济和社会发展的回顾", "zh", 1996) == "review"


def test_a_tasks_part_that_opens_with_the_years_targets_opens_with_the_plan():
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "政府工作报告",
            "一、2015年工作回顾",
            "过去一年，经济增长了百分之七，完成了全年计划，取得了很大成绩。",
            "三、2016年重点工作",
            "今年是开局之年。做好政府工作，必须全面贯彻各项部署，切实抓好各项工作。",
            "今年发展的主要预期目标是：国内生产总值增长6.5%－7%，居民消费价格涨幅3%左右。",
            "今年要重点做好八个方面工作。",  # the lead-in announces the tasks: tasks
            "（一）稳定和完善宏观经济政策。要继续实施积极的财政政策。",
            "四、加强政府自身建设",  # a tasks part that states no target: its opening stays tasks
            "各级政府要加强自身建设，切实转变职能。",
            "（一）坚持依法行政。要推进法治政府建设。",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 2016).paragraphs[1:]]
    assert kinds == ["review", "review", "plan", "plan", "plan", "tasks", "tasks", "tasks", "tasks", "tasks"]


def test_the_address_that_turns_to_the_year_ahead_opens_the_plan_up_to_the_first_numbered_item():
    """1984: after the review, "各位代表！…在新的一年里" and what follows it in the same part (the year's difficulties,
    the policy, the main tasks named) are the plan; the numbered items after it are the tasks."""
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "政府工作报告",
            "关于国内建设",
            "一年来，经济增长了百分之八，完成了全年计划，取得了很大成绩。",
            "各位代表！在新的一年里，我们要继续艰苦奋斗，把经济建设放在首位。",
            "应当清醒地看到，当前我们还存在不少困难，必须认真解决。",
            "国务院认为，今后在经济工作中，要着重抓好体制改革和对外开放这两件大事。",
            "一、认真地有步骤地改革城市经济体制。",
            "要彻底改变企业经营好坏一个样的状况，必须切实抓好。",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 1984).paragraphs[1:]]
    assert kinds == ["review", "review", "plan", "plan", "plan", "tasks", "tasks"]


def test_a_tasks_part_that_opens_with_what_the_years_plan_provides_opens_with_the_plan(report_data):
    """1959's part 二, headed as the year's tasks on the economic front, first sets out the 1959 plan (计划规定…, ¶37-48)
    and then asks what fulfilling it takes (¶49: 我们应当注意些什么问题呢？); the measures that follow are the tasks.
    A review that recalls how last year's plan was drafted (1957 ¶29) is no such statement."""
    paragraphs = report_data.paragraphs.set_index(["doc_id", "para_id"])["section_kind"]
    assert paragraphs.loc["zh-1959"].loc[37:50].tolist() == ["plan"] * 9 + ["other"] + ["plan"] * 2 + ["tasks"] * 2
    assert paragraphs.loc[("zh-1957", 29)] == "review"


def test_a_foreign_affairs_part_opens_with_the_diplomacy_told_as_done(report_data):
    """The review that opens a foreign-affairs part runs on through paragraphs that tell the diplomacy as done with
    no other word of looking back (1999 ¶75: 发挥了建设性作用; 1984 ¶56: 既捍卫了…又履行了…), up to the policy."""
    kinds = report_data.paragraphs.set_index(["doc_id", "para_id"])["section_kind"]
    assert kinds.loc["zh-1999"].loc[72:77].tolist() == ["review"] * 5 + ["tasks"]
    assert kinds.loc["zh-1984"].loc[52:58].tolist() == ["review"] * 6 + ["tasks"]


def test_every_english_report_opens_with_its_header_and_formula_as_other(report_data):
    """The occasion on a line of its own (2019), the formula that names the five years under review first (2008,
    2013, 2018) or follows the address on its line (2015) are the header, not the review."""
    english = report_data.paragraphs[report_data.paragraphs["lang"] == "en"]
    formulas = english[
        english["text"].str.contains(r"^(?:Fellow Deputies, )?On behalf of the State Council", case=False)
    ]
    assert sorted(formulas["year"]) == sorted(report_data.years("en"))
    assert set(formulas["section_kind"]) == {"other"}
    assert english[english["year"] == 2019].head(5)["section_kind"].eq("other").all()


def test_the_years_main_task_and_a_draft_plans_figures_state_the_plan():
    """1964 (a summary, delivered in December: its plan year is 1965) states the year's main task and the draft
    plan's figures in paragraphs full of words of work to do; they are the plan."""
    from dashboard.pipeline.sections import states_plan

    assert states_plan("明年发展国民经济的主要任务是，大力组织工农业生产新高潮。", "zh")
    assert states_plan("他指出，1965年的主要任务就是，大力组织工农业生产的新高潮。", "zh")
    assert states_plan("1965年计划草案拟定，农业总产值比1964年增长5%左右。我们要继续执行以粮为纲的方针。", "zh")
    assert not states_plan("要进一步扩大城乡物资交流，繁荣市场，继续改善人民生活。", "zh")


def test_an_announced_list_of_the_plans_indicators_holds_the_years_time_through_every_item(report_data):
    # 1980's report (delivered in August) announces the 1981 plan's indicators ("…主要指标安排如下。") and lists them
    # sector by sector in paragraphs without a marker, some of them long ("轻工业，总产值比1980年预计增长8%…"):
    # every figure of the list is a target for 1981, not a multi-year goal (42 since counts in Chinese numerals are
    # amounts: "重大科学研究项目共四百多项").
    targets = report_data.targets
    listed = targets[(targets["lang"] == "zh") & (targets["year"] == 1980) & targets["para_id"].between(36, 50)]
    assert len(listed) == 42 and set(listed["kind"]) == {"annual"}
    figures = report_data.key_figures
    steel = figures[
        (figures["lang"] == "zh") & (figures["report_year"] == 1980) & (figures["metric_key"] == "steel_output")
    ]
    assert steel[["role", "year", "value", "para_id"]].values.tolist() == [["target", 1981, 35_000_000.0, 40]]


def test_numbering_that_starts_again_inside_a_part_lists_items_of_that_part():
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "1986年政府工作报告",
            "一、过去五年的回顾",
            "五年来，我们取得了很大的成就。",
            "二、“七五”时期的基本任务和主要建设方针",
            "“七五”计划的主要任务是进一步为改革创造良好的环境。",
            # Five questions of the plan, numbered again from one: two titles, one written out at length.
            "一、确定适度的经济增长率，促进国民经济按比例发展",
            "二、规定恰当的投资规模，合理调整投资结构",
            "三、坚持把科技进步和智力开发放在重要的战略地位，更好地发展科学和教育事业，这是“七五”计划的一个鲜明"
            "特点，各地方各部门都要认真研究，加快培养人才，努力提高全民族的科学文化水平，使科技进步在经济增长中起"
            "越来越大的作用。",
            # "三、" after "三、" is not the list's next number: the report's third part.
            "三、“七五”时期的经济体制改革",
            "我们要积极推进经济体制改革。",
        ]
    )
    paragraphs = parse_report(text, "zh", 1986).paragraphs
    # The titled questions are the part's subsections, the written-out one a paragraph of the last; then part 三.
    assert [(p.part, p.subpart, p.is_heading) for p in paragraphs[1:10]] == [
        (1, 0, True), (1, 0, False), (2, 0, True), (2, 0, False), (2, 1, True), (2, 2, True), (2, 2, False),
        (3, 0, True), (3, 0, False),
    ]  # fmt: skip
    # The listed questions keep the plan part's kind.
    assert [p.section_kind for p in paragraphs[3:8]] == ["plan"] * 5


def test_a_plan_part_that_announces_its_tasks_holds_them_and_carrying_out_a_plan_is_work_to_do():
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "1991年政府工作报告",
            "一、1990年计划的执行情况",
            "去年农业生产全面丰收，主要农产品大幅度增产。",
            "二、1991年计划的主要目标和任务",
            "一九九一年国民经济和社会发展的主要目标是：农业总产值比上年增长3.5%，工业总产值增长6%。",
            # The tasks, announced in so many words inside the part headed as the plan.
            "一九九一年计划的任务，主要有以下几个方面：",
            "（一）继续加强农业，保持农业生产稳步发展。",
            "计划安排粮食总产量四千二百五十亿公斤，今年要实现上述指标。",
            # Carrying the plan out is this year's work, though its title names the plan.
            "三、以提高经济效益为中心，全面完成1991年计划",
            "第一，切实把主要精力放在结构调整上。",
            # Family planning is no plan.
            "四、认真贯彻实行计划生育和加强环境保护这两项基本国策",
            "实行计划生育，控制人口增长，是我国的一项基本国策。",
            "各位代表！让我们团结起来，为全面完成今年的任务而奋斗！",
            # The source repeats the end of the appeal: a repeat, not more of the closing.
            "让我们团结起来，为全面完成今年的任务而奋斗！",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 1991).paragraphs[1:]]
    assert kinds == ["review", "review", "plan", "plan"] + ["tasks"] * 7 + ["closing", "other"]


def test_a_reviews_lessons_announced_as_a_list_are_the_review():
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "1988年政府工作报告",
            "过去五年国内工作的基本总结",
            "五年来，我国国民经济持续发展，取得了很大成就。",
            # The lessons speak of what must be done, but they are what the review drew from the years gone by.
            "回顾过去五年建设和改革的历程，我们从实践中获得了不少有益的经验，其中最值得认真吸取的有以下几点。",
            # Each lesson is a paragraph that opens with its number (too long for a part's title).
            "一、牢固树立建设要依靠改革，改革要促进建设的指导思想，坚持把改革放在总揽全局的位置上。加快社会主义现代化建设，"
            "必须坚持把改革放在首位。",
            "二、无论建设还是改革，都必须坚持从实际出发，解放思想，尊重实践。我们的建设和改革，既不能照搬书本或照搬外国的"
            "做法，也不能从主观愿望出发。",
            # The next part's title, as in 1988 (a report that numbers no part: its titles divide it).
            "今后五年建设和改革的目标、方针和任务",
            "根据上述的奋斗目标和工作方针，国务院要在今后五年努力完成以下各项任务，必须加快改革，要进一步扩大开放。",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 1988).paragraphs[1:]]
    assert kinds[2:5] == ["review"] * 3 and kinds[5] == "plan"


def test_a_report_that_numbers_no_part_is_divided_by_its_titles_and_its_turning_address():
    """1981 numbers no part: its titles ("（二）今后经济建设的方针", "（三）我国经济发展的前景") and the bare address that turns the
    speech divide it as numbered parts would. The principles a list announces are work to do; the prospects are the plan."""
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "1981年政府工作报告",
            "——1981年11月30日在第五届全国人民代表大会第四次会议上",
            "（一）当前的经济形势",
            "一年来，经济建设取得了很大成就，农业获得了丰收，市场繁荣，人民生活继续有所改善。",
            "（二）今后经济建设的方针",
            "我们对国民经济进行进一步调整，不仅要努力解决财政赤字的问题，还要提高经济效益。",
            "围绕着提高经济效益，必须认真贯彻执行下列十条方针。",
            # The principles are long paragraphs that open with their number, no parts' titles.
            "一、依靠政策和科学，加快农业的发展。农业是国民经济的基础。全面发展农村经济，是保证国民经济全面增长的关键，"
            "要继续贯彻执行各项农村经济政策。",
            "二、把消费品工业的发展放到重要地位，进一步调整重工业的服务方向。要努力增加适销对路的消费品，满足人民的需要，"
            "重工业要为农业和轻工业服务。",
            "（三）我国经济发展的前景",
            "第六个五年计划的主要任务，是要争取国家财政经济情况的根本好转。",
            "各位代表：",
            "我们从事社会主义现代化建设，不仅要建设高度的物质文明，而且要建设高度的精神文明，要加强思想政治工作。",
            "要切实加强社会治安，坚决打击各种犯罪活动，要保障人民的生命财产安全，维护安定团结的政治局面。",
            "各位代表！让我们团结起来，为实现今后的任务而奋斗！",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 1981).paragraphs[2:]]
    assert kinds == ["review"] * 2 + ["plan"] * 2 + ["tasks"] * 3 + ["plan"] * 2 + ["tasks"] * 3 + ["closing"]


def test_a_part_on_the_states_political_life_is_work_to_do_even_after_a_review():
    """1957's fourth part, "关于国家基本制度", follows a part reviewing the people's livelihood: the state's political life
    is work to do, told partly as news, as the hand-read sections read it."""
    from dashboard.pipeline.structure import parse_report

    text = "\n".join(
        [
            "1957年政府工作报告",
            "三、关于人民生活",
            "解放以后随着我国工农业生产的迅速恢复和发展，人民的生活已经有了很大的改善，职工的工资有了提高。",
            "四、关于国家基本制度",
            "我们的国家是工人阶级领导的、以工农联盟为基础的人民民主国家，我们的国家制度是适合于我国情况的。",
            "当然，这并不是说，我们国家制度的一切方面都已经完善了，有许多具体制度还是不够健全的。",
        ]
    )
    kinds = [p.section_kind for p in parse_report(text, "zh", 1957).paragraphs[1:]]
    assert kinds == ["review", "review", "tasks", "tasks", "tasks"]
