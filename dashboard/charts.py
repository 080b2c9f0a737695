"""Every Plotly figure of the dashboard: make_*_figure -> go.Figure, no Streamlit here."""

from __future__ import annotations

import html
import re
import textwrap

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.analysis.ledger import outcome_label
from dashboard.analysis.rural import figure_panels, link_label, milestones, panel_title, unit_name
from dashboard.analysis.selection import year_runs
from dashboard.analysis.targets import format_value
from dashboard.i18n import N_, _
from dashboard.vocabulary import section_label

FONT_FAMILY = "Noto Sans SC, Noto Sans CJK SC, sans-serif"
COLOURS = px.colors.qualitative.Safe + px.colors.qualitative.Vivid
MISSING_FILL = "rgba(150, 150, 150, 0.18)"
# Characters of a bar's label per line (two lines hold every theme's English name).
LABEL_WIDTH = 24
# Room right of the plot for the value of the longest bar: five digits at the presentation mode's size.
VALUE_MARGIN = 56
# Every figure's template, as the default: a figure takes the default as it is created for about a
# millisecond, while setting a template on a figure costs 15 ms each (a fifth of an Overview rerun).
pio.templates.default = "plotly_white"


def chart_config(download_format: str = "png", filename: str = "government-work-report-chart") -> dict:
    """Toolbar config: the camera button downloads PNG at 2x (slides) or SVG, named for what it shows."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": download_format, "scale": 2, "filename": filename},
    }


# Plotly never wraps a title, and a phone cuts what does not fit: titles are broken into lines of at most
# this many units (a Chinese character is two), which fit a phone's 360 px at the title's 18 px; the
# source line's 12 px text takes more.
TITLE_WIDTH = 34
AXIS_TITLE_WIDTH = 36
SOURCE_WIDTH = 56
LINE_HEIGHT = 22
WIDE_CHARACTER = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
TITLE_TOKEN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+")


# Closing punctuation never begins a line (it stays with the word before, past the width if need be).
NO_LINE_START = set("）)」』】〕》〉，,。.、：:；;！!？?”’")


def _title_lines(text: str, width: int) -> list[str]:
    """Greedy lines of at most `width` units, broken between words or between Chinese characters."""
    lines, line, used = [], "", 0
    for token in TITLE_TOKEN.findall(text):
        size = sum(2 if WIDE_CHARACTER.match(char) else 1 for char in token)
        if line.strip() and used + size > width and not token.isspace() and token[0] not in NO_LINE_START:
            lines.append(line.strip())
            line, used = "", 0
        line, used = line + token, used + size
    return [*lines, line.strip()]


def _title_text(text: str, width: int) -> tuple[str, int]:
    """The text as Plotly shows it (escaped: a title may hold typed terms, which must show as typed, and
    Plotly reads tags), and its number of lines."""
    lines = _title_lines(text, width)
    return "<br>".join(html.escape(line, quote=False) for line in lines), len(lines)


def _layout_of(title: str, height: int = 420) -> dict:
    """Every figure's title, font, height and margins, as a layout dict: a figure built in one go takes it whole."""
    text, lines = _title_text(title, TITLE_WIDTH)
    return {
        "title": {"text": text, "font": {"size": 18}},
        "font": {"family": FONT_FAMILY, "size": 13},
        "height": height + LINE_HEIGHT * (lines - 1),
        "margin": {"l": 10, "r": 10, "t": 70 + LINE_HEIGHT * (lines - 1), "b": 10},
        "legend": {"title": None},
    }


def _add_source_line(layout: dict, text: str) -> None:
    """The source and selection under the title: on the page, and in every exported image. Written into a
    figure's finished layout dict (freeze): an update_layout on the figure cost a tenth of composing the Overview."""
    text, lines = _title_text(text, SOURCE_WIDTH)
    extra = 18 * lines + 4
    title = layout.setdefault("title", {})
    title["subtitle"] = {"text": text, "font": {"size": 12, "color": "#6b6b6b"}}
    margin = layout.setdefault("margin", {})
    margin["t"] = (margin.get("t") or 70) + extra
    layout["height"] = (layout.get("height") or 420) + extra


