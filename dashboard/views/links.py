"""Links from one page to another, by URL path (the navigation's page table names the paths)."""

from __future__ import annotations

import streamlit as st


def _registered_elsewhere() -> None:
    """Stands for a page the navigation registers; a link needs only its URL path."""


def page_link(path: str, label: str, icon: str, query_params: dict[str, str] | None = None) -> None:
    # st.page_link wants a page object; one with the same URL path names the same registered page.
    page = st.Page(_registered_elsewhere, title=label, url_path=path)
    st.page_link(page, label=label, icon=icon, query_params=query_params)
