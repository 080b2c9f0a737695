"""Rural connectivity: every commitment and result about connecting villages, 1990–2026."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from dashboard.analysis.citation import counterpart_header
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, join_list
from dashboard.compose import Tracker, compose_rural_story, compose_rural_tracker, rural_selection, shade_years
from dashboard.filters import FILTER
from dashboard.i18n import N_, _, interface_language, ngettext
from dashboard.views.common import (
    composed,
    derived_once,
    escape_markdown,
    render_chart,
    render_csv_download,
    render_missing_notice,
    show_table,
)
from dashboard.views.links import page_link
from dashboard.views.widgets import draw
from dashboard.vocabulary import RURAL_LINK_METRICS, RURAL_SPAN, language_name, metric_label, rural_link_label

STORY_HEADING = N_("Fibre and broadband to villages")
# Column headers of the statements table on screen (the CSV keeps these names).
STATEMENT_HEADERS = {
    "about": N_("about"),
    "link": N_("link"),
    "kind": N_("kind"),
    "figure": N_("figure"),
    "sentence": N_("sentence"),
    "translation": N_("translation"),
    "report": N_("report"),
    "paragraph": N_("paragraph"),
    "reading note": N_("reading note"),
}


def _role(role: str) -> str:
    """A statement's role in a word: a goal set, or a result reached."""
    return _("goal") if role == "target" else _("reached")


def _story_line(row, lang: str) -> str:
    """One statement of the fibre and broadband story (rural_story with its citations): when, what kind,
    the words, and where they are."""
    source = row.citation
    if row.lang != lang:
        source = _("{citation}, Chinese report (no English translation in the corpus)").format(citation=source)
    return _("**{refers}** · {link} · {role}: {quote} *({source})*").format(
        refers=row.refers,
        link=rural_link_label(row.link),
        role=_role(row.role),
        quote=escape_markdown(row.quote),
        source=source,
    )


def _story_lines(story: pd.DataFrame, selection: Selection) -> list[tuple[int, str]]:
    """(year, line) of every statement, written once per composed story and language (derived_once)."""
    return derived_once(
        story,
        f"story lines {selection.lang} {interface_language()}",
        lambda frame: [(row.year, _story_line(row, selection.lang)) for row in _story_rows(frame)],
    )


# The selected reports' own statements, above the Overview's charts: at most this many, the latest.
HEADLINE_STATEMENTS = 3


def render_story_headline(story: pd.DataFrame, selection: Selection) -> None:
    """What the selected reports say about fibre and broadband for villages, first on the page, so a
    phone's first screen holds the 2016 fibre target beside the themes. The whole story follows."""
    chosen = [line for year, line in _story_lines(story, selection) if year in selection.years][-HEADLINE_STATEMENTS:]
    if chosen:
        st.markdown("\n".join(f"- :primary-background[{line}]" for line in chosen))


def render_story(story: pd.DataFrame, selection: Selection, heading: str) -> None:
    """The headline story in context: what came before and after the 2016 fibre target, whatever years are chosen."""
    st.subheader(heading)
    st.caption(
        _(
            "Every statement on fibre and broadband for villages, in the report's words, read by hand "
            "(statements that only list infrastructure are left out). Years chosen in the sidebar are highlighted."
        )
    )
    # The selected years' statements highlighted, as in the headline.
    st.markdown(
        "\n".join(
            f"- :primary-background[{line}]" if year in selection.years else f"- {line}"
            for year, line in _story_lines(story, selection)
        )
    )


def _story_rows(story: pd.DataFrame):
    """The story's rows with only the columns a line uses: itertuples of the whole frame costs ms a rerun."""
    return story[["year", "lang", "refers", "link", "role", "quote", "citation"]].itertuples(index=False)


def composed_story(selection: Selection) -> pd.DataFrame:
    """The rural story's composition: every year, in the reports' and the interface's languages."""
    return composed(compose_rural_story, rural_selection(selection))


