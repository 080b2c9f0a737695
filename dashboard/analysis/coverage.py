"""Which years have which reports, and how complete they are: gaps are shown, never hidden."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.data import ReportData
from dashboard.i18n import N_, _, label_of
from dashboard.vocabulary import YEAR_SPAN

# How complete a report's text is (documents.completeness), and "missing" where there is none.
COMPLETENESS_LABELS = {
    "full": N_("full"),
    "partial": N_("partial"),
    "summary": N_("summary"),
    "missing": N_("missing"),
}


def completeness_label(completeness: str) -> str:
    """A completeness code in the interface language; an unknown one as it is stored."""
    return label_of(COMPLETENESS_LABELS, completeness)


def compute_coverage(data: ReportData) -> pd.DataFrame:
    """One row per year 1954-2026: each language's completeness, or 'missing'; aligned pairs count."""
    documents = data.documents.set_index("doc_id")
    aligned = data.alignment.groupby("year").size()
    rows = []
    for year in range(YEAR_SPAN[0], max(YEAR_SPAN[1], int(data.documents["year"].max())) + 1):
        row = {"year": year}
        for lang in ("zh", "en"):
            doc_id = f"{lang}-{year}"
            row[lang] = documents.at[doc_id, "completeness"] if doc_id in documents.index else "missing"
        row["aligned_pairs"] = int(aligned.get(year, 0))
        rows.append(row)
    return pd.DataFrame(rows, columns=["year", "zh", "en", "aligned_pairs"])


def compute_delivery_notes(documents: pd.DataFrame, lang: str, years: list[int]) -> list[str]:
    """One line for each selected report that was not the Premier's own: who delivered it, in what office."""
    chosen = documents[(documents["lang"] == lang) & documents["year"].isin(years)]
    notes = []
    for row in chosen.sort_values("year").itertuples(index=False):
        if row.speaker_role in ("vice premier", "other"):
            notes.append(
                _(
                    "{year}: delivered by {speaker} ({speaker_title}), not the Premier: "
                    "the report gov.cn lists for that year ({title})."
                ).format(
                    year=row.year,
                    speaker=row.speaker,
                    speaker_title=row.speaker_title,
                    title=row.title or _("no title"),
                )
            )
    return notes
