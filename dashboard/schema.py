"""The processed tables' contract: names, column order, types and what each column means.

The pipeline validates its output against this, writes data/processed/README.md from
it, and the dashboard checks the files it loads against it.
"""

from __future__ import annotations

from dashboard.vocabulary import (
    LANGUAGES,
    MODIFIERS,
    RURAL_KINDS,
    RURAL_LINKS,
    SECTION_KINDS,
    SECTION_MEANINGS,
    TARGET_KIND_MEANINGS,
    TARGET_KINDS,
    categories,
)


def _one_of(values, meanings: dict[str, str] | None = None) -> str:
    """`a`, `b` or `c`, each with its meaning where one is given: the vocabulary, written out for the README."""
    items = [f"`{value}`" + (f" ({meanings[value]})" if meanings and value in meanings else "") for value in values]
    return ", ".join(items[:-1]) + f" or {items[-1]}" if len(items) > 1 else items[0]


PIPELINE_VERSION = "1.1"

# table -> [(column, dtype, description)]; dtype is a pandas dtype name.
TABLES: dict[str, list[tuple[str, str, str]]] = {
    "documents": [
        ("doc_id", "str", "`{lang}-{year}`, e.g. `zh-2016`; the key other tables refer to."),
        ("lang", "str", "`zh` (Chinese original) or `en` (official English translation)."),
        ("year", "int64", "Year the report was delivered (the file name's year)."),
        ("title", "str", "Title lines as printed at the head of the text; empty where the source has no title block."),
        ("delivered", "str", "Delivery date `YYYY-MM-DD` where the text states it, else empty."),
        ("speaker", "str", "Who delivered it, from the header line, where the text names them; else empty."),
        (
            "speaker_title",
            "str",
            "The speaker's office as the header prints it (国务院总理, 副总理兼财政部长, Premier of the State Council); else empty.",
        ),
        (
            "speaker_role",
            "str",
            "`premier`, `vice premier` or `other` (a state councillor or minister: 1955, 1956, 1958, 1960, 1980 and 1991 were not the Premier's own report), from `speaker_title`; empty where the text names no speaker.",
        ),
        ("n_chars", "int64", "Characters of text, excluding line breaks."),
        ("n_words", "int64", "Tokens (jieba words for Chinese, NLTK words for English), before stopwords."),
        ("n_paragraphs", "int64", "Non-empty lines of the source file (one paragraph per line)."),
        (
            "completeness",
            "str",
            "`full`, `summary` (officially published summary only) or `partial`, from the corpus README and SOURCES.tsv.",
        ),
        ("source", "str", "Where the text was taken from: repository and path, from SOURCES.tsv."),
        ("source_note", "str", "SOURCES.tsv completeness note: what was removed or restored and known caveats."),
        ("official_url", "str", "The official page of the report, where known."),
        ("input_sha256", "str", "SHA-256 of the raw file; a rebuild reuses rows of unchanged files."),
    ],
    "paragraphs": [
        ("doc_id", "str", "Document key."),
        ("lang", "str", f"{_one_of(LANGUAGES)}."),
        ("year", "int64", "Report year."),
        ("para_id", "int64", "1-based position of the paragraph (line) in the source file."),
        ("part", "int64", "Top-level part number (一、 / 第一部分 / I. / prose lead-in); 0 before the first part."),
        ("subpart", "int64", "Numbered sub-section within the part (（一） / 1.); 0 outside one."),
        ("heading", "str", "Nearest heading above (or at) the paragraph; empty before the first heading."),
        (
            "section_kind",
            "str",
            f"{_one_of(SECTION_KINDS, SECTION_MEANINGS)}.",
        ),
        ("is_heading", "bool", "True where the paragraph itself opens a part or sub-section."),
        ("n_chars", "int64", "Characters in the paragraph."),
        ("n_words", "int64", "Tokens in the paragraph before stopwords (normalisation base for English)."),
        ("text", "str", "The paragraph as in the source."),
    ],
    "terms": [
        ("doc_id", "str", "Document key."),
        ("lang", "str", f"{_one_of(LANGUAGES)}."),
        ("year", "int64", "Report year."),
        ("para_id", "int64", "Paragraph the term occurs in."),
        (
            "term",
            "str",
            "Token after stopword removal (English lower-cased); one-character Chinese tokens and tokens without a letter are dropped.",
        ),
        ("count", "int64", "Occurrences of the term in the paragraph."),
    ],
    "theme_hits": [
        ("doc_id", "str", "Document key."),
        ("lang", "str", f"{_one_of(LANGUAGES)}."),
        ("year", "int64", "Report year."),
        ("para_id", "int64", "Paragraph of the hits."),
        ("theme", "str", "Theme id from `data/lexicon/themes.toml`."),
        ("term", "str", "The theme term as listed in the lexicon."),
        (
            "count",
            "int64",
            "Occurrences: literal substrings in Chinese, case-insensitive whole words/phrases in English; an occurrence covered by a longer term of the same theme counts for the longer term only.",
        ),
    ],
    "targets": [
        ("doc_id", "str", "Document key."),
        ("lang", "str", f"{_one_of(LANGUAGES)}."),
        ("year", "int64", "Report year."),
        ("para_id", "int64", "Paragraph the sentence is in."),
        ("sentence", "str", "The sentence stating the quantity, as in the source."),
        ("metric", "str", "The clause around the number with the number removed: what is measured."),
        (
            "metric_key",
            "str",
            "Canonical metric where recognised (`gdp_growth`, `cpi`, `new_urban_jobs`, `urban_unemployment` (registered), `surveyed_unemployment`, `energy_intensity`, `villages_fibre`, `rural_roads`); else empty.",
        ),
        ("value", "float64", "The number, normalised (5万 -> 50000, ten million -> 10000000, 1.65万亿元 -> 1.65e12)."),
        ("value_high", "float64", "Upper end of a range (6.5%-7% -> value 6.5, value_high 7); else empty."),
        (
            "unit",
            "str",
            "`%`, `percentage points`, `yuan`, `km`, `km²`, `kW`, `t`, `m³`, `m²`, `ha`, `mu`, `people`, `person-times`, `households`, `units`, `times` or `count`.",
        ),
        ("modifier", "str", f"{_one_of(MODIFIERS)}."),
        (
            "kind",
            "str",
            f"{_one_of(TARGET_KINDS, TARGET_KIND_MEANINGS)}.",
        ),
        (
            "category",
            "str",
            f"{_one_of(categories())}.",
        ),
    ],
    "key_figures": [
        ("doc_id", "str", "Document the figure is read from (`{lang}-{report_year}`)."),
        ("lang", "str", f"{_one_of(LANGUAGES)}."),
        ("year", "int64", "Year the figure is about: the report year for a target, the year before for an outcome."),
        ("report_year", "int64", "Report the figure is read from."),
        (
            "role",
            "str",
            "`target` (set for the report's own year) or `outcome` (the review's figure for the year before).",
        ),
        (
            "metric_key",
            "str",
            "Metric of the vocabulary in `data/lexicon/metrics.toml` (`gdp_growth`, `cpi`, `new_urban_jobs`, ...).",
        ),
        ("value", "float64", "The figure in its unit (6.5 for 6.5%, 11000000 for 1100万人)."),
        ("value_high", "float64", "Upper end of a range (6%-6.5% -> value 6, value_high 6.5); else empty."),
        ("unit", "str", "`%`, `people`, `jin`, `t`, `yuan`, `km` or `count`."),
        ("modifier", "str", f"{_one_of(MODIFIERS)}."),
        ("para_id", "int64", "Paragraph of the report that states it."),
        ("sentence", "str", "The sentence that states it, as in the source."),
    ],
    "alignment": [
        ("year", "int64", "Report year."),
        ("seq", "int64", "Position of the pair in the TMX file."),
        ("zh_sentence", "str", "Chinese segment (`zh-CN`)."),
        ("en_sentence", "str", "English segment (`en-US`); empty where the TMX has none (2009 section II)."),
        ("zh_para_id", "Int64", "Paragraph of `zh-{year}` containing the Chinese sentence, where found."),
        ("en_para_id", "Int64", "Paragraph of `en-{year}` containing the English sentence, where found."),
        (
            "zh_tokens",
            "str",
            "The Chinese sentence's words (normalised, slogans whole), separated by spaces, as the word alignment "
            "saw them; empty where the pair has no word links (see `word_links`).",
        ),
        ("en_tokens", "str", "The English sentence's words and punctuation marks, separated by spaces; likewise."),
        (
            "word_links",
            "str",
            "Which words translate which: `i-j` links the i-th Chinese to the j-th English token (0-based), from "
            "`data/alignment/word_links.parquet` (eflomal, majority of 9 runs). Empty where the TMX file changed "
            "since the links were trained, or a side is missing.",
        ),
    ],
    "rural": [
        ("lang", "str", f"{_one_of(LANGUAGES)}."),
        ("year", "int64", "Report that makes the statement."),
        ("para_id", "int64", "Paragraph of that report."),
        (
            "link",
            "str",
            f"{_one_of(RURAL_LINKS)}.",
        ),
        (
            "kind",
            "str",
            f"{_one_of(RURAL_KINDS, {'milestone': 'no figure'})}.",
        ),
        ("role", "str", "`target` (a goal, with or without a figure) or `result`."),
        ("refers_from", "int64", "First year the statement is about (2003 for a 2003-2007 review)."),
        ("refers_to", "int64", "Last year the statement is about (the year itself for an annual figure)."),
        ("value", "float64", "The figure in its unit (50000 for 5万个行政村); empty for a milestone."),
        ("unit", "str", "`villages`, `km`, `people`, `count` or `%`; empty for a milestone."),
        ("modifier", "str", f"{_one_of(MODIFIERS[:-1])}; empty for a milestone."),
        ("quote", "str", "The words read by hand (data/gold/rural.csv)."),
        ("sentence", "str", "The sentence of the report that holds them."),
        ("translation", "str", "The aligned sentence of the other language (2008–2022); empty where none."),
        ("generic", "bool", "True when the link is only named in a list of rural infrastructure (水电路气信)."),
        ("reading_note", "str", "The reader's note: goal or result, scope, what the figure counts."),
        ("label", "str", "A milestone's short label for the timeline (data/gold/rural_labels.csv); empty otherwise."),
        ("found", "bool", "False when the quote is no longer in its paragraph (the corpus changed: re-read it)."),
    ],
}

