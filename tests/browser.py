"""Helpers for the browser tests: screenshots; the server and browser come from dashboard.serve."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from dashboard import config
from dashboard.serve import ARTIFACTS, chromium, streamlit_server

__all__ = ["SCREENSHOTS", "chromium", "screenshot", "streamlit_server"]
SCREENSHOTS: list[Path] = []


def screenshot(page, name: str) -> Path:
    path = ARTIFACTS / "screenshots" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    SCREENSHOTS.append(path)
    if name == "first-screen" and os.environ.get("UPDATE_README_SCREENSHOT"):
        shutil.copyfile(path, config.REPO_ROOT / "docs" / "first-screen.png")
    return path
