"""Tokenizers: jieba with the project's user dictionary for Chinese, NLTK for English.

The same stopword rule is applied to both languages here, and only here: the terms
table is the one place tokens come from.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import jieba
from nltk.tokenize import word_tokenize
from nltk.tokenize.punkt import PunktSentenceTokenizer

from dashboard import config
from dashboard.lexicon import load_stopwords

HAS_WORD_CHARACTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
jieba.setLogLevel(60)  # jieba logs its dictionary loading at INFO on every start


@lru_cache(maxsize=1)
def chinese_tokenizer() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(config.USER_DICT_ZH))
    return tokenizer


@lru_cache(maxsize=1)
def _sentence_splitter() -> PunktSentenceTokenizer:
    # Untrained Punkt needs no downloaded model and still splits on sentence ends reliably.
    return PunktSentenceTokenizer()


@lru_cache(maxsize=8)
def english_sentences(text: str) -> tuple[str, ...]:
    """Punkt sentences of a paragraph; cached because tokenizing and target extraction both need them."""
    return tuple(sentence.strip() for sentence in _sentence_splitter().tokenize(text) if sentence.strip())


def tokenize(text: str, lang: str) -> list[str]:
    if lang == "zh":
        return chinese_tokenizer().lcut(text)
    tokens = []
    for sentence in english_sentences(text):
        tokens.extend(word_tokenize(sentence, preserve_line=True))
    return tokens


def keep_term(token: str, lang: str, stopwords: frozenset[str]) -> bool:
    """A term is a token with a letter or Han character, not a stopword; one-character Chinese tokens carry no topic."""
    if not HAS_WORD_CHARACTER.search(token) or token.lower() in stopwords:
        return False
    return not (lang == "zh" and len(token) == 1)


def count_terms(tokens: list[str], lang: str) -> Counter[str]:
    """Terms of an already tokenized text, so a paragraph is segmented once."""
    stopwords = load_stopwords(lang)
    if lang == "en":
        tokens = [token.lower() for token in tokens]
    return Counter(token for token in tokens if keep_term(token, lang, stopwords))