# Columns that may be empty; everything else is required to be non-null.
NULLABLE = {
    ("documents", "title"),
    ("documents", "delivered"),
    ("documents", "speaker"),
    ("documents", "speaker_title"),
    ("documents", "source"),
    ("documents", "source_note"),
    ("documents", "official_url"),
    ("paragraphs", "heading"),
    ("targets", "metric_key"),
    ("targets", "value_high"),
    ("key_figures", "value_high"),
    ("alignment", "en_sentence"),
    ("alignment", "zh_sentence"),
    ("alignment", "zh_para_id"),
    ("alignment", "en_para_id"),
    ("alignment", "zh_tokens"),
    ("alignment", "en_tokens"),
    ("alignment", "word_links"),
    ("rural", "value"),
    ("rural", "unit"),
    ("rural", "modifier"),
    ("rural", "label"),
}


def column_names(table: str) -> list[str]:
    return [name for name, _, _ in TABLES[table]]


def validate_table(table: str, frame) -> list[str]:
    """Problems with a table against the contract; empty when it conforms."""
    problems = []
    expected = column_names(table)
    if list(frame.columns) != expected:
        problems.append(f"{table}: columns {list(frame.columns)} differ from {expected}")
        return problems
    for name, _, _ in TABLES[table]:
        if (table, name) not in NULLABLE and frame[name].isna().any():
            problems.append(f"{table}.{name} has empty values")
    return problems


def readme_text() -> str:
    lines = [
        "# Processed report data",
        "",
        "Written by `python -m dashboard.pipeline` from the raw corpus; do not edit by hand.",
        "Every table is Parquet; `manifest.json` records the pipeline version, the SHA-256 of every",
        "input file and lexicon, and each table's row count. Paragraph ids are 1-based line numbers",
        "of the source file, so `(doc_id, para_id)` traces any number back to its text.",
        "",
    ]
    for table, columns in TABLES.items():
        lines += [f"## `{table}.parquet`", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{name}` | {dtype} | {description} |" for name, dtype, description in columns]
        lines.append("")
    return "\n".join(lines)
