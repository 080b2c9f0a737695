"""Key figures: the headline targets a report sets for its own year, and the outcomes its review gives for the year before.

Two questions, asked in order, rather than one guess per number:
1. What does each sentence speak of: this year's targets, last year's results, or neither?
   (dashboard.pipeline.statements reads the report for that, with the context a sentence inherits.)
2. Within such a sentence, which clause names which metric of the vocabulary
   (data/lexicon/metrics.toml), and which figure next to that cue is in the metric's unit?
A clause without a metric of its own continues the one before it when it opens with a rate
("增长6.7%") or a level ("达到4024亿公斤"). A list of things and a list of figures paired in order
(分别, "respectively") give each figure the metric its own item names. Five-year averages, totals, later horizons and
growth against a base year long past are never a single year's figure. The first statement of
each metric wins (the main-targets paragraph comes before the detail), unless a later one is
preferred (the national deficit over the central one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dashboard.pipeline.numbers import normalise_numbers
from dashboard.pipeline.quantities import HELD_AT, Quantity, clause_spans, clauses, has_number, quantities
from dashboard.pipeline.rules import RULES
from dashboard.pipeline.statements import Sentence, walk
from dashboard.pipeline.structure import Paragraph, plan_year_of
from dashboard.vocabulary import Metric, load_metrics, metric

# A figure right before a cue belongs to it rather than to a cue this far back ("…imports and exports … a drop
# of around 3 percent in energy consumption per unit of GDP").
FAR_PRECEDING = 20
# Where a target is phrased as a floor in English, "over 11 million" renders "1100万人以上": at least.
EN_TARGET_FLOOR = {"more than": "at least"}


@dataclass(frozen=True)
class KeyFigure:
    role: str
    year: int
    metric_key: str
    value: float
    value_high: float | None
    unit: str
    modifier: str
    para_id: int
    sentence: str


def _cues(clause: str, lang: str, metrics: tuple[Metric, ...], year: int) -> list[tuple[Metric, int, int]]:
    """Each place a clause names a metric of the vocabulary; where two metrics claim the same words, the one
    that names more of them ("deficit as a percentage of GDP" over "GDP"), then the first in the vocabulary
    (an era cue of retail prices and the general cue of consumer prices)."""
    found = [(item, start, end) for item in metrics for start, end in item.cue_spans(clause, lang, year)]
    kept: list[tuple[Metric, int, int]] = []
    # sorted() is stable: among cues of one length, the vocabulary's order stays.
    for item, start, end in sorted(found, key=lambda cue: cue[1] - cue[2]):
        if not any(start < other_end and other_start < end for _, other_start, other_end in kept):
            kept.append((item, start, end))
    return kept


def _assign(
    clause: str,
    clause_figures: Sequence[Quantity],
    cues: list[tuple[Metric, int, int]],
    lang: str,
    years: set[int] | None,
) -> list[tuple[Metric, Quantity]]:
    """Each figure to the metric it measures: the cue before it ("GDP growth of 6.5%", "国内生产总值增长6.5%"),
    or the cue right after it when that one comes first ("over 11 million new urban jobs"); one figure per cue,
    in the figure's unit. Words like 年均 / "average", or a year other than `years`, between or next to a cue
    and its figure make it another time's figure ("到2020年国内生产总值…", "from 2.8% in 2009"): skipped,
    unless `years` is None (every figure of a metric, whatever time it is for)."""
    arrival = RULES[lang].figure_from_to.search(clause)
    cues = sorted(cues, key=lambda cue: cue[1])
    taken: set[int] = set()
    assigned = []
    for figure in clause_figures:
        before = [index for index, cue in enumerate(cues) if cue[1] < figure.start]
        after = [index for index, cue in enumerate(cues) if cue[1] >= figure.end]
        preceding = before[-1] if before else None
        following = (
            after[0]
            if after and RULES[lang].figure_before_cue.fullmatch(clause[figure.end : cues[after[0]][1]])
            else None
        )
        if following is None and RULES[lang].figure_of_own_thing.match(clause, figure.end):
            preceding = None
        order = (preceding, following)
        if preceding is not None and following is not None and figure.start - cues[preceding][2] > FAR_PRECEDING:
            order = (following, preceding)
        fitting = [
            index for index in order if index is not None and index not in taken and figure.unit in cues[index][0].units
        ]
        choice = fitting[0] if fitting else None
        if choice is None:
            continue
        metric, start, end = cues[choice]
        left, right = min(start, figure.start), max(end, figure.end)
        start_of_window = max(left - RULES[lang].span_margin, 0)
        if arrival and figure.start >= arrival.end():
            # The figure a change arrives at ("从2009年的2.8%降到去年的1.5%左右"): where it came from is another time's.
            start_of_window = max(start_of_window, arrival.end())
        window = clause[start_of_window : right + RULES[lang].span_after]
        if years is not None and _other_time(window, lang, years):
            continue
        if not arrival:  # "由58.6%回落到27.8%": both figures are the metric's; the sentence picks the last
            taken.add(choice)
        assigned.append((metric, figure))
    return assigned


def _other_time(window: str, lang: str, years: set[int]) -> bool:
    """Whether the words around a figure make it another time's than `years`: an average or a span (年均, "five
    years"), another year named, or a base year long past ("比2002年增长65.5%": five years' growth)."""
    rules = RULES[lang]
    return bool(
        rules.not_single_year.search(window)
        or {int(found) for found in rules.year_mention.findall(window)} - years
        or any(int(base) < min(years) - 1 for base in rules.base_year.findall(window))
    )


