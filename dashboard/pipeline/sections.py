"""Which part of a report each paragraph belongs to (review / plan / tasks), decided by meaning.

Headings alone cannot decide it: reports before 1978 have almost none, 1984 and 2002 number
their task parts without naming them, and foreign-affairs parts open with a review of the
past year. So every paragraph is scored by the words it uses (past results, goals, work to
do; cues in data/lexicon/section_cues.toml), a part heading that names a kind adds strong
evidence for its whole part (a part whose heading names none, after this year's tasks, adds weaker
evidence for tasks: the state's political life and foreign policy are work to do, told partly as
news), and the kinds of all paragraphs are chosen together (Viterbi):
changing kind between neighbours costs a little, so a report reads as a few runs of review,
plan and tasks rather than a flicker, while a clear change of subject still switches.
Three structures of the reports are then read whole, after the paragraphs' kinds are chosen: the
review that opens a foreign-affairs part (mark_foreign_reviews), the year's requirements and
targets that open a part headed as this year's work (mark_plan_openings), and the plan that the
address turning to the year ahead opens, up to the first numbered item (mark_address_openings).
Measured against the hand-read sections in data/gold/sections.csv by python -m dashboard.evaluate.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import takewhile

from dashboard import config
from dashboard.pipeline.numbers import normalise_numbers
from dashboard.pipeline.rules import LIST_ITEM

BODY_KINDS = ("review", "plan", "tasks")
SECTION_CUES_FILE = config.LEXICON_DIR / "section_cues.toml"
# Evidence weights per kind (a past-tense cue is rarer and more telling than an imperative "要"),
# the strength of a part heading's kind, and the cost of switching kind between neighbours.
CUE_WEIGHT = {"review": 2.0, "plan": 1.0, "tasks": 1.5}
HEADING_WEIGHT = 2.0
# A part whose heading names no kind, after this year's tasks (the state's political life, foreign policy): more
# of the work to do, unless its words say otherwise (1982's unheaded review of the plan so far) - weaker evidence.
INHERITED_TASKS = "tasks, as the part before"
INHERITED_WEIGHT = 1.0
SWITCH_COST = 1.0
# In a part headed as the plan, a paragraph that opens by looking back over a span ("过去五年，…", "五年来，…",
# "Over the past five years,") is a review: a five-year plan's part opens with the last plan's results.
REVIEW_OPENING_WEIGHT = 4.0
# A paragraph that states the year's requirements or targets ([*.statement] plan) is the plan, wherever it sits.
PLAN_STATEMENT_WEIGHT = 4.0


@lru_cache(maxsize=1)
def _raw_cues() -> dict:
    with SECTION_CUES_FILE.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=256)
def _cues(lang: str, plan_year: int) -> tuple[list[tuple[str, re.Pattern[str]]], dict[str, re.Pattern[str]]]:
    """The heading cues (in order) and text cues of one language, with the report's years filled in.

    The years are the plan year's: a report delivered late in the year (1964's in December) reviews
    its own year and plans the next one.
    """
    flags = re.IGNORECASE if lang == "en" else 0
    # Years are digits in number-normalised text (一九五五年 is 1955年).
    years = {"last_year": str(plan_year - 1), "this_year": str(plan_year)}
    raw = _raw_cues()[lang]
    heading = [(kind, re.compile(pattern.format(**years), flags)) for kind, pattern in raw["heading"]["cues"]]
    text = {kind: re.compile(pattern.format(**years), flags) for kind, pattern in raw["text"].items()}
    return heading, text


@lru_cache(maxsize=32)
def _cue(lang: str, table: str, key: str) -> re.Pattern[str] | None:
    """One cue of the file without the report's years ([lang.table] key), compiled once; None where the
    language has none (English has no [en.foreign] cues)."""
    pattern = _raw_cues()[lang].get(table, {}).get(key)
    return None if pattern is None else re.compile(pattern, re.IGNORECASE if lang == "en" else 0)


def heading_kind(heading: str, lang: str, plan_year: int) -> str | None:
    """The kind a part heading names, if it names one (cues checked in the order the cue file lists them). A
    heading that names a review and the plan ("一、1998年工作回顾和1999年工作的总体要求") names neither: its
    part holds both, and its paragraphs' words decide."""
    matchable = normalise_numbers(heading, lang)
    mixed, time = _cue(lang, "heading", "mixed"), _cue(lang, "heading", "time")
    if mixed and mixed.search(matchable):
        return None
    if time:
        matchable = time.sub("", matchable)
    return next((kind for kind, cue in _cues(lang, plan_year)[0] if cue.search(matchable)), None)


