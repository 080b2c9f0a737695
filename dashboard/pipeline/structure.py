"""Split a report into paragraphs and decide, by meaning, which part of the report each is in.

A report has a header (title, date, speaker), then parts: last year's review, the
multi-year or annual plan, this year's tasks, and a closing appeal. Chinese reports mark
parts with 一、/第一部分 and sub-sections with （一）; English ones with "I." / "1." or with
prose lead-ins ("Let me start with a review..."). Reports before about 1978 have few or no
headings: their paragraphs' kinds are read from their words alone (sections.py). A report that
numbers no part (1964, 1978, 1981, 1983–1985) is divided by its unnumbered titles and by the
address that turns the speech ("各位代表：" alone on its line).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from dashboard.pipeline.numbers import count_of
from dashboard.pipeline.rules import RULES
from dashboard.pipeline.sections import (
    INHERITED_TASKS,
    decide_kinds,
    heading_kind,
    mark_address_openings,
    mark_five_year_outlines,
    mark_foreign_reviews,
    mark_plan_openings,
    mark_review_lessons,
    mark_task_lead_ins,
)
from dashboard.text import normalise

ZH_NUMERAL = "一二三四五六七八九十"
# 一、 / 第一部分, or a numeral on a line of its own (1960).
ZH_PART = re.compile(rf"^(?:[{ZH_NUMERAL}]+、|第[{ZH_NUMERAL}]+部分|[{ZH_NUMERAL}]+$)")
ZH_PART_NUMBER = re.compile(rf"^(?:第)?([{ZH_NUMERAL}]+)")
# Matched on width-normalised text, where （一） has become (一).
ZH_SUBPART = re.compile(rf"^[（(][{ZH_NUMERAL}]+[）)]")
EN_PART = re.compile(r"^[IVX]+[.．]\s*[A-Z0-9]")
EN_SUBPART = re.compile(r"^\d{1,2}\.\s+[A-Z]")
EN_LEAD_IN = re.compile(
    r"^(?:(?:Esteemed|Fellow) Deputies,?\s*)?(?:Let me|I will|I now|I would|I'd|I shall|Now,? (?:let me|I)|Next,? I)\b",
    re.IGNORECASE,
)

# The opening address may follow this many paragraphs of context, which are the opening too.
CONTEXT_BEFORE_ADDRESS = 1
# The closing appeal sits in the last quarter of the speech (1975's begins at 79%).
CLOSING_TAIL = 0.75
# A report delivered from July on (1964's in December, 1980's in August) plans the next year.
LATE_REPORT_MONTH = 7
CONTENTS_TITLE = re.compile(r"^(?:目\s*录|Contents)$", re.IGNORECASE)
MIN_CONTENTS_ENTRIES = 3
NOTES_START = re.compile(r"^(?:注释|附注|注：|字库未存字注释|Notes?:?$)")
# A note set inside the text (1959's "〔注〕…"): that paragraph only is not part of the speech.
INLINE_NOTE = re.compile(r"^[〔\[(（]注[〕\])）]")
ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
EN_DATE = re.compile(
    r"on (January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})"
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# "国务院总理周恩来", "副总理兼财政部长李先念", "国务委员兼国家计划委员会主任邹家华": the office as printed, then the name.
ZH_SPEAKER = re.compile(r"(?:^|上)(?P<title>[\u4e00-\u9fff]*?(?:总理|部长|主任|主席))(?P<name>[\u4e00-\u9fff]{2,3})$")
# The occasion on a line of its own, after the speaker (2019: "Second Session of the 13th National People's Congress
# of the People's Republic of China, March 2019").
EN_OCCASION = re.compile(r"^(?:\w+ )?Session of the \w+ National People.s Congress\b")
EN_SPEAKER = re.compile(r"(?P<name>[A-Z][a-z]+ [A-Z][a-z]+),? (?P<title>(?:Vice )?Premier of the State Council)")


@dataclass
class Paragraph:
    para_id: int
    text: str
    part: int = 0
    subpart: int = 0
    heading: str | None = None
    section_kind: str = "other"
    is_heading: bool = False


@dataclass
class ParsedReport:
    title: str | None
    delivered: date | None
    speaker: str | None
    speaker_title: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)


def split_paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


ZH_PART_HEADING_CHARS = 60  # a numbered line this long or shorter is a part's title
# A part's title run on into its first paragraph after a space, the line break between them lost ("三、深入改革经济体制和
# 扩大对外开放 国民经济的长期稳定发展，…", 1987): in a line longer than a title, the title is the words before the space.
ZH_RUN_ON_TITLE = re.compile(r"^[一二三四五六七八九十]+、[^。，；：！？\s]{2,30}(?=\s\S)")


def _heading_text(paragraph: str, lang: str) -> str:
    """A sub-section paragraph often runs on after its heading sentence; keep the heading sentence."""
    run_on = ZH_RUN_ON_TITLE.match(paragraph) if lang == "zh" and len(paragraph) > ZH_PART_HEADING_CHARS else None
    if run_on:
        return run_on[0]
    end = re.search(r"[。：！]" if lang == "zh" else r"(?<=[a-z])\.\s", paragraph)
    head = paragraph[: end.start() + 1] if end else paragraph
    return head.strip()[:120]


# A part heading that names only its topic: "一、关于…".
TOPIC_HEADING = re.compile(r"^[一二三四五六七八九十]+、关于")
# A short line with no punctuation of a sentence: a title, numbered or not.
UNNUMBERED_HEADING = re.compile(r"[^。，；：！？,;:!?]{4,20}")


# The address alone on its line, the speech turning to its next part ("各位代表：", 1981).
BARE_ADDRESS = re.compile(r"各位代表[！!：:]")


def _is_unnumbered_title(line: str) -> bool:
    """Whether a line is the title of a part in a report that numbers no part: a short title with no punctuation of a
    sentence ("今后五年的主要任务", 1983), or one numbered as a sub-part ("（三）我国经济发展的前景", 1981)."""
    if UNNUMBERED_HEADING.fullmatch(line):
        return True
    return bool(ZH_SUBPART.match(line)) and len(line) <= ZH_PART_HEADING_CHARS and not re.search("[。；]", line)


def _is_part_heading(paragraph: str, lang: str) -> bool:
    if lang == "zh":
        return bool(ZH_PART.match(paragraph)) and (
            len(paragraph) <= ZH_PART_HEADING_CHARS or bool(ZH_RUN_ON_TITLE.match(paragraph))
        )
    if EN_PART.match(paragraph) and len(paragraph) <= 200:
        return True
    return bool(EN_LEAD_IN.match(paragraph)) and len(paragraph) <= 300 and heading_kind(paragraph, "en", 0) is not None


def _part_number(line: str, lang: str) -> int | None:
    """The number of a Chinese line numbered as parts are (3 for "三、…" or "第三部分"), whatever the line's length;
    None for any other line, and in English."""
    numeral = ZH_PART_NUMBER.match(line) if lang == "zh" and ZH_PART.match(line) else None
    return count_of(numeral[1]) if numeral else None


def _is_subpart_heading(paragraph: str, lang: str) -> bool:
    if lang == "zh":
        return bool(ZH_SUBPART.match(paragraph))
    return bool(EN_SUBPART.match(paragraph)) and len(paragraph) <= 200


def speaker_role(speaker_title: str | None) -> str:
    """premier, vice premier or other (a state councillor, a minister), from the office the header prints;
    empty where the text names no speaker."""
    if not speaker_title:
        return ""
    if "副总理" in speaker_title or "Vice Premier" in speaker_title:
        return "vice premier"
    return "premier" if "总理" in speaker_title or "Premier" in speaker_title else "other"


def parse_header(lines: list[str], lang: str) -> tuple[str | None, date | None, str | None, str | None, int]:
    """Title, delivery date, speaker, the speaker's office, and how many leading lines form the header block."""
    head = [normalise(line) for line in lines[:4]]
    title = delivered = speaker = speaker_title = None
    header_end = 0
    if lang == "zh":
        for index, line in enumerate(head):
            if line.startswith(("——", "--")):
                match = ZH_DATE.search(line.replace(" ", ""))
                if match:
                    delivered = _safe_date(int(match[1]), int(match[2]), int(match[3]))
                title_lines = lines[:index]
                title = " ".join(title_lines) if title_lines else None
                header_end = index + 1
                # The speaker is on its own line after the date, or (1960) at the end of the date line.
                if index + 1 < len(head) and (speaker_match := ZH_SPEAKER.search(head[index + 1].replace(" ", ""))):
                    speaker, speaker_title = speaker_match["name"], speaker_match["title"]
                    header_end = index + 2
                elif speaker_match := ZH_SPEAKER.search(line.replace(" ", "")):
                    speaker, speaker_title = speaker_match["name"], speaker_match["title"]
                break
    else:
        if lines and "REPORT ON THE WORK" in lines[0].upper():
            # Some files run the title, the occasion and the speaker into one line.
            title = re.split(r"\s*(?:--)?\s*Delivered\b", lines[0])[0].strip()
            header_end = 1
        joined = " ".join(head[:3])
        if match := EN_DATE.search(joined):
            delivered = _safe_date(int(match[3]), MONTHS.index(match[1]) + 1, int(match[2]))
        if match := EN_SPEAKER.search(joined):
            speaker, speaker_title = match["name"], match["title"]
        for index, line in enumerate(head):
            if line.startswith("Delivered") or "Premier of the State Council" in line or EN_OCCASION.match(line):
                header_end = index + 1
    return title, delivered, speaker, speaker_title, header_end


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _table_of_contents_end(paragraphs: list[Paragraph], start: int, lang: str) -> int:
    """Where a table of contents after the header ends (1955: "目录" and the part headings, repeated
    in the text), or `start` where there is none. A contents entry is a heading line that recurs later."""
    position = start + 1 if start < len(paragraphs) and CONTENTS_TITLE.match(paragraphs[start].text) else start
    occurrences = Counter(paragraph.text.strip() for paragraph in paragraphs)
    end = position
    while end < len(paragraphs):
        line = normalise(paragraphs[end].text) if lang == "zh" else paragraphs[end].text
        is_entry = _is_part_heading(line, lang) or _is_subpart_heading(line, lang)
        if not (is_entry and occurrences[paragraphs[end].text.strip()] > 1):
            break
        end += 1
    entries = end - position
    return end if entries >= MIN_CONTENTS_ENTRIES or (entries and position > start) else start


