"""Find, read and validate the raw report files of a corpus folder.

Every problem is reported as a line that names the file and the fix; a build collects the
problems of every file and stops with all of them (a CorpusError), so one run shows them all.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

MIN_CHARS = 1000  # the shortest real report (1975) has about 5,200 characters
MAX_BYTES = 5 * 1024 * 1024  # the longest has about 170 kB; anything far larger is not a report
# A report holding its text twice: at least this share of its substantial paragraphs repeat.
REPEATED_SHARE = 0.3
MIN_REPEATED_CHARS = 40
MIN_REPEATED_PARAGRAPHS = 10
REPORT_NAME = re.compile(r"^(?P<year>\d{4})(?P<rest>[^0-9].*)?\.txt$", re.IGNORECASE)


class CorpusError(Exception):
    """Problems with the input that the user must fix: one line each, naming the file and the fix."""

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class RawReport:
    lang: str
    year: int
    path: Path
    text: str
    sha256: str

    @property
    def doc_id(self) -> str:
        return f"{self.lang}-{self.year}"

    @property
    def relative_name(self) -> str:
        return f"{self.lang}/{self.path.name}"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _decode(path: Path, data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise CorpusError(f"{name}: binary file (contains NUL bytes); replace it with the report as UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        hint = ""
        try:
            data.decode("gb18030")
            hint = " (it decodes as GBK/GB18030)"
        except UnicodeDecodeError:
            pass
        raise CorpusError(
            f"{name}: not UTF-8{hint} at byte {error.start}; convert it, e.g. "
            f"iconv -f GB18030 -t UTF-8 {path.name} > {path.name}.utf8 && mv {path.name}.utf8 {path.name}"
        ) from None
    return text


def read_report(path: Path, lang: str, year: int) -> RawReport:
    name = f"{lang}/{path.name}"
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CorpusError(
                f"{name}: implausibly large ({size / 1e6:.1f} MB, a report is under 1 MB); check that it is one report as plain text"
            )
        data = path.read_bytes()
    except CorpusError:
        raise
    except OSError as error:
        raise CorpusError(f"{name}: cannot be read ({error.strerror or error}); check its permissions") from None
    text = _decode(path, data, name)
    stripped = text.strip()
    if not stripped:
        raise CorpusError(f"{name}: empty file; remove it or replace it with the report text")
    if len(stripped) < MIN_CHARS:
        raise CorpusError(
            f"{name}: implausibly short ({len(stripped)} characters, expected at least {MIN_CHARS}); "
            "check it is the whole report"
        )
    if repeat := repeated_text(text):
        raise CorpusError(f"{name}: holds the report twice ({repeat}); keep one copy of the text")
    return RawReport(lang=lang, year=year, path=path, text=text, sha256=hashlib.sha256(data).hexdigest())


def discover_reports(corpus_dir: Path, lang: str, problems: list[str]) -> list[tuple[int, Path]]:
    """The (year, path) pairs of one language folder; misnamed files and duplicate years go to `problems`."""
    folder = corpus_dir / lang
    if not folder.is_dir():
        problems.append(f"{folder}: folder missing; a corpus needs zh/ and en/ folders of YYYY.txt files")
        return []
    seen: dict[int, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        match = REPORT_NAME.match(path.name)
        if not match:
            problems.append(f"{lang}/{path.name}: wrongly named; report files are named YYYY.txt (e.g. 2016.txt)")
            continue
        year = int(match.group("year"))
        if not 1949 <= year <= 2100:
            problems.append(f"{lang}/{path.name}: year {year} is out of range; name the file after the report's year")
        elif year in seen:
            problems.append(
                f"{lang}/{path.name}: year {year} present twice (also {lang}/{seen[year].name}); keep one file per year"
            )
        else:
            seen[year] = path
    if lang == "zh" and not seen and not problems:
        problems.append(f"{folder}: no YYYY.txt reports found")
    return sorted(seen.items())


def repeated_text(text: str) -> str | None:
    """Where a report holds its own text twice (the upstream 1991 file did), a description of the repeat:
    many different substantial paragraphs each appearing more than once (one paragraph repeated, as a
    refrain or a test's filler, is not a copy of the report)."""
    counts = Counter(line.strip() for line in text.splitlines() if len(line.strip()) >= MIN_REPEATED_CHARS)
    repeated = [paragraph for paragraph, count in counts.items() if count > 1]
    if len(repeated) < MIN_REPEATED_PARAGRAPHS or len(repeated) < REPEATED_SHARE * len(counts):
        return None
    return f"{len(repeated)} of its {len(counts)} different paragraphs appear more than once"


def load_sources(corpus_dir: Path) -> dict[tuple[str, int], dict[str, str]]:
    """SOURCES.tsv rows keyed by (lang, year); an absent file means no provenance, not an error."""
    path = corpus_dir / "SOURCES.tsv"
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except (UnicodeDecodeError, csv.Error) as error:
        raise CorpusError(f"SOURCES.tsv: unreadable ({error}); it must be UTF-8 tab-separated") from None
    sources = {}
    for row in rows:
        try:
            sources[(row["lang"], int(row["year"]))] = row
        except (KeyError, TypeError, ValueError):
            raise CorpusError("SOURCES.tsv: every row needs lang and year columns") from None
    return sources


def alignment_files(corpus_dir: Path) -> list[tuple[int, Path]]:
    folder = corpus_dir / "aligned"
    if not folder.is_dir():
        return []
    files = []
    for path in sorted(folder.glob("GR*.tmx")):
        match = re.fullmatch(r"GR(\d{4})\.tmx", path.name)
        if match:
            files.append((int(match.group(1)), path))
    return files
