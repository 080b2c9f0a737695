"""Numbers with units in a clause: value, upper value of a range, unit and the modifier the text puts on it.

Runs on number-normalised text (dashboard.pipeline.numbers), so every figure is ASCII digits
by the time it gets here. What is not an amount is never read as one: bare numbers (years,
list items), years before a range dash ("from 6.12 trillion at the end of 2007 to 17.63"),
small counts that enumerate ("three areas"), and "from X to Y", which is a change, not a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from dashboard.pipeline.tokens import english_sentences

# Not ；: a list of targets ("今年…目标是：…；…；…。") is one sentence, and "今年" must reach every clause.
ZH_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
# Matching runs on NFKC text, where ，；：！？ have become ASCII.
CLAUSE_SPLIT = {
    "zh": re.compile(r"[，；：、。！？,;:!?]"),
    "en": re.compile(r"\s--\s|;|:|,(?!\d{3})|\.\s"),
}

# Units read in another unit: 4550亿公斤 is 455 million t.
ZH_UNIT_SCALE = {"公斤": Decimal("0.001"), "千克": Decimal("0.001")}
ZH_MULTIPLIER = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3}
ZH_UNITS = {
    "个百分点": "percentage points",
    "%": "%",
    "平方公里": "km²",
    "公里": "km",
    "千米": "km",
    "千瓦": "kW",
    "吨": "t",
    "公斤": "t",
    "千克": "t",
    "斤": "jin",
    "立方米": "m³",
    "平方米": "m²",
    "公顷": "ha",
    "亩": "mu",
    "元": "yuan",
    "美元": "US$",
    "人次": "person-times",
    "人口": "people",
    "门": "units",
    "人": "people",
    "名": "people",
    "户": "households",
    # "1700万贫困家庭学生": students, not 家 the counter of businesses ("3万家企业").
    "家庭学生": "people",
    "学生": "people",
    "家庭": "households",
    "套": "units",
    "个": "count",
    "所": "count",
    "座": "count",
    "家": "count",
    "项": "count",
    "条": "count",
    "台": "units",
    "辆": "units",
    # Beds, tickets, cards counted in 张 are units, as the gold reads hospital beds (the forty-ninth draw).
    "张": "units",
    # Kinds of products or drugs, pieces of legislation or cases, head of livestock: things counted (the figures drawn
    # from the texts read them so).
    "种": "count",
    "件": "count",
    "头": "count",
    "倍": "times",
}
_ZH_UNIT_ALTERNATION = "|".join(sorted(map(re.escape, ZH_UNITS), key=len, reverse=True))
# 至少 still says at least, and 大约 or 约 about, with one of these verbs between it and the figure ("至少节约百分之十", "年内至少降低
# 30%", "比一九五二年大约增长百分之四十一点七", "平均工资以货币计算约增长百分之三十三"), or a share ("约占80%").
ZH_DEGREE_VERBS = ("节约", "减少", "降低", "增加", "增长", "提高", "占")
_ZH_DEGREE_VERB = f"(?:{'|'.join(ZH_DEGREE_VERBS)})?"
# "经济增长连续四年达到或略高于10%": reached, or (a little) more than, the figure: at least.
ZH_REACHED_OR_MORE = tuple(f"达到或{little}{more}" for little in ("", "略") for more in ("高于", "超过"))
ZH_QUANTITY = re.compile(
    # 约 as about, not the 约 of a word before the figure ("应该比原计划至少节约百分之十", 条约, 制约).
    rf"(?P<before>{'|'.join(ZH_REACHED_OR_MORE)}|超过|突破|跃上|跨越|不低于|不少于|不超过|少于|不到|控制在|至少{_ZH_DEGREE_VERB}|大约{_ZH_DEGREE_VERB}|"
    rf"(?<![节条制预契签履违])(?:约有|约为|约{_ZH_DEGREE_VERB})|将近|接近|近|逾|低于|高于)?"
    r"(?P<low>\d+(?:\.\d+)?)(?P<low_pct>%)?"
    # The upper end is no year: "将由1952年的39.7%到1957年上升为45.4%" runs to a year, not to 1957%.
    r"(?:\s*[-~～—–至到]\s*(?P<high>\d+(?:\.\d+)?)(?![\d.]|年))?"
    r"(?P<mult>万亿|亿|万|千(?![瓦米克]))?(?P<more>多)?(?P<mult2>万亿|亿|万)?"
    # "6000万农村人口", "60万无电地区人口": who is counted may stand between the number and its unit.
    r"(?P<who>农村|城镇|城乡|贫困|无电地区|农牧区|山区)?"
    rf"(?P<unit>{_ZH_UNIT_ALTERNATION})?"
    # 强 after a figure is a little over it ("百分之五十四强", 1957).
    # 多 after a multiple ("增长1倍多", more than doubled) is more than it.
    r"(?P<after>左右|以上|以内|以下|上下|或者更多|或更多|强(?![国化大度盛])|(?<=倍)多)?"
)

EN_SCALE = {"trillion": 10**12, "billion": 10**9, "million": 10**6, "thousand": 10**3}
_EN_ONES = [
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
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
EN_WORD_NUMBERS = {word: value for value, word in enumerate(_EN_ONES)} | _EN_TENS | {"hundred": 100}
EN_WORD_NUMBERS |= {
    f"{tens}-{one}": value + index for tens, value in _EN_TENS.items() for index, one in enumerate(_EN_ONES[1:10], 1)
}
# "over one hundred million market entities": one number, so the "over" before it is its modifier.
EN_WORD_NUMBERS |= {f"{one} hundred": index * 100 for index, one in enumerate(_EN_ONES[1:10], 1)}
EN_UNITS = (
    (r"percentage points?", "percentage points"),
    (r"%|percent\b", "%"),
    (r"(?:rmb\s+)?yuan\b", "yuan"),
    (r"(?:US |U\.S\. )?dollars\b", "US$"),
    (r"square kilometers\b|square kilometres\b", "km²"),
    (r"cubic met(?:er|re)s\b", "m³"),
    (r"square met(?:er|re)s\b", "m²"),
    (r"kilometers\b|kilometres\b|km\b", "km"),
    (r"kilowatts\b|kw\b", "kW"),
    (r"(?:metric )?tons\b|tonnes\b", "t"),
    (r"jin\b", "jin"),
    (r"(?:kg|kilograms)\b", "kg"),  # read as tonnes: see EN_UNIT_SCALE
    (r"hectares\b", "ha"),
    (r"mu\b", "mu"),
    (
        r"(?:[a-z-]+\s+){0,3}(?:people|persons|residents|workers|graduates|jobs|students|pupils|teachers|farmers|"
        r"patients|visitors|population|taxpayers|enrollments?|retirees|pensioners|doctors|nurses|children|employees)\b",
        "people",
    ),
    # Dwellings and products, not "11 province-level administrative units" (a count of places).
    (
        r"(?:[a-z-]+\s+){0,3}(?:(?<!administrative )units|apartments|homes|houses|dwellings|vehicles|cars|containers|cases)\b",
        "units",
    ),
    (r"(?:[a-z-]+\s+){0,3}(?:households|families)\b", "households"),
    # A thing counted, named by a plural within four words ("137 administrative regulations"), never a word that only
    # ends in s ("aged 60 and above has now reached", "as follows", "overseas").
    (
        r"(?:[a-z-]+\s+){0,3}(?!(?:has|was|is|as|this|its|thus|plus|across|less|unless|whereas|overseas|follows)\b)[a-z]+s\b",
        "count",
    ),
)
EN_UNIT_SCALE = {"kg": Decimal("0.001")}
EN_UNIT_RENAME = {"kg": "t"}
EN_UNIT_PATTERNS = [(re.compile(pattern, re.IGNORECASE), unit) for pattern, unit in EN_UNITS]
_EN_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(EN_WORD_NUMBERS, key=len, reverse=True)) + r")"
EN_QUANTITY = re.compile(
    # \b: "cover 12.5%" is not "over 12.5%". Not "up to": the translation writes it for 达到, reaching ("bringing central
    # government investment in development projects up to 152.1 billion yuan", "up to 7.65 million college graduates").
    r"(?:\b(?P<before>exceeded|exceeding|exceed|topped|surpassed|(?:does not|do not|not|will not) (?:rise |go )?(?:above|exceed)|(?:does not|do not|not|will not) (?:fall |drop |go )?below|no higher than|not higher than|at or below|no lower than|not lower than|at or above|at least|no less than|not less than|more than|over|above|in excess of|exceeding|around|about|"
    r"approximately|roughly|nearly|almost|close to|approached|approaching|within|no more than|not more than|at most|under|below|between|from|several)"
    # "remains at or above the red line of 120 million hectares": the modifier names the line it keeps to.
    r"(?: the (?:red ?line|floor|minimum|ceiling|level) of)?)?\s*"
    # "US$ 2.97 trillion", "more than $130 billion": the currency before the number is its unit.
    r"(?P<currency>(?:US|U\.S\.)?\$\s?)?"
    # Not a number in a name ("COVID-19", "G-20") or a compound adjective ("ten-point list", "five-year").
    rf"(?<![\w.,])(?<![A-Za-z]-)(?P<low>{_EN_NUMBER})(?P<low_pct>%|[ -]percent)?(?!-[A-Za-z])"
    rf"(?:\s*(?P<dash>to|and|-|–)\s*(?P<high>{_EN_NUMBER})(?P<high_pct>%|[ -]percent)?)?"
    r"(?:\s+(?P<mult>trillion|billion|million|thousand))?"
    # Not the "1" of "1.5"; a full stop after "billion" ends the sentence ("reached $60.1 billion.").
    r"(?!\w|\.\d)",
    re.IGNORECASE,
)
_EN_OR_WORDS = "or more|or above|or so|or less|or below|or lower|or higher"
EN_AFTER = re.compile(rf"^\s*(?P<after>{_EN_OR_WORDS}|plus)\b", re.IGNORECASE)
# …or after the figure's measure ("annual revenue of 20 million yuan or more"; _after_its_measure); not "plus" there,
# which may join another figure.
EN_AFTER_MEASURE = re.compile(rf"^\s*(?P<after>{_EN_OR_WORDS})\b", re.IGNORECASE)
# "居民消费价格涨幅控制在3.3%" in a review reports where prices were held: the figure itself, not a ceiling.
HELD_AT = frozenset({"控制在"})

# 大约 opening a clause whose first figure stands further on ("大约每人每月的平均开支只需要五元", 1957): about that figure.
ZH_ABOUT_OPENS = re.compile(r"^[^\d]{0,4}(大约)[^\d]*$")

# The words that set a modifier, and which modifier of the vocabulary (dashboard.vocabulary.MODIFIERS) each sets.
MODIFIER_WORDS = {
    "左右": "around",
    "上下": "around",
    "约": "around",
    "大约": "around",
    "约有": "around",
    "约为": "around",
    "将近": "around",
    "接近": "around",
    "近": "around",
    "以上": "at least",
    "强": "more than",
    "或者更多": "at least",
    "或更多": "at least",
    "no higher than": "at most",
    "not above": "at most",
    "not exceed": "at most",
    "not higher than": "at most",
    "at or below": "at most",
    "no lower than": "at least",
    "not lower than": "at least",
    "at or above": "at least",
    "不低于": "at least",
    **dict.fromkeys(ZH_REACHED_OR_MORE, "at least"),
    "不少于": "at least",
    "至少": "at least",
    **{f"至少{verb}": "at least" for verb in ZH_DEGREE_VERBS},
    **{f"大约{verb}": "around" for verb in ZH_DEGREE_VERBS},
    **{f"约{verb}": "around" for verb in ZH_DEGREE_VERBS},
    "以内": "at most",
    "以下": "at most",
    "不超过": "at most",
    "少于": "at most",
    # "国内生产总值从不到70万亿元增加到超过100万亿元": less than, at most as the vocabulary has it.
    "不到": "at most",
    "控制在": "at most",
    "低于": "at most",
    "超过": "more than",
    "突破": "more than",
    "跃上": "more than",
    "跨越": "more than",
    "高于": "more than",
    "逾": "more than",
    "多": "more than",
    "at least": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "or more": "at least",
    "plus": "more than",  # "an additional 200 plus items"
    "or above": "at least",
    "or higher": "at least",
    "around": "around",
    "about": "around",
    "approximately": "around",
    "roughly": "around",
    "nearly": "around",
    "almost": "around",
    "close to": "around",
    "approached": "around",
    "approaching": "around",
    "or so": "around",
    "within": "at most",
    "no more than": "at most",
    "not more than": "at most",
    "at most": "at most",
    "under": "at most",
    "below": "at most",
    "or less": "at most",
    "or below": "at most",
    "or lower": "at most",
    "more than": "more than",
    "over": "more than",
    # "keep grain output above 550 million metric tons": the translation's word for 以上, which is at least.
    "above": "at least",
    "in excess of": "more than",
    # "several hundred million workers": at least its round part, more than it, as 几亿 is.
    "several": "more than",
    "exceeding": "more than",
    "exceeded": "more than",
    "exceed": "more than",
    "topped": "more than",
    "surpassed": "more than",
}
# "does not rise above 4.5%", "will not exceed": a ceiling.
NEGATED_CEILING = re.compile(r"^(?:does|do|will)? ?not (?:rise |go )?(?:above|exceed)", re.IGNORECASE)
# "does not fall below the red line of 120 million hectares": a floor.
NEGATED_FLOOR = re.compile(r"^(?:does|do|will)? ?not (?:fall |drop |go )?below", re.IGNORECASE)
# "rise from last year's 2.1% to 2.3%": a change, not a range, when "from" comes shortly before.
FROM_BEFORE = re.compile(r"\bfrom\b[^,;]{0,25}$", re.IGNORECASE)
# "控制在3%左右": the after-word is the more specific; "控制在4.5%以内" is at most either way.
MODIFIER_PRECEDENCE = ("after", "more", "before")

# 元 in a word, not the currency: 一元化领导 (unified leadership), 二元结构 (the dual structure), 多元论.
YUAN_IN_A_WORD = re.compile(r"化|结构|论")

# 户 counts households, unless the thing counted just before it is a business or a subscriber ("新登记注册市场主体达到
# 1293万户", "日均新设企业超过1.8万户", "移动互联网用户数增加到14.5亿户"): those are a count.
# (A biogas user is a farming household.)
ZH_NOT_HOUSEHOLDS = re.compile(r"(?:企业|市场主体|经营主体|工商户|商户|(?<!沼气)用户|客户|纳税人)[^，,；;。]{0,16}$")
# …or the thing counted is named right after it ("支持116户国有企业实施政策性关闭破产", "七万户的私营工业企业",
# "二百万户的私营大中小商店").
ZH_BUSINESSES_AFTER = re.compile(r"[^，,；;。]{0,8}?(?:企业|公司|工厂|商店)")
# Goods counted in 件 are units, as goods in 台 or 辆 are: bales of cotton yarn ("棉纱四百六十万件"), farm tools; laws,
# cases and works counted in 件 stay a count (the fifty-eighth draw read seven bales of yarn so).
ZH_GOODS_IN_PIECES = re.compile(r"纱|农具")
# A count that names a thing rather than counts it (the fifty-eighth draw read them as no amounts): "十种有色金属" (the
# statistical aggregate), "十七条协议", "四十条纲要", "万隆会议十项原则", a span of months ("前十一个月"), and a count in
# quotation marks ("“十个要不要”的大讨论", "三个“十条”", "“一百五十六项”").
ZH_NAMED_COUNT_AFTER = re.compile(r"(?<=种)有色金属|(?<=条)(?:协议|纲要)|(?<=项)原则|(?<=个)月")
ZH_QUOTES = ("“", '"')
# …or the sentence counts businesses and names no household at all ("全年新登记企业增长24.5%，平均每天新增1.5万户", 2017;
# "国家决定首先集中力量抓好１０００户，…今年要扩大到５１１户", 1997, the large state enterprises of the paragraph).
ZH_BUSINESSES_COUNTED = re.compile(r"企业|市场主体|经营主体|工商户|工商业|商户|商店|(?<!沼气)用户|纳税人")
ZH_HOUSEHOLDS_NAMED = re.compile(r"农户|家庭|住户|居民|农民|牧民|危房|户籍|沼气|贫困户|困难户|住房|定居|人口|群众")


def counts_businesses(sentence: str) -> bool:
    """Whether a sentence's 户 counts businesses: it names them and no household (see ZH_BUSINESSES_COUNTED)."""
    return bool(ZH_BUSINESSES_COUNTED.search(sentence)) and not ZH_HOUSEHOLDS_NAMED.search(sentence)


