"""The project's reviewable word lists: themes, user dictionary, stopwords.

Shared by the pipeline (which counts with them) and the dashboard (which labels
with them), so both always agree on what a theme is.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dashboard import config
from dashboard.i18n import interface_language
from dashboard.vocabulary import LANGUAGES


@dataclass(frozen=True)
class Theme:
    id: str
    label_en: str
    label_zh: str
    description: str
    description_zh: str
    terms: dict[str, tuple[str, ...]]
    # Phrases whose theme term is not meant in the theme's sense (宽带通信: an equipment industry, not
    # networks): an occurrence inside one is not counted.
    exclude: dict[str, tuple[str, ...]]

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en

    def described(self, lang: str) -> str:
        return self.description_zh if lang == "zh" else self.description


@lru_cache(maxsize=4)
def load_themes(path: Path = config.THEMES_FILE) -> tuple[Theme, ...]:
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    themes = []
    for entry in raw["theme"]:
        themes.append(
            Theme(
                id=entry["id"],
                label_en=entry["label_en"],
                label_zh=entry["label_zh"],
                description=entry["description"],
                description_zh=entry["description_zh"],
                terms={lang: tuple(entry.get(lang, ())) for lang in LANGUAGES},
                exclude={lang: tuple(entry.get(f"not_{lang}", ())) for lang in LANGUAGES},
            )
        )
    ids = [theme.id for theme in themes]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{path}: theme ids must be unique")
    return tuple(themes)


def theme_labels(lang: str | None = None) -> dict[str, str]:
    """Each theme's label in `lang`, by default the interface language (what a reader sees)."""
    lang = lang or interface_language()
    return {theme.id: theme.label(lang) for theme in load_themes()}


def theme_label(theme_id: str) -> str:
    return theme_labels()[theme_id]


def read_word_list(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=4)
def load_stopwords(lang: str) -> frozenset[str]:
    return frozenset(word.lower() for word in read_word_list(config.STOPWORDS[lang]))


@lru_cache(maxsize=1)
def load_slogans() -> tuple[str, ...]:
    """Every slogan the tokenizer keeps whole: the hand list, then the phrases the reports quote (first column)."""
    quoted = [line.split("\t")[0] for line in read_word_list(config.QUOTED_SLOGANS_ZH)]
    return tuple(dict.fromkeys([*read_word_list(config.SLOGANS_ZH), *quoted]))


@lru_cache(maxsize=1)
def load_english_proper_nouns() -> dict[str, str]:
    """Lower-case form -> the capitalised form the translations always use (proper_nouns_en.txt)."""
    if not config.PROPER_NOUNS_EN.is_file():
        return {}
    return {word.lower(): word for word in read_word_list(config.PROPER_NOUNS_EN)}


def load_user_dictionary_terms() -> list[str]:
    return [line.split()[0] for line in read_word_list(config.USER_DICT_ZH)]


def checksum_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def lexicon_checksum() -> str:
    """One hash over every lexicon file: a change to any of them invalidates cached rows."""
    return checksum_files(list(config.LEXICON_DIR.glob("*")))
