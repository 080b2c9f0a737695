"""About the data: coverage, provenance, method and known gaps."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis.coverage import compute_coverage
from dashboard.analysis.data import ReportData
from dashboard.analysis.selection import format_years
from dashboard.lexicon import load_themes
from dashboard.views.common import render_csv_download

KNOWN_GAPS = """
- **Chinese 2007 and 2023 are missing** (no complete copy was found); **English 2009 and 2023–2026 are missing**.
  Years before 1978 have long gaps (1961–1963, 1965–1974, 1976–1977): no report was delivered or none survives.
- `aligned/GR2009.tmx` lacks the English of section II, so 2009 has Chinese sentences without translation.
- **1964 is the officially published summary (摘要)**, not a full text.
- 1956, 1958 and 1960 were not delivered by the Premier (budget and plan reports listed as that year's report).
- The Chinese 2026 text has no title and date block; its first two paragraphs come from a second source (marked *partial*).
- The English of 2014, 2015 and 2020 follows the version delivered on the day; the final Chinese text differs slightly.
- Heading styles differ by era; reports before about 1978 have few or no numbered headings, so their paragraphs
  are classed as *other* rather than guessed into review / plan / tasks.
"""

METHOD = """
- **Paragraphs** are the lines of the source files; `¶` numbers are 1-based line numbers, so every figure traces back.
- **Sections** are decided from headings (一、 / （一） / 第一部分, English I. / 1.) and English prose lead-ins
  ("Let me start with a review…"): review of last year, plan and targets, this year's tasks, closing, other.
- **Segmentation**: Chinese with jieba plus the project's user dictionary of policy terms (互联网+, 跨境电子商务,
  大众创业 … stay whole); English with NLTK's Punkt sentence splitter and Treebank word tokenizer.
- **Stopwords**: one list per language (`data/lexicon/stopwords_*.txt`), applied once in the pipeline; one-character
  Chinese tokens and tokens without a letter are dropped too.
- **Theme counts**: Chinese terms are literal occurrences, as the press counts them; English terms are case-insensitive
  whole words or phrases. Within a theme an occurrence is counted once, for the longest term covering it.
  Normalised counts are per 10,000 characters (Chinese) or words (English) of the selected paragraphs.
- **Targets** are numbers with units in each sentence, normalised (5万 → 50,000; ten million → 10,000,000;
  6.5%–7% → range 6.5–7), with the modifier the text puts on them (around, at least, within…). Kind follows the
  section: review → achievement, plan → multi-year unless it names this year, tasks → annual.
- **Target ledger**: a year's first annual target of a tracked metric against the first figure for the same
  metric, in the same unit, in the next year's review (preferring sentences about last year, skipping averages
  and five-year totals). Met / missed follows the phrasing (at least, at most, around ±0.2 points, range);
  raised / lowered compares with the year before (ranges by their middle). Only adjacent reports are compared.
- **Distinctive words**: log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
  reported as z-scores; positive means distinctive of the focus years.
- **Concordance**: the rendering of a term is the other language's phrase most distinctive of the aligned
  sentences that contain it (the same log-odds), trimmed of words common to all sentences, chosen per year.
"""


def render_about(data: ReportData) -> None:
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
        ["doc_id", "title", "delivered", "speaker", "completeness", "n_chars", "source", "source_note", "official_url"]
    ]
    st.dataframe(provenance, hide_index=True, key="provenance_table")
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
