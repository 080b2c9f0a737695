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

from dashboard.pipeline.numbers import count_of, normalise_numbers
from dashboard.pipeline.quantities import sentences
from dashboard.pipeline.rules import LIST_ITEM, RULES
from dashboard.pipeline.structure import Paragraph

# 1980's plan lists its items as short paragraphs without a marker ("工农业总产值，比1980年预计增长5.5%…"), sector by
# sector, up to 190 characters each ("轻工业，总产值比1980年预计增长8%…"; at 160 the list broke there, and the rest of
# 1981's plan read as multi-year). From 250 to 400 characters no other list of the corpus changes.
SHORT_LIST_ITEM = 250
LIST_OPENING = re.compile(r"(?:[:：]|如下[。:：]?|as follows[.:]?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    paragraph: Paragraph
    text: str
    matchable: str  # number-normalised text, for rules to match
    time: str | None
    role: str | None
    # Whether the time is the sentence's own or carried on from a sentence before it in its paragraph.
    time_is_own: bool = True


def plan_period_ends(sentence: str, lang: str) -> list[int]:
    """The last year of each five-year plan the sentence names by its number ("“十五”期间", "第一个五年计划", "the 12th
    Five-Year Plan"): the first ran 1953–1957, the second 1958–1962, the third from 1966 after three years of
    readjustment, each after it five years on."""
    ends = []
    for named in RULES[lang].named_plan.finditer(sentence):
        if RULES[lang].plan_compared_before.search(sentence, 0, named.start()):
            continue  # the base of a comparison ("比“六五”期间增长近百分之七十", "higher … than that during the 13th …")
        written = named["number"] or named.groupdict().get("ordinal")
        number = count_of(written)
        first = {1: 1953, 2: 1958}.get(number, 1966 + 5 * (number - 3))
        ends.append(first + 4)
    return ends


def time_of(sentence: str, lang: str, year: int, plan_year: int, in_review: bool = False) -> str | None:
    """Which time a sentence speaks of: "plan" (the plan year), "last" (the year before), "period"
    (several years: the past five years, this government's term), or None when it names none.
    (Another single year, "到2020年", is checked next to each figure instead: see _assign.)
    A review sentence naming both years is about the last ("2012年…国内生产总值增长7.8%…为今年…打下基础").
    The years of what a figure is measured against are not its time ("1984年…在1979到1983年…的基础上，比上年增长14.2%")."""
    compared = RULES[lang].year_compared.search(sentence)
    if compared and int(compared[1]) > plan_year:
        return "period"  # "一九五七年比一九五二年将有如下的增长比例" (1955): a later year's goals
    sentence = RULES[lang].reference_aside.sub("", sentence)
    if RULES[lang].year_span.search(sentence):
        return "period"
    names_plan = bool(_plan_year_cue(lang, year, plan_year).search(sentence))
    names_last = bool(
        RULES[lang].last_year_cue(year).search(sentence) or (in_review and RULES[lang].whole_year.search(sentence))
    )
    if names_plan and not (in_review and names_last):
        return "plan"
    if names_last:
        return "last"
    if RULES[lang].period_cue.search(sentence) or RULES[lang].any_period.search(sentence):
        return "period"
    horizons = {int(found) for found in RULES[lang].horizon_year.findall(sentence)}
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
        if section_kind in ("plan", "tasks") and RULES[lang].sets_target.search(sentence):
            return None
        return "outcome"
    if section_kind in ("plan", "tasks"):
        # The tasks are this year's work, save a sentence that tells what happened; the plan also sets multi-year
        # goals, so there a target word must say so.
        if time == "plan":
            return "target"
        if time is None and section_kind == "tasks" and not tells_what_happened(sentence, lang):
            return "target"
        if time is None and section_kind == "plan" and RULES[lang].target_cue.search(sentence):
            return "target"
        return None
    if section_kind == "review":
        return "outcome" if time is None else None
    return "target" if time == "plan" and RULES[lang].target_cue.search(sentence) else None


def tells_what_happened(sentence: str, lang: str) -> bool:
    """A sentence with a word of the past and none of work to do ("亏损由六亿三千万元减少到一亿元，…加强了管理",
    "两年中新建铁路铺轨一千四百多公里…已经铺轨完成"): among the tasks, a result they cite, not a target."""
    return bool(RULES[lang].told_cue.search(sentence)) and not RULES[lang].to_do_cue.search(sentence)


def _plan_year_cue(lang: str, year: int, plan_year: int) -> re.Pattern[str]:
    if plan_year == year:
        return RULES[lang].this_year_cue(year)
    return re.compile(rf"{RULES[lang].next_year}|{RULES[lang].this_year_cue(plan_year).pattern}", re.IGNORECASE)


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
            ends_a_span = (
                frame == "period" and own_time == "last" and bool(RULES[lang].sentence_from_to.search(matchable))
            )
            holds_alone = (in_review and own_time == "plan") or ends_a_span
            time = time if holds_alone else own_time or time
            sentence_time = own_time or time
            # Last year named earlier in the paragraph does not make a sentence of work to do, in the plan or the tasks,
            # a report of it ("去年全国财政…超收7239亿元。…同时，削减财政赤字450亿元；拟增加中央预算稳定调节基金1032亿元", 2008); a
            # standing programme's requirement restated there is no target of the year either (1960: "按照纲要要求的水平计算，
            # 全国粮食总产量应该有七千二百亿斤到七千五百亿斤").
            restates = RULES[lang].restated_target.search(matchable) and not RULES[lang].actual.search(matchable)
            if (
                own_time is None
                and time == "last"
                and paragraph.section_kind in ("plan", "tasks")
                and RULES[lang].to_do_cue.search(matchable)
                and not restates
            ):
                sentence_time = None
            role = role_of(matchable, paragraph.section_kind, lang, sentence_time)
            # Last year's target quoted in the review is not its result, unless the sentence says what actually was.
            if role == "outcome" and restates:
                role = None
            yield Sentence(paragraph, text, matchable, sentence_time, role, time_is_own=own_time is not None)
        # A list opener ("…主要指标是：") or a paragraph that opens on a period ("过去五年极不寻常…")
        # gives its time to the "——" items after it.
        if LIST_OPENING.search(paragraph.text):
            list_time, announced = time, True
        elif opening_time == "period":
            list_time, announced = "period", False