def _bands(years, fill: str, yref: str) -> list[dict]:
    """A band behind each run of these years, on the x axis, from the bottom to the top of `yref` (a panel's
    "y domain", or "paper": every panel of a figure whose panels share their x axis)."""
    return [
        {
            "type": "rect",
            "xref": "x",
            "yref": yref,
            "x0": run[0] - 0.5,
            "x1": run[-1] + 0.5,
            "y0": 0,
            "y1": 1,
            "fillcolor": fill,
            "line": {"width": 0},
            "layer": "below",
        }
        for run in year_runs(years)
    ]


def year_bands(years, first: float, last: float) -> list[dict]:
    """A band behind each run of chosen years within first..last, from the top panel to the bottom one (the
    panels share their x axis): one shape per run, not add_vrect's one per panel (a third of the build)."""
    return _bands([year for year in years if first <= year <= last], "rgba(29, 120, 116, 0.10)", "paper")


def with_year_bands(figure: go.Figure, years) -> go.Figure:
    """A frozen figure of every year (the rural tracker) with the chosen years shaded: the shared figure's
    dict with bands added, not a copy of the figure (the figure is built once per language; bands per view)."""
    finished = figure.to_dict()
    first, last = finished["layout"]["xaxis"]["range"]
    layout = {**finished["layout"], "shapes": [*finished["layout"].get("shapes", ()), *year_bands(years, first, last)]}
    return _holding({**finished, "layout": layout})


def _holding(finished: dict) -> go.Figure:
    """An empty figure that hands Streamlit this finished dict as its own (see freeze): a view's variant of a
    shared figure, made from its dict without building and validating a figure again."""
    holder = go.Figure()
    object.__setattr__(holder, "to_dict", lambda: finished)  # plotly's __setattr__ takes only plot properties
    return holder


def freeze(figure: go.Figure, source: str | None = None) -> go.Figure:
    """The figure, finished (with the source line under its title, when given): its dict is made now, once.
    Streamlit calls to_dict() on every rerun that draws a figure, a deep copy of all of it (6 ms for the rural
    tracker); a composed figure is shared and never changed (presentation mode enlarges a copy, from this dict), so
    every rerun can be handed the same dict."""
    finished = figure.to_dict()
    if source is not None:
        _add_source_line(finished.setdefault("layout", {}), source)
    object.__setattr__(figure, "to_dict", lambda: finished)  # plotly's __setattr__ takes only plot properties
    return figure


def enlarge_for_projector(figure: go.Figure) -> go.Figure:
    """Presentation mode: larger text and a taller plot, same data. Written into a copy of the frozen figure's
    layout dict (the data shared, never changed): a Plotly figure made from the dict to update was a tenth of
    the server's time under 100 sessions, most of it validating the template again (py-spy)."""
    finished = figure.to_dict()
    layout = finished.get("layout", {})
    title = layout.get("title", {})
    subtitle = title.get("subtitle", {})
    margin = layout.get("margin", {})
    height = layout.get("height") or 420
    # The title and its source line grow by half: so does the room above the plot they sit in.
    top = margin.get("t") or 70
    enlarged = layout | {
        "font": layout.get("font", {}) | {"size": 20},
        "title": title
        | {
            "font": title.get("font", {}) | {"size": 28},
            "subtitle": subtitle | {"font": subtitle.get("font", {}) | {"size": 17}},
        },
        "height": int(height * 1.3) + top // 2,
        "margin": margin | {"t": int(top * 1.5)},
    }
    return _holding(finished | {"layout": enlarged})


def _wrap(text: str, width: int) -> str:
    return "<br>".join(textwrap.wrap(str(text), width=width)) if text else ""


