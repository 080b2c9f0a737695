"""Drawing helpers every page shares: data loading, charts with their data, safe text."""

from __future__ import annotations

import html
import re
import weakref
from collections.abc import Callable, Collection
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import streamlit as st

from dashboard import cloud, config
from dashboard.analysis.citation import cite_paragraph
from dashboard.analysis.data import DataUnavailable, ReportData, load_report_data
from dashboard.analysis.selection import Selection, file_stem, filter_paragraphs, format_years, missing_years
from dashboard.charts import chart_config, enlarge_for_projector
from dashboard.compose import CLOUD_COMPOSITIONS, Chart, empty_reason
from dashboard.i18n import N_, _
from dashboard.vocabulary import language_name, section_label

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&])")


# One shared copy per process, not st.cache_data: cache_data unpickles a fresh copy of the
# 36 MB of tables on every call (about 30 ms a rerun) and each session's page context then
# pins its own copy (measured: 10 sessions added 487 MB). The tables are never modified
# in place: analysis functions derive new frames, and pandas' copy-on-write keeps those apart.
# The spinner's text is fixed when the module loads, before a reader's language is known: both languages.
@st.cache_resource(show_spinner="Loading the report tables… 正在载入报告数据…", max_entries=2)
def cached_report_data(processed_dir: str) -> ReportData:
    return load_report_data(Path(processed_dir)).prepared()


def get_data_or_stop() -> ReportData:
    """The processed tables, or a page that explains how to rebuild them (never a traceback)."""
    try:
        return cached_report_data(str(config.processed_dir()))
    except DataUnavailable as error:
        st.title(_("The report data could not be loaded"))
        st.error(str(error))
        st.markdown(_("From the repository root, rebuild the tables from the raw corpus, then reload this page:"))
        st.code("python -m dashboard.pipeline --corpus ../shared/corpus --out data/processed", language="bash")
        st.stop()
        raise  # st.stop() ends the script run; this line only satisfies type checkers


# Compositions keyed by the selection (a small frozen tuple of choices), shared by every session of the
# process like the tables they come from: going back to a view redraws it without recomputing it. They
# are read-only (presentation mode enlarges a copy of a figure), so sharing them is safe.
# The key is the inputs' repr, a short string: Streamlit's hasher walks a dataclass or a long tuple
# field by field on every rerun (measured with yappi: 30 ms a rerun for the selection and the cloud's
# weights), while the underscored arguments are not hashed at all.
@st.cache_resource(max_entries=256, show_spinner=False)
def _cached_composition(key: str, processed_dir: str, _compose: Callable, _selection: Selection, _extra: tuple):
    return _compose(cached_report_data(processed_dir), _selection, *_extra)


def composed(compose: Callable, selection: Selection, *extra):
    """compose(data, selection, *extra), a function of dashboard/compose.py, cached by its inputs."""
    selection = selection.for_composition(draws_cloud=compose in CLOUD_COMPOSITIONS)
    key = repr((compose.__name__, selection, extra))
    return _cached_composition(key, str(config.processed_dir()), compose, selection, extra)


# What a page derives from a composition's frame (its Arrow table, its lines of Markdown), by the frame's identity
# while it lives and a name. A composition's frames are the same objects on every rerun that shows them, so
# each is derived once: Streamlit converts a DataFrame to Arrow on every rerun (a third of the About page's
# rerun, measured with py-spy), and writing the rural story's lines took a tenth of the Overview's.
_DERIVED: dict[tuple[int, str], tuple[weakref.ref, object]] = {}


def derived_once(frame: object, name: str, derive: Callable):
    """derive(frame), made once per object (a frame, a figure, a composition) and name (the name says what else
    the result depends on)."""
    key = (id(frame), name)
    entry = _DERIVED.get(key)
    if entry is not None and entry[0]() is frame:
        return entry[1]
    value = derive(frame)
    # The table is bound now: at interpreter exit the module's globals are cleared before the last frames go.
    _DERIVED[key] = (weakref.ref(frame, lambda _gone, key=key, table=_DERIVED: table.pop(key, None)), value)
    return value


