"""The pipeline's per-language rules: one record per language, read by short extractors.

Each field is a pattern (or a number) that one reader of the pipeline applies: statements.py
(which time a sentence speaks of), targets.py (the kind of a figure), key_figures.py (which
metric and year a figure belongs to) and structure.py (the speech's opening and closing). A
rule for a new language is a new record here; the readers stay as they are. Chinese patterns
match number-normalised text (normalise_numbers wrote 一九七九年 as 1979年).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageRules:
    """How one language states time, targets and the shape of a speech: the patterns the pipeline's
    readers apply, one record per language."""

    # Which time a sentence speaks of, and whether it sets a target (statements.py)
    target_cue: re.Pattern[str]
    # "从1979年到1981年", "from 2012 to 2017": a span of years, even one that ends last year.
    year_span: re.Pattern[str]
    # A sentence that opens with a span of years ("过去五年，…", "Over the past five years,") is about that span.
    period_cue: re.Pattern[str]
    last_year_cue: Callable[[int], re.Pattern[str]]
    this_year_cue: Callable[[int], re.Pattern[str]]
    # The plan year named as itself, not 本年 ("that year"), which in a review may be the year reviewed ("１９５５年国家决算…。
    # 用于国家行政经费的支出占本年支出的７．３４％", 1956).
    plan_year_named: Callable[[int], re.Pattern[str]]
    # A sentence that opens on the whole year ("全年基础设施…投资分别增长9.4%、9.1%"): in the review, the year reviewed.
    whole_year: re.Pattern[str]
    # Words that set or explain a target, as against the words a target is phrased in (左右, 控制在, "within").
    sets_target: re.Pattern[str]
    # Named periods that are never this year, wherever they stand in the sentence.
    any_period: re.Pattern[str]
    # A five-year plan named by its number (the group `number`, "十五", "十一" or "12", or `ordinal`, the 一 of "第一个五年
    # 计划"), its period one the sentence speaks of; not the plan's first year, which is this year ("“十五”计划开局之年").
    named_plan: re.Pattern[str]
    # What puts a named plan as the base of a comparison, right before it ("比“六五”期间增长近百分之七十", "higher … than that
    # during the 13th Five-Year Plan period"): not the period the sentence speaks of.
    plan_compared_before: re.Pattern[str]
    horizon_year: re.Pattern[str]
    # "去年我在政府工作报告中曾提出，要把…控制在百分之十以内": a review quoting last year's target.
    restated_target: re.Pattern[str]
    # What a review sentence that restates a target says actually happened ("…提出，物价涨幅要从14.8%降到10%左右，
    # …实际回落到6.1%"): from this clause on, its figures are the outcome; before it, the target restated.
    actual: re.Pattern[str]
    # A change from one year's figure to another's: "从2007年末的6.12万亿元增加到2012年末的17.63万亿元".
    sentence_from_to: re.Pattern[str]
    next_year: str
    # The kind of a quantified statement (targets.py)
    past_cue: re.Pattern[str]
    # In a plan or the tasks, the words by which a sentence of a period tells what happened in it: not 达到 there,
    # the level a five-year goal reaches ("森林覆盖率达到21.66%" in the twelfth plan's goals).
    period_past_cue: re.Pattern[str]
    # A sentence among the tasks that tells what happened (told_cue) and names no work to do (to_do_cue) is a
    # result the tasks cite, not a target.
    told_cue: re.Pattern[str]
    to_do_cue: re.Pattern[str]
    horizon_cue: re.Pattern[str]
    # Which way a sentence's period runs, wherever it is named: ahead ("今后五年", "争取用三年时间", "within two years",
    # "over the next five years") or back ("两年来", "over the past five years"). A period named both ways, or neither
    # (五年, 本届政府, and "五年内", which a review says of the five years past), leaves the kind to the section and
    # the sentence's tense.
    period_ahead: re.Pattern[str]
    period_behind: re.Pattern[str]
    # The year a sentence opens on ("In 2012, government spending on education will reach 4% of GDP" in 2011's report):
    # it frames every figure of the sentence.
    lead_year: re.Pattern[str]
    # Progress so far in the year of the report (1956, delivered in June: "本年1——5月份…完成102.6%"), and what there is now
    # ("目前在全国注册登记的各种经济联合体有３２０００多个", "到现在为止"): results.
    so_far: re.Pattern[str]
    # How far either side of a figure a horizon or average still makes it multi-year.
    kind_reach: int
    # The starting level of a change ("由去年的10.7%提高到14%", "现行10%的税率降至9%", "from last year's
    # 107.6 billion yuan to 156.2 billion"): the words just before the figure, and just after it.
    baseline_before: re.Pattern[str]
    baseline_after: re.Pattern[str]
    # The level a comparison is made against ("比一九五八年的五百四十八亿元增长百分之十九", "比第五个五年计划期间的
    # 百分之十一有了较大的提高"): a level already reached, as the start of a change is.
    comparison_base_before: re.Pattern[str]
    comparison_base_after: re.Pattern[str]
    # Done, said next to the figure ("17个项目已经完工"): a result, whatever the sentence's time.
    done_near: re.Pattern[str]
    # Words that make a figure a change or a goal, not a level stated as it stands: a count of people the size of the
    # country's population (POPULATION_SCALE) with none of them near it is a standing fact ("十亿人民", "保障好14亿人的
    # 粮食安全", "1.3 billion Chinese people"), not this year's figure; "人口自然增长率控制在…", "人口控制在12亿以内" are goals.
    changes_or_goal: re.Pattern[str]
    # The figure and the words after it name the population itself ("13亿多人口", "六亿人民", "14亿人的粮食安全", "1.4 billion
    # Chinese people"), not the people some scheme covers ("3.58亿人参保", "1.3 billion urban and rural residents are covered").
    population_words: re.Pattern[str]
    # A line held for good ("严守18亿亩耕地红线", "守住全国耕地不少于18亿亩这条红线", "the red line of 120 million hectares"):
    # a standing goal (multi-year), and a floor (at least) where the words give it no modifier of their own. English
    # names the line before the figure (matched on the clause up to the figure's end), Chinese after it.
    standing_line_before: re.Pattern[str]
    standing_line_after: re.Pattern[str]
    # What the country is made of, counted ("56个民族", "56 ethnic groups"): a standing fact, not a figure of the year.
    standing_count_after: re.Pattern[str]
    # A share stated as it stands ("在目前又占全国工业总产值的百分之五十以上", "国家财政收入的６０％以上来自国有企业", "我国人口８０％以上在
    # 农村"): the words before or after the figure that make it a share (a word of change or goal before it in its clause,
    # changes_or_goal, makes it a change instead: "服务业增加值占国内生产总值比重上升到51.6%"), and the words anywhere in its
    # sentence that make it a projection ("预计到１９５６年底…而私营工业则只占０．４％", "将只占百分之二十九左右").
    standing_share_before: re.Pattern[str]
    standing_share_after: re.Pattern[str]
    share_projected: re.Pattern[str]
    # Which figure belongs to which metric, and for which year (key_figures.py)
    not_single_year: re.Pattern[str]
    # A comparison's base year ("比2002年增长65.5%"): further back than the year before, the growth is several years'.
    base_year: re.Pattern[str]
    # A year a figure is for; not a comparison's base ("比1980年预计增长5.5%", "over 2019").
    year_mention: re.Pattern[str]
    # How far beyond a cue and its figure words like 年均 / "average" still make the figure multi-year.
    span_margin: int
    # ...and after the figure, where English puts the period ("51 million urban jobs were created over the past five years").
    span_after: int
    # What may stand between a figure and the metric it precedes: "11 million new urban jobs", "3 percent in energy ...".
    figure_before_cue: re.Pattern[str]
    # What, right after a figure, says it measures a thing of its own rather than the metric named before it:
    # "a 550 billion yuan central government deficit and 250 billion yuan of bonds issued for local governments".
    figure_of_own_thing: re.Pattern[str]
    # A clause with no metric of its own continues the one before it when it opens with a rate of change
    # ("增长6.7%", "up 6.9 percent": for metrics measured in %) or with a level ("达到4024亿公斤", "定为8%").
    # An increment ("比去年增加2700亿元", "增产109亿公斤") is neither: it is not the metric's figure.
    change_opening: re.Pattern[str]
    # "增长…" continues only a metric in %: "国内生产总值达到74.4万亿元，增长6.7%" but not "赤字1.62万亿元，比去年增加…".
    rate_opening: re.Pattern[str]
    figure_from_to: re.Pattern[str]
    # A clause that states an increment ("比上年增加225亿元", "又增产1454万吨"): not the metric's figure, and the
    # clause after it still continues the metric named before ("…，增长14.7%", "…，达到48401万吨").
    increment_opening: re.Pattern[str]
    # A clause about a part of what came before ("其中出口2662亿美元，增长6.8%"): unless it names a metric itself,
    # what follows is the part's, not the metric named before.
    part_opening: re.Pattern[str]
    # What a figure is measured against: the base a change builds on ("在1979到1983年平均每年递增7.9%的基础上，比上年
    # 增长14.2%"), the plan it is compared with ("1981年计划为3.7%，实际达到4.6%") or the year ("钢产量拟定为…，将比
    # 一九五七年增长百分之十九点二": 1958's plan). An aside: not the metric's figure, the clause after it still continues
    # the metric named before it, and its years are not the sentence's time.
    reference_aside: re.Pattern[str]
    # A year compared with an earlier one ("1957年比1952年"): the year the sentence's figures are for.
    year_compared: re.Pattern[str]
    # A clause that states a share of GDP ("占国内生产总值比重在3%以内", "a decrease to around 1.5% of GDP"): after a
    # metric with a share of GDP of its own (vocabulary share_of_gdp), the figure is that share.
    share_of_gdp: re.Pattern[str]
    # A list of things and a list of figures paired in order ("单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、
    # 15%、18%", "energy consumption and CO2 emissions per unit of GDP … by 16% and 17% respectively"): the word that
    # pairs them, what joins two items and two figures, and the words the first item (Chinese) or the last (English)
    # gives every item of the list (单位国内生产总值, "per unit of GDP").
    respectively: re.Pattern[str]
    # Whether the figures follow the word (分别下降23%、15%) or precede it ("by 16% and 17% respectively").
    figures_follow_respectively: bool
    # Where the things of such a list begin: the clause boundary before them (not the 、 or commas that join them).
    list_boundary: re.Pattern[str]
    list_item_join: re.Pattern[str]
    list_figure_join: re.Pattern[str]
    shared_head: re.Pattern[str]
    shared_tail: re.Pattern[str]
    # The speech's opening and closing (structure.py)
    # The speaker's opening words before any content: "各位代表：", "现在，我代表国务院，向大会报告政府工作，请予审议".
    opening_address: re.Pattern[str]
    # Before the first part, words about the report itself rather than the country: its outline and title, who was
    # charged with it, what another report covered, how the plan it presents was drafted.
    about_the_report: re.Pattern[str]
    closing_start: re.Pattern[str]
    # After the last address, a paragraph on one of these is more of the work to do, and the closing appeal starts
    # after it (1983, 1987: Taiwan and Hong Kong; 1986: the army, the spiritual civilization).
    work_after_address: re.Pattern[str]


# A count of people of this size is the country's population (六亿 in 1958, 14亿 in 2021).
POPULATION_SCALE = (5.5e8, 1.5e9)

# A paragraph that is an item of a list: a dash, or a number ("——", "（一）", "一、", "1.").
LIST_ITEM = re.compile(r"^\s*(?:——|--|—|-|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])")

# Not "should be increased by": a participle after "be" is work to do.
_EN_PAST = re.compile(
    r"\b(?:was|were|has|have|had|reached|rose|fell|grew|(?<!be )increased by|last year)\b", re.IGNORECASE
)

_EN_CHANGE_OPENING = re.compile(
    r"^(?:and |with |which )?(?:representing|growing|rising|increasing|up|down|(?:an? )?(?:increase|rise|growth|decrease|decline|drop)|"
    r"(?:a |an )?(?:year-on-year )?(?:increase|rise))\b",
    re.IGNORECASE,
)

# What may open a clause before the change it states, which still continues the metric named before it:
# an aside ("按可比价格计算比上年增长11.2%"), a conjunction with "will" ("而且将比上年增长3%以上"), or the
# year it is for ("粮食产量屡创历史新高，去年达到54641万吨"; a year by number only before a comparison,
# "1981年比1980年增长9.8%": "1952年为41.5%" after "工业所占的比重" is a share, not the metric).
# Last year as the time of a measure still in force ("继续执行去年出台的下调增值税税率…政策，新增减税降费约5000亿元", 2020),
# not of what the sentence tells: the words of time and of the past read 去年 (上年) only where this does not follow.
_ZH_NOT_A_MEASURE = r"(?!(?:出台|推出|实施|制定|确定)的)"
_ZH_CLAUSE_LEAD = r"(?:按可比价格计算|按可比口径计算)?(?:而且|并且|并|也)?(?:将)?(?:去年|全年|\d{4}年(?=比))?"

ZH = LanguageRules(
    target_cue=re.compile(r"目标|预期|计划|力争|控制|争取|安排|定为|预定|拟|要求|左右|以内|以上|要"),
    year_span=re.compile(r"\d{4}年?(?:到|至|—|-)\d{4}年|\d{4}年(?:同|与|和)\d{4}年(?:相比|比较)"),
    period_cue=re.compile(
        r"^.{0,12}(?:过去[两三四五六七八九十]年|[两三四五六七八九十]年(?:来|中)|这[两三四五]年|(?<!个)五年(?!规划|计划)|本届政府|"
        r"[“\"]?十[一二三四五]五[”\"]?(?:时期|期间)|这个期间|这一时期|期内)|"
        r"^.{0,25}(?:[“\"]?[六七八九]五[”\"]?|[“\"]?十[一二三四五]五[”\"]?)(?:计划|规划)(?!.{0,4}(?:开局|第一年|头一年))"
    ),
    # Not "比上年" / "over last year": a comparison, in a target as much as in a result.
    # Nor last year's level a plan keeps to ("研究生招生三万人，…都大体维持上年水平").
    last_year_cue=lambda year: re.compile(
        rf"(?<![比同较与和于])(?:去年|上年){_ZH_NOT_A_MEASURE}(?!的?水平)|过去的?一年|一年来|{year - 1}年"
    ),
    whole_year=re.compile(r"^全年"),
    # Years are digits by now: normalise_numbers wrote 一九七九年 as 1979年.
    this_year_cue=lambda year: re.compile(rf"今年|本年|{year}年"),
    plan_year_named=lambda year: re.compile(rf"今年|{year}年"),
    sets_target=re.compile(r"提出|设定|确定|定为|预期目标|目标是"),
    any_period=re.compile(r"[“\"]?(?:[六七八九]|十[一二三四五])五[”\"]?(?:期间|时期)|到本世纪末|本世纪末"),
    named_plan=re.compile(
        # Not a plan the figure is only in step with ("…相衔接"); nor one a comparison starts from (plan_compared_before).
        r"(?:[“\"]?(?P<number>十[一二三四五]?|[一二三四五六七八九])五[”\"]?(?:期间|时期|计划|规划)|"
        r"第(?P<ordinal>[一二三四五六七八九十]+)个五年(?:计划|规划))(?!.{0,4}(?:开局|第一年|头一年))(?![^，。；]*衔接)"
    ),
    plan_compared_before=re.compile(r"(?:比|同|与|和|高于|低于|超过)\s*[“\"]?$"),
    horizon_year=re.compile(r"(?:到|至)((?:19|20)\d\d)年"),
    # … and what a standing programme requires ("全国农业发展纲要要求：棉花的亩产量在十二年内…达到四十斤", 1960).
    restated_target=re.compile(r"报告中?(?:曾)?提出|原定|预定的?目标是|原计划|纲要(?:规定|要求)"),
    actual=re.compile(r"实际(?:达到|回落到|回升到|上升到|下降到|执行结果|完成了?|为)"),
    sentence_from_to=re.compile(r"从[^，。；]{0,30}?到"),
    next_year="明年",
    past_cue=re.compile(rf"了|已经|已|达到|过去|去年{_ZH_NOT_A_MEASURE}|完成了"),
    # "两年中投入生产的…新增生产能力…有：钢四十二万七千吨" (1955): the two years gone by, not the years ahead (今后两年中).
    period_past_cue=re.compile(rf"了|已经|已|过去|去年{_ZH_NOT_A_MEASURE}|完成了|^(?<!今后)[两三四五]年(?:来|中)"),
    # Not 达到: "2012年…比重达到4%" is a goal.
    told_cue=re.compile(rf"了|已经|过去|去年{_ZH_NOT_A_MEASURE}|以来"),
    # 要 as the word of work to do, not inside 主要, 重要, 需要, 必要, 要求, 要素 (as section_cues.toml reads it):
    # "其中主要的是康藏公路" tells what was built.
    to_do_cue=re.compile(r"(?<![重主需必])要(?![求素])|将(?!近)|力争|争取|拟|必须|应当|应该|确保"),
    horizon_cue=re.compile(r"到\d{4}年|\d{4}年(?:前|以前)|到本世纪末|今后|远景"),
    period_ahead=re.compile(
        r"今后|未来[两三四五六七八九十\d]+年|用[一两二三四五六七八九十\d]+年(?:左右)?(?:的)?时间|到本世纪末|"
        # "争取在三年内把我国人口自然增长率降到百分之一以下" (1978), "在十二年内达到九亿亩" (1960), "今明两年要解决好…" (2019).
        r"在[一二两三四五六七八九十\d]+年(?:之)?内|今明两年"
    ),
    period_behind=re.compile(
        r"(?<![今未])[两三四五六七八九十\d]+年来|过去的?[两三四五六七八九十\d]+年|这[两三四五]年(?!计划|规划)"
    ),
    lead_year=re.compile(r"^(?:到|在)?((?:19|20)\d\d)年(?![同与和比至到])"),
    so_far=re.compile(
        r"\d+(?:—+|-|至)\d+月份|上半年|截至|截止到?|前\d+个月|到(?:现在|目前)为止|目前[^，,；;。]{0,20}有|去年同期|第[一二三]季度"
    ),
    kind_reach=12,
    # A share of a plan fulfilled is a result ("有几项重要产品的产量没有完成计划：钢完成96.4%", 1956).
    # "原先336亿元的农业税赋" (2006): the level before a change, as the starting level of one is (is_baseline).
    done_near=re.compile(
        r"已经|已(?=[\u4e00-\u9fff])|(?:只|仅)有(?=\d)|(?<![要将])完成(?=\d+(?:\.\d+)?%)|(?:原先|原来)(?=\d)"
    ),
    population_words=re.compile(r"^[^人]*人(?:口|民|的)"),
    changes_or_goal=re.compile(
        r"控制|覆盖|扩大|增长|增加|减少|降低|下降|上升|达到|突破|超过|提高|以内|以下|左右|新增|净增|到(?=\d)"
    ),
    standing_line_before=re.compile(r"(?!)"),
    standing_line_after=re.compile(r"^[^，,；;。]{0,6}?红线"),
    standing_count_after=re.compile(r"^个?民族"),
    # "在目前又占…", "只占…", "占全世界…", "占人口…", "养育着世界22%的人口": not a budget's or a plan's shares
    # ("占本年预算收入的４７．０２％").
    standing_share_before=re.compile(
        r"(?:目前|只|仅)[^，,；;。]{0,4}占[^，,；;。]{0,14}$|占(?:全?世界|人口|全国人口)[^，,；;。]{0,8}$|(?:全?世界|全球)$"
    ),
    # … and a share of what is not yet right ("分别有43%和55%没有恢复到历史最高水平", "有24%的国营工业企业存在着…亏损").
    standing_share_after=re.compile(
        r"^(?:以上)?(?:来自|在农村|在城市)|^(?:和[^，,；;。]{0,8})?(?:没有|未能?|尚未)恢复|^的[^，,；;。]{0,12}存在着?"
    ),
    share_projected=re.compile(r"将(?!来)|预计|计划(?!生育)|争取|力争|目标|规划|\d{4}年比"),
    baseline_before=re.compile(r"(?:[由从][^由从到至]{0,8}|现行的?)$"),
    comparison_base_before=re.compile(r"比[^比]{0,15}的$"),
    comparison_base_after=re.compile(r"^(?:有了?[^,;]{0,4})?(?:增长|增加|提高|下降|减少|降低|上升|上涨)"),
    baseline_after=re.compile(
        r"^(?:的[^,;]{0,6})?(?:提高|降低|下降|增加|减少|上升|扩大|缩小|提升|压缩|降|升|增|减)(?:到|至|为)"
    ),
    not_single_year=re.compile(
        r"年均|平均每年|(?<!人)每年(?:增产|增加|递增)|平均增长|五年|共(?=安排|安置|新增|完成|解决)|[“\"]?[六七八九十]五[”\"]?(?:期间|时期|计划期)|十[一二三四五]五|到\d{4}年|累计|翻一番|翻两番|相当于|两年平均|[两三四五]年(?:新增)?的?投资计划|[两三]年行动计划"
    ),
    base_year=re.compile(r"[比较]((?:19|20)\d\d)年"),
    # Not the base of a ratio either ("1954年预计现代工业的总产值将等于1949年的4.2倍": 1954's figure, as 比1949年 is not 1949's).
    year_mention=re.compile(r"(?<![比较])(?<!等于)(?<!相当于)((?:19|20)\d\d)年"),
    span_margin=6,
    span_after=6,
    figure_before_cue=re.compile(r"\s*"),
    figure_of_own_thing=re.compile(r"(?!)"),
    change_opening=re.compile(
        # A target set for the metric named before it opens the same way ("经济增速是综合性指标，今年预期目标设定为6%以上").
        # The base may carry its level ("比1957年的124100000000元增长65%", 1959).
        rf"^{_ZH_CLAUSE_LEAD}(?:力争|争取|要|确保|预计|转为|总产量|(?:今年)?(?:预期)?目标(?:设定|确定)?)?(?:比上年|比去年|比\d{{4}}年(?:的\d+(?:\.\d+)?[^，,；;。\d]{{0,3}})?|同比|实际|全年)?(?:预计)?"
        # An average over years continues the metric as well ("国内生产总值2000年达89404亿元，平均每年增长8.3%"): its
        # horizon is read next to the figure (not_single_year), so it is never one year's outcome.
        # "平均每年实际增长10.5%" puts 实际 after the average.
        # A count of years before the average ("五年年均增长5.2%", 2023), never a year ("1957年上升为…").
        r"(?:[两三四五六七八九十]年)?(?:平均每年|每年平均|年均)?(?:实际)?(?:大约|约)?(?:增长|递增|上涨|上升|下降|递减|提高|降低|回落|降到|降至|达到|定为|为|保持在|控制在|稳定在)"
    ),
    rate_opening=re.compile(
        rf"^{_ZH_CLAUSE_LEAD}(?:力争|争取|要|确保|预计|转为)?(?:比上年|比去年|比\d{{4}}年|同比|实际|全年)?(?:平均每年|每年平均|年均)?"
        r"(?:实际)?(?:大约|约)?(?:增长|递增|上涨|上升|下降|递减|提高|降低|回落)"
    ),
    figure_from_to=re.compile(r"[由从].{0,30}(?:到|至|为)|(?:增加|增产|减少|突破).{0,15}达到"),
    increment_opening=re.compile(r"^(?:又|再)?(?:比上年|比去年|比上一年|比\d{4}年|同比)?(?:增加|增产|减少|减产)"),
    part_opening=re.compile(r"^其中"),
    reference_aside=re.compile(r"在[^,，;；。]*基础上|\d{4}年的?计划(?:为|是)[^,，;；。]*|比\d{4}年"),
    year_compared=re.compile(r"(\d{4})年比\d{4}年"),
    share_of_gdp=re.compile(r"^占(?:国内生产总值|GDP)的?比重"),
    respectively=re.compile(r"分别"),
    figures_follow_respectively=True,
    list_boundary=re.compile(r"[，；：。！？,;:]"),
    list_item_join=re.compile(r"、|以及|和|及|与"),
    list_figure_join=re.compile(r"\s*(?:、|和|及|与)\s*"),
    shared_head=re.compile(r"^单位(?:国内生产总值|GDP)"),
    shared_tail=re.compile(r"(?!)"),
    opening_address=re.compile(
        # 1955: "…提出关于发展国民经济第一个五年计划的议案，我现在代表国务院向本次大会作关于…的报告".
        r"^各位代表[:：!！]?$|^(?:各位代表[:：!！])?.{0,80}(?:我(?:现在)?代表|根据国务院的决定|我受[^,，。]{0,12}委托).{0,60}"
        r"(?:向(?:本次)?大会|向(?:第.{1,8}届)?全国人民代表大会|请(?:予|大会)?审议)"
        # 1996, 2001: how the five-year outline was drafted, then the address as the paragraph's last sentence ("…纲要
        # （草案）》。现在，我代表国务院向大会报告，请各位代表连同《纲要（草案）》一并审议，并请全国政协委员提出意见。").
        r"|(?:^|。)(?:现在[,，])?我(?:现在)?代表国务院[^。]{0,80}请[^。]{0,30}审议[^。]*。$"
    ),
    about_the_report=re.compile(
        # 1978: "报告分六个部分：…", "报告的总题目是：…"; 1957: "…国务院决定由我向第一届全国人民代表大会第四次会议作报告";
        # 1980: "…国务院委托国家计委副主任李人俊同志，于今年４月８日向人大常委会第十四次会议作了报告", "现在，我着重报告…";
        # 1955: "…计划草案，是在中国共产党中央委员会和毛泽东主席的直接领导下编制完成的"; 1986: "…五年计划的拟定工作".
        r"报告分[一二三四五六七八九十两\d]+个?部分|报告的总题目|由我向.{0,30}作.{0,6}报告|我着重报告"
        r"|委托.{0,30}向.{0,30}作了(?:报告|说明)|(?:计划|规划)(?:草案|纲要)?[^。]{0,40}(?:编制完成|拟定工作|起草工作)"
    ),
    closing_start=re.compile(r"^各位代表"),
    work_after_address=re.compile(r"台湾|香港|澳门|国际局势|人民解放军|精神文明"),
)
EN = LanguageRules(
    target_cue=re.compile(
        r"target|aim|project(?:ed|ing|ion)|expected|plan|goal|strive|keep|within|around|about|over|will|set",
        re.IGNORECASE,
    ),
    year_span=re.compile(r"(?:from|between) (?:19|20)\d\d (?:to|and) (?:19|20)\d\d", re.IGNORECASE),
    period_cue=re.compile(
        r"^.{0,60}(?:(?:past|last|over the|previous|next|coming) (?:two|three|four|five|several) years|"
        r"(?:this|the) government's term)|^.{0,70}Five-Year Plan period",
        re.IGNORECASE,
    ),
    last_year_cue=lambda year: re.compile(
        rf"(?<!over )(?<!than )(?<!that of )(?<!budgeted )(?<!introduced )(?<!adopted )(?<!renovated )last year|past year|"
        rf"year just (?:passed|ended)|in {year - 1}|{year - 1}",
        re.IGNORECASE,
    ),
    whole_year=re.compile(r"(?!)"),
    # Not "this year and next": two years, a period ahead (period_ahead).
    this_year_cue=lambda year: re.compile(
        rf"this year(?! and next)|for {year}|in {year}|{year} (?:plan|budget)", re.IGNORECASE
    ),
    plan_year_named=lambda year: re.compile(rf"this year(?! and next)|\b{year}\b", re.IGNORECASE),
    sets_target=re.compile(r"\btarget|we (?:have )?set|projected", re.IGNORECASE),
    any_period=re.compile(r"during the (?:\w+ )?Five-Year Plan period|by the end of the century", re.IGNORECASE),
    named_plan=re.compile(r"(?<!first year of the )\b(?P<number>\d+)(?:st|nd|rd|th) Five-Year Plan\b", re.IGNORECASE),
    plan_compared_before=re.compile(r"\bthan(?: that)?(?: during| in| of)?(?: the)?\s*$", re.IGNORECASE),
    horizon_year=re.compile(r"\b(?:by|until) (?:the end of )?((?:19|20)\d\d)\b", re.IGNORECASE),
    restated_target=re.compile(
        r"we (?:had )?(?:set|projected) (?:a|the) target|was targeted at|the target we set", re.IGNORECASE
    ),
    actual=re.compile(r"(?!)"),  # English reviews restate no target with its actual figure in one sentence
    sentence_from_to=re.compile(r"\bfrom\b.{0,80}?\bto\b", re.IGNORECASE),
    next_year="next year",
    past_cue=_EN_PAST,
    period_past_cue=_EN_PAST,
    # Never: English tense cannot tell ("people who have moved to cities" in a task, "plans to allocate").
    told_cue=re.compile(r"(?!)"),
    to_do_cue=re.compile(r"\b(?:will|should|must|shall)\b", re.IGNORECASE),
    horizon_cue=re.compile(r"by (?:the end of )?20\d\d|by the end of the|in the next|over the next", re.IGNORECASE),
    period_ahead=re.compile(
        r"\b(?:over|in|during|for) the (?:next|coming) (?:two|three|four|five|several|few|\d+) years|"
        # "This year and next, more than 35 million vocational skills training opportunities…" (2020): 今明两年, as in Chinese.
        r"\bwithin (?:two|three|four|five|\d+) years|\bin the years ahead|\bthis year and next\b",
        re.IGNORECASE,
    ),
    period_behind=re.compile(
        r"\b(?:over|in|during|for) the (?:past|last|previous) (?:two|three|four|five|several|few|\d+) years",
        re.IGNORECASE,
    ),
    lead_year=re.compile(r"^(?:In|By|Until|Through) ((?:19|20)\d\d)\b"),
    so_far=re.compile(r"so far this year|in the first (?:half|quarter|\w+ months)", re.IGNORECASE),
    kind_reach=30,
    # Never: English puts "has been" on targets too ("growth has been set at 6%", "we have projected a deficit").
    # "expenditures on education already exceed two trillion yuan", "the 40 billion yuan government fund already in place":
    # a level reached, as 已经 is; and "There are 290 million students in schools and universities", what there is.
    done_near=re.compile(r"\balready\b|\bthere (?:are|is|were|was)\b", re.IGNORECASE),
    population_words=re.compile(
        r"^\s*\S+\s+(?:billion|million)\s+(?:Chinese\s+)?(?:people|population)\b", re.IGNORECASE
    ),
    # "more than 1.4 billion Chinese people" is the population as it stands: "more than" is the figure's modifier, no change.
    changes_or_goal=re.compile(
        r"\b(?:control|cover|extend|expand|grow|grew|increas|decreas|reduc|rais|rose|reach|exceed|within|below|under|around|about|"
        r"more(?! than)|new|added|additional|from|to \d)",
        re.IGNORECASE,
    ),
    # Up to the figure's end: "at or above the red line of" is part of the figure's own match (its modifier).
    standing_line_before=re.compile(r"\bred ?line of [^,;]{0,40}$", re.IGNORECASE),
    standing_line_after=re.compile(r"(?!)"),
    standing_count_after=re.compile(r"^\s*ethnic (?:groups|minorities)\b", re.IGNORECASE),
    standing_share_before=re.compile(r"(?!)"),
    standing_share_after=re.compile(r"(?!)"),
    share_projected=re.compile(r"(?!)"),
    # "from last year's 2.1% to 2.3%", "reduce the current rate of 16 percent … to 13 percent".
    baseline_before=re.compile(r"\bfrom(?: [\w'’-]+){0,4} ?$|\bcurrent(?: [\w'’-]+){0,2} ?$", re.IGNORECASE),
    baseline_after=re.compile(r"^[^,;]{0,40}?\bto\b", re.IGNORECASE),
    comparison_base_before=re.compile(r"(?!)"),
    comparison_base_after=re.compile(r"(?!)"),
    not_single_year=re.compile(
        # Not an average over people ("raised by an average of 30 yuan per person"): that is one year's figure.
        r"average annual|annual average|averag\w* (?:growth|increase)|average of(?![^,;]{0,25}\bper (?:person|capita))|"
        r"on average|five years|five-year|by 20\d\d|"
        r"cumulative|quadrupl|doubl|equivalent|two-year",
        re.IGNORECASE,
    ),
    base_year=re.compile(r"(?:over|than) ((?:19|20)\d\d)\b"),
    year_mention=re.compile(r"(?<!over )(?<!than )\b((?:19|20)\d\d)\b"),
    span_margin=12,
    span_after=45,
    # Lower-case words only: "50,000 administrative villages", but "5.5 percent CPI increase" is two items.
    # Or a change in it: "a 16% increase in the broad money supply (M2)".
    figure_before_cue=re.compile(
        r"\s*(?:[a-z][a-z-]*\s+){0,2}|\s*(?:year-on-year\s+)?(?:increase|rise|growth|decrease|decline|drop|cut|reduction) in (?:the )?"
    ),
    figure_of_own_thing=re.compile(r"\s*(?:yuan\s+)?of\s+(?!which\b|its\b|the\b|GDP\b)[a-z]"),
    change_opening=re.compile(
        r"^(?:and |with |which )?(?:representing|growing|rising|increasing|up|down|(?:an? )?(?:increase|rise|growth|decrease|decline|drop)|"
        r"(?:a |an )?(?:year-on-year )?(?:increase|rise)|"
        # A level, as 达到 is ("grain production, which reached 545 billion kg last year").
        r"reached|reaching)\b",
        re.IGNORECASE,
    ),
    rate_opening=_EN_CHANGE_OPENING,
    figure_from_to=re.compile(r"\bfrom\b.{0,60}\bto\b", re.IGNORECASE),
    # Never: English states an increment inside the clause that names the metric.
    increment_opening=re.compile(r"(?!)"),
    part_opening=re.compile(r"^(?:of which|including)\b", re.IGNORECASE),
    reference_aside=re.compile(r"(?!)"),
    year_compared=re.compile(r"(?!)"),
    share_of_gdp=re.compile(r"(?:%|percent) of (?:its |the )?(?:GDP|gross domestic product)", re.IGNORECASE),
    respectively=re.compile(r"\brespectively\b", re.IGNORECASE),
    figures_follow_respectively=False,
    list_boundary=re.compile(r"\s--\s|;|:|\.\s"),
    list_item_join=re.compile(r",\s*and\s+|,\s*|\s+and\s+", re.IGNORECASE),
    list_figure_join=re.compile(r"\s*,?\s*(?:and\b\s*)?", re.IGNORECASE),
    shared_head=re.compile(r"(?!)"),
    shared_tail=re.compile(r"\bper unit of (?:GDP|gross domestic product)\b", re.IGNORECASE),
    opening_address=re.compile(
        # The formula may name the five years under review first (2008, 2013, 2018) or follow the address on its line
        # (2015: "Fellow Deputies, on behalf of the State Council, I will now report…").
        r"^(?:Fellow|Esteemed) Deputies[,:!]?$"
        r"|^(?:(?:Fellow|Esteemed) Deputies[,:!]?\s+)?On behalf of the State Council.{0,200}?(?:deliberation|approval)",
        re.IGNORECASE,
    ),
    # The English reports (2008–2022) go from the address straight to the review.
    about_the_report=re.compile(r"(?!)"),
    closing_start=re.compile(r"^(?:Esteemed|Fellow) Deputies", re.IGNORECASE),
    work_after_address=re.compile(r"(?!)"),
)
RULES = {"zh": ZH, "en": EN}