def _missing_layout(missing: list[int]) -> dict:
    """Grey bands over years with no report, so a gap never reads as zero, explained once under the axis:
    a label on each band overlaps its neighbours wherever bands are close or the screen narrow."""
    if not missing:
        return {}
    bands = _bands(missing, MISSING_FILL, "y domain")
    return {"shapes": bands, "xaxis": {"title": {"text": _("Grey bands: years with no report"), "font": {"size": 11}}}}


def _year_axis_layout(years: list[int]) -> dict:
    """Whole years only, the axis exactly as wide as the years shown, every year labelled when they
    fit; the legend shows even for one line, under the plot, so on a phone it takes rows, not the
    width of the lines."""
    axis = {"tickformat": "d"}
    if len(years) <= 16:
        axis["dtick"] = 1
    if years:
        axis["range"] = [min(years) - 0.5, max(years) + 0.5]
    return {
        "xaxis": axis,
        "showlegend": True,
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": -0.14, "yanchor": "top"},
    }


def _merged(*layouts: dict) -> dict:
    """Layout dicts as one, later ones winning, an axis's or the legend's keys merged rather than replaced."""
    merged: dict = {}
    for layout in layouts:
        for key, value in layout.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = merged[key] | value
            else:
                merged[key] = value
    return merged


def _height_with_legend(traces: list, base: int = 420) -> int:
    """Room for a legend under the plot: on a phone it takes a row a line (about 20 px), two lines a
    row on a laptop; without it the plot would shrink to a strip."""
    return base + 11 * sum(1 for trace in traces if trace.name)


def _ranked_bars(
    frame: pd.DataFrame,
    value: str,
    label: str,
    title: str,
    x_title: str,
    colour: str | pd.Series,
    hovertemplate: str,
    customdata: list[str] | None = None,
    show_values: bool = False,
    row_height: int = 34,
) -> go.Figure:
    """Horizontal bars, largest at the top: the shape of every ranking on the dashboard."""
    frame = frame.sort_values(value)
    colours = colour if isinstance(colour, str) else colour.loc[frame.index]
    layout = _layout_of(title, height=max(320, row_height * len(frame) + 120))
    layout["xaxis"] = {"title": {"text": x_title}}
    if show_values:
        layout["margin"]["r"] = VALUE_MARGIN
    # Built in one go, its layout whole: each update_layout or update_xaxes walks the figure's properties by path
    # (three of them were 10 of a bar chart's 12 ms).
    return go.Figure(
        go.Bar(
            x=frame[value],
            # Long labels on two lines: on a phone one line would take the plot's width, and Plotly cuts
            # what does not fit on the left ("dustrial Internet and smart manufacturing").
            y=frame[label].map(lambda text: _wrap(text, LABEL_WIDTH)),
            orientation="h",
            marker_color=colours,
            text=frame[value].round(2) if show_values else None,
            textposition="outside" if show_values else None,
            # The longest bar's value sits past the axis' end: drawn in the right margin, not clipped ("21" as "2").
            cliponaxis=not show_values,
            customdata=frame[customdata] if customdata else None,
            hovertemplate=hovertemplate,
        ),
        layout=layout,
    )


def make_theme_bar_figure(totals: pd.DataFrame, value: str, title: str) -> go.Figure:
    return _ranked_bars(
        totals,
        value,
        "label",
        title,
        _("mentions") if value == "count" else _("mentions per 10,000"),
        COLOURS[0],
        _("%{y}: %{x} (%{customdata[0]} mentions)<extra></extra>"),
        customdata=["count"],
        show_values=True,
    )


def make_change_figure(change: pd.DataFrame, title: str) -> go.Figure:
    figure = _ranked_bars(
        change,
        "change",
        "label",
        title,
        _("change in mentions per 10,000"),
        _sign_colours(change["change"]),
        _("%{y}: %{customdata[0]} → %{customdata[1]} per 10,000 (%{x:+})<extra></extra>"),
        customdata=["previous_rate", "rate"],
    )
    figure.update_xaxes(zeroline=True)
    return figure