def _to_arrow(frame: pd.DataFrame) -> pa.Table | pd.DataFrame:
    try:
        return pa.Table.from_pandas(frame)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return frame  # a column Arrow cannot hold as it is: Streamlit's own conversion fixes the types


def arrow_table(frame: pd.DataFrame) -> pa.Table | pd.DataFrame:
    """The frame as the Arrow table st.dataframe would make of it, made once per frame object."""
    return derived_once(frame, "arrow", _to_arrow)


def show_table(frame: pd.DataFrame, **options) -> None:
    """st.dataframe of a frame, converted to Arrow once per frame object (options as st.dataframe's)."""
    st.dataframe(arrow_table(frame), **options)


# A resource, not cache_data: the PNG's bytes never change, and cache_data unpickles a copy on every rerun
# that shows the cloud (7% of a cached Overview rerun, measured with py-spy).
@st.cache_resource(max_entries=128, show_spinner=False)
def _cached_cloud_png(key: str, _weights: tuple[tuple[str, float], ...], max_words: int) -> bytes:
    return cloud.render_cloud_png(_weights, max_words)


def cached_cloud_png(weights: tuple[tuple[str, float], ...], max_words: int) -> bytes:
    """The cloud's PNG, drawn once per set of weights and size."""
    return _cached_cloud_png(repr(weights), weights, max_words)


