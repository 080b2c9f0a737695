"""Build the bundled CJK font: Noto Sans SC, subset to the characters the product shows.

    python -m dashboard.pipeline.font [--source NotoSansCJK-Regular.ttc]

The source is Debian's fonts-noto-cjk (SIL Open Font Licence 1.1). The subset covers
every character of the corpus, the lexicon, the dashboard's own labels and its message
catalogs, so Chinese renders on a machine or host with no CJK font installed. Re-run it
after the corpus or a catalog gains characters; tests/test_i18n.py fails when a paragraph
or a message has a character the font lacks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

from dashboard import config

DEBIAN_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SIMPLIFIED_CHINESE_FACE = "Noto Sans CJK SC"


def characters_to_cover(corpus_dir: Path) -> set[str]:
    chars = {chr(code) for code in range(0x20, 0x7F)}
    sources = [
        *corpus_dir.glob("*/*.txt"),
        *config.LEXICON_DIR.glob("*"),
        *config.REPO_ROOT.joinpath("dashboard").rglob("*.py"),
        *config.REPO_ROOT.joinpath("dashboard", "locale").rglob("*.po"),
    ]
    for path in sources:
        chars.update(path.read_text(encoding="utf-8", errors="ignore"))
    return {char for char in chars if char.isprintable() or char == " "}


def build_font(source: Path, corpus_dir: Path, out: Path) -> tuple[int, list[str]]:
    collection = TTCollection(str(source))
    face = next(font for font in collection.fonts if font["name"].getDebugName(1) == SIMPLIFIED_CHINESE_FACE)
    wanted = characters_to_cover(corpus_dir)
    available = set(face.getBestCmap())
    missing = sorted(char for char in wanted if ord(char) not in available)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(char) for char in wanted if ord(char) in available])
    subsetter.subset(face)
    out.parent.mkdir(parents=True, exist_ok=True)
    face.save(str(out))
    return len(wanted) - len(missing), missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.pipeline.font", description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEBIAN_SOURCE)
    parser.add_argument("--corpus", type=Path, default=config.DEFAULT_CORPUS_DIR)
    parser.add_argument("--out", type=Path, default=config.FONT_PATH)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"error: {args.source} not found; install Debian's fonts-noto-cjk or pass --source", file=sys.stderr)
        return 2
    covered, missing = build_font(args.source, args.corpus, args.out)
    print(f"wrote {args.out}: {covered} characters; not in the source font: {''.join(missing) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