def make_top_terms_figure(top: pd.DataFrame, title: str) -> go.Figure:
    return _ranked_bars(
        top,
        "count",
        "term",
        title,
        _("occurrences"),
        COLOURS[1],
        "%{y}: %{x}<extra></extra>",
        show_values=True,
        row_height=22,
    )


def make_distinctive_figure(distinctive: pd.DataFrame, title: str) -> go.Figure:
    """Ranked z-scores; dark where the difference is significant, each bar labelled with both counts."""
    frame = distinctive.assign(
        counts=[
            _("{focus} vs {reference}").format(focus=f, reference=r)
            for f, r in zip(distinctive["focus_count"], distinctive["reference_count"], strict=True)
        ]
    )
    colours = pd.Series(
        [
            ("#2a9d8f" if z > 0 else "#e76f51") if significant else ("#a8dcd5" if z > 0 else "#f4c2b3")
            for z, significant in zip(frame["z"], frame["significant"], strict=True)
        ],
        index=frame.index,
    )
    figure = _ranked_bars(
        frame,
        "z",
        "term",
        title,
        _wrap(_("z-score (beyond ±1.96: significant at 5%)"), AXIS_TITLE_WIDTH),
        colours,
        _("%{y}: z = %{x:.2f} (%{customdata[0]} vs %{customdata[1]} mentions)<extra></extra>"),
        customdata=["focus_count", "reference_count"],
        row_height=22,
    )
    figure.update_traces(text=frame.sort_values("z")["counts"], textposition="auto", insidetextanchor="middle")
    return figure


def _year_lines(frame: pd.DataFrame, series_column: str, value: str, years: list[int]) -> list[go.Scatter]:
    """One line per series over all the years given; a year without a value breaks the line, never joins across it."""
    lines = []
    for index, (series_name, group) in enumerate(frame.groupby(series_column, sort=False)):
        series = group.set_index("year")[value].reindex(years)
        # A line starts where the term is first used: zeros before it would read as a term tracked
        # since 1954 (the data table beneath keeps them).
        used = series.fillna(0).gt(0)
        series = series.where(used.cummax())
        name = html.escape(str(series_name), quote=False)  # typed terms name series; Plotly reads tags in names
        lines.append(
            go.Scatter(
                x=series.index,
                y=series.values,
                name=name,
                mode="lines+markers",
                connectgaps=False,
                line={"color": COLOURS[index % len(COLOURS)]},
                hovertemplate=f"{name}<br>%{{x}}: %{{y}}<extra></extra>",
            )
        )
    return lines


# Values are written in the heatmap's cells while the cells are wide enough for them.
MAX_YEARS_WITH_VALUES = 20


def make_theme_trend_figure(by_year: pd.DataFrame, value: str, title: str) -> go.Figure:
    """Themes × years as a heatmap: every theme in one picture, the most mentioned at the top, a year with
    no report a grey band (no colour, never a zero). Twelve lines on one axis read as a tangle."""
    years = sorted(by_year["year"].unique())
    reported = by_year[by_year["status"] == "report"]
    order = reported.groupby("label", sort=False)[value].sum().sort_values(kind="stable").index.tolist()
    grid = by_year.pivot_table(index="label", columns="year", values=value, aggfunc="first", dropna=False)
    grid = grid.reindex(index=order, columns=years)
    unit = _("mentions") if value == "count" else _("mentions per 10,000")
    show_values = len(years) <= MAX_YEARS_WITH_VALUES
    missing = sorted(by_year.loc[by_year["status"] == "missing", "year"].unique())
    layout = _merged(
        _layout_of(title, height=max(320, 30 * len(order) + 150)),
        _missing_layout(missing),
        _year_axis_layout(years),
        {"showlegend": False},
    )
    # Built in one go, as the ranked bars are.
    return go.Figure(
        go.Heatmap(
            z=grid.to_numpy(dtype=float),
            x=years,
            y=[_wrap(label, LABEL_WIDTH) for label in grid.index],
            colorscale="Blues",
            zmin=0,
            xgap=1,
            ygap=1,
            text=grid.round(2).astype(object).where(grid.notna(), "").to_numpy() if show_values else None,
            texttemplate="%{text}" if show_values else None,
            colorbar={"title": {"text": unit, "side": "right"}, "thickness": 12},
            hovertemplate=f"%{{y}}<br>%{{x}}: %{{z}} {unit}<extra></extra>",
        ),
        layout=layout,
    )