def escape_markdown(text: str) -> str:
    """Report and user text shown through Markdown must never become markup."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def markdown_table(frame: pd.DataFrame, right_aligned: Collection[str] = ()) -> str:
    """A small table of text cells as Markdown, its cells escaped, the columns in right_aligned (numbers) set to the
    right. For short summaries drawn on every rerun: st.table converts its frame to Arrow each time (1.5 ms a table,
    half the About page's rerun with its ten tables), a Markdown string made once is sent as it is."""

    def row(cells) -> str:
        return "| " + " | ".join(escape_markdown(str(cell)) for cell in cells) + " |"

    rule = "|" + "|".join("---:" if column in right_aligned else "---" for column in frame.columns) + "|"
    return "\n".join([row(frame.columns), rule, *(row(cells) for cells in frame.itertuples(index=False))])


def paragraph_heading(data: ReportData, lang: str, row) -> tuple[str, str, str | None]:
    """What heads a paragraph wherever it is shown (a row of the paragraphs table): its citation, its section
    and its part's heading, None before the first heading (a missing value, not text)."""
    heading = row.heading if isinstance(row.heading, str) and row.heading else None
    return cite_paragraph(data, lang, int(row.year), int(row.para_id)), section_label(row.section_kind), heading


def highlight_html(text: str, pattern: re.Pattern[str] | None) -> str:
    """HTML with every match marked (static/layout.css colours it as Markdown's highlight); everything escaped."""
    if pattern is None:
        return html.escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        if match.start() == match.end():
            continue
        pieces += [html.escape(text[position : match.start()]), f"<mark>{html.escape(match.group(0))}</mark>"]
        position = match.end()
    return "".join([*pieces, html.escape(text[position:])])


def render_side_by_side(rows: list[tuple[str, str, str | None]]) -> None:
    """Texts beside their translations: (heading, text, translation) as HTML, the heading across both (the
    citation), translation None where the text stands alone. One element for them all, a row per pair that
    stacks on a phone (static/layout.css): each element a page draws costs every rerun, and twenty paragraphs
    in columns with a rule between them were 120 elements. st.html, not Markdown with HTML allowed: its HTML
    is sanitised in the browser."""
    cells = "".join(
        f'<div class="gwr-pair"><p class="gwr-cite">{heading}</p><div>{text}</div><div>{translation}</div></div>'
        if translation is not None
        else f'<div class="gwr-pair gwr-alone"><p class="gwr-cite">{heading}</p><div>{text}</div></div>'
        for heading, text, translation in rows
    )
    st.html(f'<div class="gwr-pairs">{cells}</div>')


STATIC_DIR = config.REPO_ROOT / "dashboard" / "static"


@cache
def _page_assets() -> tuple[str, str]:
    """The stylesheet and the script as the page gets them, read from disk once per process, not per rerun."""
    stylesheet = (STATIC_DIR / "layout.css").read_text(encoding="utf-8")
    script = (STATIC_DIR / "page.js").read_text(encoding="utf-8")
    return f"<style>{stylesheet}</style>", f"<script>{script}</script>"


def render_page_assets() -> None:
    """The page's layout rules (static/layout.css), and its script (static/page.js: the bundled font in
    charts exported from the toolbar; the sidebar closed after choosing a page on a phone), in the
    sidebar, where its empty block takes no room from the page."""
    stylesheet, script = _page_assets()
    st.html(stylesheet)
    st.sidebar.html(script, unsafe_allow_javascript=True)


def render_chart(chart: Chart, selection: Selection) -> None:
    """A chart, with its data viewable and downloadable as CSV beneath it."""
    # Enlarged once per composed figure: a copy with Plotly's validation was most of a presentation-mode rerun.
    figure = derived_once(chart.figure, "projector", enlarge_for_projector) if selection.presentation else chart.figure
    config = chart_config(selection.chart_format, file_stem(chart.key, selection))
    st.plotly_chart(figure, config=config, key=f"chart_{chart.key}")
    if selection.presentation:
        return
    # Drawn only when opened (on_change="rerun"): three data grids in closed expanders were half a second of the
    # Overview's first screen in the browser (measured with Playwright), for tables most readers never open.
    data_box = st.expander(_("Data behind this chart"), key=data_box_key(chart.key), on_change="rerun")
    if data_box.open:
        with data_box:
            show_table(chart.frame, hide_index=True, key=f"data_{chart.key}")
            render_csv_download(chart.frame, _("Download CSV"), chart.key, file_stem(chart.key, selection))


def data_box_key(chart_key: str) -> str:
    """The Session State key of a chart's data expander: True while it is open."""
    return f"data_open_{chart_key}"


def render_chart_or_note(composition, key: str, selection: Selection) -> None:
    """A composed chart, or the composition's note on why it is not drawn."""
    if key in composition.charts:
        render_chart(composition.charts[key], selection)
    elif key in composition.notes:
        st.info(composition.notes[key])


WIDEN_FILTERS = N_("Widen the filters in the sidebar (years, sections, themes or search).")


def render_empty(message: str, hint: str | None = None) -> None:
    """An empty state: what is missing, and what the reader can change here (pages say which filters apply;
    by default the sidebar's). Both already in the interface language."""
    st.info(f"{message} {_(WIDEN_FILTERS) if hint is None else hint}".strip())


def render_missing_notice(data: ReportData, selection: Selection) -> None:
    missing = missing_years(data, selection)
    if missing:
        st.info(
            _(
                "No {language} report in the corpus for {missing}: shown as missing, not as zero. "
                "{language} reports cover {have}."
            ).format(
                language=language_name(selection.lang),
                missing=format_years(missing),
                have=format_years(data.years(selection.lang)),
            )
        )


def render_selection(selection: Selection) -> None:
    """The selection in words; it holds the user's search, so it is escaped like any user text."""
    st.caption(_("Selection: {selection}").format(selection=escape_markdown(selection.describe())))


def render_page_heading(data: ReportData, selection: Selection, title: str) -> None:
    """Title, the selection in words, and the notice of selected years with no report."""
    st.title(title)
    render_selection(selection)
    render_missing_notice(data, selection)


def render_page_start(data: ReportData, selection: Selection, title: str) -> pd.DataFrame | None:
    """The heading and the filtered paragraphs; None (with an empty state) if none match."""
    render_page_heading(data, selection, title)
    paragraphs = filter_paragraphs(data, selection) if selection.years else None
    reason = empty_reason(selection, paragraphs)
    if reason:
        render_empty(reason)
        return None
    return paragraphs


def render_csv_download(frame: pd.DataFrame, label: str, name: str, file_name: str | None = None) -> None:
    """A CSV of a table, with a byte-order mark so spreadsheet programs read the Chinese as UTF-8. Written when
    the button is pressed, not on every rerun (a page draws several), and pressing it does not rerun the page."""
    st.download_button(
        label,
        lambda: frame.to_csv(index=False).encode("utf-8-sig"),
        file_name=f"{file_name or name}.csv",
        mime="text/csv",
        key=f"csv_{name}",
        on_click="ignore",
    )