# A unit followed by these is another measure, none the table knows: 千瓦小时 (kWh) is energy produced, not capacity;
# 吨公里 and 人公里 (ton- and passenger-kilometres) are transport done, not tonnes or people.
ZH_OTHER_MEASURE = {"千瓦": ("小时", "时"), "吨": ("公里",), "人": ("公里",)}

# "Three areas", "8 tasks", "一套办法", the "四人帮": single-digit counts of things or people enumerate or
# name; they do not set targets.
MIN_COUNT = 10
COUNTED_UNITS = frozenset({"count", "people", "households", "units"})


@dataclass(frozen=True)
class Quantity:
    value: float
    value_high: float | None
    unit: str
    modifier: str
    start: int
    end: int
    # The words that set the modifier (控制在, 左右, "at least"): a result "控制在3.3%" is exact.
    modifier_word: str = ""


def sentences(text: str, lang: str) -> list[str]:
    if lang == "zh":
        return [part.strip() for part in ZH_SENTENCE_END.split(text) if part.strip()]
    return list(english_sentences(text))


# The targets, the key figures and the lists paired in order each read a sentence's clauses: split once.
@lru_cache(maxsize=4096)
def clauses(sentence: str, lang: str) -> tuple[str, ...]:
    return tuple(sentence[start:end] for start, end in clause_spans(sentence, lang))


