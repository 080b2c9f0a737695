"""The interface's languages: every string a user reads, looked up in a message catalog.

English is the source language: messages are written in English in the code, wrapped in `_()`
(or `N_()` where they are defined before a reader's language is known, and translated where shown).
The Chinese catalog is `dashboard/locale/zh/LC_MESSAGES/messages.po`, a standard gettext file read
with Babel. After changing messages, refresh it with

    pybabel extract -o dashboard/locale/messages.pot --no-location --sort-output dashboard
    pybabel update -i dashboard/locale/messages.pot -d dashboard/locale -l zh --no-fuzzy-matching -w 120

then translate the new entries; tests/test_i18n.py fails while a message lacks its translation.

The interface language is the reader's: each Streamlit session sets it at the start of a run
(`use`), and it holds for that run's thread only, so two readers in two languages never mix.
Without a session (the command-line tools, the tests), messages stay in English.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from io import BytesIO

from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_compact_decimal, format_decimal, format_percent

from dashboard import config

UI_LANGUAGES = ("zh", "en")
SOURCE_LANGUAGE = "en"
# Babel's locale for each interface language: numbers and their words (9万亿, 9 trillion).
BABEL_LOCALES = {"zh": "zh_Hans_CN", "en": "en"}
LOCALE_DIR = config.REPO_ROOT / "dashboard" / "locale"
DOMAIN = "messages"

_interface: ContextVar[str] = ContextVar("interface_language", default=SOURCE_LANGUAGE)


def catalog_path(language: str) -> str:
    return str(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po")


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The language's catalog, compiled in memory from its .po file (no compiled .mo to keep in step)."""
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    with open(catalog_path(language), "rb") as handle:
        catalog = read_po(handle, locale=BABEL_LOCALES[language])
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def use(language: str) -> None:
    """Make `language` the interface language of this run."""
    _interface.set(language if language in UI_LANGUAGES else SOURCE_LANGUAGE)


def interface_language() -> str:
    return _interface.get()


@contextmanager
def using(language: str) -> Iterator[None]:
    """The interface language for a block (a link written in the other language is read in its own)."""
    token = _interface.set(language)
    try:
        yield
    finally:
        _interface.reset(token)


def _(message: str) -> str:
    """The message in the interface language."""
    return translations(_interface.get()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural message for `count`, in the interface language (Chinese has one form)."""
    return translations(_interface.get()).ngettext(singular, plural, count)


def label_of(labels: dict[str, str], code: str) -> str:
    """A stored code's label (a message of `labels`) in the interface language; an unknown code as stored."""
    return _(labels[code]) if code in labels else code


def N_(message: str) -> str:
    """Marks a message for the catalog where it is defined; `_()` translates it where it is shown."""
    return message


def language_of_locale(locale: str | None) -> str:
    """The interface language for a browser's locale ("zh-CN", "zh-TW", "en-GB"): Chinese or English."""
    return "zh" if (locale or "").lower().startswith("zh") else SOURCE_LANGUAGE


# Where a figure starts to be written in words: English names millions and up (50,000 stays a number);
# Chinese counts in 万 and 亿 (5万, 1314万, 90万亿).
WORDS_FROM = {"zh": 1e4, "en": 1e6}


def format_amount(value: float) -> str:
    """A figure as a reader says it, in the interface language: 50,000 · 6.5 · 13.14 million ·
    90 trillion; 5万 · 6.5 · 1314万 · 90万亿. Two decimals at most, as the reports write figures (17.63万亿)."""
    language = _interface.get()
    if abs(value) >= WORDS_FROM[language]:
        return format_compact_decimal(value, format_type="long", locale=BABEL_LOCALES[language], fraction_digits=2)
    return format_count(round(float(value), 2))


def format_alternatives(items: list[str]) -> str:
    """ "A, B or C" in the interface language ("A、B或C")."""
    return format_list(items, style="or", locale=BABEL_LOCALES[_interface.get()])


def format_share(value: float, decimals: int = 0) -> str:
    """A share as a percentage in the interface language: 73% (or 72.9% to one decimal)."""
    pattern = f"#,##0.{'0' * decimals}%" if decimals else None
    return format_percent(value, format=pattern, locale=BABEL_LOCALES[_interface.get()])


def format_count(value: float) -> str:
    """A count with the interface language's digit grouping: 50,000."""
    return format_decimal(value, locale=BABEL_LOCALES[_interface.get()])