def make_section_figure(by_section: pd.DataFrame, title: str) -> go.Figure:
    layout = _layout_of(title, height=max(320, 34 * len(by_section) + 120) + 11 * len(by_section.columns))
    # The legend under the plot: at the right it would take a phone's width from the labels.
    layout["legend"] = {"title": None, "orientation": "h", "x": 0, "xanchor": "left", "y": -0.12, "yanchor": "top"}
    labels = [_wrap(label, LABEL_WIDTH) for label in by_section.index]
    bars = []
    for index, kind in enumerate(by_section.columns):
        label = section_label(kind)
        bars.append(
            go.Bar(
                y=labels,
                x=by_section[kind],
                name=label,
                orientation="h",
                marker_color=COLOURS[index],
                hovertemplate=f"%{{y}} · {label}: %{{x}}<extra></extra>",
            )
        )
    # Built in one go, as the ranked bars are.
    return go.Figure(bars, layout=layout | {"barmode": "stack", "xaxis": {"title": {"text": _("mentions")}}})


def _sign_colours(values: pd.Series) -> pd.Series:
    """Green for a rise (or the focus side), red for a fall, grey for no change; indexed like the values."""
    return values.map(lambda value: "#2a9d8f" if value > 0 else ("#e76f51" if value < 0 else "#999999"))


def make_term_trend_figure(
    occurrences: pd.DataFrame, missing: list[int], title: str, value: str = "occurrences"
) -> go.Figure:
    """Typed terms year by year, as counts or per 10,000 (`value`), with the years without a report shaded."""
    years = sorted(set(occurrences["year"]) | set(missing))
    lines = _year_lines(occurrences, "term", value, years)
    y_title = _("occurrences") if value == "occurrences" else _("occurrences per 10,000")
    layout = _merged(
        _layout_of(title, _height_with_legend(lines)),
        _missing_layout(missing),
        _year_axis_layout(years),
        {"yaxis": {"title": {"text": y_title}, "rangemode": "tozero"}},
    )
    return go.Figure(lines, layout=layout)  # built in one go, as the ranked bars are


# The rural tracker's marks: a target is hollow, a result is filled; a figure for a plan period is a span.
RURAL_ROLE_STYLE = {
    "target": {"colour": "#1d7874", "point": "circle-open", "milestone": "diamond-open", "dash": "dash"},
    "result": {"colour": "#e07a24", "point": "circle", "milestone": "diamond", "dash": "solid"},
}
# Pixels: a panel of figures, a row of the milestone timeline, the gap that holds a panel's title and
# year ticks, and the top margin that holds the chart's title and legend.
RURAL_PANEL_HEIGHT = 120
RURAL_MILESTONE_ROW_HEIGHT = 21
RURAL_PANEL_GAP = 58
RURAL_TOP = 150


def _rural_hover(rows: pd.DataFrame) -> list[str]:
    """Each point's text: what it is, its figure, where the report states it (the citation, with the
    paragraph in the other language where there is one), and the sentence."""
    with_figure = _("<b>{refers} · {kind}</b>: {figure}<br>{citation}<br>{sentence}")
    without = _("<b>{refers} · {kind}</b><br>{citation}<br>{sentence}")
    # The five columns zipped: itertuples takes every column of the wide statements table, a third of the tracker.
    columns = (rows["refers"], rows["kind_label"], rows["figure"], rows["citation"], rows["sentence"])
    return [
        (with_figure if figure else without).format(
            refers=refers, kind=kind, figure=figure, citation=citation, sentence=_wrap(sentence, 48)
        )
        for refers, kind, figure, citation, sentence in zip(*columns, strict=True)
    ]


