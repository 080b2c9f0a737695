"""The views every reader shares whatever the filters, composed as the server's first run ends.

The rural story and tracker show every year in the reports' language (a view only shades its years), and the
About page shows every report: one composition per language and interface language, 0.6 s of CPU in all (the
trackers most of it). Made by whichever reader first opened them, they fell in the first seconds of a fresh
server, while sessions arrive and no view is composed yet: under python -m dashboard.loadtest, the only seconds
whose p95 passed 1 s (README, Performance).
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard import config
from dashboard.analysis.selection import Selection
from dashboard.filters import FILTER
from dashboard.i18n import UI_LANGUAGES, using
from dashboard.views.about import composed_about
from dashboard.views.rural import composed_story, composed_tracker
from dashboard.vocabulary import LANGUAGES, SECTION_KINDS


@st.cache_resource(show_spinner=False)
def _composed_once(processed_dir: str) -> tuple[str, ...]:
    """Compose the shared views through the pages' own calls (their default links), once per process and
    tables; the names of what was composed."""
    made = []
    for ui in UI_LANGUAGES:
        with using(ui):
            base = Selection(LANGUAGES[0], (), SECTION_KINDS, (), ui=ui)
            composed_about(base)
            made.append(f"about {ui}")
            for lang in LANGUAGES:
                selection = replace(base, lang=lang)
                composed_story(selection)
                composed_tracker(selection, FILTER["rural_links"].default)
                made.append(f"rural {lang} {ui}")
    return tuple(made)


def compose_shared_views() -> tuple[str, ...]:
    """The shared views composed (at once the first time in a process: call it once the page is drawn)."""
    return _composed_once(str(config.processed_dir()))
