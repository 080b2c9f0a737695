"""The project's vocabulary: section kinds, modifiers, roles and the metric vocabulary.

One place for the names every layer uses (pipeline, analysis, evaluation, views); the
metrics themselves, with their cues in both languages, are data in data/lexicon/metrics.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from dashboard import config
from dashboard.i18n import N_, _, interface_language

# The corpus's two languages: the code, the name a sentence uses, and the label the language control
# shows (each language in its own script, so a reader finds theirs whichever interface they use).
LANGUAGES = ("zh", "en")
LANGUAGE_NAMES = {"zh": N_("Chinese"), "en": N_("English")}
LANGUAGE_LABELS = {"zh": "中文", "en": "English"}
# The span of the Chinese reports (the first was delivered in 1954) and of the rural tracker.
YEAR_SPAN = (1954, 2026)
RURAL_SPAN = (1990, 2026)
# The longest text any control or link parameter takes (searches, terms): longer text is refused with a notice.
MAX_TEXT_CHARS = 200

SECTION_KINDS = ("review", "plan", "tasks", "closing", "other")
SECTION_MEANINGS = {
    "review": N_("last year's work"),
    "plan": N_("multi-year or annual goals"),
    "tasks": N_("this year's work"),
    "other": N_("header, notes, unheaded reports"),
}
SECTION_LABELS = {
    "review": N_("Review of last year"),
    "plan": N_("Plan and targets"),
    "tasks": N_("This year's tasks"),
    "closing": N_("Closing"),
    "other": N_("Other (header, notes)"),
}
MODIFIERS = ("exact", "around", "at least", "at most", "more than", "range")
# How a figure reads with its modifier ("around 6.5%", "至少 6.5%"); {value} is the figure with its unit.
MODIFIER_PHRASES = {
    "exact": N_("{value}"),
    "around": N_("around {value}"),
    "at least": N_("at least {value}"),
    "at most": N_("at most {value}"),
    "more than": N_("more than {value}"),
    "range": N_("{value}"),
}
# What a quantified statement is: a target for the report's year, a longer-horizon target, or a result.
TARGET_KINDS = ("annual", "multi-year", "achievement")
TARGET_KIND_MEANINGS = {
    "annual": N_("this year's target"),
    "multi-year": N_("a longer horizon"),
    "achievement": N_("reported result"),
}
TARGET_KIND_LABELS = {"annual": N_("annual"), "multi-year": N_("multi-year"), "achievement": N_("achievement")}
RURAL_CONNECTIVITY = "rural connectivity"
# The links that connect villages, as the reports speak of them (data/gold/rural.csv), in the order
# the rural tracker shows them: key -> (English label, Chinese label).
RURAL_LINKS = {
    "fibre": ("Fibre to villages", "行政村通光纤"),
    "broadband": ("Broadband", "宽带网络"),
    "mobile": ("Mobile (4G/5G)", "移动通信"),
    "telephone": ("Telephone", "电话"),
    "broadcasting": ("Radio and TV", "广播电视"),
    "roads": ("Rural roads", "农村公路"),
    "power": ("Power grid", "农村电网"),
    "water": ("Drinking water", "饮水安全"),
    "ecommerce": ("E-commerce", "农村电商"),
    "express": ("Express delivery", "快递进村"),
}
# The ledger metric that tracks a link's yearly batches (metrics.toml), where there is one.
RURAL_LINK_METRICS = {"fibre": "villages_fibre", "roads": "rural_roads"}
# What a rural statement is: a target or a result, for one year or a plan period, or a milestone
# stated without a figure ("所有行政村实现通宽带").
RURAL_KINDS = {
    "annual_target": N_("annual target"),
    "multi_year_target": N_("multi-year target"),
    "annual_result": N_("annual result"),
    "multi_year_result": N_("multi-year result"),
    "milestone": N_("milestone without a figure"),
}
METRICS_FILE = config.LEXICON_DIR / "metrics.toml"
CATEGORIES_FILE = config.LEXICON_DIR / "categories.toml"
# How far (characters) before and after a metric's cue its exclusions are looked for: "per capita GDP",
# "单位国内生产总值能耗", "contribution of consumption to economic growth", "与经济增长同步".
EXCLUSION_REACH = {"zh": (12, 8), "en": (80, 30)}


@dataclass(frozen=True)
class Metric:
    key: str
    label_en: str
    label_zh: str
    # The targets table's category of every figure of this metric: a list sentence naming other things (en-2022's main
    # targets, one sentence from GDP to energy use) does not make GDP growth an environmental figure.
    category: str
    units: tuple[str, ...]
    better: str
    ledger: bool
    batch: bool
    cue: dict[str, re.Pattern[str]]
    exclude: dict[str, re.Pattern[str] | None]
    # A later statement naming these replaces an earlier one that does not (全国财政赤字 over 中央财政赤字).
    prefer: dict[str, re.Pattern[str] | None]
    # Cues that name this metric only in some years: in the 1990s "物价涨幅" is the retail price index.
    era_cues: dict[str, list[tuple[int, int, re.Pattern[str]]]]
    # The metric that is this one as a share of GDP (the deficit's is the deficit ratio): a clause that states a
    # share of GDP right after this metric ("全国财政赤字9500亿元，占国内生产总值比重在3%以内") gives that one.
    share_of_gdp: str | None = None
    # Words that make a figure a part of this metric when its paragraph states the whole too (中央财政赤字 beside
    # 财政赤字 in "今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元"): the part is not the metric's figure.
    part: dict[str, re.Pattern[str] | None] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en

    def cue_spans(self, clause: str, lang: str, year: int | None = None) -> list[tuple[int, int]]:
        """Where a clause names this metric: each cue whose neighbourhood has none of the exclusions.

        Exclusions are checked near the cue, not in the whole clause, so one list sentence can name
        GDP growth and, further on, energy use per unit of GDP.
        """
        before, after = EXCLUSION_REACH[lang]
        exclude = self.exclude[lang]
        return [
            (match.start(), match.end())
            for cue in self.cues(lang, year)
            for match in cue.finditer(clause)
            if not (exclude and exclude.search(clause[max(match.start() - before, 0) : match.end() + after]))
        ]

    def cues(self, lang: str, year: int | None) -> list[re.Pattern[str]]:
        """The cue and the era cues in force in `year`."""
        eras = [pattern for first, last, pattern in self.era_cues[lang] if year is not None and first <= year <= last]
        return [self.cue[lang], *eras]

    def may_name(self, text: str, lang: str, year: int | None = None) -> bool:
        """A quick test before cue_spans: whether any cue occurs at all (exclusions not checked)."""
        return any(cue.search(text) for cue in self.cues(lang, year))


def _pattern(text: str, lang: str) -> re.Pattern[str] | None:
    if not text:
        return None
    return re.compile(text, re.IGNORECASE if lang == "en" else 0)


@lru_cache(maxsize=2)
def load_metrics(path: Path = METRICS_FILE) -> tuple[Metric, ...]:
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    metrics = []
    known_categories = categories()
    for key, entry in raw.items():
        if entry["better"] not in ("higher", "lower"):
            raise ValueError(f"{path}: [{key}] better must be 'higher' or 'lower'")
        if entry.get("category") not in known_categories:
            raise ValueError(f"{path}: [{key}] category must be one of {', '.join(sorted(known_categories))}")
        metrics.append(
            Metric(
                key=key,
                label_en=entry["label_en"],
                label_zh=entry["label_zh"],
                category=entry["category"],
                units=tuple(entry["unit"].split("|")),
                better=entry["better"],
                ledger=entry.get("ledger", False),
                batch=entry.get("batch", False),
                cue={lang: _pattern(entry[lang], lang) for lang in LANGUAGES},
                exclude={lang: _pattern(entry.get(f"not_{lang}", ""), lang) for lang in LANGUAGES},
                prefer={lang: _pattern(entry.get(f"prefer_{lang}", ""), lang) for lang in LANGUAGES},
                era_cues={
                    lang: [
                        (int(first), int(last), _pattern(cue, lang))
                        for first, last, cue in entry.get(f"era_{lang}", [])
                    ]
                    for lang in LANGUAGES
                },
                share_of_gdp=entry.get("share_of_gdp"),
                part={lang: _pattern(entry.get(f"part_{lang}", ""), lang) for lang in LANGUAGES},
            )
        )
    known = {item.key for item in metrics}
    for item in metrics:
        if item.share_of_gdp is not None and item.share_of_gdp not in known:
            raise ValueError(f"{path}: [{item.key}] share_of_gdp names no metric: {item.share_of_gdp}")
    return tuple(metrics)


def metric(key: str) -> Metric:
    return next(item for item in load_metrics() if item.key == key)


def metric_keys(ledger_only: bool = False) -> list[str]:
    return [item.key for item in load_metrics() if item.ledger or not ledger_only]


@lru_cache(maxsize=1)
def _raw_categories() -> dict:
    with CATEGORIES_FILE.open("rb") as handle:
        return tomllib.load(handle)


# (category, cue) pairs, checked in order, first match wins.
CategoryCues = list[tuple[str, re.Pattern[str]]]


def _category_cues(entries: list[list[str]], lang: str) -> CategoryCues:
    """A list of categories.toml's [category, pattern] entries, compiled for the language."""
    return [(name, _pattern(cue, lang)) for name, cue in entries]


