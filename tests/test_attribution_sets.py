"""Every hand-annotated attribution set: it loads, and the rules keep their accuracy on it.

The floors sit a little below what the rules score now (benchmarks/README.md), so a change
that breaks speakers or content on any set fails here; they are regression guards, not
estimates for unseen news (every set here has been used for error analysis by now).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geneva_nb.evaluate.brat import find_pairs, read_document, score_documents

DATA = Path(__file__).resolve().parent / "data"
SETS = sorted(p for p in DATA.glob("attribution*") if p.is_dir())


def test_the_sets_are_all_here():
    names = {p.name for p in SETS}
    assert {"attribution", "attribution-dev3", "attribution-dev4", "attribution-dev5",
            "attribution-blind4", "attribution-blind5"} <= names


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_source_names_its_speaker(folder):
    pairs = find_pairs(folder)
    assert pairs, f"no .ann/.txt pairs in {folder}"
    for ann, txt in pairs:
        doc = read_document(ann, txt)
        assert doc.attributions, ann.name
        for g in doc.attributions:
            text = doc.text
            assert all(0 <= a < b <= len(text) for a, b in g.content), ann.name
            if g.source is not None:
                assert g.named, f"{ann.name}: a Source without 'speaker=' note"


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_accuracy_floor(folder):
    total, _ = score_documents(find_pairs(folder))
    assert total.content(0.8).f1 >= 0.85
    assert total.speaker_accuracy >= 0.93
    assert total.quote_speaker_accuracy >= 0.90
