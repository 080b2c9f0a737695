"""Quantified statements (targets and reported achievements) found in report sentences.

Each number with a unit becomes one row: value (normalised: 5万 -> 50000, ten million ->
10000000), value_high for ranges, a normalised unit, the modifier the text puts on it
(exact / around / at least / at most / more than / range), a kind decided by where the
sentence sits (review -> achievement; plan -> multi-year unless it names this year;
tasks -> annual unless it names a longer horizon) and a category by what it measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.pipeline.structure import normalise_width
from dashboard.pipeline.tokens import english_sentences

# Not ；: a list of targets ("今年…目标是：…；…；…。") is one sentence, and "今年" must reach every clause.
ZH_SENTENCE_END = re.compile(r"(?<=[。！？])")
# Matching runs on width-normalised text, where ，；：！？ have become ASCII.
ZH_CLAUSE = re.compile(r"[，；：、。！？,;:!?]")
EN_CLAUSE = re.compile(r"\s--\s|;|:|,(?!\d{3})|\.\s")

ZH_MULTIPLIER = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}
ZH_UNITS = {
    "个百分点": "percentage points",
    "%": "%",
    "平方公里": "km²",
    "公里": "km",
    "千米": "km",
    "千瓦": "kW",
    "吨": "t",
    "立方米": "m³",
    "公顷": "ha",
    "亩": "mu",
    "元": "yuan",
    "人次": "person-times",
    "人": "people",
    "名": "people",
    "户": "households",
    "套": "units",
    "个": "count",
    "所": "count",
    "座": "count",
    "家": "count",
    "项": "count",
    "条": "count",
    "台": "count",
    "辆": "count",
    "张": "count",
    "倍": "times",
}
_ZH_UNIT_ALTERNATION = "|".join(sorted(map(re.escape, ZH_UNITS), key=len, reverse=True))
ZH_QUANTITY = re.compile(
    r"(?P<before>超过|不低于|不少于|不超过|控制在|至少|约|近|逾)?"
    r"(?P<low>\d+(?:\.\d+)?)(?P<low_pct>%)?"
    r"(?:\s*[-~～—至到]\s*(?P<high>\d+(?:\.\d+)?))?"
    r"(?P<mult>万亿|亿|万|千)?(?P<more>多)?(?P<mult2>亿)?"
    rf"(?P<unit>{_ZH_UNIT_ALTERNATION})?"
    r"(?P<after>左右|以上|以内|以下|上下)?"
)

EN_SCALE = {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3}
EN_WORD_NUMBERS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
EN_UNITS = (
    (r"percentage points?", "percentage points"),
    (r"%|percent\b", "%"),
    (r"(?:rmb\s+)?yuan\b", "yuan"),
    (r"square kilometers\b|square kilometres\b", "km²"),
    (r"kilometers\b|kilometres\b|km\b", "km"),
    (r"kilowatts\b|kw\b", "kW"),
    (r"tons\b|tonnes\b", "t"),
    (r"hectares\b", "ha"),
    (r"mu\b", "mu"),
    (r"(?:[a-z-]+\s+){0,3}(?:people|persons|residents|workers|graduates|jobs)\b", "people"),
    (r"(?:[a-z-]+\s+){0,3}households\b", "households"),
    (r"(?:[a-z-]+\s+){0,3}[a-z]+s\b", "count"),
)
EN_UNIT_PATTERNS = [(re.compile(pattern, re.IGNORECASE), unit) for pattern, unit in EN_UNITS]
_EN_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(EN_WORD_NUMBERS) + r")"
EN_QUANTITY = re.compile(
    r"(?P<before>at least|no less than|not less than|more than|over|above|in excess of|exceeding|around|about|"
    r"approximately|roughly|nearly|within|no more than|not more than|at most|under|below|up to|between)?\s*"
    rf"(?<![\w.,])(?P<low>{_EN_NUMBER})(?P<low_pct>%|[ -]percent)?"
    rf"(?:\s*(?:to|and|-)\s*(?P<high>{_EN_NUMBER}))?"
    r"(?:\s+(?P<mult>trillion|billion|million|thousand))?"
    r"(?![\w.])",
    re.IGNORECASE,
)
EN_AFTER = re.compile(r"^\s*(?P<after>or more|or above|or so|or less|or below)\b", re.IGNORECASE)

MODIFIERS = {
    "左右": "around",
    "上下": "around",
    "约": "around",
    "近": "around",
    "以上": "at least",
    "不低于": "at least",
    "不少于": "at least",
    "至少": "at least",
    "以内": "at most",
    "以下": "at most",
    "不超过": "at most",
    "控制在": "at most",
    "超过": "more than",
    "逾": "more than",
    "多": "more than",
    "at least": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "or more": "at least",
    "or above": "at least",
    "around": "around",
    "about": "around",
    "approximately": "around",
    "roughly": "around",
    "nearly": "around",
    "or so": "around",
    "within": "at most",
    "no more than": "at most",
    "not more than": "at most",
    "at most": "at most",
    "under": "at most",
    "below": "at most",
    "up to": "at most",
    "or less": "at most",
    "or below": "at most",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "exceeding": "more than",
}

CATEGORY_CUES = {
    "zh": (
        (
            "rural connectivity",
            re.compile(
                r"(行政村|建制村|农村|乡村|乡镇|村).*(光纤|宽带|通信|4G|网络|公路|道路|硬化路|电网|供电|通电|电商|电子商务|快递|邮政|通邮|物流|客车)|"
                r"(光纤|宽带|通信|网络|公路|道路|电网|电商|电子商务|快递|邮政).*(行政村|建制村|农村|乡村|乡镇)"
            ),
        ),
        (
            "macro-economy",
            re.compile(
                r"国内生产总值|GDP|居民消费价格|物价|就业|失业率|赤字|广义货币|M2|进出口|外贸|出口|进口|居民收入|"
                r"可支配收入|固定资产投资|社会消费品|财政收入|财政支出|国债|专项债|利用外资|外汇"
            ),
        ),
        (
            "environment",
            re.compile(
                r"能耗|排放|二氧化硫|化学需氧量|氨氮|氮氧化物|PM2\.5|细颗粒物|森林|造林|耕地|碳|污染|节能|草原|湿地|沙化|水土流失|煤"
            ),
        ),
        (
            "social",
            re.compile(
                r"贫困|脱贫|扶贫|教育|学校|学生|医疗|医保|养老|社保|保险|住房|助学|卫生|医院|健康|残疾|低保|救助|文化|农民工|培训|毕业生|棚户区|安居|危房"
            ),
        ),
        (
            "infrastructure",
            re.compile(r"铁路|公路|高速|机场|水利|港口|地铁|轨道|管网|电网|水电|核电|输电|光纤|宽带|通信|基站|5G"),
        ),
    ),
    "en": (
        (
            "rural connectivity",
            re.compile(
                r"(villages?|rural|townships?).*(fib(?:er|re)|broadband|telecom|4G|network|roads?|paved|power grid|electricity|"
                r"e-commerce|express delivery|postal|logistics|bus services)|"
                r"(fib(?:er|re)|broadband|network|roads|power grid|e-commerce|express delivery|postal).*(villages|rural)",
                re.IGNORECASE,
            ),
        ),
        (
            "macro-economy",
            re.compile(
                r"\bGDP\b|\bCPI\b|consumer prices?|jobs|employment|unemployment|deficit|\bM2\b|money supply|imports?|exports?|"
                r"foreign trade|income|fixed.asset investment|retail sales|revenue|expenditure|bonds|foreign investment",
                re.IGNORECASE,
            ),
        ),
        (
            "environment",
            re.compile(
                r"energy consumption|emissions?|sulfur|sulphur|chemical oxygen|ammonia|nitrogen oxide|PM2\.5|forest|"
                r"afforest|arable|carbon|pollut|energy conservation|grassland|wetland|desertif|soil erosion|coal",
                re.IGNORECASE,
            ),
        ),
        (
            "social",
            re.compile(
                r"poverty|poor|education|schools?|students|medical|health|pension|social security|insurance|housing|"
                r"subsid|hospital|disabilit|subsistence|culture|migrant workers|training|graduates|shanty|dilapidated",
                re.IGNORECASE,
            ),
        ),
        (
            "infrastructure",
            re.compile(
                r"railways?|roads?|highways?|expressways?|airports?|water conservancy|ports?|subway|rail transit|pipelines?|"
                r"power grid|hydropower|nuclear|transmission|fib(?:er|re)|broadband|base stations|5G",
                re.IGNORECASE,
            ),
        ),
    ),
}

METRIC_KEYS = {
    "zh": (
        ("gdp_growth", re.compile(r"^(?!.*贡献)(?!.*同步).*((国内生产总值|GDP).{0,20}增长|经济增长)")),
        ("cpi", re.compile(r"居民消费价格|物价总水平|物价涨幅")),
        ("new_urban_jobs", re.compile(r"城镇新增就业")),
        ("surveyed_unemployment", re.compile(r"调查失业率")),
        ("urban_unemployment", re.compile(r"失业率")),
        ("energy_intensity", re.compile(r"单位国内生产总值能耗|单位GDP能耗|能耗")),
        ("villages_fibre", re.compile(r"(行政村|建制村).*(光纤|宽带)|(光纤|宽带).*(行政村|建制村)")),
        ("rural_roads", re.compile(r"农村公路")),
    ),
    "en": (
        (
            "gdp_growth",
            re.compile(
                r"^(?!.*contribut)(?!.*in step)(?!.*equivalent).*(\bGDP\b.*(growth|grow|increase)|(growth|increase).*\bGDP\b|economic growth)",
                re.IGNORECASE,
            ),
        ),
        ("cpi", re.compile(r"\bCPI\b|consumer prices?", re.IGNORECASE)),
        ("new_urban_jobs", re.compile(r"new urban jobs|urban jobs", re.IGNORECASE)),
        ("surveyed_unemployment", re.compile(r"surveyed (?:urban )?unemployment", re.IGNORECASE)),
        ("urban_unemployment", re.compile(r"unemployment rate", re.IGNORECASE)),
        ("energy_intensity", re.compile(r"energy consumption per unit of GDP|energy intensity", re.IGNORECASE)),
        (
            "villages_fibre",
            re.compile(r"villages.*(fib(?:er|re)|broadband)|(fib(?:er|re)|broadband).*villages", re.IGNORECASE),
        ),
        ("rural_roads", re.compile(r"rural roads", re.IGNORECASE)),
    ),
}
CHANGE_OPENING = {
    "zh": re.compile(r"^(?:比上年|同比|实际)?(?:增长|上涨|下降|提高|降低)"),
    "en": re.compile(
        r"^(?:and )?(?:representing|up|down|(?:an? )?(?:increase|rise|growth|decrease|decline|drop))\b", re.IGNORECASE
    ),
}
HORIZON_CUES = {
    "zh": re.compile(r"五年|[“\"]?十[一二三四五六七八九]五[”\"]?|到20\d\d年|期间|累计|规划|远景"),
    "en": re.compile(
        r"five years|five-year plan|by 20\d\d|over the period|during the period|cumulative", re.IGNORECASE
    ),
}
THIS_YEAR_CUES = {
    "zh": lambda year: re.compile(rf"今年|本年度|{year}年"),
    "en": lambda year: re.compile(rf"this year|for {year}|in {year}", re.IGNORECASE),
}
PAST_CUES = {
    "zh": re.compile(r"了|已经|已|达到|比上年|过去|去年|完成了"),
    "en": re.compile(r"\b(?:was|were|has|have|had|reached|rose|fell|grew|increased by|last year)\b", re.IGNORECASE),
}


# "Three areas", "8 tasks": single-digit counts enumerate, they do not set targets.
MIN_COUNT = 10


def _is_enumeration(value: float, unit: str) -> bool:
    return unit == "count" and value < MIN_COUNT


@dataclass(frozen=True)
class Target:
    sentence: str
    metric: str
    metric_key: str | None
    value: float
    value_high: float | None
    unit: str
    modifier: str
    kind: str
    category: str


def split_sentences(text: str, lang: str) -> list[str]:
    if lang == "zh":
        return [part.strip() for part in ZH_SENTENCE_END.split(text) if part.strip()]
    return list(english_sentences(text))


def _number(token: str | None) -> float | None:
    """A numeral as written (50,000 / 6.5 / ten) as a float; None for an absent optional group."""
    if token is None:
        return None
    token = token.lower().replace(",", "")
    if token in EN_WORD_NUMBERS:
        return float(EN_WORD_NUMBERS[token])
    return float(token)


def _classify(pattern_set: tuple[tuple[str, re.Pattern[str]], ...], text: str, default: str | None) -> str | None:
    for name, cue in pattern_set:
        if cue.search(text):
            return name
    return default


def _kind(sentence: str, section_kind: str, lang: str, year: int) -> str:
    names_this_year = bool(THIS_YEAR_CUES[lang](year).search(sentence))
    longer_horizon = bool(HORIZON_CUES[lang].search(sentence))
    if section_kind == "review":
        return "achievement"
    if section_kind == "plan":
        return "annual" if names_this_year and not longer_horizon else "multi-year"
    if section_kind == "tasks":
        return "multi-year" if longer_horizon and not names_this_year else "annual"
    # Unheaded reports: tense decides.
    if PAST_CUES[lang].search(sentence):
        return "achievement"
    return "multi-year" if longer_horizon else "annual"


def _clauses(sentence: str, splitter: re.Pattern[str]) -> list[str]:
    return [clause.strip() for clause in splitter.split(sentence) if clause and clause.strip()]


def _zh_quantities(clause: str) -> list[tuple[float, float | None, str, str, str]]:
    found = []
    for match in ZH_QUANTITY.finditer(clause):
        unit_token = "%" if match["low_pct"] else match["unit"]
        if unit_token is None:  # a bare number: a year, an ordinal, a list item
            continue
        if unit_token == "个" and match["high"] and not match["mult"]:  # "3–5个": a rough count, not a target
            continue
        # 4万多亿元: "more than 4 trillion" is 万 then 亿.
        multiplier = ZH_MULTIPLIER.get(match["mult"] or "", 1.0) * ZH_MULTIPLIER.get(match["mult2"] or "", 1.0)
        low = float(match["low"]) * multiplier
        high = float(match["high"]) * multiplier if match["high"] else None
        modifier_token = match["after"] or match["before"] or match["more"]
        modifier = "range" if high is not None else MODIFIERS.get(modifier_token or "", "exact")
        metric = (clause[: match.start()] + clause[match.end() :]).strip()
        found.append((low, high, ZH_UNITS[unit_token], modifier, metric))
    return found


def _en_unit(rest: str, has_pct: bool) -> str | None:
    if has_pct:
        return "%"
    for pattern, unit in EN_UNIT_PATTERNS:
        if pattern.match(rest.lstrip()):
            return unit
    return None


def _en_quantities(clause: str) -> list[tuple[float, float | None, str, str, str]]:
    found = []
    for match in EN_QUANTITY.finditer(clause):
        low = _number(match["low"])
        rest = clause[match.end() :]
        # A bare year (2016) or ordinal is not a quantity.
        if not match["mult"] and not match["low_pct"] and 1900 <= low <= 2100 and float(low).is_integer():
            continue
        unit = _en_unit(rest, bool(match["low_pct"]) or rest.lstrip().startswith("%"))
        if unit is None:
            continue
        multiplier = EN_SCALE.get((match["mult"] or "").lower(), 1.0)
        high = _number(match["high"])
        after = EN_AFTER.match(rest)
        before = (match["before"] or "").lower()
        if high is not None:
            modifier = "range"
        elif after:
            modifier = MODIFIERS[after["after"].lower()]
        else:
            modifier = MODIFIERS.get(before, "exact")
        metric = (clause[: match.start()] + " … " + rest).strip(" …")
        found.append((low * multiplier, high * multiplier if high is not None else None, unit, modifier, metric))
    return found


def extract_targets(text: str, lang: str, year: int, section_kind: str) -> list[Target]:
    """Every quantity with a unit in a paragraph, with the sentence that states it."""
    targets = []
    for sentence in split_sentences(text, lang):
        matchable = normalise_width(sentence)
        clauses = _clauses(matchable, ZH_CLAUSE if lang == "zh" else EN_CLAUSE)
        kind = _kind(matchable, section_kind, lang, year)
        previous = ""
        for clause in clauses:
            # "国内生产总值达到74.4万亿元，增长6.7%": a clause that opens with a change names its
            # metric in the clause before, so that clause joins the classification.
            context = f"{previous} {clause}" if CHANGE_OPENING[lang].match(clause) else clause
            previous = clause
            quantities = _zh_quantities(clause) if lang == "zh" else _en_quantities(clause)
            for low, high, unit, modifier, metric in quantities:
                if _is_enumeration(low, unit):
                    continue
                targets.append(
                    Target(
                        sentence=sentence,
                        metric=re.sub(r"\s+", " ", metric)[:120] or clause[:120],
                        metric_key=_classify(METRIC_KEYS[lang], context, None),
                        value=low,
                        value_high=high,
                        unit=unit,
                        modifier=modifier,
                        kind=kind,
                        category=_classify(CATEGORY_CUES[lang], context, "other"),
                    )
                )
    return targets
