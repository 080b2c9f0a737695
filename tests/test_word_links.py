"""The word alignment behind the concordance's renderings: trained by eflomal (a development dependency),
voted over runs, and joined to the alignment table only where it was trained on the very TMX file."""

from __future__ import annotations

import hashlib

import pandas as pd

from dashboard.pipeline import word_links
from tests.helpers import tmx, write_corpus

# Six pairs that say the same few things in different orders, so even a tiny model learns them.
PAIRS = [
    ("推进互联网+行动。", "We will advance the Internet Plus initiative."),
    ("发展共享经济。", "We will develop the sharing economy."),
    ("推进共享经济。", "We will advance the sharing economy."),
    ("发展互联网+。", "We will develop Internet Plus."),
    ("推进光纤建设。", "We will advance fiber-optic construction."),
    ("发展光纤。", "We will develop fiber-optic networks."),
]


def test_majority_links_keeps_what_most_runs_draw():
    runs = [["0-1 1-2", "0-0"], ["0-1", "0-0 1-1"], ["0-1 2-3", ""]]
    assert word_links.majority_links(runs, needed=2) == ["0-1", "0-0"]
    assert word_links.majority_links(runs, needed=1) == ["0-1 1-2 2-3", "0-0 1-1"]


def test_links_are_trained_on_every_pair_and_joined_only_to_the_file_they_were_trained_on(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", {"aligned/GR2030.tmx": tmx([*PAIRS, ("一句没有译文的话。", "")])})
    out = tmp_path / "links.parquet"
    assert word_links.main(["--corpus", str(corpus), "--out", str(out), "--runs", "3"]) == 0
    trained = pd.read_parquet(out)
    assert trained.columns.tolist() == word_links.COLUMNS
    # Every pair with both sides, in TMX order; the one without English is not aligned.
    assert trained["seq"].tolist() == [1, 2, 3, 4, 5, 6]
    sha = hashlib.sha256((corpus / "aligned" / "GR2030.tmx").read_bytes()).hexdigest()
    assert set(trained["tmx_sha256"]) == {sha}
    first = trained.iloc[0]
    assert first["zh_tokens"].replace(" ", "") == "推进互联网+行动。" and "互联网+" in first["zh_tokens"].split(" ")
    assert first["en_tokens"].split(" ") == ["We", "will", "advance", "the", "Internet", "Plus", "initiative", "."]
    for row in trained.itertuples():
        zh, en = row.zh_tokens.split(" "), row.en_tokens.split(" ")
        links = [tuple(int(index) for index in link.split("-")) for link in row.links.split()]
        assert links, row
        assert all(0 <= i < len(zh) and 0 <= j < len(en) for i, j in links)
        assert len({j for _, j in links}) == len(links)  # each English word has one Chinese word at most

    aligned = pd.DataFrame(
        {"year": [2030, 2030, 2031], "seq": [1, 7, 1], "zh_sentence": ["推进互联网+行动。", "x", "y"]}
    )
    lines: list[str] = []
    joined = word_links.join_word_links(aligned, {2030: sha, 2031: "0" * 64}, lines.append, out)
    assert joined["word_links"].notna().tolist() == [True, False, False]
    assert joined.loc[0, "en_tokens"] == first["en_tokens"]
    # A file changed since training keeps its sentences and loses only its links, with a line naming it.
    changed = word_links.join_word_links(aligned, {2030: "1" * 64, 2031: "0" * 64}, lines.append, out)
    assert changed["word_links"].isna().all() and len(changed) == 3
    assert lines[-2:] == [
        f"aligned/GR{year}.tmx: no word links trained on this file, so the concordance names no rendering for its "
        "year; run python -m dashboard.pipeline.word_links"
        for year in (2030, 2031)
    ]


def test_a_corpus_without_tmx_files_is_refused_in_one_line(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus", {})
    assert word_links.main(["--corpus", str(corpus), "--out", str(tmp_path / "links.parquet")]) == 2
    assert capsys.readouterr().err.strip() == f"error: {corpus}/aligned has no TMX file to align"
    assert not (tmp_path / "links.parquet").exists()
