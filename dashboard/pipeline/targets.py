"""Quantified statements (targets and reported results) found in report sentences.

Each number with a unit becomes one row: value (normalised: 5万 -> 50000, ten million ->
10000000), value_high for ranges, a normalised unit, the modifier the text puts on it
(exact / around / at least / at most / more than / range), a kind and a category.
The kind comes from the time the sentence speaks of, read the same way as for the key
figures (dashboard.pipeline.statements): last year's or a past period's figures are
achievements; this year's are annual targets unless a longer horizon sits next to the
figure (年均, 到2020年, "by 2020"); the plan's undated goals are multi-year. The category
follows the words of the clause (data/lexicon/categories.toml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from dashboard.pipeline.key_figures import ListInOrder, figures_of, lists_in_order
from dashboard.pipeline.numbers import normalise_numbers
from dashboard.pipeline.quantities import HELD_AT, Quantity, clause_spans, clauses, counts_businesses, quantities
from dashboard.pipeline.rules import POPULATION_SCALE, RULES
from dashboard.pipeline.statements import Sentence, plan_period_ends, tells_what_happened, walk
from dashboard.pipeline.structure import Paragraph, plan_year_of
from dashboard.vocabulary import (
    RURAL_CONNECTIVITY,
    load_category_rules,
    load_closed_capacity,
    load_counted_things,
    load_fields_named_before,
    load_figure_word_rules,
    load_money_fields,
    load_money_shares,
    load_rural_links,
    metric,
)

# The "What" column holds at most this many characters of the words around a figure.
WHAT_CHARS = 120


@dataclass(frozen=True)
class Target:
    para_id: int
    sentence: str
    metric: str
    metric_key: str | None
    value: float
    value_high: float | None
    unit: str
    modifier: str
    kind: str
    category: str


# What joins the items of an English list: a figure's own words end there.
LIST_JOIN = re.compile(r"\band\b|[,;]", re.IGNORECASE)


def _own_words(clause: str, found: Sequence[Quantity], position: int) -> str:
    """The words of the clause's figure at `position`: from the figure before it to the figure after it, cut at
    the "and" that joins it to either ("…380,000 kilometers of roads and 266,000 kilometers of electric power
    lines and renovated 800,000 dilapidated houses": the power lines are not the houses)."""
    quantity = found[position]
    start = found[position - 1].end if position else 0
    stop = found[position + 1].start if position + 1 < len(found) else len(clause)
    return (
        LIST_JOIN.split(clause[start : quantity.start])[-1]
        + clause[quantity.start : quantity.end]
        + LIST_JOIN.split(clause[quantity.end : stop])[0]
    )


MONEY_UNITS = frozenset({"yuan", "US$"})


def money_kind(quantity: Quantity, context: str, lang: str) -> str | None:
    """ "amount" for an amount of money, "share" for a share or growth of one ("对农业的投资比重…百分之十四"), None for
    anything else: what category_of's money fields apply to."""
    if quantity.unit in MONEY_UNITS:
        return "amount"
    share = load_money_shares()[lang]
    return "share" if quantity.unit == "%" and share is not None and share.search(context) else None


def _field_named_before(
    context: str,
    money: str | None,
    nearest_before: Sequence[str],
    lang: str,
    cues: Sequence[tuple[str, re.Pattern[str]]],
) -> str | None:
    """The field of the nearest clause before a figure whose own clause names none but the budget's (categories.toml
    [fields_named_before]): an amount said only to be spent, a share of GDP or of the budget; None where that clause
    names the economy's or rural connectivity, or none."""
    words = load_fields_named_before()[lang]
    if words is None or not (money == "amount" or words.share.search(context)) or words.remainder.match(context):
        return None
    rest = words.share.sub("", words.spending.sub("", context))
    if any(name == "macro-economy" and cue.search(rest) for name, cue in cues):
        return None
    named = (next((name for name, cue in cues if cue.search(clause)), None) for clause in nearest_before)
    field = next((name for name in named if name is not None), None)
    return None if field in ("macro-economy", RURAL_CONNECTIVITY) else field


def category_of(
    context: str,
    sentence: str,
    lang: str,
    *,
    own_words: str | None,
    money: str | None,
    nearest_first: Sequence[str],
    clauses_before: int = 0,
    counts_things: bool = False,
) -> str:
    """The clause's category; where the clause alone names none ("3.58亿人参保" after "农村社会养老保险"),
    that of the nearest other clause of the sentence that names one (`nearest_first`, from _nearest_first): in 1954's "…铁道、交通、邮电六个部，只要降低基本建设的建筑安装成本的百分之一，就可以每年为国家
    节约二千八百亿元" the savings are the capital construction's, not the post office's. Never rural connectivity, which
    a long sentence names too easily in passing. With
    `own_words` (the figure's stretch of the clause, up to the "and" that joins it to the figure before or
    after it), a figure is rural connectivity when its sentence is about connecting the countryside and its
    own words name a link (categories.toml [links]): "2.6 million rundown rural houses will be rebuilt and
    200,000 kilometers of rural roads will be upgraded" connects villages with its second figure only, and
    "rural drinking water safety projects …, built and upgraded 380,000 kilometers of roads" names the
    countryside once for both; and what those words name decides before the clause does (categories.toml
    [figure_words]: "over one hundred million market entities" are the firms', whatever jobs their clause names).
    An amount of money (`money`) the words would make macro-economy is the field's it is
    spent on where that field has no category of its own (categories.toml [money_fields]: "中央财政用于“三农”的支出").
    A count of things (`counts_things`) whose clause names no field is the sector's it counts (_counted_field)."""
    cues = load_category_rules()[lang]
    link = load_rural_links()[lang]
    if own_words is not None:
        named = next((name for name, cue in load_figure_word_rules()[lang] if cue.search(own_words)), None)
        if named is not None:
            return named

    def names(name: str, cue: re.Pattern[str]) -> bool:
        if name != RURAL_CONNECTIVITY or own_words is None:
            return bool(cue.search(context))
        return bool(cue.search(sentence) and link and link.search(own_words))

    found, named_by = next((name for name, cue in cues if names(name, cue)), None), context
    if found is None and counts_things:
        found = _counted_field(context, nearest_first[:clauses_before], lang)
    for other_clause in nearest_first if found is None else ():
        found = next((name for name, cue in cues if name != RURAL_CONNECTIVITY and cue.search(other_clause)), None)
        named_by = other_clause
        if found is not None:
            break
    money_fields = load_money_fields()[lang] if money is not None and found == "macro-economy" else None
    if money_fields is not None and all(cue.search(named_by) or cue.search(context) for cue in money_fields):
        # Money spent on a field with no category of its own is that field's before it is the budget's, the field named in
        # the figure's own clause or in the one that named the budget's words ("allocate 818.3 billion yuan for
        # agriculture, …, and local governments … will also increase their investment").
        return "other"
    if found == "macro-economy" and named_by is context:
        # Its field is named before it (`clauses_before`: how many of nearest_first stand before the clause); a total
        # followed by where it goes ("中央预算内投资…，主要用于…") stays the budget's.
        found = _field_named_before(context, money, nearest_first[:clauses_before], lang, cues) or found
    return found or "other"


def _counted_field(context: str, clauses_before: Sequence[str], lang: str) -> str | None:
    """The field of a count of things whose clause the category cues leave without one (categories.toml
    [counted]): the sector the clause names ("商业建设项目是47个": commerce's, not the transport of the clause before); a
    programme's projects, the sector the nearest clause before it names ("电力工业部有101个建设项目，地方有18个建设项目": the power
    sector's both), or with none, the capital construction's, macro-economy, whatever parts the clauses after it name
    ("建设项目共有1185个，其中工业建设项目是716个": the whole stays the programme's); None for a count whose clause
    names neither: the cues borrow from the clauses around for those."""
    rules = load_counted_things()[lang]
    if rules is None:
        return None
    named = next((name for name, cue in rules.sectors if cue.search(context)), None)
    if named is not None or not rules.programme.search(context):
        return named
    around = (next((name for name, cue in rules.sectors if cue.search(clause)), None) for clause in clauses_before)
    return next((name for name in around if name is not None), "macro-economy")


def is_standing_population(quantity: Quantity, window: str, lang: str) -> bool:
    """A count of people the size of the country's population with no word of a change or a goal near it ("全国六亿人民",
    "保障好14亿人的粮食安全", "1.3 billion Chinese people"): a standing fact, not a figure of the year."""
    low, high = POPULATION_SCALE
    return (
        quantity.unit == "people"
        and low <= quantity.value <= high
        and quantity.modifier in ("exact", "around", "more than")
        and not RULES[lang].changes_or_goal.search(window)
    )


def is_standing_line(clause: str, quantity: Quantity, lang: str) -> bool:
    """Whether the figure is a line held for good ("严守18亿亩耕地红线", "the red line of 120 million hectares")."""
    rules = RULES[lang]
    return bool(
        rules.standing_line_before.search(clause[: quantity.end])
        or rules.standing_line_after.search(clause[quantity.end :])
    )


def is_standing_count(clause: str, quantity: Quantity, lang: str) -> bool:
    """Whether the figure counts what the country is made of ("56个民族", "56 ethnic groups"): a fact as it stands."""
    return bool(RULES[lang].standing_count_after.search(clause[quantity.end :]))


def is_standing_share(sentence: str, clause: str, quantity: Quantity, lang: str) -> bool:
    """Whether the figure is a share stated as it stands ("国家财政收入的６０％以上来自国有企业"), with no word of a change or a
    goal before it in its clause, nor of a projection in its sentence."""
    rules = RULES[lang]
    before = clause[: quantity.start]
    return (
        quantity.unit == "%"
        and bool(
            rules.standing_share_before.search(before) or rules.standing_share_after.search(clause[quantity.end :])
        )
        and not rules.changes_or_goal.search(before)
        and not rules.share_projected.search(sentence)
    )


def is_baseline(clause: str, quantity: Quantity, lang: str) -> bool:
    """Whether the figure is the starting level of a change ("由去年的10.7%提高到14%", "from last year's
    107.6 billion yuan to 156.2 billion"): a level already reached, whatever the change is for."""
    rules = RULES[lang]
    before, after = clause[: quantity.start], clause[quantity.end :]
    return bool(
        (rules.baseline_before.search(before) and rules.baseline_after.search(after))
        or (rules.comparison_base_before.search(before) and rules.comparison_base_after.search(after))
    )


@lru_cache(maxsize=256)
def _horizon(matchable: str, lang: str, last_year: int, in_review: bool) -> str | None:
    """The kind a sentence's own horizon gives all its figures, read once per sentence: one that opens on a year after
    `last_year` (the plan year), or whose period runs ahead and not back, sets goals beyond this year (multi-year); one
    whose period runs back, or spans years gone by ("1986年同1978年相比"), tells results (achievement); None otherwise.
    A five-year plan named by its number gives its period's direction (`in_review`: the sentence is in the review)."""
    rules = RULES[lang]
    lead = rules.lead_year.match(matchable)
    ahead, behind = bool(rules.period_ahead.search(matchable)), bool(rules.period_behind.search(matchable))
    # A five-year plan named by its number runs ahead of the plan year or ended before it ("第一个五年计划规定…" in 1955,
    # "以第一个五年计划期间的总投资额计算" in 1958); the plan of the plan year's own last year does neither, and in the
    # review a plan still running frames last year's work ("提前实施部分“十四五”规划重大工程项目…", 2023).
    plan_ends = plan_period_ends(matchable, lang)
    ahead = ahead or (not in_review and any(end > last_year for end in plan_ends))
    behind = behind or any(end < last_year for end in plan_ends)
    if (lead and int(lead[1]) > last_year) or (ahead and not behind):
        return "multi-year"
    # A span gone by frames only a sentence with no work to do in it ("从1953年到1980年…3.4%，六五计划期间要求
    # 每年递增4%到5%" sets a goal after the span).
    span = rules.year_span.search(matchable)
    span_gone = bool(span) and max(int(found) for found in re.findall(r"\d{4}", span[0])) < last_year
    # A sentence that names only years long gone ("我国在1907年，才建设起…，当年的钢产量只有8500吨", 1955) tells what they
    # saw, however far from its figures the year stands; the year just before the report's is the review's own.
    named = {int(found) for found in rules.year_mention.findall(matchable)}
    long_gone = bool(named) and max(named) < last_year - 1
    if (behind and not ahead) or ((span_gone or long_gone) and not rules.to_do_cue.search(matchable)):
        return "achievement"
    return None


def kind_of(sentence: Sentence, window: str, lang: str, years: set[int], level_reached: bool, context: str) -> str:
    """annual / multi-year / achievement for one figure, from its sentence's time, its clause (`context`: with the clause
    before where it opens on a change, as extract_targets reads it) and the words around it
    (`level_reached`: the figure is the starting level of a change, is_baseline; a level stated as it stands,
    is_standing_population, is_standing_count, is_standing_share; or the year before the report's, opens_on_last_year)."""
    if level_reached or RULES[lang].done_near.search(window):
        return "achievement"
    named = {int(found) for found in RULES[lang].year_mention.findall(window)}
    # The year before the plan year compared with the one before it ("一九五八年比一九五七年增长了百分之一百零七", in the
    # 1959 report's plan): that year's result, whatever the sentence goes on to plan.
    compared = RULES[lang].year_compared.search(context)
    if compared and int(compared[1]) == max(years) - 1:
        return "achievement"
    if re.search(RULES[lang].next_year, window, re.IGNORECASE):
        # Next year is the report's year + 1 (`years`: the plan year, the report's, the one before): a later year's
        # goal in a report of March ("明年将安排200亿元", 2007), the plan year's in one of August (1980's "明年").
        named.add(min(years) + 2)
    named -= years
    if named and max(named) < min(years):
        return "achievement"  # "一九五二年…达到百分之三十四": a figure of a year gone by
    if named and min(named) > max(years):
        # "到一九五七年达到三千八百五十六亿斤" in 1955: a later year's goal, whatever verb reaches it.
        return "multi-year"
    lead = RULES[lang].lead_year.match(context)
    if lead and int(lead[1]) > max(years):
        # A clause that opens on a later year, past the figure's reach ("在上述…的基础上，一九五七年全国社会商品零售总额将达到
        # 四百九十八亿元左右", 1955): that year's goal, as a sentence opening on it is (_horizon); and so is the change the
        # next clause gives it ("，比一九五二年增长百分之八十左右": its clause reads with the one before).
        return "multi-year"
    longer = bool(RULES[lang].not_single_year.search(window) or RULES[lang].horizon_cue.search(window) or named)
    section = sentence.paragraph.section_kind
    if sentence.role == "outcome" or sentence.time == "last" or RULES[lang].so_far.search(sentence.matchable):
        return "achievement"
    horizon = _horizon(sentence.matchable, lang, max(years), sentence.paragraph.section_kind == "review")
    if sentence.time in (None, "period"):
        if horizon is not None:
            return horizon
    elif not sentence.time_is_own and horizon == "multi-year":
        # A period ahead named in the sentence itself ("within two years", 用两年时间) outweighs the year carried on from
        # the sentence before it; a span looked back on does not ("比上年增加近百分之三十，是近十年来增加最多的一年").
        return "multi-year"
    if sentence.time == "period":
        # A period looked back on ("从1966年到1976年…达到", 五年来…增长了) is a result, wherever it sits.
        past = section not in ("plan", "tasks") or RULES[lang].period_past_cue.search(sentence.matchable)
        return "achievement" if past else "multi-year"
    if sentence.role == "target":
        return "multi-year" if longer else "annual"
    if section == "review":
        # A sentence of the review that names the plan year as its own time gives what that year is expected to reach
        # ("拿几项最重要的工业产品的一九五四年预计产量…", "全国公路的通车里程今年将达十四万多公里", 1954): the year's figure,
        # whatever past year a change starts from ("从1950年的25.5%增加到1954年预算的45.4%").
        # Not in a report delivered late in its year (1981, 1982), which plans the next: its own year is nearly done.
        # (`years` holds the plan year, the report's and the one before: two years where the report plans its own.)
        plans_its_own_year = len(years) == 2
        own_year = plans_its_own_year and sentence.time == "plan" and sentence.time_is_own
        if not (own_year and RULES[lang].plan_year_named(max(years)).search(sentence.matchable)):
            return "achievement"
        # Reaching the plan year itself ("到1954年") is no horizon beyond it.
        beyond = re.sub(rf"(?:到|by ){max(years)}年?", "", window)
        ahead = RULES[lang].not_single_year.search(beyond) or RULES[lang].horizon_cue.search(beyond)
        return "multi-year" if ahead else "annual"
    if section == "plan" and not longer and _headed_by_plan_year(sentence.paragraph, lang, max(years)):
        # A plan part headed as the year's plan ("二、１９５６年的国家预算", "我们在…一九五九年经济战线上的任务"): what it
        # sets with no time of its own is that year's.
        return "annual"
    if section == "plan" or longer:
        return "multi-year"
    if section == "tasks":
        return "achievement" if tells_what_happened(sentence.matchable, lang) else "annual"
    return "achievement" if RULES[lang].past_cue.search(sentence.matchable) else "annual"


def _headed_by_plan_year(paragraph: Paragraph, lang: str, plan_year: int) -> bool:
    """Whether the heading a paragraph stands under names the plan year (number-normalised: １９５６年, 一九五九年)."""
    heading = paragraph.heading
    return bool(heading) and bool(RULES[lang].plan_year_named(plan_year).search(normalise_numbers(heading, lang)))


BARE_YEAR_CLAUSE = re.compile(r"^(?:在|in )?(?:19|20)\d\d年?$", re.IGNORECASE)
# A clause of no more than this many characters, no figure or year in it, that names a period ("“十一五”期间，关停5000万千瓦…").
TIME_CLAUSE_CHARS = 10


def _kind_leads(matchable: str, all_clauses: tuple[str, ...], lang: str) -> list[str]:
    """Per clause, the words before it that its figures' time reads with: the items of an enumeration it continues
    ("五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨": the five years are the steel's too) and a clause that is nothing but a
    period ("“十一五”期间，关停5000万千瓦小火电机组")."""
    spans = clause_spans(matchable, lang)
    leads, carried = [""], ""
    for index in range(1, len(all_clauses)):
        before = all_clauses[index - 1]
        joined = matchable[spans[index - 1][1] : spans[index][0]].strip() == "、"
        bare_period = (
            len(before) <= TIME_CLAUSE_CHARS
            and not quantities(before, lang)
            and not RULES[lang].year_mention.search(before)  # a date ("预计到1956年底") is no period
            and bool(RULES[lang].not_single_year.search(before) or RULES[lang].any_period.search(before))
        )
        # A clause that is nothing but a year ("在1949年，这个比重大约是百分之十七", 1954) is its next clause's year.
        bare_year = bool(BARE_YEAR_CLAUSE.match(before.strip()))
        carried = f"{carried}{before} " if joined else (f"{before} " if bare_period or bare_year else "")
        leads.append(carried)
    return leads[: len(all_clauses)]


def extract_targets(
    paragraphs: list[Paragraph],
    lang: str,
    year: int,
    delivered_month: int | None = None,
    read: list[Sentence] | None = None,
) -> list[Target]:
    """Every quantity with a unit in a report, with the sentence that states it (`read`: the report's
    sentences from `walk`, when the caller has them already)."""
    plan_year = plan_year_of(year, delivered_month)
    years = {plan_year, year, year - 1}
    reach = RULES[lang].kind_reach
    targets = []
    for sentence in read if read is not None else walk(paragraphs, lang, year, plan_year):
        # Every figure of a metric, whatever time it is for: the kind says whether it is this year's.
        metric_of = {(index, figure.start): metric for index, metric, figure in figures_of(sentence, lang, None, year)}
        in_lists = {
            (index, figure.start): (listed, start, end)
            for listed in lists_in_order(sentence.matchable, lang)
            for index, start, end, figure in listed.figures
        }
        spans = clause_spans(sentence.matchable, lang) if in_lists else ()
        previous = subject = ""
        # The field of the sentence's last amount of money, for the share and change that describe it (_describes_amount).
        amount_field: str | None = None
        all_clauses = clauses(sentence.matchable, lang)
        leads = _kind_leads(sentence.matchable, all_clauses, lang)
        for index, clause in enumerate(all_clauses):
            # "国内生产总值达到74.4万亿元，增长6.7%": a clause that opens with a change names its
            # metric in the clause before, so that clause joins the classification; and so does a part of what the
            # clause before named ("大幅度增加全国教育支出，其中中央财政支出1981亿元，比上年增长23.6%": education's, both
            # figures, the clause before reaching back through it).
            opens_a_part = bool(RULES[lang].part_opening.match(clause))
            context = f"{previous} {clause}" if opens_a_part or RULES[lang].rate_opening.match(clause) else clause
            previous = context if opens_a_part else clause
            found = quantities(clause, lang)
            # A clause of nothing but figures ("5元和10元" after "粳稻每50公斤分别提高3元、") says what they measure
            # through the last clause that had words of its own.
            own = _without_figures(clause, found)
            figures_only = bool(found) and not RULES[lang].list_item_join.sub("", own).strip(" …,.;")
            if not figures_only:
                subject = own
            # Where the clause names no field, the sentence's other clauses do, the nearest first (category_of).
            others = _nearest_first(all_clauses, index) if found else []
            for position, quantity in enumerate(found):
                listed = in_lists.get((index, quantity.start))
                # A list the clauses cut ("早籼稻、中晚籼稻、粳稻每50公斤分别提高3元、5元和10元", cut at each "、"): the
                # figure's own clause would name the last item (粳稻) for every figure.
                if listed and listed[0].start < spans[index][0]:
                    metric = _in_its_list(sentence.matchable, spans, *listed)
                else:
                    metric = subject if figures_only and subject else _without_figures(clause, [quantity])
                named = metric_of.get((index, quantity.start))
                window = clause[max(quantity.start - reach, 0) : quantity.end + reach]
                standing_line = is_standing_line(clause, quantity, lang)
                population = is_standing_population(quantity, window, lang)
                names_population = population and bool(
                    RULES[lang].population_words.search(clause[quantity.start : quantity.end + 30])
                )
                # A line held for good is a floor kept for years, whatever the sentence's time.
                kind = (
                    "multi-year"
                    if standing_line
                    else kind_of(
                        sentence,
                        leads[index] + window,
                        lang,
                        years,
                        is_baseline(clause, quantity, lang)
                        or population
                        or is_standing_count(clause, quantity, lang)
                        or is_standing_share(sentence.matchable, clause, quantity, lang)
                        or opens_on_last_year(clause, lang, year, plan_year),
                        context,
                    )
                )
                modifier, value_high = modifier_of(quantity, kind, standing_line)
                money = money_kind(quantity, context, lang)
                # A metric's figure is in its metric's category; otherwise the clause's words decide (the figure's own
                # words in English only: a Chinese from-to names its subject once before both figures,
                # "农村自来水普及率从80%提高到87%", so the second figure's own words name no link). The country's population,
                # stated as it stands, is no field's (the gold's convention), whatever the sentence goes on to say of
                # jobs or grain ("13亿多人口的发展中大国，就业比较充分").
                if named:
                    category = named.category
                elif names_population:
                    category = "other"
                elif amount_field is not None and _describes_amount(clause, lang):
                    category = amount_field
                else:
                    # A clause that reads with the words before it (_kind_leads: an item of an enumeration,
                    # "农业、林业、水利、气象支出为…元", spent on all of them) has them, not one clause, before it to name
                    # its field.
                    category = category_of(
                        context,
                        sentence.matchable,
                        lang,
                        own_words=_own_words(clause, found, position) if lang == "en" else None,
                        money=money,
                        nearest_first=[leads[index], *others] if leads[index] else others,
                        clauses_before=1 if leads[index] else index,
                        counts_things=quantity.unit == "count",
                    )
                    category = _closed_capacity_field(category, sentence, lang)
                if money == "amount":
                    amount_field = category
                targets.append(
                    Target(
                        para_id=sentence.paragraph.para_id,
                        sentence=sentence.text,
                        metric=metric[:WHAT_CHARS] or clause[:WHAT_CHARS],
                        metric_key=named.key if named else None,
                        value=quantity.value,
                        value_high=value_high,
                        unit=_unit_of(quantity, sentence, lang),
                        modifier=modifier,
                        kind=kind,
                        category=category,
                    )
                )
    return _parts_beside_their_whole(targets, lang)


def _describes_amount(clause: str, lang: str) -> bool:
    """A clause that is the share of a total or the change of the amount before it, and names no field of its own: in 1956's
    "（一）工业支出为８，５４４，０８２，０００元，占经济建设费总数的５３．２２％，比上年实际增长４６．０２％" both are industry's, as the
    amount is; the total (经济建设费) is only the denominator."""
    words = load_fields_named_before()[lang]
    return words is not None and bool(words.share.match(clause) or RULES[lang].rate_opening.match(clause))


def _unit_of(quantity: Quantity, sentence: Sentence, lang: str) -> str:
    """The figure's unit, where 户 counts the businesses its sentence names, not households (counts_businesses: the
    clause alone, quantities, reads only the words beside the figure)."""
    if quantity.unit == "households" and lang == "zh" and counts_businesses(sentence.matchable):
        return "count"
    return quantity.unit


def _closed_capacity_field(category: str, sentence: Sentence, lang: str) -> str:
    """Backward capacity closed down, left to the industry by its words (other), is energy saving's in a paragraph about
    saving energy (categories.toml [closed_capacity])."""
    cues = load_closed_capacity()[lang]
    if (
        category == "other"
        and cues is not None
        and cues.sentence.search(sentence.matchable)
        and cues.paragraph.search(sentence.paragraph.text)
    ):
        return "environment"
    return category


def modifier_of(quantity: Quantity, kind: str, standing_line: bool) -> tuple[str, float | None]:
    """The figure's modifier and upper end, now that its kind is known. A result "控制在3.3%" is where the figure was
    held, exact (a target's 控制在 is a ceiling). A range is a target's: a result stated as one ("raised by between 25%
    and 40%", "百分之二十到三十") is at least its lower end, as the gold reads it four times against twice. A line held
    for good with no word of degree is a floor."""
    past_range = kind == "achievement" and quantity.modifier == "range"
    value_high = None if past_range else quantity.value_high
    if kind == "achievement" and quantity.modifier_word in HELD_AT:
        return "exact", value_high
    if past_range:
        return "at least", None
    if standing_line and quantity.modifier == "exact":
        return "at least", quantity.value_high
    return quantity.modifier, quantity.value_high


def _nearest_first(all_clauses: Sequence[str], index: int) -> list[str]:
    """The sentence's other clauses, the nearest before the clause first, then those after it."""
    return [*all_clauses[:index][::-1], *all_clauses[index + 1 :]]


def opens_on_last_year(clause: str, lang: str, year: int, plan_year: int) -> bool:
    """A clause that opens on the year before the report's ("1958年我国只生产80万千瓦，1959年将生产…", 1959) tells that
    year's result, in a report that plans its own year."""
    lead = RULES[lang].lead_year.match(clause)
    return plan_year == year and lead is not None and int(lead[1]) == year - 1


def _elided(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with each of these (start, end) stretches written as "…", spaces made single."""
    written, end = "", 0
    for start, stop in spans:
        if start >= end:
            written += text[end:start] + " … "
            end = stop
    return re.sub(r"\s+", " ", written + text[end:])


def _without_figures(clause: str, found: Sequence[Quantity]) -> str:
    """The clause with each of its figures written as "…" ("粳稻每50公斤分别提高…")."""
    return _elided(clause, [(quantity.start, quantity.end) for quantity in found]).strip(" …")


def _in_its_list(matchable: str, spans: Sequence[tuple[int, int]], listed: ListInOrder, start: int, end: int) -> str:
    """A figure of a list in order as the list writes it, to the end of its last figure's clause, the figure as "…"
    (kept at the end too: which of the figures it is is the point)."""
    last_clause_end = spans[listed.figures[-1][0]][1]
    text = _elided(matchable[listed.start : last_clause_end], [(start - listed.start, end - listed.start)]).strip()
    # A long list keeps its end, where the figures are ("…and carbon dioxide emissions per unit of GDP are cut by … ,
    # 15%, and 18%"): the position of the "…" among them says which item it is.
    return text if len(text) <= WHAT_CHARS else "…" + text[1 - WHAT_CHARS :].lstrip()


def _parts_beside_their_whole(targets: list[Target], lang: str) -> list[Target]:
    """A metric's part (metrics.toml part_*: the central government's deficit) is not the metric's figure where its
    paragraph states the whole too; alone it is (2006's "拟安排中央财政赤字2950亿元" is the year's deficit)."""
    wholes = {
        (target.para_id, target.metric_key) for target in targets if target.metric_key and not _names_part(target, lang)
    }
    return [
        replace(target, metric_key=None)
        if target.metric_key and _names_part(target, lang) and (target.para_id, target.metric_key) in wholes
        else target
        for target in targets
    ]


def _names_part(target: Target, lang: str) -> bool:
    part = metric(target.metric_key).part.get(lang) if target.metric_key else None
    return bool(part and part.search(target.metric))
