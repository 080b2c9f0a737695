"""A report read sentence by sentence: which time each sentence speaks of, and what its figures are.

A figure's meaning depends on more than its sentence: "今年…主要预期目标是：" makes the items after
it this year's targets, "过去五年，…" makes the paragraphs after it five-year results, and a
review's "this year" is the year reviewed. `walk` carries that context through a report and
gives each sentence its time ("plan", "last", "period" or none) and the role of its figures:
"target" (set for the plan year), "outcome" (last year's result) or neither. Key figures and
the targets table both read a report through it, so the two never disagree on what a figure is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dashboard.pipeline.numbers import normalise_numbers
from dashboard.pipeline.quantities import sentences
from dashboard.pipeline.structure import Paragraph

TARGET_CUE = {
    "zh": re.compile(r"目标|预期|计划|力争|控制|争取|安排|定为|预定|拟|要求|左右|以内|以上|要"),
    "en": re.compile(
        r"target|aim|project(?:ed|ing|ion)|expected|plan|goal|strive|keep|within|around|about|over|will|set",
        re.IGNORECASE,
    ),
}
# "从1979年到1981年", "from 2012 to 2017": a span of years, even one that ends last year.
YEAR_SPAN = {
    "zh": re.compile(r"\d{4}年?(?:到|至|—|-)\d{4}年|\d{4}年(?:同|与|和)\d{4}年(?:相比|比较)"),
    "en": re.compile(r"(?:from|between) (?:19|20)\d\d (?:to|and) (?:19|20)\d\d", re.IGNORECASE),
}
# A sentence that opens with a span of years ("过去五年，…", "Over the past five years,") is about that span.
PERIOD_CUE = {
    "zh": re.compile(
        r"^.{0,12}(?:过去[两三四五六七八九十]年|[两三四五六七八九十]年来|这[两三四五]年|(?<!个)五年(?!规划|计划)|本届政府|"
        r"[“\"]?十[一二三四五]五[”\"]?(?:时期|期间)|这个期间|这一时期|期内)|"
        r"^.{0,25}(?:[“\"]?[六七八九]五[”\"]?|[“\"]?十[一二三四五]五[”\"]?)(?:计划|规划)(?!.{0,4}(?:开局|第一年|头一年))"
    ),
    "en": re.compile(
        r"^.{0,60}(?:(?:past|last|over the|previous|next|coming) (?:two|three|four|five|several) years|"
        r"(?:this|the) government's term)|^.{0,70}Five-Year Plan period",
        re.IGNORECASE,
    ),
}
LAST_YEAR_CUE = {
    # Not "比上年" / "over last year": a comparison, in a target as much as in a result.
    "zh": lambda year: re.compile(rf"(?<![比同较与和于])(?:去年|上年)|过去的?一年|一年来|{year - 1}年"),
    "en": lambda year: re.compile(
        rf"(?<!over )(?<!than )last year|past year|year just (?:passed|ended)|in {year - 1}|{year - 1}", re.IGNORECASE
    ),
}
THIS_YEAR_CUE = {
    # Years are digits by now: normalise_numbers wrote 一九七九年 as 1979年.
    "zh": lambda year: re.compile(rf"今年|本年|{year}年"),
    "en": lambda year: re.compile(rf"this year|for {year}|in {year}|{year} (?:plan|budget)", re.IGNORECASE),
}
# Words that set or explain a target, as against the words a target is phrased in (左右, 控制在, "within").
SETS_TARGET = {
    "zh": re.compile(r"提出|设定|确定|定为|预期目标|目标是"),
    "en": re.compile(r"\btarget|we (?:have )?set|projected", re.IGNORECASE),
}
# Named periods that are never this year, wherever they stand in the sentence.
ANY_PERIOD = {
    "zh": re.compile(r"[“\"]?(?:[六七八九]|十[一二三四五])五[”\"]?(?:期间|时期)|到本世纪末|本世纪末"),
    "en": re.compile(r"during the (?:\w+ )?Five-Year Plan period|by the end of the century", re.IGNORECASE),
}
HORIZON_YEAR = {
    "zh": re.compile(r"(?:到|至)((?:19|20)\d\d)年"),
    "en": re.compile(r"\b(?:by|until) (?:the end of )?((?:19|20)\d\d)\b", re.IGNORECASE),
}
# "去年我在政府工作报告中曾提出，要把…控制在百分之十以内": a review quoting last year's target.
RESTATED_TARGET = {
    "zh": re.compile(r"报告中?(?:曾)?提出|原定|预定的?目标是|原计划"),
    "en": re.compile(
        r"we (?:had )?(?:set|projected) (?:a|the) target|was targeted at|the target we set", re.IGNORECASE
    ),
}
# 1980's plan lists its items as short paragraphs without a marker ("工农业总产值，比1980年预计增长5.5%…").
SHORT_LIST_ITEM = 160
LIST_OPENING = re.compile(r"(?:[:：]|如下[。:：]?|as follows[.:]?)\s*$", re.IGNORECASE)
LIST_ITEM = re.compile(r"^\s*(?:——|--|—|-|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])")
# A change from one year's figure to another's: "从2007年末的6.12万亿元增加到2012年末的17.63万亿元".
FROM_TO = {
    "zh": re.compile(r"从[^，。；]{0,30}?到"),
    "en": re.compile(r"\bfrom\b.{0,80}?\bto\b", re.IGNORECASE),
}
NEXT_YEAR_CUE = {"zh": "明年", "en": "next year"}


@dataclass(frozen=True)
class Sentence:
    paragraph: Paragraph
    text: str
    matchable: str  # number-normalised text, for rules to match
    time: str | None
    role: str | None


def time_of(sentence: str, lang: str, year: int, plan_year: int, in_review: bool = False) -> str | None:
    """Which time a sentence speaks of: "plan" (the plan year), "last" (the year before), "period"
    (several years: the past five years, this government's term), or None when it names none.
    (Another single year, "到2020年", is checked next to each figure instead: see _assign.)
    A review sentence naming both years is about the last ("2012年…国内生产总值增长7.8%…为今年…打下基础")."""
    if YEAR_SPAN[lang].search(sentence):
        return "period"
    names_plan = bool(_plan_year_cue(lang, year, plan_year).search(sentence))
    names_last = bool(LAST_YEAR_CUE[lang](year).search(sentence))
    if names_plan and not (in_review and names_last):
        return "plan"
    if names_last:
        return "last"
    if PERIOD_CUE[lang].search(sentence) or ANY_PERIOD[lang].search(sentence):
        return "period"
    horizons = {int(found) for found in HORIZON_YEAR[lang].findall(sentence)}
    if any(horizon > plan_year for horizon in horizons):
        return "period"  # "到1985年，粮食产量达到八千亿斤": a later year's goal
    return None


def role_of(sentence: str, section_kind: str, lang: str, time: str | None) -> str | None:
    """target, outcome or neither, from where the sentence sits and which time it speaks of.

    `time` is the sentence's own time, or the last one named earlier in its paragraph: the items of
    "今年…主要预期目标是：" or of "-- Add more than 9 million urban jobs." inherit "this year" from the
    sentence that opens the list, and "过去一年…" carries on to the figures that follow it.
    """
    if time == "last":
        # In the plan, a sentence naming last year may explain this year's target ("提出居民消费价格涨幅3%左右，
        # 综合考虑了去年价格变动的翘尾因素"): only a sentence without a target word reports last year.
        if section_kind in ("plan", "tasks") and SETS_TARGET[lang].search(sentence):
            return None
        return "outcome"
    if section_kind in ("plan", "tasks"):
        # The tasks are this year's work; the plan also sets multi-year goals, so there a target word must say so.
        if time == "plan" or (time is None and (section_kind == "tasks" or TARGET_CUE[lang].search(sentence))):
            return "target"
        return None
    if section_kind == "review":
        return "outcome" if time is None else None
    return "target" if time == "plan" and TARGET_CUE[lang].search(sentence) else None


def _plan_year_cue(lang: str, year: int, plan_year: int) -> re.Pattern[str]:
    if plan_year == year:
        return THIS_YEAR_CUE[lang](year)
    return re.compile(rf"{NEXT_YEAR_CUE[lang]}|{THIS_YEAR_CUE[lang](plan_year).pattern}", re.IGNORECASE)


def walk(paragraphs: list[Paragraph], lang: str, year: int, plan_year: int) -> Iterator[Sentence]:
    """Every sentence of a report with its time and role.

    The time a sentence names carries on to the sentences after it in its paragraph. A period named
    by a part heading ("一、过去五年工作回顾", "二、“十三五”时期主要目标任务") frames every paragraph
    after it until the next part; there a change from an earlier year to last year holds for its own
    sentence only. In the
    review, "this year" is the year reviewed (en-2019: "In pursuing development this year, China
    faced…"): it holds for its own sentence only.
    """
    frame: str | None = None
    list_time: str | None = None
    announced = False
    for paragraph in paragraphs:
        opens_part = paragraph.is_heading and paragraph.subpart == 0
        if opens_part:
            frame = None
        # "1991年国民经济和社会发展计划的主要指标是：" followed by paragraphs "——…": the items share its time.
        # An announced list ("…如下：") also runs on through short unmarked items; a period only through "——" items.
        continues_list = list_time is not None and (
            LIST_ITEM.match(paragraph.text)
            or (announced and not paragraph.is_heading and len(paragraph.text) <= SHORT_LIST_ITEM)
        )
        time = list_time if continues_list else frame
        if not continues_list:
            list_time = None
        in_review = paragraph.section_kind == "review"
        opening_time: str | None = None
        for index, text in enumerate(sentences(paragraph.text, lang)):
            matchable = normalise_numbers(text, lang)
            own_time = time_of(matchable, lang, year, plan_year, in_review)
            if index == 0:
                opening_time = own_time
            if own_time == "period" and opens_part:
                frame = "period"
            # Under a five-year review, a change "from" an earlier year "to" last year ("涉农贷款余额从2007年末的
            # 6.12万亿元增加到2012年末的…") is about the five years' end point: the paragraph goes on about the five years.
            ends_a_span = frame == "period" and own_time == "last" and bool(FROM_TO[lang].search(matchable))
            holds_alone = (in_review and own_time == "plan") or ends_a_span
            time = time if holds_alone else own_time or time
            sentence_time = own_time or time
            role = role_of(matchable, paragraph.section_kind, lang, sentence_time)
            if role == "outcome" and RESTATED_TARGET[lang].search(matchable):
                role = None  # last year's target quoted in the review, not its result
            yield Sentence(paragraph, text, matchable, sentence_time, role)
        # A list opener ("…主要指标是：") or a paragraph that opens on a period ("过去五年极不寻常…")
        # gives its time to the "——" items after it.
        if LIST_OPENING.search(paragraph.text):
            list_time, announced = time, True
        elif opening_time == "period":
            list_time, announced = "period", False