def _evidence(text: str, lang: str, plan_year: int, part_kind: str | None) -> list[float]:
    matchable = normalise_numbers(text, lang)
    cues = _cues(lang, plan_year)[1]
    # The length as written, not as numbers are rewritten for matching: a paragraph's evidence stays where it was when a
    # numeral becomes digits (1954's foreign part moved 20 paragraphs on a change of 0.002 when "二十五个" became "25个").
    scale = math.sqrt(max(len(text), 1))
    scores = [CUE_WEIGHT[kind] * len(cues[kind].findall(matchable)) / scale for kind in BODY_KINDS]
    if part_kind == "plan" and _cue(lang, "opening", "review").search(matchable):
        scores[BODY_KINDS.index("review")] += REVIEW_OPENING_WEIGHT
    if states_plan(matchable, lang):
        scores[BODY_KINDS.index("plan")] += PLAN_STATEMENT_WEIGHT
    if part_kind in BODY_KINDS:
        scores[BODY_KINDS.index(part_kind)] += HEADING_WEIGHT
    elif part_kind == INHERITED_TASKS:
        scores[BODY_KINDS.index("tasks")] += INHERITED_WEIGHT
    return scores


def _relabel(paragraphs: Iterable, kind: str) -> None:
    """Give these paragraphs this kind, save the ones that are no body of the report (other, closing)."""
    for paragraph in paragraphs:
        if paragraph.section_kind in BODY_KINDS:
            paragraph.section_kind = kind


# A title line of a foreign-affairs part, numbered or not, is at most this long.
FOREIGN_TITLE_CHARS = 24


def mark_foreign_reviews(paragraphs: list, lang: str, plan_year: int) -> None:
    """The review that opens a foreign-affairs part: from its title, the paragraphs that look back (or tell the
    diplomacy as done, [*.foreign] told) and name no work to do, up to one on the world as it stands now, are review
    (the hand-read sections' convention), whatever their neighbours made of them. `paragraphs` are structure.Paragraph
    objects with their kinds decided; only languages with [*.foreign] cues."""
    title, to_do, told = _cue(lang, "foreign", "title"), _cue(lang, "foreign", "to_do"), _cue(lang, "foreign", "told")
    now, resumes = _cue(lang, "foreign", "now"), _cue(lang, "foreign", "resumes")
    if title is None or to_do is None:
        return
    looks_back = _cues(lang, plan_year)[1]["review"]

    for index, opening in enumerate(paragraphs):
        if len(opening.text) > FOREIGN_TITLE_CHARS or not title.search(opening.text):
            continue
        run = [opening]
        following = paragraphs[index + 1 :]
        for at, paragraph in enumerate(following):
            matchable = normalise_numbers(paragraph.text, lang)
            looked_back = looks_back.search(matchable) or (told and told.search(matchable))
            if paragraph.part != opening.part or to_do.search(matchable) or not looked_back:
                break
            # The world as it stands now is the outlook the policy starts from (1990, 1996), unless the review resumes
            # right after it ([*.foreign] now, resumes).
            if now and now.search(matchable):
                after = following[at + 1] if at + 1 < len(following) else None
                if not (after and resumes and resumes.search(normalise_numbers(after.text, lang))):
                    break
            run.append(paragraph)
        if len(run) > 1:  # a title alone, its first paragraph already work to do: the part is tasks
            _relabel(run, "review")


def states_plan(matchable: str, lang: str) -> bool:
    """Whether a paragraph states the year's requirements or targets, or is the address that turns to the year
    ahead ([*.statement] plan and address)."""
    address = _cue(lang, "statement", "address")
    return bool(_cue(lang, "statement", "plan").search(matchable) or (address and address.search(matchable)))


def mark_address_openings(paragraphs: list, lang: str) -> None:
    """The address that turns to the year ahead ("各位代表！…在新的一年里") opens the plan: it and what follows it in
    its part, up to the first numbered item or a lead-in to the tasks, are the plan. `paragraphs` are
    structure.Paragraph objects with their kinds decided; only languages with an [*.statement] address cue."""
    address, lead_in = _cue(lang, "statement", "address"), _cue(lang, "statement", "lead_in")
    if address is None:
        return
    for index, opening in enumerate(paragraphs):
        if not address.search(normalise_numbers(opening.text, lang)):
            continue
        run = takewhile(
            lambda paragraph, part=opening.part: (
                paragraph.part == part and not paragraph.subpart and not lead_in.search(paragraph.text)
            ),
            paragraphs[index:],
        )
        _relabel(run, "plan")


def _unnamed_part_title(paragraph, named_by_heading: dict[int, str]) -> bool:
    """Whether a paragraph is the title of a numbered part that names no kind."""
    return bool(paragraph.is_heading and paragraph.part and not paragraph.subpart) and (
        paragraph.para_id not in named_by_heading
    )


def _part_from(paragraphs: list, index: int) -> list:
    """The paragraphs of the part whose title stands at `index`, the title first."""
    return list(
        takewhile(lambda paragraph, number=paragraphs[index].part: paragraph.part == number, paragraphs[index:])
    )


def _parts_headed(paragraphs: list, named_by_heading: dict[int, str], kind: str) -> Iterator[list]:
    """The paragraphs of each part whose title names this kind, the title first; for the tasks, also each numbered part
    whose title names no kind (1979's "二、打好四个现代化的第一个战役": the work to do, by the words of its paragraphs)."""
    for index, title in enumerate(paragraphs):
        named = named_by_heading.get(title.para_id) == kind and not title.subpart
        if named or (kind == "tasks" and _unnamed_part_title(title, named_by_heading)):
            yield _part_from(paragraphs, index)