@lru_cache(maxsize=4096)
def clause_spans(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Where each of `clauses` stands in the sentence (start, end), so a reading across clauses can name a clause's figure."""
    spans = []
    start = 0
    for separator in [*CLAUSE_SPLIT[lang].finditer(sentence), None]:
        end = separator.start() if separator else len(sentence)
        piece = sentence[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        if separator:
            start = separator.end()
    return tuple(spans)


def _is_year(token: str) -> bool:
    return token.isdigit() and 1900 <= int(token) <= 2100


def _number_text(token: str) -> str:
    """A numeral as written (50,000 / 6.5 / ten / fifty-one) as plain digits."""
    token = token.lower().replace(",", "")
    return str(EN_WORD_NUMBERS.get(token, token))


def _scaled(digits: str, multiplier: int | Decimal) -> float:
    """digits × multiplier in decimal arithmetic, so 4.06万亿 is 4060000000000.0, not 4059999999999.9995."""
    return float(Decimal(digits) * multiplier)


def _modifier(groups: dict[str, str | None], high: float | None) -> tuple[str, str]:
    """The modifier and the word that sets it."""
    if high is not None:
        return "range", ""
    for name in MODIFIER_PRECEDENCE:
        token = groups.get(name)
        if token:
            if NEGATED_CEILING.match(token):
                return "at most", token
            if NEGATED_FLOOR.match(token):
                return "at least", token
            return MODIFIER_WORDS.get(token.lower(), "exact"), token
    return "exact", ""


# A number right after "per" is the base of a rate, not an amount: "粳稻每50公斤提高3元" (a price per 50 kg), "每千人口",
# "per 50 kg", "for every 10,000 people".
ZH_PER = re.compile(r"每\s*$")
EN_PER = re.compile(r"\b(?:per|every)\s*$", re.IGNORECASE)
# A half after the unit adds half of one: "人均只有一亩半耕地" (1.5 mu), "十三斤半" (13.5 jin).
HALF = "半"
# An age, not an amount: "people over the age of 15", "aged 60 and above".
EN_AGE_BEFORE = re.compile(r"\b(?:aged|ages? of)\s*$", re.IGNORECASE)
# The numbers of a slogan: "letting a hundred flowers blossom and a hundred schools of thought contend" (百花齐放、百家争鸣).
EN_SLOGAN_AFTER = re.compile(r"\s*(?:flowers|schools of thought)\b", re.IGNORECASE)
# A stretch of time, not an amount: the period a sentence is about, named by the words before it ("over the past 30 plus
# years", "for the next ten years") or after it (EN_PERIOD_ENDS). A measure in years keeps its figure: "years of
# schooling … from 10.23 to 10.8 years".
EN_PERIOD_BEFORE = re.compile(r"\b(?:next|past|last|coming|previous|following)\s*$", re.IGNORECASE)
EN_PERIOD_AFTER = re.compile(r"\s*(?:plus\s+)?(?:years|months|weeks|days|decades)\b", re.IGNORECASE)
# "over 30 years of reform and opening up", "It has been 30 years since", "ten years ago".
EN_PERIOD_ENDS = re.compile(r"\s*(?:plus\s+)?(?:years|months|decades)\s+(?:of reform|since|ago)\b", re.IGNORECASE)
# "by around 3% and 5% respectively": the figures of such a list share the modifier written before the first (Chinese
# writes each figure's own: 分别下降3%左右和5%左右). Between two of them, a comma, "and", or both.
EN_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
EN_LIST_GAP = re.compile(r"^\s*,?\s*(?:and)?\s*$", re.IGNORECASE)


def _is_stretch_of_time(clause: str, start: int, rest: str) -> bool:
    """Whether a count of years (or months, …) starting at `start`, `rest` after it, is the period a sentence is about."""
    return bool(
        EN_PERIOD_ENDS.match(rest) or (EN_PERIOD_AFTER.match(rest) and EN_PERIOD_BEFORE.search(clause, 0, start))
    )


def _shared_modifiers(found: list[Quantity], clause: str) -> list[Quantity]:
    """The figures of a list read "respectively" take the modifier written before the first where they have none."""
    if len(found) < 2 or not EN_RESPECTIVELY.search(clause):
        return found
    shared = list(found)
    for position in range(1, len(shared)):
        before, quantity = shared[position - 1], shared[position]
        if (
            quantity.modifier == "exact"
            and before.modifier != "exact"
            and EN_LIST_GAP.match(clause[before.end : quantity.start])
        ):
            shared[position] = replace(quantity, modifier=before.modifier, modifier_word=before.modifier_word)
    return shared


def _zh_quantities(clause: str) -> list[Quantity]:
    found = []
    for match in ZH_QUANTITY.finditer(clause):
        unit_token = "%" if match["low_pct"] else match["unit"]
        if unit_token is None:  # a bare number: a year, an ordinal, a list item
            continue
        if ZH_PER.search(clause, 0, match.start()):
            continue
        if unit_token == "个" and match["high"] and not match["mult"]:  # "3–5个": a rough count, not a target
            continue
        if unit_token == "元" and YUAN_IN_A_WORD.match(clause, match.end()):
            continue
        if clause.startswith(ZH_OTHER_MEASURE.get(unit_token, ()), match.end()):
            continue
        if match["high"] and _is_year(match["low"]) and not match["low_pct"]:  # "1990-2000年"
            continue
        # 4万多亿元: "more than 4 trillion" is 万 then 亿.
        multiplier = ZH_MULTIPLIER.get(match["mult"] or "", 1) * ZH_MULTIPLIER.get(match["mult2"] or "", 1)
        multiplier *= ZH_UNIT_SCALE.get(unit_token, 1)
        low = _scaled(match["low"], multiplier)
        high = _scaled(match["high"], multiplier) if match["high"] else None
        if not match["mult"] and not high and clause.startswith(HALF, match.end()):
            low = _scaled(str(Decimal(match["low"]) + Decimal("0.5")), multiplier)  # "一亩半": one and a half mu
        unit = ZH_UNITS[unit_token]
        if unit_token == "件" and ZH_GOODS_IN_PIECES.search(clause):
            unit = "units"
        if unit == "households" and (
            ZH_NOT_HOUSEHOLDS.search(clause, 0, match.start()) or ZH_BUSINESSES_AFTER.match(clause, match.end())
        ):
            unit = "count"
        if unit in COUNTED_UNITS and low < MIN_COUNT:
            continue
        if unit == "count" and (
            ZH_NAMED_COUNT_AFTER.match(clause, match.end()) or clause[: match.start()].endswith(ZH_QUOTES)
        ):
            continue
        modifier, word = _modifier(match.groupdict(), high)
        if modifier == "exact" and not found and (about := ZH_ABOUT_OPENS.search(clause, 0, match.start())):
            modifier, word = "around", about[1]
        found.append(Quantity(low, high, unit, modifier, match.start(), match.end(), word))
    return found


# "afforest 6 million more hectares": the unit after a word that adds to the figure.
EN_ADDED = re.compile(r"(?:more|additional|extra)\s+", re.IGNORECASE)


def _en_unit(rest: str, has_pct: bool) -> str | None:
    if has_pct:
        return "%"
    rest = rest.lstrip()
    measured = rest[added.end() :] if (added := EN_ADDED.match(rest)) else rest
    for pattern, unit in EN_UNIT_PATTERNS:
        # A measure after "more" is its unit; a thing counted is read as written ("more people": people either way).
        if pattern.match(measured) or pattern.match(rest):
            return unit
    return None


def _after_its_measure(rest: str, unit: str) -> re.Match[str] | None:
    """The "or more" after a figure's measure ("20 million yuan or more"), where its unit is one (the words of
    EN_UNIT_PATTERNS); never after a thing counted ("100 cities at or above the prefecture level")."""
    if unit in COUNTED_UNITS or unit == "%":
        return None
    measured = rest.lstrip()
    written = next((found for pattern, _unit in EN_UNIT_PATTERNS if (found := pattern.match(measured))), None)
    return EN_AFTER_MEASURE.match(measured[written.end() :]) if written else None


def _en_quantities(clause: str) -> list[Quantity]:
    found = []
    position = 0
    while match := EN_QUANTITY.search(clause, position):
        position = match.end()
        if (
            EN_PER.search(clause, 0, match.start())
            or EN_AGE_BEFORE.search(clause, 0, match.start())
            or EN_SLOGAN_AFTER.match(clause, match.end())
        ):
            continue
        low_token, high_token = match["low"], match["high"]
        before = (match["before"] or "").lower()
        dash = (match["dash"] or "").lower()
        # Not a range: "from 54.9 to 58.8 percent" is a change, "9.8% and 8.5% respectively" two figures,
        # "at the end of 2007 to 17.63 trillion" a year; each number is read on its own instead.
        from_before = before == "from" or bool(FROM_BEFORE.search(clause[: match.start("low")]))
        end = match.end()
        if high_token and (from_before or (dash == "and" and before != "between") or _is_year(low_token)):
            position = match.start("low") + len(low_token)
            # The figure ends with its own number: what follows ("to 2.3%") is the change it starts.
            end = position + len(match["low_pct"] or "")
            high_token = None
            rest = clause[match.start("low") + len(low_token) :]
            has_pct = bool(match["low_pct"])
            mult = None
        else:
            rest = clause[match.end() :]
            has_pct = bool(match["low_pct"] or match["high_pct"])
            mult = match["mult"]
        if not mult and not has_pct and _is_year(low_token.replace(",", "")):
            continue
        unit = _en_unit(rest, has_pct or rest.lstrip().startswith("%"))
        if unit is None and high_token is None and match["high"]:
            # The translation writes the unit once for both figures of a change or a pair ("from 40 to 45 yuan",
            # "4.2 and 0.7 percentage points respectively"): the first figure's is the second's, and so is its scale
            # (the figures drawn from the texts read both so).
            shared = clause[match.start("high") + len(match["high"]) :]
            has_pct = bool(match["high_pct"])
            unit, mult = _en_unit(shared, has_pct or shared.lstrip().startswith("%")), match["mult"]
            if mult:
                unit = _en_unit(clause[match.end() :], has_pct) or unit
        if match["currency"] and unit in (None, "count"):  # not "$30 million people", a slip of the translation
            unit = "US$"
        if unit is None or (unit == "count" and _is_stretch_of_time(clause, match.start(), rest)):
            continue
        multiplier = EN_SCALE.get((mult or "").lower(), 1) * EN_UNIT_SCALE.get(unit, 1)
        unit = EN_UNIT_RENAME.get(unit, unit)
        low = _scaled(_number_text(low_token), multiplier)
        high = _scaled(_number_text(high_token), multiplier) if high_token else None
        if unit in COUNTED_UNITS and low < MIN_COUNT:
            continue
        after = EN_AFTER.match(rest) or _after_its_measure(rest, unit)
        groups = {"after": after["after"] if after else None, "before": before if before != "from" else None}
        modifier, word = _modifier(groups, high)
        # "from" sets no modifier: the figure starts at its number (or its currency), and the words before it show where
        # a change starts from ("from 320 yuan to 380 yuan", targets.is_baseline).
        start = match.start() if before != "from" else match.start("currency" if match["currency"] else "low")
        found.append(Quantity(low, high, unit, modifier, start, end, word))
    return _shared_modifiers(found, clause)


# Any number at all, in number-normalised text: a digit, or an English number word ("Ninety-eight" holds
# "ninety"). Most clauses have none, and a quick look spares them the full patterns.
DIGIT = re.compile(r"\d")
EN_WORD = re.compile(r"[A-Za-z]+")
EN_NUMBER_WORDS = frozenset(word for word in EN_WORD_NUMBERS if "-" not in word)


def has_number(text: str, lang: str) -> bool:
    if DIGIT.search(text):
        return True
    return lang == "en" and not EN_NUMBER_WORDS.isdisjoint(word.lower() for word in EN_WORD.findall(text))


# The targets, the key figures and the lists paired in order each read a clause's figures: read once.
@lru_cache(maxsize=4096)
def quantities(clause: str, lang: str) -> tuple[Quantity, ...]:
    """Every number with a unit in a clause of number-normalised text."""
    if not has_number(clause, lang):
        return ()
    return tuple(_zh_quantities(clause) if lang == "zh" else _en_quantities(clause))
