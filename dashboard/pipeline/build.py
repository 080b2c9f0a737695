"""Build data/processed from a corpus folder: incremental, validated, and atomic.

Rows of a document whose input checksum (and the pipeline version and lexicon) are
unchanged are reused from the previous output. Everything is written to a temporary
sibling folder, read back and validated, and only then swapped in, so a failed or
killed build leaves the previous output as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pyarrow as pa

from dashboard import config, schema
from dashboard.analysis.data import EVALUATION_FILE
from dashboard.analysis.evaluation import compute_evaluation, load_gold, measure_translations
from dashboard.lexicon import checksum_files, lexicon_checksum
from dashboard.pipeline import alignment, corpus, word_links
from dashboard.pipeline.corpus import CorpusError, RawReport
from dashboard.pipeline.key_figures import extract_key_figures
from dashboard.pipeline.rural import read_labels, read_rural_list, rural_statements
from dashboard.pipeline.statements import walk
from dashboard.pipeline.structure import parse_report, plan_year_of, speaker_role
from dashboard.pipeline.targets import extract_targets
from dashboard.pipeline.tokens import count_terms, tokenize
from dashboard.themes import count_themes
from dashboard.vocabulary import LANGUAGES

PER_DOCUMENT_TABLES = ("documents", "paragraphs", "terms", "theme_hits", "targets", "key_figures")
MIN_DOCUMENTS_FOR_POOL = 8
# The code that turns text into rows: a change to any of it means no row may be reused.
ROW_CODE = [
    *Path(__file__).parent.glob("*.py"),
    *(
        Path(__file__).parent.parent / name
        for name in ("themes.py", "lexicon.py", "schema.py", "vocabulary.py", "text.py")
    ),
]
Progress = Callable[[str], None]


@dataclass(frozen=True)
class BuildResult:
    rows: dict[str, int]
    rebuilt: list[str]
    reused: list[str]
    seconds: float


def completeness(title: str | None, source_note: str) -> str:
    note = source_note.lower()
    if "only the official summary" in note or (title and "摘要" in title):
        return "summary"
    if "near-complete" in note or "partial" in note or "incomplete" in note:
        return "partial"
    return "full"


def process_report(report: RawReport, source: dict[str, str]) -> dict[str, list[dict]]:
    parsed = parse_report(report.text, report.lang, report.year)
    base = {"doc_id": report.doc_id, "lang": report.lang, "year": report.year}
    paragraphs, terms, theme_hits = [], [], []
    total_words = 0
    for paragraph in parsed.paragraphs:
        tokens = tokenize(paragraph.text, report.lang)
        n_words = len(tokens)
        total_words += n_words
        paragraphs.append(
            base
            | {
                "para_id": paragraph.para_id,
                "part": paragraph.part,
                "subpart": paragraph.subpart,
                "heading": paragraph.heading,
                "section_kind": paragraph.section_kind,
                "is_heading": paragraph.is_heading,
                "n_chars": len(paragraph.text),
                "n_words": n_words,
                "text": paragraph.text,
            }
        )
        where = base | {"para_id": paragraph.para_id}
        for term, count in sorted(count_terms(tokens, report.lang).items()):
            terms.append(where | {"term": term, "count": count})
        for theme, found in sorted(count_themes(paragraph.text, report.lang).items()):
            for term, count in sorted(found.items()):
                theme_hits.append(where | {"theme": theme, "term": term, "count": count})

    delivered_month = parsed.delivered.month if parsed.delivered else None
    # One reading of the report's sentences (their time and role) for both the targets and the key figures.
    read = list(walk(parsed.paragraphs, report.lang, report.year, plan_year_of(report.year, delivered_month)))
    targets = [
        base | target.__dict__
        for target in extract_targets(parsed.paragraphs, report.lang, report.year, delivered_month, read)
    ]
    key_figures = [
        base | {"report_year": report.year} | figure.__dict__ | {"year": figure.year}
        for figure in extract_key_figures(parsed.paragraphs, report.lang, report.year, delivered_month, read)
    ]
    note = source.get("completeness_note", "")
    document = base | {
        "title": parsed.title,
        "delivered": parsed.delivered.isoformat() if parsed.delivered else None,
        "speaker": parsed.speaker,
        "speaker_title": parsed.speaker_title,
        "speaker_role": speaker_role(parsed.speaker_title),
        "n_chars": sum(p["n_chars"] for p in paragraphs),
        "n_words": total_words,
        "n_paragraphs": len(paragraphs),
        "completeness": completeness(parsed.title, note),
        "source": f"{source['repo']}/{source['path']}" if source.get("repo") else None,
        "source_note": note or None,
        "official_url": source.get("official_url") or None,
        "input_sha256": report.sha256,
    }
    return {
        "documents": [document],
        "paragraphs": paragraphs,
        "terms": terms,
        "theme_hits": theme_hits,
        "targets": targets,
        "key_figures": key_figures,
    }


def _frame(table: str, rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=schema.column_names(table))
    for name, dtype, _ in schema.TABLES[table]:
        frame[name] = frame[name].astype(dtype)
    return frame


def _load_previous(out_dir: Path, fingerprint: dict[str, str]) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """Previous tables and their per-document checksums, or nothing if they cannot be reused."""
    manifest_path = out_dir / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if any(manifest.get(key) != value for key, value in fingerprint.items()):
            return {}, {}
        tables = {name: pd.read_parquet(out_dir / f"{name}.parquet") for name in PER_DOCUMENT_TABLES}
        checksums = dict(zip(tables["documents"]["doc_id"], tables["documents"]["input_sha256"], strict=True))
    except (OSError, ValueError, KeyError):
        return {}, {}
    return tables, checksums


def _read_inputs(corpus_dir: Path) -> tuple[list[RawReport], dict[int, alignment.TmxFile], dict]:
    """Every input read and validated before any work, so a bad file fails the build at once."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: corpus folder not found; pass --corpus DIR (a folder with zh/ and en/)")
    problems: list[str] = []

    def checked(read: Callable, *args):
        try:
            return read(*args)
        except CorpusError as error:
            problems.extend(error.problems)
            return None

    reports = [
        checked(corpus.read_report, path, lang, year)
        for lang in LANGUAGES
        for year, path in corpus.discover_reports(corpus_dir, lang, problems)
    ]
    tmx = {year: checked(alignment.read_tmx, path) for year, path in corpus.alignment_files(corpus_dir)}
    sources = checked(corpus.load_sources, corpus_dir)
    if problems:
        raise CorpusError(*problems)
    return reports, tmx, sources


