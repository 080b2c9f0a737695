"""Word-cloud images drawn with the bundled CJK font, so Chinese never renders as boxes."""

from __future__ import annotations

import io
import os
import tempfile

from dashboard import config

# wordcloud imports matplotlib, which caches a font list under ~/.cache unless told otherwise;
# the app must write nothing outside a temporary folder (read-only checkouts, hosted instances).
os.environ.setdefault("MPLCONFIGDIR", os.path.join(tempfile.gettempdir(), "gwr-dashboard-matplotlib"))

from wordcloud import WordCloud

WIDTH, HEIGHT = 1000, 520


def render_cloud_png(
    weights: tuple[tuple[str, float], ...], max_words: int, width: int = WIDTH, height: int = HEIGHT
) -> bytes:
    """PNG bytes of a cloud of term -> positive weight. Weights come as a tuple so callers can cache on them."""
    cloud = WordCloud(
        font_path=str(config.FONT_PATH),
        width=width,
        height=height,
        max_words=max_words,
        background_color="white",
        colormap="viridis",
        prefer_horizontal=0.95,
        random_state=7,  # the same selection always draws the same picture
        collocations=False,
    )
    cloud.generate_from_frequencies(dict(weights))
    buffer = io.BytesIO()
    cloud.to_image().save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
