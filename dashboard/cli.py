"""What the command-line tools share: their one-line errors, the language option, loading the data."""

from __future__ import annotations

import sys

from dashboard.analysis.data import DataUnavailable, ReportData, load_report_data
from dashboard.vocabulary import LANGUAGES

USAGE_ERROR = 2


def fail(message: str) -> int:
    """Say what is wrong on one line, on standard error; the exit status of a usage error."""
    print(f"error: {message}", file=sys.stderr)
    return USAGE_ERROR


def language_problem(lang: str) -> str | None:
    if lang in LANGUAGES:
        return None
    return f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}"


def load_data() -> ReportData | None:
    """The processed tables, or None after saying why they cannot be read and how to rebuild them."""
    try:
        return load_report_data()
    except DataUnavailable as error:
        fail(str(error))
        return None