def recover_interrupted_swap(out_dir: Path) -> None:
    """A build killed between its two renames leaves only the backup: put it back."""
    backup = out_dir.with_name(f".{out_dir.name}.old")
    if backup.is_dir() and not out_dir.exists():
        os.replace(backup, out_dir)
    for stale in out_dir.parent.glob(f".{out_dir.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _write_validated(tables: dict[str, pd.DataFrame], manifest: dict, evaluation: dict, out_dir: Path) -> None:
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = out_dir.with_name(f".{out_dir.name}.tmp-{os.getpid()}")
    staging.mkdir()
    try:
        for name, frame in tables.items():
            frame.to_parquet(staging / f"{name}.parquet", index=False, compression="zstd")
        (staging / "manifest.json").write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (staging / "README.md").write_text(schema.readme_text(), encoding="utf-8")
        (staging / EVALUATION_FILE).write_text(
            json.dumps(evaluation, indent=1, ensure_ascii=False, default=float) + "\n", encoding="utf-8"
        )
        for name, frame in tables.items():
            written = pd.read_parquet(staging / f"{name}.parquet")
            problems = schema.validate_table(name, written)
            if problems or len(written) != len(frame):
                raise RuntimeError(f"{name}.parquet failed validation: {'; '.join(problems) or 'row count differs'}")
        backup = out_dir.with_name(f".{out_dir.name}.old")
        shutil.rmtree(backup, ignore_errors=True)
        if out_dir.exists():
            os.replace(out_dir, backup)
        os.replace(staging, out_dir)
        shutil.rmtree(backup, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _process_to_tables(report: RawReport, source: dict[str, str]) -> dict[str, pa.Table]:
    """One document's tables, as Arrow tables: they cross the process boundary far cheaper than row dicts, and
    are made from the rows four times faster than DataFrames (a tenth of the build's work, as DataFrames)."""
    produced = process_report(report, source)
    return {name: pa.Table.from_pylist(produced[name]) for name in PER_DOCUMENT_TABLES}


def _by_document(frame: pd.DataFrame) -> Callable[[str], pa.Table]:
    """A previous table's rows of one document, as Arrow: the table is converted once and split by one grouping,
    not scanned or converted once per document."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    positions = frame.groupby("doc_id").indices
    return lambda doc_id: table.take(positions[doc_id]) if doc_id in positions else table.slice(0, 0)


def _joined(table: str, parts: list[pa.Table]) -> pd.DataFrame:
    """The documents' tables as one, in the contract's columns and types (a document may have no rows, and a
    column no value, in one of them: types are unified)."""
    if not parts:
        return _frame(table, [])
    return _frame(table, pa.concat_tables(parts, promote_options="permissive").to_pandas())


class _Inline:
    """The executor interface, run in this process: a pool costs more than it saves for a few documents, and a
    machine with one core has none to spare for a helper."""

    def __enter__(self) -> _Inline:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def map(self, function: Callable, *iterables):
        return map(function, *iterables)

    def submit(self, function: Callable, *args) -> Future:
        done: Future = Future()
        done.set_result(function(*args))
        return done


def _document_workers(documents: int) -> ProcessPoolExecutor | _Inline:
    """Segmentation is CPU-bound and per document: one worker per core, results in input order."""
    cores = os.cpu_count() or 1
    return ProcessPoolExecutor(max_workers=cores) if documents >= MIN_DOCUMENTS_FOR_POOL and cores > 1 else _Inline()


def _helper() -> ProcessPoolExecutor | _Inline:
    """One worker for a task that can run beside the main process's own, where there is a core for it."""
    return ProcessPoolExecutor(max_workers=1) if (os.cpu_count() or 1) > 1 else _Inline()


def build(corpus_dir: Path, out_dir: Path, progress: Progress = lambda line: None) -> BuildResult:
    started = time.perf_counter()
    recover_interrupted_swap(out_dir)
    reports, tmx_files, sources = _read_inputs(corpus_dir)
    try:
        rural_list = read_rural_list(config.RURAL_STATEMENTS_FILE)
        rural_labels = read_labels(config.RURAL_LABELS_FILE)
    except (OSError, ValueError) as error:  # a RuralListError or a CSV pandas cannot parse
        raise CorpusError(f"the hand-read rural list: {error}") from None
    fingerprint = {
        "pipeline_version": schema.PIPELINE_VERSION,
        "code_sha256": checksum_files(ROW_CODE),
        "lexicon_sha256": lexicon_checksum(),
    }
    previous, previous_checksums = _load_previous(out_dir, fingerprint)

    rows: dict[str, list[pa.Table]] = {name: [] for name in PER_DOCUMENT_TABLES}
    rebuilt, reused = [], []
    changed = [report for report in reports if previous_checksums.get(report.doc_id) != report.sha256]
    changed_ids = {report.doc_id for report in changed}
    previous_by_doc = {name: _by_document(frame) for name, frame in previous.items()}
    with _document_workers(len(changed)) as pool:
        produced_in_order = pool.map(_process_to_tables, changed, [sources.get((r.lang, r.year), {}) for r in changed])
        for index, report in enumerate(reports, start=1):
            prefix = f"[{index:2d}/{len(reports)}] {report.relative_name}"
            if report.doc_id not in changed_ids:
                for name in PER_DOCUMENT_TABLES:
                    rows[name].append(previous_by_doc[name](report.doc_id))
                reused.append(report.doc_id)
                progress(f"{prefix}: unchanged, reused")
                continue
            produced = next(produced_in_order)
            for name in PER_DOCUMENT_TABLES:
                rows[name].append(produced[name])
            rebuilt.append(report.doc_id)
            progress(
                f"{prefix}: {len(produced['paragraphs'])} paragraphs, {len(produced['terms'])} term rows, "
                f"{len(produced['targets'])} quantities, {len(produced['key_figures'])} key figures"
            )

    tables = {name: _joined(name, parts) for name, parts in rows.items()}
    tables["alignment"] = _alignment_table(tmx_files, tables["paragraphs"], progress)
    gold = load_gold()
    with _helper() as helper:
        # The measures of the aligned pairs alone (a tenth of a full build) run beside the rest of the work.
        translations = helper.submit(measure_translations, tables["alignment"], gold)
        tables["rural"] = _rural_table(rural_list, rural_labels, tables["paragraphs"], tables["alignment"], progress)
        inputs = {report.relative_name: report.sha256 for report in reports}
        inputs |= {f"aligned/{tmx.path.name}": tmx.sha256 for tmx in tmx_files.values()}
        if (corpus_dir / "SOURCES.tsv").is_file():
            inputs["SOURCES.tsv"] = corpus.file_sha256(corpus_dir / "SOURCES.tsv")
        if word_links.WORD_LINKS_FILE.is_file():
            inputs["alignment/word_links.parquet"] = corpus.file_sha256(word_links.WORD_LINKS_FILE)
        inputs["gold/rural.csv"] = corpus.file_sha256(config.RURAL_STATEMENTS_FILE)
        if config.RURAL_LABELS_FILE.is_file():
            inputs["gold/rural_labels.csv"] = corpus.file_sha256(config.RURAL_LABELS_FILE)
        manifest = fingerprint | {
            "inputs": inputs,
            "tables": {name: len(frame) for name, frame in tables.items()},
        }
        progress("evaluating against the gold standard in data/gold")
        evaluation = compute_evaluation(SimpleNamespace(**tables), gold, translations=translations.result)
    _write_validated(tables, manifest, evaluation, out_dir)
    return BuildResult(rows=manifest["tables"], rebuilt=rebuilt, reused=reused, seconds=time.perf_counter() - started)


def _alignment_table(
    tmx_files: dict[int, alignment.TmxFile], paragraphs: pd.DataFrame, progress: Progress
) -> pd.DataFrame:
    frames = []
    by_doc = {
        doc_id: list(zip(group["para_id"], group["text"], strict=False))
        for doc_id, group in paragraphs.groupby("doc_id")
    }
    for year, tmx in sorted(tmx_files.items()):
        aligned = alignment.align_year(tmx.pairs, by_doc.get(f"zh-{year}", []), by_doc.get(f"en-{year}", []))
        frames.append(_frame("alignment", [row | {"year": year} for row in aligned]))
        progress(f"aligned/{tmx.path.name}: {len(aligned)} sentence pairs")
    if not frames:
        return _frame("alignment", [])
    checksums = {year: tmx.sha256 for year, tmx in tmx_files.items()}
    return _frame("alignment", word_links.join_word_links(pd.concat(frames, ignore_index=True), checksums, progress))


def _rural_table(
    listed: pd.DataFrame, labels: dict, paragraphs: pd.DataFrame, aligned: pd.DataFrame, progress: Progress
) -> pd.DataFrame:
    rural = _frame("rural", rural_statements(listed, paragraphs, aligned, labels))
    listed_keys = set(
        zip(listed["lang"], listed["year"], listed["para_id"], listed["link"], listed["quote"], strict=True)
    )
    for stale in sorted(set(labels) - listed_keys):
        progress(f"rural labels: {stale[0]}-{stale[1]} ¶{stale[2]} {stale[3]} labels no statement of the list")
    lost = rural[~rural["found"]]
    for row in lost.itertuples(index=False):
        progress(f"rural list: the quote of {row.lang}-{row.year} ¶{row.para_id} is no longer in its paragraph")
    progress(f"rural list: {len(rural) - len(lost)} of {len(rural)} statements found in the reports")
    return rural
