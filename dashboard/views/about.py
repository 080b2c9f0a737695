"""About the data: coverage, provenance, method and known gaps."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.coverage import compute_coverage
from dashboard.analysis.data import ReportData
from dashboard.analysis.evaluation import compute_trust_tables
from dashboard.analysis.selection import Selection, format_years
from dashboard.lexicon import load_themes
from dashboard.views.common import render_csv_download, render_empty

KNOWN_GAPS = """
- **English 2009 and 2023–2026 are missing** (no complete copy was found; partial copies of 2024–2026 are not used).
  Years before 1978 have long gaps: **no report was given in 1961, 1963, 1965–1974 or 1976–1977**, and **1962's
  report (Zhou Enlai, to the 2nd NPC's 3rd session) was never published**, so there is no text for it.
- **Chinese 2007 and 2023** come from Wikisource (2007 sections 一–五 checked against the gov.cn text paragraph for
  paragraph; 2023 is the final text adopted by the congress).
- `aligned/GR2009.tmx` lacks the English of section II, so 2009 has Chinese sentences without translation.
- **1964 is the officially published summary (摘要)**, not a full text.
- **1955, 1956, 1958, 1960, 1980 and 1991 are not the Premier's own report**: gov.cn lists a plan or budget report
  as that year's report, delivered by a Vice Premier or the planning chief (who, in the provenance table below and on
  the Read page). The 1954 header gives 23 May 1954 as the date; the report was delivered in September 1954.
- The Chinese 2026 text has no title and date block; its first two paragraphs come from a second source (marked *partial*).
- The English of 2014, 2015 and 2020 follows the version delivered on the day; the final Chinese text differs slightly.
- Heading styles differ by era; reports before about 1978 have few or no numbered headings, so which part a
  paragraph belongs to is read from its words (how well: see *How far to trust the extracted facts*).
"""

METHOD = """
- **Paragraphs** are the lines of the source files; `¶` numbers are 1-based line numbers, so every figure traces back.
  A table of contents at the head of a report (1955) and notes or glyph annotations (1956, 1959) are kept but
  marked *other*; a file that holds its report twice stops the build.