# The tracker's legend: what a mark is, by role and by scale (a year, a plan period, no figure).
RURAL_LEGEND = {
    ("target", "annual"): N_("target for one year"),
    ("result", "annual"): N_("result for one year"),
    ("target", "multi-year"): N_("target over a plan period"),
    ("result", "multi-year"): N_("result over a plan period"),
    ("target", "milestone"): N_("goal without a figure"),
    ("result", "milestone"): N_("reached (no figure)"),
}


def _rural_trace(
    rows: pd.DataFrame, role: str, mark: str, legend_name: str, shown: set[str], y: list, row_number: int
) -> go.Scatter:
    style = RURAL_ROLE_STYLE[role]
    symbol = style["milestone" if mark == "milestone" else "point"]
    trace = go.Scatter(
        x=rows["refers_to"],
        y=y,
        mode="markers",
        name=legend_name,
        legendgroup=legend_name,
        showlegend=legend_name not in shown,
        marker={"size": 12, "symbol": symbol, "color": style["colour"], "line": {"width": 2, "color": style["colour"]}},
        hovertext=_rural_hover(rows),
        hoverinfo="text",
        **_row_axes(row_number),
    )
    shown.add(legend_name)
    return trace


def _axis_suffix(row_number: int) -> str:
    """How Plotly names the axes of a one-column grid's row: x and y for the first, x2 and y2 for the second..."""
    return "" if row_number == 1 else str(row_number)


def _stacked_panels(heights: list[int], gap: float, titles: list[str], x_axis: dict) -> dict:
    """The layout of panels stacked in one column (the first at the top), their x axes matching the bottom
    one's, each with its title at its top left: what make_subplots(rows, cols=1, shared_xaxes=True) lays
    out, written as a dict. make_subplots builds and validates a figure and every axis property by its path
    (with the updates after it, most of the rural tracker's composition)."""
    room = 1 - gap * (len(heights) - 1)  # the share of the plot area the panels take, the gaps the rest
    bottom = _axis_suffix(len(heights))
    layout: dict = {"annotations": []}
    top = 1.0
    for row_number, (height, title) in enumerate(zip(heights, titles, strict=True), start=1):
        suffix = _axis_suffix(row_number)
        low = top - room * height / sum(heights)
        layout[f"xaxis{suffix}"] = {"anchor": f"y{suffix}", "domain": [0.0, 1.0], **x_axis}
        if suffix != bottom:
            layout[f"xaxis{suffix}"]["matches"] = f"x{bottom}"
        layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "domain": [max(low, 0.0), top]}
        layout["annotations"].append(
            {
                "font": {"size": 13},
                "showarrow": False,
                "text": title,
                "x": 0,
                "xanchor": "left",
                "xref": "paper",
                "y": top,
                "yanchor": "bottom",
                "yref": "paper",
            }
        )
        top = low - gap
    return layout


def _row_axes(row_number: int) -> dict:
    """A trace's axes on this row's panel of a one-column grid (_stacked_panels)."""
    suffix = _axis_suffix(row_number)
    return {"xaxis": f"x{suffix}", "yaxis": f"y{suffix}"}


