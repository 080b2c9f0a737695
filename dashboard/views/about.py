"""About the data: coverage, provenance, method and known gaps."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import Selection, format_years
from dashboard.compose import About, compose_about, interface_selection
from dashboard.i18n import N_, _, format_count, format_share, interface_language
from dashboard.lexicon import theme_labels
from dashboard.views.common import (
    composed,
    derived_once,
    markdown_table,
    render_csv_download,
    render_empty,
    show_table,
)
from dashboard.vocabulary import LANGUAGES, language_name

# Each bullet and paragraph is one message: a translator sees a whole thought, and Markdown stays per message.
KNOWN_GAPS = (
    N_(
        "**English 2009 and 2023–2026 are missing** (no complete copy was found; partial copies of 2024–2026 are not "
        "used). Years before 1978 have long gaps: **no report was given in 1961, 1963, 1965–1974 or 1976–1977**, and "
        "**1962's report (Zhou Enlai, to the 2nd NPC's 3rd session) was never published**, so there is no text for it."
    ),
    N_(
        "**Chinese 2007 and 2023** come from Wikisource (2007 sections 一–五 checked against the gov.cn text paragraph "
        "for paragraph; 2023 is the final text adopted by the congress)."
    ),
    N_("`aligned/GR2009.tmx` lacks the English of section II, so 2009 has Chinese sentences without translation."),
    N_("**1964 is the officially published summary (摘要)**, not a full text."),
    N_(
        "**1955, 1956, 1958, 1960, 1980 and 1991 are not the Premier's own report**: gov.cn lists a plan or budget "
        "report as that year's report, delivered by a Vice Premier or the planning chief (who, in the provenance table "
        "below and on the Read page). The 1954 header gives 23 May 1954 as the date; the report was delivered in "
        "September 1954."
    ),
    N_(
        "The Chinese 2026 text has no title and date block; its first two paragraphs come from a second source "
        "(marked *partial*)."
    ),
    N_(
        "The English of 2014, 2015 and 2020 follows the version delivered on the day; the final Chinese text differs "
        "slightly."
    ),
    N_(
        "Heading styles differ by era; reports before about 1978 have few or no numbered headings, so which part a "
        "paragraph belongs to is read from its words (how well: see *How far to trust the extracted facts*)."
    ),
)

METHOD = (
    N_(
        "**Paragraphs** are the lines of the source files; `¶` numbers are 1-based line numbers, so every figure "
        "traces back. The Chinese and English versions number their paragraphs apart, so where a year's two versions "
        "are aligned (2008–2022) a citation gives both: 2016 report ¶59 (Chinese ¶60), the other number being the "
        "paragraph that holds most of the paragraph's aligned sentences. A table of contents at the head of a report (1955) and notes or glyph annotations (1956, 1959) "
        "are kept but marked *other*; a file that holds its report twice stops the build."
    ),
    N_(
        "**Sections** (review of the past year, plan and targets, this year's tasks, closing, other) are read from "
        "each paragraph's words (past results, goals, work to do; `data/lexicon/section_cues.toml`) together with the "
        "heading of its part, and decided for the whole report at once so that a report reads as a few runs rather "
        "than a flicker. The past year's diplomacy that opens a foreign-affairs part is a review."
    ),
    N_(
        "**Numbers** are read in every form the reports use: full-width digits and separators (１，０００), spaced "
        'digits (1998\'s "8 ％"), Chinese numerals (百分之八, 八千亿元, 四亿零七百多万吨, with cn2an), ranges (6%－6.5%, '
        '"6-6.5 percent"); years, dates, ordinals and list numbers are never read as amounts.'
    ),
    N_(
        "**Segmentation**: Chinese with jieba plus the project's user dictionary of policy terms (互联网+, "
        "跨境电子商务, 大众创业 … stay whole); English with NLTK's Punkt sentence splitter and Treebank word tokenizer."
    ),
    N_(
        "**Stopwords**: one list per language (`data/lexicon/stopwords_*.txt`), applied once in the pipeline; "
        "one-character Chinese tokens and tokens without a letter are dropped too."
    ),
    N_(
        "**Theme counts**: Chinese terms are literal occurrences, as the press counts them; English terms are "
        "case-insensitive whole words or phrases. Text and terms are compared in NFKC form, so 互联网＋ and 互联网+ are "
        "one term. Within a theme an occurrence is counted once, for the longest term covering it. Normalised counts "
        "are per 10,000 characters (Chinese) or words (English) of the selected paragraphs."
    ),
    N_(
        "**Targets** are all numbers with units, with the modifier the text puts on them (around, at least, within…), "
        "a kind (annual target, multi-year target, achievement) from the time the sentence speaks of, and a category "
        "from the words of the clause (`data/lexicon/categories.toml`)."
    ),
    N_(
        "**Key figures** are the headline targets each report sets for its year and the outcomes its review gives for "
        "the year before, for the metrics in `data/lexicon/metrics.toml` (GDP, GNP and gross output growth, consumer "
        "and retail prices, new urban jobs, registered and surveyed unemployment, energy intensity, grain, deficit, "
        "M2, trade, investment, retail sales, villages connected to fibre, rural roads)."
    ),
    N_(
        "**Target ledger**: each year's key-figure target against the outcome the next report gives for that year. "
        "Met / missed only where both are in the same unit, following the phrasing (at least, at most, around ±0.2 "
        "points, range); raised / lowered against the year before (ranges by their middle); a yearly batch of new "
        "work (villages connected, km of rural roads) is a *new batch*, never lowered. A year without a target still "
        "shows its outcome."
    ),
    N_(
        "**Distinctive words**: log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), "
        "the prior being each word's share of all reports of the language (worth 10,000 words); reported as "
        "z-scores, positive for the focus years, |z| ≥ 1.96 significant at 5%. Slogans the focus years use and the "
        "others never do are listed beside them, since a new slogan is often too rare to be significant."
    ),
    N_(
        "**Concordance**: the rendering of a term is read from a word alignment of all aligned sentence pairs "
        "(eflomal, nine runs voted): in each pair, the other language's words linked to the term as one phrase (what "
        "the quotation marks enclose, where the term is quoted); per "
        "year, the phrase most of the year's phrases contain, among them and the phrases the translation gives the "
        "term whole in two or more sentences of any year; a rendering that stops inside a name in capitals goes on "
        "to the name's end (Twelfth Five-Year Plan). Where no word is linked, the term's recurring phrase is named if "
        "most of the year's sentences hold it, and otherwise no rendering is named."
    ),
)

# Column headers on screen (the tables and their CSV keep these names; the reader sees them translated).
COVERAGE_HEADERS = {"year": N_("year"), "aligned_pairs": N_("aligned pairs")}
PROVENANCE_HEADERS = {
    "doc_id": N_("report"),
    "title": N_("title"),
    "delivered": N_("delivered"),
    "speaker": N_("speaker"),
    "speaker_title": N_("speaker's title"),
    "speaker_role": N_("role"),
    "completeness": N_("completeness"),
    "n_chars": N_("characters"),
    "source": N_("source"),
    "source_note": N_("source note"),
    "official_url": N_("official URL"),
}
TRUST_HEADERS = {
    "language": N_("language"),
    "era": N_("era"),
    "kind": N_("kind"),
    "precision": N_("precision"),
    "recall": N_("recall"),
    "hand-read": N_("hand-read"),
    "extracted": N_("extracted"),
    "right": N_("right"),
    "share all right": N_("share all right"),
    "report-years": N_("report-years"),
    "all right": N_("all right"),
    "accuracy": N_("accuracy"),
    "readers agree": N_("two readers agree"),
    "accuracy where readers agree": N_("accuracy where they agree"),
    "right by either reader": N_("right by either reader"),
    "reports": N_("reports"),
    "paragraphs": N_("paragraphs"),
    "read twice": N_("paragraphs read twice"),
    "hand-read statements": N_("hand-read statements"),
    "found in targets": N_("found in targets"),
    "labelled rural connectivity": N_("labelled rural connectivity"),
    "metric": N_("metric"),
    "share right": N_("share right"),
    "years stated": N_("years stated"),
    "theme": N_("theme"),
    "hits read": N_("hits read"),
    "both languages": N_("both languages"),
    "pairs": N_("pairs"),
    "both": N_("both"),
    "Chinese only": N_("Chinese only"),
    "English only": N_("English only"),
    "field": N_("field"),
    "terms": N_("terms"),
    "term-years": N_("term-years"),
    "named": N_("named"),
    "figures drawn": N_("figures drawn"),
    "amounts": N_("amounts"),
    "in its unit": N_("in its unit"),
    "other figures read as amounts": N_("other figures read as amounts"),
}
PERCENT_COLUMNS = (
    "precision",
    "recall",
    "accuracy",
    "readers agree",
    "accuracy where readers agree",
    "right by either reader",
    "share all right",
    "found in targets",
    "in its unit",
    "labelled rural connectivity",
    "share right",
    "both languages",
)
TRUST_TABLES = (
    (N_("Key figures: targets and outcomes, by language and era"), "key_figures"),
    (N_("Report-years whose main annual targets are all right (value, range and modifier)"), "report_years"),
    (N_("Target ledger, headline metrics: target and outcome both right, per year stated"), "ledger"),
    (N_("Section of each paragraph, by era"), "sections"),
    (
        N_(
            "Section of each paragraph: the reports a second reader read again, blind to the first (where the two "
            "differ, more readers decided, and the accuracy above is measured against their decision)"
        ),
        "sections_readers",
    ),
    (N_("Rural-connectivity statements with a figure"), "rural"),
    (
        N_(
            "Targets table: a random sample of {targets_sample} rows read by hand, and read again by a second "
            "reader, blind to the first (where the two differ, more readers decided)"
        ),
        "targets_sample",
    ),
    (
        N_(
            "Targets table, what it holds: {targets_recall} figures drawn at random from the reports' text (every "
            "number written in digits, every Chinese numeral of two characters or more and every English number word "
            "from ten up had the same chance), read by hand, and read again by a second reader, blind to the first; of "
            "those that are amounts, the share the table holds (a row of their paragraph with their value), and how "
            "many of the others (years, list numbers, names) it reads as amounts"
        ),
        "targets_recall",
    ),
    (N_("Themes: counted hits read by hand (up to 25 per theme and language, every era)"), "theme_hits"),
    (
        N_(
            "Themes in the two languages: aligned sentence pairs 2008–2022 where a theme is found in either "
            "language, and where in both (the rest is how the translation words it, or a term list still missing it)"
        ),
        "theme_languages",
    ),
    (
        N_(
            "Bilingual concordance: the rendering named per term and year against the official one read by hand "
            "({rendering_terms} policy terms, every year 2008–2022 they are used; a second reader read them all "
            "again, blind to the first, and where the two differ more readers decided)"
        ),
        "renderings",
    ),
)

TRUST = N_(
    "Every fact this dashboard states was checked against a **gold standard read by hand from the reports** (in "
    "`data/gold/`, each row with its paragraph and quotation): the headline targets of every report 1978–2026 "
    "(Chinese) and 2008–2022 (English) with the outcome the next report gives, the section of every paragraph of "
    "{section_reports} reports from every era in both languages, every rural-connectivity statement 1990–2026, a "
    "random sample of {targets_sample} rows of the targets table, {targets_recall} figures drawn at random from the "
    "reports' text (what the targets table holds), a sample of {theme_hits} theme hits from every era, and the "
    "official English of {rendering_terms} policy terms in every year they appear. {section_reports_read_twice} of "
    "the reports' sections, the whole sample, every figure drawn and every rendering were read again by a second "
    "reader, blind to the first; where the two differ, two more readers decided between them, each on their own and "
    "blind to the extractor, and a third more where those two split: the figures below are measured against the "
    "reading at least two of them chose. Where readers split because the brief left a question open (the category of "
    "an amount of money, of a tax, of a sector's share of the economy, of what transport carries, of wasteland "
    "reclaimed and of a count of projects; the kind of the farmland red line and of the 1954 report's figures for "
    "its own year), the answer was written into the brief and every row it touches read again by two more readers. "
    "*Precision* is the share of extracted figures that are right (value, range, unit, modifier and year); *recall* "
    "the share of hand-read figures found right. Re-measure with `python -m dashboard.evaluate`."
)


def _bullets(items: tuple[str, ...]) -> str:
    """A Markdown list of messages, each in the interface language."""
    return "\n".join(f"- {_(item)}" for item in items)


def _headers(names: dict[str, str]) -> dict[str, str]:
    """Column headers in the interface language, for st.dataframe's column_config."""
    return {column: _(header) for column, header in names.items()}


