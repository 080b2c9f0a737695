"""Sentence pairs from the TMX files, tied to the paragraphs they come from where possible."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from dashboard.pipeline.corpus import CorpusError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class TmxFile:
    path: Path
    sha256: str
    pairs: list[tuple[str | None, str | None]]


def read_tmx(path: Path) -> TmxFile:
    """The (zh, en) segment pairs of a TMX file, and its checksum from the same read."""
    data = path.read_bytes()
    pairs = []
    try:
        for _, unit in ElementTree.iterparse(io.BytesIO(data)):
            if unit.tag != "tu":
                continue
            segments = {}
            for variant in unit.iter("tuv"):
                seg = variant.find("seg")
                text = "".join(seg.itertext()).strip() if seg is not None else ""
                segments[variant.get(XML_LANG, "")[:2].lower()] = text or None
            pairs.append((segments.get("zh"), segments.get("en")))
            unit.clear()
    except ElementTree.ParseError as error:
        raise CorpusError(f"aligned/{path.name}: not valid TMX/XML ({error}); replace it or remove it") from None
    return TmxFile(path, hashlib.sha256(data).hexdigest(), pairs)


class ParagraphLocator:
    """Finds the paragraph containing a sentence, searching forward from the last hit first."""

    def __init__(self, paragraphs: list[tuple[int, str]]):
        self.paragraphs = [(para_id, SPACE.sub("", text)) for para_id, text in paragraphs]
        self.position = 0

    def locate(self, sentence: str | None) -> int | None:
        if not sentence or not self.paragraphs:
            return None
        needle = SPACE.sub("", sentence)
        count = len(self.paragraphs)
        for offset in range(count):
            index = (self.position + offset) % count
            if needle in self.paragraphs[index][1]:
                self.position = index
                return self.paragraphs[index][0]
        return None


def align_year(
    pairs: list[tuple[str | None, str | None]],
    zh_paragraphs: list[tuple[int, str]],
    en_paragraphs: list[tuple[int, str]],
) -> list[dict]:
    zh_locator, en_locator = ParagraphLocator(zh_paragraphs), ParagraphLocator(en_paragraphs)
    rows = []
    for seq, (zh_sentence, en_sentence) in enumerate(pairs, start=1):
        rows.append(
            {
                "seq": seq,
                "zh_sentence": zh_sentence,
                "en_sentence": en_sentence,
                "zh_para_id": zh_locator.locate(zh_sentence),
                "en_para_id": en_locator.locate(en_sentence),
            }
        )
    return rows
