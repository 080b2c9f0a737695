"""Word-cloud images drawn with the bundled CJK font, so Chinese never renders as boxes."""

from __future__ import annotations

import io
import os
import tempfile
from functools import lru_cache

from dashboard import config

# wordcloud imports matplotlib, which caches a font list under ~/.cache unless told otherwise;
# the app must write nothing outside a temporary folder (read-only checkouts, hosted instances).
os.environ.setdefault("MPLCONFIGDIR", os.path.join(tempfile.gettempdir(), "gwr-dashboard-matplotlib"))

import wordcloud.wordcloud
from PIL import ImageFont
from wordcloud import WordCloud

WIDTH, HEIGHT = 1002, 522  # multiples of LAYOUT_SCALE, so the picture is exactly this size
# Words are placed on a canvas a third of the size and drawn at three times the scale: the picture is as
# large and as sharp (the font is rendered at the final size), and placing the words takes a ninth of the
# work. Measured for 100 words of 2014-2023: 691 ms at full size, 262 ms at half, 137 ms at a third (a
# fourth: 110 ms, with wider gaps between small words). Clouds were a fifth of the server's time under
# 100 sessions (python -m dashboard.loadtest) at half size.
LAYOUT_SCALE = 3


class _FontsKept:
    """PIL.ImageFont as wordcloud sees it, but for truetype, which keeps one font object per file and size.

    wordcloud opens the font file again for every size it tries, a word at a time (ImageFont.truetype about 360
    times a cloud, a quarter of its time). Kept, a cloud takes 96 ms where it took 161 (the same PNG, byte for
    byte: tests/test_analysis.py), for at most a few hundred sizes (171 after 30 clouds: 33 MB by proportional
    memory; resident memory counts the 1.3 MB font file once per size it is open at). The fonts are shared by the
    server's threads: Pillow calls FreeType holding the GIL (a lock per font where there is no GIL), so no two
    threads draw with one at once."""

    truetype = staticmethod(lru_cache(maxsize=512)(ImageFont.truetype))

    def __getattr__(self, name: str):
        return getattr(ImageFont, name)


wordcloud.wordcloud.ImageFont = _FontsKept()  # the one name wordcloud's drawing reads its fonts through


def render_cloud_png(
    weights: tuple[tuple[str, float], ...], max_words: int, width: int = WIDTH, height: int = HEIGHT
) -> bytes:
    """PNG bytes of a cloud of term -> positive weight. Weights come as a tuple so callers can cache on them."""
    cloud = WordCloud(
        font_path=str(config.FONT_PATH),
        width=width // LAYOUT_SCALE,
        height=height // LAYOUT_SCALE,
        scale=LAYOUT_SCALE,
        max_words=max_words,
        background_color="white",
        colormap="viridis",
        prefer_horizontal=0.95,
        random_state=7,  # the same selection always draws the same picture
        collocations=False,
    )
    cloud.generate_from_frequencies(dict(weights))
    buffer = io.BytesIO()
    # The fastest compression: 15 ms where the default level takes 23, for a file 3% larger.
    cloud.to_image().save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()