def composed_tracker(selection: Selection, links: Sequence[str]) -> Tracker | None:
    """The tracker's composition, once per language and links; the chosen years are shaded on it as it is drawn."""
    return composed(compose_rural_tracker, rural_selection(selection), tuple(links))


def render_rural(data: ReportData, selection: Selection) -> None:
    st.title(_("Rural connectivity, {first}–{last}").format(first=RURAL_SPAN[0], last=RURAL_SPAN[1]))
    language = language_name(selection.lang)
    st.caption(
        _(
            "{language} reports · all years: this page always shows the whole record, with the years chosen in the "
            "sidebar shaded. Sections, themes and search do not apply. Source: the hand-read list of "
            "rural-connectivity statements in data/gold/rural.csv, tied to each report's text."
        ).format(language=language)
    )
    render_missing_notice(data, selection)
    render_story(composed_story(selection), selection, _(STORY_HEADING))

    links = draw(FILTER["rural_links"], data)
    tracker = composed_tracker(selection, links)
    if tracker is None:
        st.info(_("No statement about these links in the reports. Choose more links above."))
        return
    if tracker.chart is None:
        st.info(
            _(
                "These links are named only in lists of infrastructure, with no figure: nothing to chart. "
                "The statements are in the table below."
            )
        )
    else:
        render_chart(shade_years(tracker.chart, selection.years), selection)
    statements, table = tracker.statements, tracker.table
    _render_milestones(tracker.milestones)
    stated = set(statements["link"])  # once: in the comprehension's condition it was built again for every link
    absent = [rural_link_label(link) for link in links if link not in stated]
    if absent:
        st.caption(
            _("No statement in the {language} reports about: {links}.").format(
                language=language, links=join_list(absent)
            )
        )
    _render_ledger_links(links)

    st.subheader(_("Every statement"))
    st.caption(
        ngettext(
            "{count} statement. A figure is placed at the year it is about; the report and paragraph (¶) that state "
            "it are in the last columns. The translation is the aligned sentence of the other language (2008–2022).",
            "{count} statements. A figure is placed at the year it is about; the report and paragraph (¶) that state "
            "it are in the last columns. The translation is the aligned sentence of the other language (2008–2022).",
            len(table),
        ).format(count=len(table))
    )
    show_table(
        table,
        hide_index=True,
        key="rural_table",
        column_config={column: _(header) for column, header in STATEMENT_HEADERS.items()}
        | {"other language's paragraph": counterpart_header(selection.lang)},
    )
    render_csv_download(table, _("Download CSV"), "rural-connectivity")


def _render_milestones(marked: pd.DataFrame) -> None:
    """Every milestone with the report's own words, link by link (the chart's rows name them in short)."""
    if marked.empty:
        return
    with st.expander(
        _("Milestones without a figure ({count}), link by link").format(count=len(marked)), expanded=False
    ):
        # Plain lists, not a groupby of the wide frame and its itertuples: a tenth of the time (9 ms a rerun).
        by_link: dict[str, list[str]] = {}
        columns = ("link", "refers", "role", "quote", "citation")
        for link, refers, role, quote, citation in zip(*(marked[column].tolist() for column in columns), strict=True):
            by_link.setdefault(link, []).append(
                _("**{refers}** {role}: {quote} *({source})*").format(
                    refers=refers, role=_role(role), quote=escape_markdown(quote), source=citation
                )
            )
        for link, items in by_link.items():
            st.markdown(
                _("**{link}**: {milestones}").format(
                    link=escape_markdown(rural_link_label(link)), milestones=" · ".join(items)
                )
            )


def _render_ledger_links(links: list[str]) -> None:
    """Yearly batches (villages connected, km built) have a ledger: target against that year's result."""
    for link in links:
        if link in RURAL_LINK_METRICS:
            # The ledger's metric box is bound to the URL by its label in the interface language.
            label = metric_label(RURAL_LINK_METRICS[link])
            page_link(
                "ledger",
                _("Target ledger: {metric}").format(metric=label),
                ":material/fact_check:",
                {"ledger_metric": label},
            )