def composed_about(selection: Selection) -> About:
    """The About page's composition: it depends on the interface language only."""
    return composed(compose_about, interface_selection(selection), tuple(PROVENANCE_HEADERS))


def render_about(data: ReportData, selection: Selection) -> None:
    about = composed_about(selection)
    st.title(_("About the data"))
    st.markdown(
        _(
            "The State Council's annual **Report on the Work of the Government** (政府工作报告), as published, "
            "{zh_count} Chinese reports ({zh_years}) and {en_count} official English translations ({en_years}), with "
            "{pairs} sentence-aligned Chinese–English pairs."
        ).format(
            zh_count=len(data.years("zh")),
            zh_years=format_years(data.years("zh")),
            en_count=len(data.years("en")),
            en_years=format_years(data.years("en")),
            pairs=format_count(len(data.alignment)),
        )
    )
    st.subheader(_("Known gaps"))
    st.markdown(_bullets(KNOWN_GAPS))
    st.subheader(_("Coverage by year"))
    # The language columns are named by code ("zh", "en"); a Chinese reader sees the languages' names.
    coverage_headers = _headers(COVERAGE_HEADERS)
    if interface_language() == "zh":
        coverage_headers |= {lang: language_name(lang) for lang in LANGUAGES}
    # On screen the completeness codes read as words in the interface language; the CSV keeps the codes.
    show_table(about.coverage_shown, hide_index=True, key="coverage_table", height=400, column_config=coverage_headers)
    render_csv_download(about.coverage, _("Download coverage (CSV)"), "coverage")
    st.subheader(_("Provenance of every report"))
    show_table(about.provenance, hide_index=True, key="provenance_table", column_config=_headers(PROVENANCE_HEADERS))
    st.subheader(_("How far to trust the extracted facts"))
    render_trust(data.evaluation, about.trust)
    st.subheader(_("Method"))
    st.markdown(_bullets(METHOD))
    st.subheader(_("Themes"))
    # Both labels are shown whatever the interface language; the description in the interface language
    # (data/lexicon/themes.toml holds both).
    show_table(about.themes, hide_index=True, key="themes_table")
    manifest = data.manifest
    st.caption(
        _(
            "Pipeline version {version}; {inputs} input files checksummed in data/processed/manifest.json. "
            "Rebuild with `python -m dashboard.pipeline`."
        ).format(version=manifest.get("pipeline_version"), inputs=len(manifest.get("inputs", {})))
    )