@lru_cache(maxsize=1)
def load_category_rules() -> dict[str, CategoryCues]:
    """Per language, (category, cue) in the order data/lexicon/categories.toml checks them."""
    raw = _raw_categories()
    return {lang: _category_cues(raw[lang], lang) for lang in LANGUAGES}


@lru_cache(maxsize=1)
def load_figure_word_rules() -> dict[str, CategoryCues]:
    """Per language, (category, cue) matched on a figure's own words before its clause's (categories.toml
    [figure_words]); empty where the language has none."""
    raw = _raw_categories().get("figure_words", {})
    return {lang: _category_cues(raw.get(lang, []), lang) for lang in LANGUAGES}


@dataclass(frozen=True)
class CountedThings:
    """What a Chinese count of things is counted by (categories.toml [counted]): the sectors its clauses may name, in the
    order they are checked, and the words of a programme's projects counted whole."""

    sectors: CategoryCues
    programme: re.Pattern[str]


@lru_cache(maxsize=1)
def load_counted_things() -> dict[str, CountedThings | None]:
    """Per language, the rules for a count of things (categories.toml [counted]); None where the language has none."""
    raw = _raw_categories().get("counted", {})
    return {
        lang: CountedThings(_category_cues(raw[f"sectors_{lang}"], lang), _pattern(raw[f"programme_{lang}"], lang))
        if f"sectors_{lang}" in raw
        else None
        for lang in LANGUAGES
    }