- **Sections** (review of the past year, plan and targets, this year's tasks, closing, other) are read from each
  paragraph's words (past results, goals, work to do; `data/lexicon/section_cues.toml`) together with the heading of
  its part, and decided for the whole report at once so that a report reads as a few runs rather than a flicker.
- **Numbers** are read in every form the reports use: full-width digits and separators (１，０００), spaced digits
  (1998's "8 ％"), Chinese numerals (百分之八, 八千亿元, 四亿零七百多万吨, with cn2an), ranges (6%－6.5%, "6-6.5
  percent"); years, dates, ordinals and list numbers are never read as amounts.
- **Segmentation**: Chinese with jieba plus the project's user dictionary of policy terms (互联网+, 跨境电子商务,
  大众创业 … stay whole); English with NLTK's Punkt sentence splitter and Treebank word tokenizer.
- **Stopwords**: one list per language (`data/lexicon/stopwords_*.txt`), applied once in the pipeline; one-character
  Chinese tokens and tokens without a letter are dropped too.
- **Theme counts**: Chinese terms are literal occurrences, as the press counts them; English terms are case-insensitive
  whole words or phrases. Text and terms are compared in NFKC form, so 互联网＋ and 互联网+ are one term. Within a
  theme an occurrence is counted once, for the longest term covering it. Normalised counts are per 10,000
  characters (Chinese) or words (English) of the selected paragraphs.
- **Targets** are all numbers with units, with the modifier the text puts on them (around, at least, within…), a
  kind (annual target, multi-year target, achievement) from the time the sentence speaks of, and a category from the
  words of the clause (`data/lexicon/categories.toml`).
- **Key figures** are the headline targets each report sets for its year and the outcomes its review gives for the
  year before, for the metrics in `data/lexicon/metrics.toml` (GDP, GNP and gross output growth, consumer and retail
  prices, new urban jobs, registered and surveyed unemployment, energy intensity, grain, deficit, M2, trade,
  investment, retail sales, villages connected to fibre, rural roads).
- **Target ledger**: each year's key-figure target against the outcome the next report gives for that year. Met /
  missed only where both are in the same unit, following the phrasing (at least, at most, around ±0.2 points,
  range); raised / lowered against the year before (ranges by their middle); a yearly batch of new work (villages
  connected, km of rural roads) is a *new batch*, never lowered. A year without a target still shows its outcome.
- **Distinctive words**: log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
  the prior being each word's share of all reports of the language (worth 10,000 words); reported as z-scores,
  positive for the focus years, |z| ≥ 1.96 significant at 5%. Slogans the focus years use and the others never
  do are listed beside them, since a new slogan is often too rare to be significant.
- **Concordance**: the rendering of a term is the other language's phrase most distinctive of the aligned
  sentences that contain it (the same log-odds), trimmed of words common to all sentences, chosen per year.
"""

PERCENT_COLUMNS = (
    "precision",
    "recall",
    "accuracy",
    "share all right",
    "found in targets",
    "labelled rural connectivity",
    "share right",
    "both languages",
)
TRUST_TABLES = (
    ("Key figures: targets and outcomes, by language and era", "key_figures"),
    ("Report-years whose main annual targets are all right (value, range and modifier)", "report_years"),
    ("Target ledger, headline metrics: target and outcome both right, per year stated", "ledger"),
    ("Section of each paragraph, by era", "sections"),
    ("Rural-connectivity statements with a figure", "rural"),
    ("Targets table: a random sample of 140 rows read by hand", "targets_sample"),
    ("Themes: counted hits read by hand (up to 25 per theme and language, every era)", "theme_hits"),
    (
        "Themes in the two languages: aligned sentence pairs 2008–2022 where a theme is found in either "
        "language, and where in both (the rest is how the translation words it, or a term list still missing it)",
        "theme_languages",
    ),
)

TRUST = """
Every fact this dashboard states was checked against a **gold standard read by hand from the reports** (in
`data/gold/`, each row with its paragraph and quotation): the headline targets of every report 1978–2026 (Chinese)
and 2008–2022 (English) with the outcome the next report gives, the section of every paragraph of 21 reports from
every era in both languages, every rural-connectivity statement 1990–2026, a random sample of 140 rows of the
targets table, and a sample of 448 theme hits from every era. *Precision* is the share of extracted figures that are right (value, range, unit, modifier and year);
*recall* the share of hand-read figures found right. Re-measure with `python -m dashboard.evaluate`.
"""


def render_about(data: ReportData, _selection: Selection) -> None:
    st.title("About the data")
    st.markdown(
        "The State Council's annual **Report on the Work of the Government** (政府工作报告), as published, "
        f"{len(data.years('zh'))} Chinese reports ({format_years(data.years('zh'))}) and "
        f"{len(data.years('en'))} official English translations ({format_years(data.years('en'))}), with "
        f"{len(data.alignment):,} sentence-aligned Chinese–English pairs."
    )
    st.subheader("Known gaps")
    st.markdown(KNOWN_GAPS)
    st.subheader("Coverage by year")
    coverage = compute_coverage(data)
    st.dataframe(coverage, hide_index=True, key="coverage_table", height=400)
    render_csv_download(coverage, "Download coverage (CSV)", "coverage")
    st.subheader("Provenance of every report")
    provenance = data.documents[
        [
            "doc_id",
            "title",
            "delivered",
            "speaker",
            "speaker_title",
            "speaker_role",
            "completeness",
            "n_chars",
            "source",
            "source_note",
            "official_url",
        ]
    ]
    st.dataframe(provenance, hide_index=True, key="provenance_table")
    st.subheader("How far to trust the extracted facts")
    render_trust(data.evaluation)
    st.subheader("Method")
    st.markdown(METHOD)
    st.subheader("Themes")
    st.dataframe(
        [
            {
                "id": t.id,
                "English": t.label_en,
                "中文": t.label_zh,
                "description": t.description,
                "zh terms": "、".join(t.terms["zh"]),
                "en terms": "; ".join(t.terms["en"]),
            }
            for t in load_themes()
        ],
        hide_index=True,
        key="themes_table",
    )
    manifest = data.manifest
    st.caption(
        f"Pipeline version {manifest.get('pipeline_version')}; {len(manifest.get('inputs', {}))} input files checksummed "
        f"in data/processed/manifest.json. Rebuild with `python -m dashboard.pipeline`."
    )


def render_trust(evaluation: dict | None) -> None:
    if evaluation is None:
        render_empty("No evaluation beside the tables: rebuild with `python -m dashboard.pipeline`.", "")
        return
    if not evaluation["applies"]:
        render_empty(
            "These tables were not built from the texts the gold standard was read from, so nothing was measured.",
            "",
        )
        return
    st.markdown(TRUST)
    tables = compute_trust_tables(evaluation)
    percent = {column: st.column_config.NumberColumn(format="percent") for column in PERCENT_COLUMNS}
    for title, key in TRUST_TABLES:
        if key in tables:
            st.markdown(f"**{title}**")
            st.dataframe(tables[key], hide_index=True, column_config=percent, key=f"trust_{key}")
