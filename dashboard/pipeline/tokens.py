"""Tokenizers: jieba with the project's user dictionary for Chinese, NLTK for English.

Chinese slogans (供给侧结构性改革, 三去一降一补, “十三五”) are found first, by one regular
expression over the normalised text, and kept whole; jieba segments the text between them.
jieba alone would cut them in pieces whatever their dictionary frequency, and a dictionary
entry for 九五 would also cut the year 一九九五年. The same stopword rule is applied to both
languages here, and only here: the terms table is the one place tokens come from.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import jieba
from nltk.tokenize.destructive import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer

from dashboard import config
from dashboard.lexicon import load_english_proper_nouns, load_slogans, load_stopwords, load_user_dictionary_terms
from dashboard.text import normalise

HAS_WORD_CHARACTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# A token that is only part of a written-out number: digits, magnitudes, 多/余/几, an ordinal 第, a measure word.
NUMBER_PIECE = re.compile(r"^第?[〇零一二三四五六七八九十百千万亿两几多余]+[个吨人元亩户斤项座家名倍]?$")
# A numbered five-year plan (九五, 十三五) is the plan only as a name: before 计划 / 规划 / 时期 /
# 期间 or a closing quotation mark, and never after another numeral (一九九五年).
PLAN_NUMBER = re.compile(r"^(?:[一二三四五六七八九]|十[一二三四五]?)五$")
PLAN_NAME_CONTEXT = ("(?<![〇零一二三四五六七八九十])", '(?=[”"]|计划|规划|时期|期间)')
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


# A report's every paragraph: tokenizing reads them all before target extraction reads them again.
@lru_cache(maxsize=1024)
def english_sentences(text: str) -> tuple[str, ...]:
    """Punkt sentences of a paragraph; cached because tokenizing and target extraction both need them."""
    return tuple(sentence.strip() for sentence in _sentence_splitter().tokenize(text) if sentence.strip())


def _trie_pattern(words: list[str]) -> str:
    """One regular expression for many words, as a trie: the engine tries each first character once
    rather than every word at every position (a plain alternation of 400 slogans costs a third of
    jieba's own time). Longer words win: a branch that goes on is tried before one that ends."""
    trie: dict = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(character) + pattern(child) for character, child in sorted(node.items()) if character]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


@lru_cache(maxsize=1)
def whole_terms() -> frozenset[str]:
    """Every term the tokenizer keeps whole: the slogans and the user dictionary's policy terms
    (互联网+政务服务 must win over the slogan 互联网+), in normalised form."""
    return frozenset(normalise(term) for term in [*load_slogans(), *load_user_dictionary_terms()])


@lru_cache(maxsize=1)
def slogan_pattern() -> re.Pattern[str]:
    """Every slogan, the longest match first (全面建成小康社会 over 小康社会); plan numbers only as names."""
    slogans = set(whole_terms())
    plans = sorted(slogan for slogan in slogans if PLAN_NUMBER.match(slogan))
    before, after = PLAN_NAME_CONTEXT
    plan_names = f"{before}(?:{'|'.join(map(re.escape, plans))}){after}" if plans else None
    others = _trie_pattern(sorted(slogans - set(plans)))
    # A look at the first character lets the engine skip at once the 70% of positions no slogan starts at.
    first = "[" + "".join(sorted({re.escape(slogan[0]) for slogan in slogans})) + "]"
    return re.compile(f"(?={first})(?:{'|'.join(part for part in (plan_names, others) if part)})")


def chinese_tokens(text: str) -> list[str]:
    text = normalise(text)
    tokens: list[str] = []
    position = 0
    for match in slogan_pattern().finditer(text):
        tokens.extend(chinese_tokenizer().lcut(text[position : match.start()]))
        tokens.append(match.group(0))
        position = match.end()
    tokens.extend(chinese_tokenizer().lcut(text[position:]))
    return tokens


STDLIB_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE


def _on_stdlib_re(rule: tuple) -> tuple[re.Pattern[str], str]:
    pattern, substitution = rule
    return re.compile(pattern.pattern, pattern.flags & STDLIB_FLAGS), substitution


class TreebankWords(NLTKWordTokenizer):
    """NLTK's word tokenizer (what word_tokenize runs on each sentence), its rules unchanged but run by the
    standard library's re: NLTK 3.10 runs them under the regex module with a time limit per match, a guard
    against hostile patterns of input that costs 45% of English tokenizing on the corpus, which is ours.
    The same tokens: tests/test_pipeline.py compares them with word_tokenize's on a whole report."""

    STARTING_QUOTES = [_on_stdlib_re(rule) for rule in NLTKWordTokenizer.STARTING_QUOTES]
    PUNCTUATION = [_on_stdlib_re(rule) for rule in NLTKWordTokenizer.PUNCTUATION]
    PARENS_BRACKETS = _on_stdlib_re(NLTKWordTokenizer.PARENS_BRACKETS)
    CONVERT_PARENTHESES = [_on_stdlib_re(rule) for rule in NLTKWordTokenizer.CONVERT_PARENTHESES]
    DOUBLE_DASHES = _on_stdlib_re(NLTKWordTokenizer.DOUBLE_DASHES)
    ENDING_QUOTES = [_on_stdlib_re(rule) for rule in NLTKWordTokenizer.ENDING_QUOTES]


@lru_cache(maxsize=1)
def _word_tokenizer() -> TreebankWords:
    return TreebankWords()


def english_sentence_tokens(text: str) -> list[list[str]]:
    return [_word_tokenizer().tokenize(sentence) for sentence in english_sentences(text)]


def tokenize(text: str, lang: str) -> list[str]:
    if lang == "zh":
        return chinese_tokens(text)
    return [token for sentence in english_sentence_tokens(text) for token in sentence]


# A report's vocabulary is a few thousand words, each judged here once (a paragraph-by-paragraph judgement made
# 400,000 of them for the Chinese corpus).
@lru_cache(maxsize=65536)
def keep_term(token: str, lang: str) -> bool:
    """A term is a token with a letter or Han character, not a stopword; one-character Chinese tokens
    and the pieces jieba cuts from written-out numbers (亿多, 多万吨, 第十三个) carry no topic."""
    if not HAS_WORD_CHARACTER.search(token) or token.lower() in load_stopwords(lang):
        return False
    if lang == "zh":
        return len(token) > 1 and (not NUMBER_PIECE.match(token) or token in whole_terms())
    return True


def count_terms(tokens: list[str], lang: str) -> Counter[str]:
    """Terms of an already tokenized text, so a paragraph is segmented once."""
    if lang == "en":
        # One form per word: China and GDP as the translations write them, every other word lower case.
        proper = load_english_proper_nouns()
        tokens = [proper.get(token.lower(), token.lower()) for token in tokens]
    # Each distinct token is judged once (a paragraph repeats most of its tokens).
    return Counter({token: count for token, count in Counter(tokens).items() if keep_term(token, lang)})