def plan_year_of(year: int, delivered_month: int | None) -> int:
    """The year a report's plan is for: a report delivered late in the year (1980, 1981) plans the next one."""
    return year + 1 if delivered_month is not None and delivered_month >= LATE_REPORT_MONTH else year


def parse_report(text: str, lang: str, year: int) -> ParsedReport:
    lines = split_paragraphs(text)
    title, delivered, speaker, speaker_title, header_end = parse_header(lines, lang)
    plan_year = plan_year_of(year, delivered.month if delivered else None)
    paragraphs = [Paragraph(para_id=index + 1, text=line) for index, line in enumerate(lines)]

    contents_end = _table_of_contents_end(paragraphs, header_end, lang)
    for paragraph in paragraphs[header_end:contents_end]:
        paragraph.heading = "目录" if lang == "zh" else "Contents"

    part = subpart = last_part_number = listed = 0
    part_kind: str | None = None
    heading: str | None = None
    notes_started = False
    body: list[Paragraph] = []
    part_kinds: list[str | None] = []
    named_by_heading: dict[int, str] = {}
    # A title before the first numbered part that names a kind, and where in part_kinds it stands (see below).
    title_kind: str | None = None
    title_at = 0
    following = paragraphs[contents_end - 1].text if contents_end else ""
    # Each line as the patterns read it, normalised once.
    lines = [normalise(paragraph.text) if lang == "zh" else paragraph.text for paragraph in paragraphs[contents_end:]]
    # A Chinese report that numbers no part (1964, 1978, 1981, 1983–1985) is divided by its titles and, once its body
    # has begun, by the bare address that turns the speech (1981's "各位代表：" before the year's plan, and again before
    # the tasks): those are its parts, read as numbered ones are.
    numbers_no_part = lang == "zh" and not any(_is_part_heading(line, lang) for line in lines)
    for paragraph, line in zip(paragraphs[contents_end:], lines, strict=True):
        before, following = following, paragraph.text
        if NOTES_START.match(line):
            notes_started = True
        if notes_started:
            paragraph.heading = "注释" if lang == "zh" else "Notes"
            paragraph.part = part
            continue
        # Numbering that starts again inside a part lists its questions or measures (1986's part 二 on the seventh
        # plan, "一、确定适度的经济增长率…" to "五、…"), up to a number the list would not reach next (1986's "三、"
        # after "五、"): items of the part, titled or written out, not parts.
        number, titled = _part_number(line, lang), _is_part_heading(line, lang)
        # The address that turns the speech opens a part but is no heading: the one above it still stands.
        turning = numbers_no_part and bool(body) and bool(BARE_ADDRESS.fullmatch(line))
        titled = titled or turning or (numbers_no_part and _is_unnumbered_title(line))
        listed_item = number is not None and (number <= last_part_number or (listed > 0 and number == listed + 1))
        if listed_item:
            listed = number
        if listed_item and titled:
            subpart += 1
            heading = _heading_text(paragraph.text, lang)
            paragraph.is_heading = True
        elif titled:
            last_part_number, listed = number or last_part_number, 0
            part += 1
            subpart = 0
            heading = heading if turning else _heading_text(paragraph.text, lang)
            named = None if turning else heading_kind(heading, lang, plan_year)
            if title_kind is not None and TOPIC_HEADING.match(line):
                # Parts that name their topic ("一、关于工农业生产的发展速度和经济效益", "二、关于基本建设的规模、重点和…":
                # its 重点 is the topic's) under a title that names a kind ("第六个五年计划的基本任务", 1982) are of the
                # title's kind, and so is what stands between the title and the first of them.
                if part == 1:
                    part_kinds[title_at:] = [title_kind if kind is None else kind for kind in part_kinds[title_at:]]
                named = title_kind
            # A part whose heading names no kind, after this year's tasks (the state's political life, foreign
            # policy), is more of the work to do, even where it tells what happened: the hand-read sections agree.
            part_kind = named if named is not None or part_kind not in ("tasks", INHERITED_TASKS) else INHERITED_TASKS
            paragraph.is_heading = True
            if named is not None:
                named_by_heading[paragraph.para_id] = named
        elif part and _is_subpart_heading(line, lang):
            subpart += 1
            heading = _heading_text(paragraph.text, lang)
            paragraph.is_heading = True
        elif lang == "zh" and UNNUMBERED_HEADING.fullmatch(line):
            titled = heading_kind(line, lang, plan_year)
            if not part:
                # Before the first numbered part, the title may give its kind to the parts under it (see above), and
                # gives it to its own paragraphs as a part's heading does (1988's "今后五年建设和改革的目标、方针和任务": the
                # plan, up to the lead-in to the ten tasks that are its numbered parts).
                title_kind, title_at = titled, len(part_kinds)
                if titled:
                    part_kind = named_by_heading[paragraph.para_id] = titled
            elif titled:
                # An unnumbered title inside a part that names a kind (1982's "六五计划前两年的执行情况", then
                # "全面实现六五计划的主要措施"): its paragraphs are of that kind, whatever the part's heading says.
                part_kind = titled
        paragraph.part, paragraph.subpart, paragraph.heading = part, subpart, heading
        if INLINE_NOTE.match(line) or _repeats(paragraph.text, before):
            continue  # stays "other"
        if len(body) <= CONTEXT_BEFORE_ADDRESS and RULES[lang].opening_address.search(line):
            # Stays "other": the speaker addressing the deputies before any content, and the sentence of context a
            # speaker may give first (1981: the months since the last session, the session's one subject).
            body.clear()
            part_kinds.clear()
            continue
        if not part and RULES[lang].about_the_report.search(line):
            continue  # stays "other", as the opening does
        body.append(paragraph)
        part_kinds.append(part_kind)
    for paragraph, kind in zip(body, decide_kinds([p.text for p in body], part_kinds, lang, plan_year), strict=True):
        # A part's title is the kind it names, whatever its first paragraphs turn out to be.
        paragraph.section_kind = named_by_heading.get(paragraph.para_id, kind)
    mark_foreign_reviews(body, lang, plan_year)
    mark_plan_openings(body, named_by_heading, lang)
    mark_task_lead_ins(body, named_by_heading, lang)
    mark_review_lessons(body, lang)
    mark_five_year_outlines(body, named_by_heading, lang)
    mark_address_openings(body, lang)
    for paragraph, opened in pairwise(body):
        if BARE_ADDRESS.fullmatch(paragraph.text):  # the address alone on its line opens what follows it
            paragraph.section_kind = opened.section_kind
        elif paragraph.is_heading and paragraph.para_id not in named_by_heading and not opened.is_heading:
            # A title that names no kind is of the kind of what it heads, as the hand-read sections read titles
            # (1986's "三、“七五”时期的经济体制改革" before the reform's tasks, 2006's "（二）“十五”时期…主要情况" before the review).
            paragraph.section_kind = opened.section_kind

    _mark_closing(paragraphs, lang)
    return ParsedReport(
        title=title, delivered=delivered, speaker=speaker, speaker_title=speaker_title, paragraphs=paragraphs
    )


