"""Speaker attribution: throughput of ``gn.attribute`` (one core), accuracy on our gold, and
accuracy on real news: the PolNeAR dev split read from ``../shared/bench`` at run time (skipped
where absent; its text is never copied here)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import geneva_nb as gn
from geneva_nb.evaluate.brat import find_pairs, score_documents

ROOT = Path(__file__).resolve().parents[1]
TESTSET = ROOT / "tests" / "data" / "attribution"
SET_NOTES = {
    "attribution-dev2": "6 dev texts, second author",
    "attribution-blind": "8 texts, first blind set, since tuned on",
    "attribution-blind2": "8 texts, second author, since tuned on",
    "attribution-blind3": "6 texts, third author, since tuned on",
    "attribution-dev3": "8 dev texts, fifth author",
    "attribution-dev4": "8 dev texts, sixth author",
    "attribution-dev5": "8 dev texts, eighth author",
    "attribution-blind4": "8 texts, fourth author, blind until c75a7b8",
    "attribution-blind5": "8 texts, seventh author, blind until c75a7b8",
}
GOLD = ROOT / "data" / "gold"
POLNEAR = Path(os.environ.get("GENEVA_NB_BENCH") or ROOT.parent / "shared" / "bench") / (
    "attribution/polnear")


def _per_second(docs: list[str], repeat: int = 3) -> tuple[float, int]:
    """Articles per second (best of ``repeat`` passes over ``docs``) and statements found."""
    best, found = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = sum(len(gn.attribute(d)) for d in docs)
        best = min(best, time.perf_counter() - t0)
    return len(docs) / best, found


def run() -> str:
    article = gn.load_article().text
    gn.attribute(article)  # warm the caches (Punkt, registry)
    # distinct strings so nothing is cached between calls
    geneva = [article + " " * (i % 7) + f"\nItem {i}." for i in range(200)]
    testset = [p.read_text(encoding="utf-8") for p in sorted(TESTSET.glob("*.txt"))]
    mixed = [testset[i % len(testset)] + f"\nItem {i}." for i in range(200)]
    pathological = ["“ " * 1500 + "said Ryabkov. " + "\" ' ‘ ’ " * 400]
    rows = []
    for name, docs in (("Geneva article (2,717 chars)", geneva),
                       ("hand-made test-set articles", mixed),
                       ("pathological: 3,100 unbalanced quote marks", pathological * 20)):
        rate, found = _per_second(docs)
        chars = sum(len(d) for d in docs) / len(docs)
        rows.append(f"| {name} | {len(docs)} | {chars:,.0f} | {found} | {rate:,.0f} |")
    acc = []
    sets = [("`data/gold/` (Geneva article)", GOLD),
            ("`tests/data/attribution/` (4 hand-made articles)", TESTSET)]
    sets += [(f"`tests/data/{folder.name}/` ({SET_NOTES.get(folder.name, 'set')})", folder)
             for folder in sorted(TESTSET.parent.glob("attribution-*")) if folder.is_dir()]
    for label, folder in sets:
        total, _ = score_documents(find_pairs(folder))
        p3, p8 = total.content(0.3), total.content(0.8)
        acc.append(
            f"| {label} | {total.gold} | {total.predicted} | {p3.f1:.3f} | {p8.precision:.3f} | "
            f"{p8.recall:.3f} | {p8.f1:.3f} | {total.speaker_accuracy:.3f} "
            f"({total.speaker_correct}/{total.speaker_checked}) | "
            f"{total.quote_speaker_accuracy:.3f} "
            f"({total.quote_speaker_correct}/{total.quote_speaker_checked}) | "
            f"{total.quote_recall08:.3f} |"
        )
    return "\n".join([
        "### Speaker attribution (`gn.attribute`)",
        "",
        "Throughput on one core, best of 3 passes; every document is a distinct string, analysed",
        "from scratch (sentences, tokens, quotes, rules, speaker resolution). Target: >= 200",
        "articles of the Geneva article's size per second.",
        "",
        "| data | documents | mean characters | statements | articles per second |",
        "|---|---:|---:|---:|---:|",
        *rows,
        "",
        "Accuracy (`geneva-nb evaluate attribution DIR`): content matched at character overlap",
        ">= 0.3 / >= 0.8; speaker accuracy on the >= 0.3 matches (canonical names compared when",
        "the gold names the speaker); quotation recall = quoted gold content found at >= 0.8.",
        "Every set here has been used to tune the rules by now, so these figures are optimistic",
        "for unseen news; the honest figures are the first runs on the blind sets, recorded in",
        "the notes above and in each blind set's README.",
        "",
        "| gold | gold | predicted | F1@0.3 | P@0.8 | R@0.8 | F1@0.8 | speaker accuracy "
        "| speaker accuracy, quotations | quotation recall@0.8 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *acc,
        "",
        *polnear("dev"),
    ])


def polnear(split: str) -> list[str]:
    """The PolNeAR section: one split scored with the project's evaluator, timed."""
    folder = POLNEAR / split
    head = [f"#### Real news: PolNeAR {split} (`geneva-nb evaluate attribution "
            f"../shared/bench/attribution/polnear/{split}`)", ""]
    if not folder.is_dir():
        return [*head, f"Skipped: {folder} is absent (only developers' machines have it)."]
    t0 = time.perf_counter()
    total, _ = score_documents(find_pairs(folder))
    seconds = time.perf_counter() - t0
    rows = [(f"overlap >= {t}", total.content(t)) for t in (0.3, 0.8)]
    rows.append(("direct quotations, overlap >= 0.8", total.direct_content()))
    kinds = [("direct", ("direct",)), ("partial", ("partial",)), ("indirect", ("indirect",)),
             ("non-speech (beliefs, intentions, ...)", ("nonspeech",)),
             ("all speech", ("direct", "partial", "indirect"))]
    return [
        *head,
        f"{total.documents} articles (one annotator file each), {total.gold} gold attributions, "
        f"{total.predicted} predicted; evaluated in {seconds:.1f} s (reading, `gn.attribute`, "
        "scoring).",
        "",
        "| content match | precision | recall | F1 | tp | fp | fn |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *(f"| {label} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | {r.tp} | {r.fp} | "
          f"{r.fn} |" for label, r in rows),
        "",
        "| gold kind | gold | recall@0.3 | recall@0.8 |",
        "|---|---:|---:|---:|",
        *(f"| {label} | {r.gold} | {r.recall03:.3f} ({r.found03}) | {r.recall08:.3f} "
          f"({r.found08}) |" for label, ks in kinds for r in [total.kind_recall(*ks)]),
        "",
        f"Quoted passages in gold direct attributions: {total.passages}; covered >= 80 % by one "
        f"predicted attribution {total.passage_coverage:.3f} ({total.passages_covered}); with "
        f"the right speaker {total.passage_speaker_share:.3f} ({total.passages_speaker_ok}). "
        f"Speaker accuracy on the >= 0.3 matches: {total.speaker_accuracy:.3f} "
        f"({total.speaker_correct}/{total.speaker_checked}).",
    ]


if __name__ == "__main__":
    print(run())