@dataclass(frozen=True)
class ListInOrder:
    """A list of things and the figures paired with it in order (分别, "respectively")."""

    start: int  # where the list's first item starts in the sentence
    items: tuple[str, ...]  # each with the words the list writes once (_shared_words_given)
    figures: tuple[tuple[int, int, int, Quantity], ...]  # (clause number, start and end in the sentence, figure)

    def text(self, matchable: str) -> str:
        """The construction as written, from its first item to its last figure."""
        return matchable[self.start : self.figures[-1][2]]


@lru_cache(maxsize=1024)
def lists_in_order(matchable: str, lang: str) -> tuple[ListInOrder, ...]:
    """The lists whose figures a pairing word matches in order with the things before them ("单位国内生产总值用水量、
    能耗、二氧化碳排放量分别下降23%、15%、18%"; "energy consumption and CO2 emissions per unit of GDP … by 16% and 17%
    respectively"): read once per sentence for the key figures, the targets and their "What" text."""
    rules = RULES[lang]
    if not rules.respectively.search(matchable):
        return ()
    spans = clause_spans(matchable, lang)
    placed = [
        (index, start + figure.start, start + figure.end, figure)
        for index, (start, end) in enumerate(spans)
        for figure in quantities(matchable[start:end], lang)
    ]
    found = []
    for word in rules.respectively.finditer(matchable):
        run = _figure_run(matchable, placed, word, lang)
        if len(run) < 2:
            continue
        # The things stand before the pairing word and its figures (分别下降23%、15%), or before the figures and the word
        # ("… are cut by 23%, 15%, and 18%, respectively": the verb after the last thing stays in it; it names no metric).
        list_end = word.start() if rules.figures_follow_respectively else run[0][1]
        list_start = max(
            (boundary.end() for boundary in rules.list_boundary.finditer(matchable, 0, list_end)), default=0
        )
        items = [item.strip() for item in rules.list_item_join.split(matchable[list_start:list_end]) if item.strip()]
        if len(items) < len(run):
            continue
        found.append(ListInOrder(list_start, tuple(_shared_words_given(items[-len(run) :], lang)), tuple(run)))
    return tuple(found)


def _paired_in_order(
    matchable: str, lang: str, year: int, years: set[int] | None
) -> dict[tuple[int, int], tuple[Metric | None, Quantity]]:
    """The figures of each list in order (lists_in_order), keyed by (clause number, figure's start in its clause): each
    the metric its own item names, or None. An item's exclusions are its own ("二氧化碳" in the next item does not make
    能耗 another thing). With `years`, a figure of another time (RULES not_single_year, another year) is paired with
    None, as `_assign` skips it."""
    paired: dict[tuple[int, int], tuple[Metric | None, Quantity]] = {}
    for listed in lists_in_order(matchable, lang):
        other_time = years is not None and _other_time(listed.text(matchable), lang, years)
        for item, (index, _, _, figure) in zip(listed.items, listed.figures, strict=True):
            key = (index, figure.start)
            if other_time:
                paired[key] = (None, figure)
                continue
            metrics = tuple(candidate for candidate in load_metrics() if candidate.may_name(item, lang, year))
            fitting = [found for found, _, _ in _cues(item, lang, metrics, year) if figure.unit in found.units]
            paired[key] = (fitting[0] if fitting else None, figure)
    return paired