def mark_plan_openings(paragraphs: list, named_by_heading: dict[int, str], lang: str) -> None:
    """A part headed as this year's work whose opening, before its first numbered item, states the year's
    requirements or targets ("三、2016年重点工作": 今年是…开局之年…, 主要预期目标是…; "II. Major Tasks for 2008") or
    what the year's plan provides (1959: 计划规定，一九五九年的铁路货物运输量将达到…): that opening, its title with it,
    is the plan, up to a lead-in that announces the tasks ("今年要抓好以下几个方面工作", "为了实现一九五九年的计划，
    我们应当注意些什么问题呢？"). `paragraphs` are structure.Paragraph objects with their kinds decided."""
    lead_in, provides = _cue(lang, "statement", "lead_in"), _cue(lang, "statement", "plan_provides")
    policy = _cue(lang, "statement", "plan_policy")
    for part in _parts_headed(paragraphs, named_by_heading, "tasks"):
        # The opening ends at the first numbered item or the lead-in, whichever comes first (English numbers its
        # tasks inside long paragraphs that are no headings: "1. Improve and keep stable our macroeconomic…").
        end = next(
            (at for at, paragraph in enumerate(part) if at and (paragraph.subpart or lead_in.search(paragraph.text))),
            0,
        )
        opening = part[:end]
        if len(opening) >= 2 and any(
            states_plan(matchable, lang)
            or (provides and provides.search(matchable))
            or (policy and policy.search(matchable))
            for matchable in (normalise_numbers(paragraph.text, lang) for paragraph in opening)
        ):
            _relabel(opening, "plan")


def mark_five_year_outlines(paragraphs: list, named_by_heading: dict[int, str], lang: str) -> None:
    """A numbered part whose title names no kind and whose first paragraph opens on the coming five years ([*.statement]
    outline) is a five-year outline: the plan, its title with it. `paragraphs` are structure.Paragraph objects with
    their kinds decided; only languages with the cue."""
    outline = _cue(lang, "statement", "outline")
    if outline is None:
        return
    for index, title in enumerate(paragraphs):
        if not _unnamed_part_title(title, named_by_heading):
            continue
        part = _part_from(paragraphs, index)
        if len(part) > 1 and outline.search(normalise_numbers(part[1].text, lang)):
            _relabel(part, "plan")


def mark_task_lead_ins(paragraphs: list, named_by_heading: dict[int, str], lang: str) -> None:
    """A part headed as the plan that announces its tasks with a lead-in ("二、1991年计划的主要目标和任务": the targets,
    then "一九九一年计划的任务，主要有以下几个方面：", section_cues.toml task_lead_in): from the lead-in to the part's end
    are the tasks, the mirror of mark_plan_openings. `paragraphs` are structure.Paragraph objects with their kinds decided."""
    lead_in = _cue(lang, "statement", "task_lead_in")
    if lead_in is None:
        return
    for part in _parts_headed(paragraphs, named_by_heading, "plan"):
        start = next((at for at, paragraph in enumerate(part) if at and lead_in.search(paragraph.text)), None)
        if start is not None:
            _relabel(part[start:], "tasks")


def mark_review_lessons(paragraphs: list, lang: str) -> None:
    """A review's lessons announced as a list (section_cues.toml [zh.lessons]): the lead-in and the numbered items
    right after it, in its part and up to the next heading, are the review. `paragraphs` are structure.Paragraph
    objects with their kinds decided."""
    lead_in = _cue(lang, "lessons", "lead_in")
    if lead_in is None:
        return
    for index, paragraph in enumerate(paragraphs):
        if not lead_in.search(paragraph.text):
            continue
        items = takewhile(
            lambda item, part=paragraph.part: item.part == part and not item.is_heading and LIST_ITEM.match(item.text),
            paragraphs[index + 1 :],
        )
        _relabel([paragraph, *items], "review")


def decide_kinds(texts: list[str], part_kinds: list[str | None], lang: str, plan_year: int) -> list[str]:
    """The most likely kind of each paragraph, given its words, its part's heading and its neighbours."""
    if not texts:
        return []
    evidence = [_evidence(text, lang, plan_year, part) for text, part in zip(texts, part_kinds, strict=True)]
    kinds = range(len(BODY_KINDS))
    cost = [-score for score in evidence[0]]
    back: list[list[int]] = []
    for scores in evidence[1:]:
        step, pointers = [], []
        for kind in kinds:
            previous = min(kinds, key=lambda before: cost[before] + (0 if before == kind else SWITCH_COST))
            step.append(cost[previous] + (0 if previous == kind else SWITCH_COST) - scores[kind])
            pointers.append(previous)
        cost, back = step, [*back, pointers]
    path = [min(kinds, key=lambda kind: cost[kind])]
    for pointers in reversed(back):
        path.append(pointers[path[-1]])
    return [BODY_KINDS[kind] for kind in reversed(path)]