def make_rural_tracker_figure(statements: pd.DataFrame, title: str) -> go.Figure:
    """One panel per link, scale and unit; then each link's milestones without a figure, a labelled row each.

    A figure sits at the year it is about (a 2016 result stated in the 2017 report sits at 2016);
    a total over a plan period is a span across the years it covers, in a panel of its own.
    """
    panels = figure_panels(statements)
    titles = [panel_title(link, scale) for link, scale, _unit in panels]
    # Milestones: a panel per link, a row per milestone label (its markers are the years the reports
    # name it), so every label is written once at the side and none can pile up on any screen width.
    marked = milestones(statements)
    marked = marked.assign(row_label=marked["label"].fillna(marked["quote"].str.slice(0, 12)))
    milestone_rows = {
        link: list(dict.fromkeys(group.sort_values("refers_to")["row_label"]))
        for link, group in marked.groupby("link", sort=False)
    }
    titles += [_("{link} · milestones").format(link=link_label(link)) for link in milestone_rows]
    rows = len(titles)
    heights = [RURAL_PANEL_HEIGHT] * len(panels)
    heights += [RURAL_MILESTONE_ROW_HEIGHT * len(labels) + 20 for labels in milestone_rows.values()]
    plot_area = sum(heights) + RURAL_PANEL_GAP * (rows - 1)
    # Traces and axes are gathered and the figure built at once: one add_trace or update_yaxes per panel (each
    # validated and laid out again) was most of the tracker's 0.3-0.5 s composition.
    shown: set[str] = set()
    traces: list[go.Scatter] = []
    axes: dict[str, dict] = {}
    for row_number, (link, scale, unit) in enumerate(panels, start=1):
        panel = statements[(statements["link"] == link) & (statements["scale"] == scale) & (statements["unit"] == unit)]
        for role, points in panel.groupby("role"):
            style = RURAL_ROLE_STYLE[role]
            if scale == "annual":
                name = _(RURAL_LEGEND[role, "annual"])
                traces.append(_rural_trace(points, role, "point", name, shown, points["value"], row_number))
                continue
            name = _(RURAL_LEGEND[role, "multi-year"])
            # Every span of the panel and role in one trace, broken by None, as the lifecycles' lines are: a trace
            # per span made the Chinese tracker 41 traces where 35 draw the same.
            xs: list = []
            ys: list = []
            for refers_from, refers_to, value in zip(
                points["refers_from"], points["refers_to"], points["value"], strict=True
            ):
                xs += [refers_from - 0.4, refers_to + 0.4, None]
                ys += [value, value, None]
            spans = go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": style["colour"], "width": 5, "dash": style["dash"]},
                name=name,
                legendgroup=name,
                showlegend=name not in shown,
                hoverinfo="skip",
                **_row_axes(row_number),
            )
            traces.append(spans)
            shown.add(name)
            # A marker at the middle of each span carries its hover text.
            middle = points.assign(refers_to=(points["refers_from"] + points["refers_to"]) / 2)
            traces.append(_rural_trace(middle, role, "point", name, shown, points["value"], row_number))
        axes[f"yaxis{_axis_suffix(row_number)}"] = {
            "title": {"text": unit_name(unit), "font": {"size": 11}},
            "rangemode": "tozero",
            "tickformat": "~s" if unit != "%" else None,
        }
    for row_number, (link, labels) in enumerate(milestone_rows.items(), start=len(panels) + 1):
        for role, points in marked[marked["link"] == link].groupby("role"):
            name = _(RURAL_LEGEND[role, "milestone"])
            traces.append(_rural_trace(points, role, "milestone", name, shown, points["row_label"], row_number))
        axes[f"yaxis{_axis_suffix(row_number)}"] = {
            "type": "category",
            "categoryorder": "array",
            "categoryarray": labels[::-1],
        }
    first = int(statements["refers_from"].min()) if len(statements) else 1990
    last = int(statements["refers_to"].max()) if len(statements) else 2026
    x_axis = {"range": [first - 0.8, last + 0.8], "tickformat": "d", "showticklabels": True}
    grid = _stacked_panels(heights, RURAL_PANEL_GAP / plot_area if rows > 1 else 0, titles, x_axis)
    height = plot_area + RURAL_TOP + 10
    # Title and legend at fixed pixel offsets from the top, above the first panel's title: the
    # legend never covers a point and wraps into rows on a phone.
    placed = {
        "title": {"yref": "container", "y": 1 - 16 / height, "yanchor": "top"},
        "legend": {"orientation": "h", "yref": "container", "y": 1 - 52 / height, "yanchor": "top", "x": 0},
        "margin": {"t": RURAL_TOP},
    }
    panels_layout = grid | {name: grid[name] | axis for name, axis in axes.items()}
    return go.Figure(traces, layout=_merged(panels_layout, _layout_of(title, height=height), placed))


