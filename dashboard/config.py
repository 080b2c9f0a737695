"""Every path the project uses, derived from this file's location."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"
PROCESSED_DIR = DATA_DIR / "processed"
LEXICON_DIR = DATA_DIR / "lexicon"
# The hand-read gold standard (data/gold/README.md); its rural list is also the rural tracker's data.
GOLD_DIR = DATA_DIR / "gold"
RURAL_STATEMENTS_FILE = GOLD_DIR / "rural.csv"
# A short label for each specific milestone of that list (the tracker's timeline rows), written by a reader.
RURAL_LABELS_FILE = GOLD_DIR / "rural_labels.csv"
# The one copy of the bundled font: Streamlit serves static/ beside the entry file to browsers
# (it refuses symlinks out of it), and the word cloud draws with the same file.
FONT_PATH = REPO_ROOT / "dashboard" / "static" / "NotoSansSC-subset.otf"
DEFAULT_CORPUS_DIR = REPO_ROOT.parent / "shared" / "corpus"

THEMES_FILE = LEXICON_DIR / "themes.toml"
USER_DICT_ZH = LEXICON_DIR / "userdict_zh.txt"
# Slogans kept whole by the tokenizer: chosen by hand, and quoted in the reports (written from the corpus).
SLOGANS_ZH = LEXICON_DIR / "slogans_zh.txt"
QUOTED_SLOGANS_ZH = LEXICON_DIR / "slogans_quoted_zh.txt"
# English words kept capitalised in the terms table (written from the corpus, like the quoted slogans).
PROPER_NOUNS_EN = LEXICON_DIR / "proper_nouns_en.txt"
STOPWORDS = {"zh": LEXICON_DIR / "stopwords_zh.txt", "en": LEXICON_DIR / "stopwords_en.txt"}


def processed_dir() -> Path:
    """The processed tables the dashboard reads; GWR_PROCESSED_DIR points it elsewhere (tests, a second build)."""
    return Path(os.environ.get("GWR_PROCESSED_DIR") or PROCESSED_DIR)
