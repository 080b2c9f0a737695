"""The interface in Chinese and English: a catalog with every message translated, a font that draws
them, the interface language chosen by link or browser, and pages that read in Chinese."""

from __future__ import annotations

import re
import string

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from fontTools.ttLib import TTFont

from dashboard import config, i18n
from dashboard.filters import link_interface, link_pairs
from dashboard.views.navigation import PAGES
from tests.helpers import open_page

ZH_CATALOG = i18n.catalog_path("zh")


def code_messages() -> dict[str, tuple[str, int]]:
    """Every message the code marks for translation, as `pybabel extract` finds them: msgid -> where."""
    found = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(str(config.REPO_ROOT / "dashboard")):
        msgid = message[0] if isinstance(message, tuple) else message
        if msgid:
            found[msgid] = (filename, lineno)
    return found


def catalog():
    with open(ZH_CATALOG, "rb") as handle:
        return read_po(handle, locale="zh_Hans_CN")


def placeholders(text: str) -> set[str]:
    return {name for _text, name, _spec, _conversion in string.Formatter().parse(text) if name is not None}


def test_every_message_of_the_code_has_a_chinese_translation():
    translated = {message.id if isinstance(message.id, str) else message.id[0]: message for message in catalog()}
    missing = [
        f"{where[0]}:{where[1]}: {msgid!r}"
        for msgid, where in code_messages().items()
        if msgid not in translated or not translated[msgid].string or translated[msgid].fuzzy
    ]
    assert not missing, "untranslated (refresh the catalog as dashboard/i18n.py says):\n" + "\n".join(missing)


def test_translations_keep_their_placeholders_and_the_catalog_holds_nothing_stale():
    used = code_messages()
    entries = [message for message in catalog() if message.id]
    for message in entries:
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        text = message.string if isinstance(message.string, str) else message.string[0]
        assert placeholders(text) == placeholders(msgid), (msgid, text)
    stale = [
        message.id for message in entries if (message.id if isinstance(message.id, str) else message.id[0]) not in used
    ]
    assert not stale, stale


def test_the_bundled_font_draws_every_message_and_every_paragraph(report_data):
    cmap = set(TTFont(config.FONT_PATH, fontNumber=0).getBestCmap())
    messages = "".join(str(message.string) for message in catalog())
    lexicon = "".join(path.read_text(encoding="utf-8") for path in config.LEXICON_DIR.glob("*.toml"))
    text = (
        messages
        + lexicon
        + "".join(report_data.paragraphs["text"])
        + "".join(report_data.alignment["en_sentence"].dropna())
    )
    lacking = sorted({char for char in text if char.isprintable() and not char.isspace() and ord(char) not in cmap})
    assert not lacking, "rebuild the font (python -m dashboard.pipeline.font): " + "".join(lacking[:80])


def test_messages_follow_the_interface_language_and_numbers_read_in_its_words():
    with i18n.using("zh"):
        assert i18n._("Trends") == "趋势"
        assert i18n.format_amount(9e12) == "9万亿"
        assert i18n.format_amount(50_000) == "5万"
    assert i18n._("Trends") == "Trends"  # outside a reader's run, English
    assert i18n.format_amount(9e12) == "9 trillion"
    assert i18n.format_count(50_000) == "50,000"
    assert [i18n.language_of_locale(locale) for locale in ("zh-CN", "zh-TW", "en-GB", "fr", None)] == [
        "zh",
        "zh",
        "en",
        "en",
        "en",
    ]


def test_a_link_without_ui_opens_in_the_language_of_its_labels(report_data):
    assert link_interface({"sections": ["This year's tasks"], "norm": ["Raw counts"]}, report_data) == "en"
    assert link_interface({"sections": ["本年工作任务"]}, report_data) == "zh"
    assert link_interface({"years": ["2016"]}, report_data) is None  # no labels: the browser decides
    assert link_interface({"ui": ["en"], "sections": ["本年工作任务"]}, report_data) is None  # the link says
    # The share link always names the interface language its labels are written in.
    assert link_pairs({"years": ["2016"]}, "overview", report_data, "zh") == [("ui", "zh"), ("years", "2016")]


# English words of three letters or more in a row: what a page in the Chinese interface must not show
# outside report text. The exceptions are names and formats, not sentences.
ENGLISH_RUN = re.compile(r"[A-Za-z]{3,}(?:[ -][A-Za-z]{2,}){2,}")


@pytest.mark.parametrize("path", [page.path for page in PAGES])
def test_every_page_reads_in_chinese_in_the_chinese_interface(path):
    at = open_page(path, {"ui": "zh"})
    shown = [at.title[0].value, *[c.value for c in at.caption], *[s.value for s in at.subheader]]
    shown += [i.value for i in at.info] + [w.value for w in at.warning]
    shown += [widget.label for widget in [*at.sidebar.radio, *at.sidebar.multiselect, *at.sidebar.text_input]]
    english = [text for text in shown if ENGLISH_RUN.search(str(text))]
    assert not english, english
    assert re.search(r"[\u4e00-\u9fff]", at.title[0].value), at.title[0].value
    assert at.sidebar.header[0].value == "筛选条件"


def test_themes_are_listed_and_searched_by_their_name_in_the_interface_language():
    chinese, english = open_page("overview", {"ui": "zh"}), open_page("overview", {"ui": "en"})
    assert "共享经济" in chinese.multiselect(key="themes").options  # typing 共享 finds it
    assert "Sharing economy" in english.multiselect(key="themes").options
    assert chinese.multiselect(key="themes").value == english.multiselect(key="themes").value  # the same themes