@lru_cache(maxsize=1)
def load_money_fields() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]] | None]:
    """Per language, the fields with no category of their own that money set aside for them names, and the words
    that say it is spent (categories.toml [money_fields]); None where the language has none."""
    fields = _raw_categories().get("money_fields", {})
    found = {
        lang: (_pattern(fields.get(lang, ""), lang), _pattern(fields.get(f"spent_{lang}", ""), lang))
        for lang in LANGUAGES
    }
    return {lang: pair if pair[0] and pair[1] else None for lang, pair in found.items()}


@lru_cache(maxsize=1)
def load_money_shares() -> dict[str, re.Pattern[str] | None]:
    """Per language, the words that make a percentage a share or a growth of money (categories.toml [money_fields]
    share_*): it is the field's the money is spent on, as the money is; None where the language has none."""
    fields = _raw_categories().get("money_fields", {})
    return {lang: _pattern(fields.get(f"share_{lang}", ""), lang) for lang in LANGUAGES}


@dataclass(frozen=True)
class FieldNamedBefore:
    """The words that leave a figure's field to the clause before it (categories.toml [fields_named_before])."""

    spending: re.Pattern[str]
    share: re.Pattern[str]
    remainder: re.Pattern[str]


# A dataclass of compiled cues, one per field (FieldNamedBefore, ClosedCapacity).
CueGroup = TypeVar("CueGroup")


def _cue_group(table: str, group: type[CueGroup]) -> dict[str, CueGroup | None]:
    """Per language, `group` built from categories.toml [table]'s `{field}_{lang}` patterns, one per field of the
    dataclass; None where the language lacks any of them."""
    raw = _raw_categories().get(table, {})
    keys = [member.name for member in fields(group)]
    found = {lang: [_pattern(raw.get(f"{key}_{lang}", ""), lang) for key in keys] for lang in LANGUAGES}
    return {lang: group(*patterns) if all(patterns) else None for lang, patterns in found.items()}