def render_trust(evaluation: dict | None, tables: dict[str, pd.DataFrame]) -> None:
    if evaluation is None:
        render_empty(_("No evaluation beside the tables: rebuild with `python -m dashboard.pipeline`."), "")
        return
    if not evaluation["applies"]:
        render_empty(
            _("These tables were not built from the texts the gold standard was read from, so nothing was measured."),
            "",
        )
        return
    # How much was read by hand, counted from the gold standard itself. An evaluation saved by an older pipeline may
    # not count it: the page says so rather than fail.
    counts = evaluation.get("gold_rows")
    # Counts as the interface language writes them ("1,314 rows"), like every other count on the page.
    counts = {key: format_count(value) if isinstance(value, int) else value for key, value in (counts or {}).items()}
    try:
        trust = _(TRUST).format(**counts) if counts else None
    except KeyError:
        trust = None
    if trust is None:
        render_empty(
            _(
                "The evaluation beside the tables is from an older pipeline: rebuild with `python -m dashboard.pipeline`."
            ),
            "",
        )
        return
    st.markdown(trust)
    for title, key in TRUST_TABLES:
        if key in tables:
            st.markdown(f"**{_(title).format(**counts)}**")
            # A static table in Markdown: its cells wrap and, on a phone, its text is a size smaller (static/layout.css),
            # so every share is on screen (a data grid kept its width and hid the shares past the right edge); these
            # are short summaries, not data to sort. Written once per table: st.table converted it on every rerun.
            st.markdown(derived_once(tables[key], "trust table", _trust_table))


def _trust_table(frame: pd.DataFrame) -> str:
    """A trust table as the page writes it, in Markdown: what a row is, then its shares (to a tenth of a percent),
    then the counts behind them (grouped, set to the right): on a phone a wide table scrolls, and what scrolls out of
    sight is counts, never a share. A dash where nothing was measured, themes by their names, headers in the interface
    language."""
    shares = [column for column in frame.columns if column in PERCENT_COLUMNS]
    counts = [
        column for column in frame.columns if column not in shares and pd.api.types.is_numeric_dtype(frame[column])
    ]
    names = theme_labels()
    cells = {}
    for column in frame.columns:
        if column not in shares and column not in counts:
            values = frame[column].fillna("—")
            cells[column] = [names.get(value, value) for value in values] if column == "theme" else values.tolist()
    for column in shares:
        cells[column] = [format_share(value, decimals=1) if pd.notna(value) else "—" for value in frame[column]]
    for column in counts:
        cells[column] = [format_count(value) if pd.notna(value) else "—" for value in frame[column]]
    headers = _headers(TRUST_HEADERS)
    numbers = {headers.get(column, column) for column in shares + counts}
    return markdown_table(pd.DataFrame(cells).rename(columns=headers), right_aligned=numbers)
