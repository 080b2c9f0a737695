"""What the tests share: AppTest helpers, browser helpers, and small report corpora written by the tests.

The pages and controls the tests visit come from the app's own tables (dashboard.views.navigation.PAGES,
dashboard.filters.FILTERS), so a new page or control is opened, linked and fuzzed with no list to edit.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard import config
from dashboard.serve import ARTIFACTS, app_on_page, chromium, streamlit_server
from dashboard.views.common import data_box_key
from dashboard.views.navigation import PAGES

__all__ = ["app_on_page", "chromium", "streamlit_server"]
REPO_ROOT = config.REPO_ROOT
APP = str(REPO_ROOT / "dashboard" / "app.py")
PAGE_PATHS = [page.path for page in PAGES]
PAGE_TITLES = {page.path: page.title for page in PAGES}
YEARS_2014_ON = [str(year) for year in range(2014, 2027)]

# ---- AppTest ----


def open_page(page: str = "overview", params: dict | None = None) -> AppTest:
    """open_app, and no exception on the page."""
    at = app_on_page(page, params)
    assert not at.exception, [exception.message for exception in at.exception]
    return at


def page_text(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [t.value for t in at.title] + [c.value for c in at.caption]
    parts += [i.value for i in at.info] + [w.value for w in at.warning] + [e.value for e in at.error]
    parts += [str(metric.value) for metric in at.metric] + [s.value for s in at.subheader]
    return "\n".join(str(part) for part in parts)


def values(array) -> list:
    """Plotly 7 sends numeric arrays as {"dtype", "bdata"} (base64 typed arrays); decode them."""
    if isinstance(array, dict) and "bdata" in array:
        flat = np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"]))
        shape = array.get("shape")  # a 2-D array (a heatmap's cells) carries its shape as "rows, columns"
        if shape:
            flat = flat.reshape([int(size) for size in str(shape).split(",")])
        return flat.tolist()
    return list(array)


def bars(at: AppTest, key: str) -> dict:
    """Label -> value of a ranked bar chart; a label wrapped on two lines is read as one."""
    trace = figure(at, key)["data"][0]
    labels = [label.replace("<br>", " ") for label in values(trace["y"])]
    return dict(zip(labels, values(trace["x"]), strict=True))


def markdown_tables(at: AppTest) -> list[pd.DataFrame]:
    """The tables the page writes in Markdown (views/common.markdown_table), as frames of their cells' text."""
    tables = []
    for element in at.markdown:
        lines = element.value.splitlines()
        if len(lines) < 2 or not lines[0].startswith("| ") or not set(lines[1]) <= set("|-:"):
            continue
        rows = [[unescape_markdown(cell) for cell in MARKDOWN_CELL.split(line.strip()[2:-2])] for line in lines]
        tables.append(pd.DataFrame(rows[2:], columns=rows[0]))
    return tables


# A Markdown table's cells are split at a pipe the text did not escape.
MARKDOWN_CELL = re.compile(r" (?<!\\)\| ")


def unescape_markdown(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def table_with(at: AppTest, column: str):
    """The st.dataframe, st.table or Markdown table that has this column (AppTest does not expose dataframe keys).
    A chart's data is drawn when its expander is opened: where no table has the column, every chart's is opened, as
    a reader would, and the page run again."""

    def tables():
        frames = [frame.value for frame in [*at.dataframe, *at.table]] + markdown_tables(at)
        return [frame for frame in frames if column in frame.columns]

    found = tables()
    if not found:
        open_chart_data(at)
        found = tables()
    assert found, f"no table with a {column} column"
    return found[0]


def open_chart_data(at: AppTest) -> AppTest:
    """Open the data expander of every chart on the page, and run it again."""
    for element in at.get("plotly_chart"):
        at.session_state[data_box_key(element.proto.id.rsplit("chart_", 1)[1])] = True
    return at.run()


def figure(at: AppTest, key: str) -> dict:
    """The Plotly spec of the chart rendered with st.plotly_chart(key=f'chart_{key}')."""
    found = [element for element in at.get("plotly_chart") if f"chart_{key}" in element.proto.id]
    assert found, f"no chart_{key} on the page"
    return json.loads(found[0].proto.spec)


# ---- Browser ----


def screenshot(page, name: str) -> Path:
    path = ARTIFACTS / "screenshots" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    if name == "first-screen" and os.environ.get("UPDATE_README_SCREENSHOT"):
        shutil.copyfile(path, config.REPO_ROOT / "docs" / "first-screen.png")
    return path


# ---- Report corpora written by the tests ----

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


def run_pipeline_here(corpus: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """The pipeline's command in this process: the same arguments, exit code and output, without a new
    interpreter's imports (two seconds a run). For runs that stop at the corpus check; a real build,
    or one that must be killed, runs as a process (run_pipeline)."""
    from dashboard.pipeline.__main__ import main

    argv = ["--corpus", str(corpus), "--out", str(out), *extra]
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(argv)
    return subprocess.CompletedProcess(argv, code, stdout.getvalue(), stderr.getvalue())


def tree_digest(folder: Path) -> dict[str, str]:
    """File name -> SHA-256 of every file under folder: 'byte-for-byte intact' made checkable."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def side_by_side(at: AppTest) -> list[str]:
    """The HTML of each list of texts beside their translations on the page (views/common.render_side_by_side)."""
    return [element.value for element in at.html if element.value.startswith('<div class="gwr-pairs">')]