@lru_cache(maxsize=1)
def load_fields_named_before() -> dict[str, FieldNamedBefore | None]:
    """Per language, the words of spending and of a share that name no field, and the rest of a breakdown
    (categories.toml [fields_named_before]); None where the language has none."""
    return _cue_group("fields_named_before", FieldNamedBefore)


@dataclass(frozen=True)
class ClosedCapacity:
    """The words of backward capacity closed down, and of the energy-saving paragraph that makes it environment's
    (categories.toml [closed_capacity])."""

    sentence: re.Pattern[str]
    paragraph: re.Pattern[str]


@lru_cache(maxsize=1)
def load_closed_capacity() -> dict[str, ClosedCapacity | None]:
    """Per language, the closed-capacity cues (categories.toml [closed_capacity]); None where the language has none."""
    return _cue_group("closed_capacity", ClosedCapacity)


@lru_cache(maxsize=1)
def load_rural_links() -> dict[str, re.Pattern[str] | None]:
    """Per language, the links a figure's own words name to be rural connectivity in a sentence about
    connecting the countryside (categories.toml [links]); None where the language has none."""
    links = _raw_categories().get("links", {})
    return {lang: _pattern(links.get(lang, ""), lang) for lang in LANGUAGES}


def categories() -> list[str]:
    """Every category a quantity can have, rural connectivity first, "other" last (the file may also name
    "other" for words that must not fall into a later category)."""
    names = [name for name, _cue in load_category_rules()["en"] if name != "other"]
    return [*dict.fromkeys(names), "other"]


# The categories' names as readers see them (the tables keep the English names as values).
CATEGORY_LABELS = {
    "rural connectivity": N_("rural connectivity"),
    "environment": N_("environment"),
    "social": N_("social"),
    "infrastructure": N_("infrastructure"),
    "macro-economy": N_("macro-economy"),
    "other": N_("other"),
}


# Each value's label in the interface language: the one place a stored code becomes words.
def language_name(lang: str) -> str:
    return _(LANGUAGE_NAMES[lang])


def other_language(lang: str) -> str:
    """The corpus's other language: the translation's of a Chinese report, the original's of an English one."""
    return "en" if lang == "zh" else "zh"


def section_label(kind: str) -> str:
    return _(SECTION_LABELS[kind])


def section_meaning(kind: str) -> str:
    return _(SECTION_MEANINGS.get(kind, ""))


def target_kind_label(kind: str) -> str:
    return _(TARGET_KIND_LABELS[kind])


def target_kind_meaning(kind: str) -> str:
    return _(TARGET_KIND_MEANINGS[kind])


def with_modifier(value: str, modifier: str | None) -> str:
    """A figure with its modifier in words: "around 6.5%"; an unknown or missing modifier adds nothing."""
    return _(MODIFIER_PHRASES.get(modifier or "exact", "{value}")).format(value=value)


def category_label(name: str) -> str:
    return _(CATEGORY_LABELS.get(name, name))


def rural_link_label(link: str) -> str:
    english, chinese = RURAL_LINKS[link]
    return chinese if interface_language() == "zh" else english


def rural_kind_label(kind: str) -> str:
    return _(RURAL_KINDS[kind])


def metric_label(key: str) -> str:
    return metric(key).label(interface_language())


# The units a figure is stored in, as a reader writes them after the number ("yuan" is 元: 9 trillion
# yuan, 9万亿元). "count" has no unit word.
UNIT_LABELS = {
    "%": N_("%"),
    "yuan": N_("yuan"),
    "US$": N_("US dollars"),
    "people": N_("people"),
    "count": "",
    "t": N_("tonnes"),
    "km": N_("km"),
    "jin": N_("jin"),
    "mu": N_("mu"),
    "units": N_("units"),
    "households": N_("households"),
    "kW": N_("kW"),
    "ha": N_("hectares"),
    "percentage points": N_("percentage points"),
    "times": N_("times"),
    "person-times": N_("person-times"),
    "km²": N_("km²"),
    "m³": N_("m³"),
    "m²": N_("m²"),
    "villages": N_("villages"),
}


def unit_label(unit: str) -> str:
    """A unit's word in the interface language; an unknown unit is shown as stored."""
    label = UNIT_LABELS.get(unit, unit)
    return _(label) if label else ""