def _figure_run(
    matchable: str, placed: list[tuple[int, int, int, Quantity]], word: re.Match[str], lang: str
) -> list[tuple[int, int, int, Quantity]]:
    """The figures a pairing word governs: those right after 分别 (its verb between: "分别下降"), or right before
    "respectively", each joined to the next only by a list's join ("、", "and", ", and")."""
    rules = RULES[lang]
    join = rules.list_figure_join
    if rules.figures_follow_respectively:
        following = [figure for figure in placed if figure[1] >= word.end()]
        if not following or rules.list_boundary.search(matchable, word.end(), following[0][1]):
            return []
        run = following[:1]
        for figure in following[1:]:
            if not join.fullmatch(matchable, run[-1][2], figure[1]):
                break
            run.append(figure)
        return run
    preceding = [figure for figure in placed if figure[2] <= word.start()]
    if not preceding or not join.fullmatch(matchable, preceding[-1][2], word.start()):
        return []
    run = preceding[-1:]
    for figure in reversed(preceding[:-1]):
        # "16% and 17%" is read as two figures, the first one's span running on over the second.
        overlapping = figure[1] < run[0][1] < figure[2]
        if not overlapping and not join.fullmatch(matchable, figure[2], run[0][1]):
            break
        run.insert(0, figure)
    return run


def _shared_words_given(items: list[str], lang: str) -> list[str]:
    """Each item with the words the list writes once (单位国内生产总值 on the first item, "per unit of GDP" on the last)."""
    rules = RULES[lang]
    head = rules.shared_head.search(items[0])
    tail = rules.shared_tail.search(items[-1])
    return [
        (head[0] + item if head and not rules.shared_head.search(item) else item)
        + (" " + tail[0] if tail and not rules.shared_tail.search(item) else "")
        for item in items
    ]


@lru_cache(maxsize=256)
def _any_cue(lang: str, year: int) -> re.Pattern[str]:
    """One alternation of every metric cue in force in `year`."""
    patterns = [cue.pattern for item in load_metrics() for cue in item.cues(lang, year)]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE if lang == "en" else 0)


# The targets and the key figures read the same sentences: each asks once per sentence.
@lru_cache(maxsize=4096)
def _names_a_metric(matchable: str, lang: str, year: int) -> bool:
    return bool(_any_cue(lang, year).search(matchable))


def _preferred(key: str, sentence: str, current_sentence: str, lang: str) -> bool:
    """Whether a later statement of a metric replaces the first: the national deficit (全国财政赤字合计9500亿元)
    over the central one stated before it. Metrics say which words make a statement preferred."""
    prefer = metric(key).prefer[lang]
    return bool(prefer and prefer.search(sentence) and not prefer.search(normalise_numbers(current_sentence, lang)))


def _alone(clause: str, clause_figures: Sequence[Quantity]) -> bool:
    """Whether a clause is nothing but one figure."""
    return len(clause_figures) == 1 and clause_figures[0].start == 0 and clause_figures[0].end == len(clause)


