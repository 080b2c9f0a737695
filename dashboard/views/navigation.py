"""The dashboard's pages, in sidebar order: (title, URL path and script name, icon)."""

from __future__ import annotations

from pathlib import Path

PAGES = (
    ("Overview", "overview", ":material/dashboard:"),
    ("Trends", "trends", ":material/show_chart:"),
    ("Rural connectivity", "rural", ":material/cell_tower:"),
    ("Targets", "targets", ":material/flag:"),
    ("Keywords", "keywords", ":material/cloud:"),
    ("Read", "read", ":material/menu_book:"),
    ("Target ledger", "ledger", ":material/fact_check:"),
    ("Slogan lifecycles", "lifecycles", ":material/timeline:"),
    ("Bilingual concordance", "concordance", ":material/translate:"),
    ("About the data", "about", ":material/info:"),
)
PAGE_DIR = Path(__file__).resolve().parent.parent / "page_scripts"