def make_ledger_figure(ledger: pd.DataFrame, title: str) -> go.Figure:
    """One metric across years: the target (a band for ranges) against the reported outcome."""
    frame = ledger[ledger["target"] != ""]
    statuses = {"met": "#2a9d8f", "missed": "#e76f51"}
    high = frame["target_high"].fillna(frame["target_value"])
    target_range = go.Bar(
        x=frame["year"],
        y=high - frame["target_value"],
        base=frame["target_value"],
        name=_("target range"),
        marker_color="rgba(42, 157, 143, 0.35)",
        width=0.5,
        hoverinfo="skip",
    )
    target = go.Scatter(
        x=frame["year"],
        y=frame["target_value"],
        mode="markers",
        name=_("target"),
        marker={"symbol": "line-ew-open", "size": 26, "line": {"width": 3, "color": "#2a9d8f"}},
        # The target in words already holds its modifier ("around 6.5%").
        customdata=frame[["target"]],
        hovertemplate=_("%{x} target: %{customdata[0]}<extra></extra>"),
    )
    reported = ledger[ledger["outcome_value"].notna()]
    colours = [statuses.get(status, "#8d99ae") for status in reported["outcome"]]
    outcomes = pd.DataFrame(
        {
            "status": reported["outcome"].map(outcome_label),
            "reported": reported["outcome_year"],
            # The row's unit is the target's: an outcome in another unit ("not comparable") shows its number alone.
            "figure": [
                format_value(value, None, unit if status != "not comparable" else "count", modifier)
                for value, unit, modifier, status in zip(
                    reported["outcome_value"],
                    reported["unit"],
                    reported["outcome_modifier"],
                    reported["outcome"],
                    strict=True,
                )
            ],
        }
    )
    outcome = go.Scatter(
        x=reported["year"],
        y=reported["outcome_value"],
        mode="markers",
        name=_("outcome (next report)"),
        marker={"size": 12, "color": colours},
        customdata=outcomes,
        hovertemplate=_("%{x} outcome: %{customdata[2]} — %{customdata[0]} (reported %{customdata[1]})<extra></extra>"),
    )
    layout = _merged(
        _year_axis_layout(sorted(int(year) for year in ledger["year"].unique())),
        {"yaxis": {"rangemode": "tozero", "tickformat": ","}},
        _layout_of(title),
    )
    return go.Figure([target_range, target, outcome], layout=layout)  # built in one go, as the ranked bars are


def make_lifecycle_figure(counts: pd.DataFrame, lifecycles: pd.DataFrame, missing: list[int], title: str) -> go.Figure:
    """A timeline per term: a line from first to last appearance, a dot per year sized by occurrences."""
    order = list(lifecycles["term"])
    # Every term's first-to-last line in one trace (None breaks it): dozens of traces cost a rerun dearly.
    xs, ys = [], []
    for row in lifecycles.itertuples(index=False):
        xs += [row.first, row.last, None]
        ys += [row.term, row.term, None]
    spans = go.Scatter(
        x=xs, y=ys, mode="lines", line={"color": "#bbbbbb", "width": 2}, showlegend=False, hoverinfo="skip"
    )
    present = counts[(counts["occurrences"] > 0) & counts["term"].isin(order)]
    dots = go.Scatter(
        x=present["year"],
        y=present["term"],
        mode="markers",
        name=_("occurrences"),
        marker={"size": present["occurrences"].clip(upper=20) * 2 + 6, "color": COLOURS[0], "line": {"width": 0}},
        customdata=present[["occurrences"]],
        hovertemplate="%{y} · %{x}: %{customdata[0]}<extra></extra>",
    )
    layout = _merged(
        {"xaxis": {"tickformat": "d", "title": None}},
        _missing_layout(missing),
        {"yaxis": {"categoryorder": "array", "categoryarray": order[::-1], "title": None}},
        _layout_of(title, height=max(360, 26 * len(order) + 140)),
    )
    return go.Figure([spans, dots], layout=layout)  # built in one go, as the ranked bars are