# A paragraph this long or longer that the paragraph before already holds is a repeat in the source, not more text.
REPEAT_CHARS = 15


def _repeats(text: str, before: str) -> bool:
    """Whether a paragraph only repeats part of the one before it, cut short: 1988's file ends on the second half
    of its closing appeal once more ("国际形势，对我国的建设和改革都很有利。…")."""
    return len(text) >= REPEAT_CHARS and len(text) < len(before) and text in before


def _mark_closing(paragraphs: list[Paragraph], lang: str) -> None:
    """The closing appeal starts at the last "各位代表" / "Fellow Deputies" near the end of the speech."""
    body = [p for p in paragraphs if p.heading not in ("注释", "Notes")]
    if len(body) < 10:
        return
    tail_start = int(len(body) * CLOSING_TAIL)
    starts = [i for i, p in enumerate(body) if i >= tail_start and RULES[lang].closing_start.match(p.text)]
    if not starts:
        return
    start = starts[-1]
    work = [i for i in range(start + 1, len(body) - 1) if RULES[lang].work_after_address.search(body[i].text)]
    if work:
        start = work[-1] + 1
    elif start and body[start - 1].is_heading:  # the closing's own part heading (1960's "四") opens it
        start -= 1
    for paragraph in body[start:]:
        if paragraph.section_kind != "other":  # not a note or a repeated line after the appeal
            paragraph.section_kind = "closing"