def figures_of(sentence: Sentence, lang: str, years: set[int] | None, year: int) -> list[tuple[int, Metric, Quantity]]:
    """Each (clause number, metric, figure) a sentence states. A clause that opens with a change
    ("增长6.7%", "up 6.9 percent") or follows an aside ("按可比价格计算") is about the metric named before it."""
    # Most sentences state no figure or name no metric: one search for a number and one for any cue first, then
    # each metric, then per clause.
    if not has_number(sentence.matchable, lang):
        return []
    paired = _paired_in_order(sentence.matchable, lang, year, years)
    in_order = [(index, named, figure) for (index, _), (named, figure) in paired.items() if named is not None]
    if not _names_a_metric(sentence.matchable, lang, year):
        return in_order
    metrics = tuple(item for item in load_metrics() if item.may_name(sentence.matchable, lang, year))
    if not metrics:
        return in_order
    found: list[tuple[int, Metric, Quantity]] = []
    previous: list[tuple[Metric, int, int]] = []
    for index, clause in enumerate(clauses(sentence.matchable, lang)):
        cues = _cues(clause, lang, metrics, year)
        clause_figures = quantities(clause, lang)
        continued = previous[-1][0] if previous and not cues else None
        if continued is not None and continued.share_of_gdp and RULES[lang].share_of_gdp.search(clause):
            cues = [(metric(continued.share_of_gdp), 0, 0)]
        elif (
            continued is not None
            and RULES[lang].change_opening.match(clause)
            and ("%" in continued.units or not RULES[lang].rate_opening.match(clause))
        ):
            cues = [(continued, 0, 0)]
        if not cues and RULES[lang].part_opening.match(clause):
            previous = []  # "其中出口2662亿美元": a part the vocabulary does not name
        # A figure alone between list marks ("分别上升4.9%、5.5%、0.2%，转为下降1.2%") is an item of the list,
        # and the metric goes on to the clause after it.
        elif cues or (
            clause_figures
            and not RULES[lang].increment_opening.match(clause)
            and not RULES[lang].reference_aside.fullmatch(clause)
            and not _alone(clause, clause_figures)
        ):
            previous = cues
        if cues:
            found += [
                (index, metric, figure)
                for metric, figure in _assign(clause, clause_figures, cues, lang, years)
                if (index, figure.start) not in paired
            ]
    return sorted(found + in_order, key=lambda stated: (stated[0], stated[2].start))


def extract_key_figures(
    paragraphs: list[Paragraph],
    lang: str,
    year: int,
    delivered_month: int | None = None,
    read: list[Sentence] | None = None,
) -> list[KeyFigure]:
    """The plan year's targets and last year's outcomes of every vocabulary metric a report states
    (`read`: the report's sentences from `walk`, when the caller has them already)."""
    plan_year = plan_year_of(year, delivered_month)
    figures: dict[tuple[str, str], KeyFigure] = {}
    for sentence in read if read is not None else walk(paragraphs, lang, year, plan_year):
        role = sentence.role
        if role is None:
            continue
        by_metric: dict[str, list[Quantity]] = {}
        arriving: dict[str, Quantity] = {}
        clause_texts = clauses(sentence.matchable, lang)
        # "…计划为3.7%，实际达到4.6%": an outcome is what actually happened, the clauses before it the plan restated.
        actual_from = (
            next((index for index, text in enumerate(clause_texts) if RULES[lang].actual.search(text)), 0)
            if role == "outcome"
            else 0
        )
        for index, stated, figure in figures_of(sentence, lang, {plan_year} if role == "target" else {year - 1}, year):
            if index < actual_from:
                continue
            by_metric.setdefault(stated.key, []).append(figure)
            # "由上年的58.6%回落到27.8%", "从去年的2.1%提高到2.3%": the figure the clause arrives at.
            if RULES[lang].figure_from_to.search(clause_texts[index]):
                arriving[stated.key] = figure
        if RULES[lang].figure_from_to.search(sentence.matchable):  # "粮食总产量增加109亿公斤，达到4024亿公斤"
            arriving |= {key: found[-1] for key, found in by_metric.items() if key not in arriving}
        for key, found in by_metric.items():
            current = figures.get((role, key))
            if current is not None and not _preferred(key, sentence.matchable, current.sentence, lang):
                continue
            figure = arriving.get(key, found[0])
            modifier = figure.modifier
            if lang == "en" and role == "target":
                modifier = EN_TARGET_FLOOR.get(modifier, modifier)
            if role == "outcome" and figure.modifier_word in HELD_AT:
                modifier = "exact"
            figures[(role, key)] = KeyFigure(
                role=role,
                year=plan_year if role == "target" else year - 1,
                metric_key=key,
                value=figure.value,
                value_high=figure.value_high,
                unit=figure.unit,
                modifier=modifier,
                para_id=sentence.paragraph.para_id,
                sentence=sentence.text,
            )
    return sorted(figures.values(), key=lambda figure: (figure.role, figure.para_id, figure.metric_key))
