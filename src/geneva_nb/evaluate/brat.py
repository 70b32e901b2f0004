"""BRAT standoff for attribution: reader, writer, and the attribution scorer (CLI).

The format is brat's standoff (Stenetorp et al. 2012) as attribution corpora use it (PolNeAR,
Newell et al. 2018; PARC 3.0 exports, Pareti 2016): text-bound ``T`` lines typed Source, Cue and
Content (discontinuous spans written ``start end;start end``), joined by ``E`` events
(``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``) or by ``R`` relations
(``R1<TAB>Attribution Arg1:T1 Arg2:T3``). ``A``/``M`` attribute lines, ``N`` normalisations, ``*``
equivalences are read and ignored; ``#`` notes are kept
(``#1<TAB>AnnotatorNotes T1<TAB>speaker=Wendy Sherman; side=US`` names a gold Source).
The reader is tolerant of type names (``Source``/``SOURCE``/``Speaker``, ``Content``/``Quote``,
``Attribution-no-source``), role names with numeric suffixes (``Content2``), sources
shared by several events, and span texts that run over a line break (as brat stores the text
of a discontinuous span). PolNeAR's layout (``text/NAME.txt``, ``attributions/NAME_4e07.ann``)
is found by :func:`find_pairs`; when an article has two annotators' files, the first in sorted
order is used.

Scoring (:func:`score`) follows the relaxed span matching of attribution work (Pareti 2016;
Vaucher et al. 2021): a predicted content matches a gold content when their character overlap
(shared characters over the longer span, fragments summed) reaches a threshold; matching is
one-to-one, greedy by overlap. Predicted rows that share a cue and a mention within one
paragraph (a quotation split by its attribution, ``“A,” she said. “B.”``) form one predicted
attribution, as PolNeAR annotates them. Speaker accuracy is counted on the content matches at
the lower threshold: correct when a predicted mention (of any row of the act) overlaps the gold
Source span (or, where the annotator swapped the labels and the Source reads "said", the Cue
span), or the
names agree after normalisation (or the gold source contains the predicted speaker's surname,
or one name is the acronym of the other: ECOWAS, Economic Community of West African States;
or both are a country or capital of the same state: Moscow, Russia).

Beyond P/R/F1 the scorer reports what a reader needs to see where the misses are:

- recall by kind of gold attribution, direct, partial, indirect speech and non-speech
  (beliefs, intentions, support, evidence), with the rule in :mod:`geneva_nb.evaluate.kinds`;
- direct quotations' content at overlap >= 0.8: predicted attributions holding a direct
  quotation against the gold direct ones;
- a figure free of span conventions: of the quoted passages (each pair of quotation marks)
  inside gold direct attributions, the share covered to >= 80 % of their characters by one
  predicted attribution, and the share whose covering attribution has the right speaker.

Predicted rows sharing an ``attribution_id`` (one act of speech: ``“Q1,” X said. “Q2.”``) are one
predicted attribution against PolNeAR-style gold; the project's own gold keeps an act's pieces in
different paragraphs, or a quotation after reported speech, apart. See :func:`predictions`.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from ..actors import acronym_of, load_actors, normalise_name
from ..errors import AnnotationFormatError, GenevaNbError
from .kinds import KINDS, SPEECH_KINDS, attribution_kind, covered_share, quoted_passages
from .metrics import PRF, fragment_overlap, prf

__all__ = [
    "BratDocument",
    "GoldAttribution",
    "Score",
    "TextBound",
    "find_pairs",
    "main",
    "read_ann",
    "read_document",
    "score",
    "score_documents",
    "to_ann",
]

Fragments = tuple[tuple[int, int], ...]
_QUOTE_START = set("“\"‘'«„")
_ANNOTATOR_SUFFIX = re.compile(r"_[0-9a-fA-F]{4}$")
_RELATIVE = {"who", "which", "that", "whom"}
_PERSONAL = {"he", "she", "they", "him", "her", "them", "we", "us"}
# a gold Source span that holds the cue instead of the speaker (labels swapped by the annotator)
_SWAPPED = re.compile(r"\s*(?:said|says|say|asked|asks|told|tells|added|adds|wrote|writes|"
                      r"according to)\b", re.I)
_LINE_ID = re.compile(r"[TERAMN#]\d*$|\*$")


class TextBound(NamedTuple):
    """A ``T`` line: id, type, character fragments and the text brat stored for them."""

    id: str
    type: str
    fragments: Fragments
    text: str


class GoldAttribution(NamedTuple):
    """One gold attribution: content fragments, source and cue (None when not annotated)."""

    id: str
    content: Fragments
    source: Fragments | None
    cue: Fragments | None
    source_text: str
    speaker: str  # from an AnnotatorNotes "speaker=..." on the Source, else the source text
    side: str  # from the note "side=...", else ""
    named: bool = False  # True when an AnnotatorNotes "speaker=" gave the canonical name


@dataclass
class BratDocument:
    """A parsed ``.ann`` file: its text-bound spans, attributions and notes."""

    name: str
    spans: dict[str, TextBound] = field(default_factory=dict)
    attributions: list[GoldAttribution] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    text: str | None = None


def _role(type_name: str) -> str:
    t = type_name.lower().replace("_", "-")
    if "content" in t or t in {"quote", "quotation", "statement"}:
        return "content"
    if ("source" in t and "no-source" not in t) or t in {"speaker", "agent"}:
        return "source"
    if "cue" in t or t in {"verb", "speech-verb"}:
        return "cue"
    return ""


def _fragments(spec: str, where: str, text_len: int | None) -> Fragments:
    frags = []
    for part in spec.split(";"):
        bits = part.split()
        if len(bits) != 2 or not all(b.isdigit() for b in bits):
            raise AnnotationFormatError(
                f"{where}: the span {part.strip()!r} is not 'START END'; fragments of a "
                f"discontinuous span are separated by ';' as in '10 20;30 40'."
            )
        a, b = int(bits[0]), int(bits[1])
        if a > b or (text_len is not None and b > text_len):
            raise AnnotationFormatError(
                f"{where}: the span {a}-{b} does not fit the text ({text_len} characters); "
                f"check that the .ann belongs to this .txt."
            )
        frags.append((a, b))
    return tuple(frags)


def _note_fields(note: str) -> dict[str, str]:
    out = {}
    for part in note.split(";"):
        key, sep, value = part.partition("=")
        if sep:
            out[key.strip().lower()] = value.strip()
    return out


def read_ann(ann: str, *, name: str = "", text: str | None = None) -> BratDocument:
    """Parse the contents of a ``.ann`` file (``text``, when given, validates the offsets)."""
    doc = BratDocument(name=name, text=text)
    events: list[tuple[str, list[tuple[str, str]]]] = []
    relations: list[tuple[str, str, str]] = []
    text_len = None if text is None else len(text)
    after_text = False
    for lineno, raw_line in enumerate(ann.splitlines(), start=1):
        line = raw_line.rstrip("\r")
        if not line.strip():
            continue
        where = f"{name or '<ann>'}, line {lineno}"
        head, _, rest = line.partition("\t")
        kind = head[:1]
        if after_text and not _LINE_ID.match(head):
            continue  # the span text of the T line above runs over a line break
        after_text = kind == "T"
        if kind == "T":
            spec, _, span_text = rest.partition("\t")
            type_name, _, frag_spec = spec.partition(" ")
            if not type_name or not frag_spec:
                raise AnnotationFormatError(
                    f"{where}: a T line needs 'ID<TAB>TYPE START END<TAB>TEXT', got {line!r}."
                )
            frags = _fragments(frag_spec, where, text_len)
            doc.spans[head] = TextBound(head, type_name, frags, span_text)
        elif kind == "E":
            args = []
            for i, part in enumerate(rest.split()):
                role, sep, ref = part.partition(":")
                if not sep:
                    raise AnnotationFormatError(f"{where}: event argument {part!r} is not ROLE:ID.")
                args.append((role if i else "__trigger__", ref))
            events.append((head, args))
        elif kind == "R":
            bits = rest.split()
            refs = [b.partition(":")[2] for b in bits[1:] if ":" in b]
            if len(refs) != 2:
                raise AnnotationFormatError(
                    f"{where}: a relation needs 'ID<TAB>TYPE Arg1:ID Arg2:ID', got {line!r}."
                )
            relations.append((head, refs[0], refs[1]))
        elif kind == "#":
            bits = rest.split("\t", 1)
            target = bits[0].split()[-1] if bits[0].split() else ""
            if target:
                doc.notes[target] = bits[1] if len(bits) > 1 else ""
        # A, M, N, * and anything else: not needed for attribution scoring
    doc.attributions = _assemble(doc, events, relations)
    return doc


def _assemble(doc: BratDocument, events, relations) -> list[GoldAttribution]:
    spans = doc.spans
    out: list[GoldAttribution] = []
    used_content: set[str] = set()

    def build(aid: str, contents: list[str], sources: list[str], cues: list[str]) -> None:
        frags = tuple(sorted(f for c in contents for f in spans[c].fragments))
        src = spans[sources[0]] if sources else None
        note = _note_fields(doc.notes.get(src.id, "")) if src else {}
        cue = tuple(sorted(f for c in cues for f in spans[c].fragments)) or None
        out.append(GoldAttribution(
            aid, frags, src.fragments if src else None, cue, src.text if src else "",
            note.get("speaker", src.text if src else ""), note.get("side", ""),
            "speaker" in note,
        ))
        used_content.update(contents)

    for eid, args in events:
        roles: dict[str, list[str]] = {"content": [], "source": [], "cue": []}
        for role, ref in args:
            if ref not in spans:
                continue  # a nested event or a missing T: ignore that argument
            r = _role(spans[ref].type) or _role(role.rstrip("0123456789"))
            if role == "__trigger__" and r != "cue":
                continue
            if r:
                roles[r].append(ref)
        if roles["content"]:
            build(eid, roles["content"], roles["source"], roles["cue"])
    if relations:
        links: dict[str, set[str]] = {}
        for _rid, a, b in relations:
            if a in spans and b in spans:
                links.setdefault(a, set()).add(b)
                links.setdefault(b, set()).add(a)
        for tid, tb in spans.items():
            if _role(tb.type) != "content" or tid in used_content:
                continue
            near = set(links.get(tid, ()))
            for n in list(near):
                if _role(spans[n].type) == "cue":
                    near |= links.get(n, set())
            near.discard(tid)
            sources = sorted((n for n in near if _role(spans[n].type) == "source"), key=_tid)
            cues = sorted((n for n in near if _role(spans[n].type) == "cue"), key=_tid)
            build(tid, [tid], sources, cues)
    for tid, tb in spans.items():  # content with no links at all still counts
        if _role(tb.type) == "content" and tid not in used_content:
            build(tid, [tid], [], [])
    return out


def _tid(tid: str) -> tuple[int, str]:
    digits = tid[1:]
    return (int(digits), tid) if digits.isdigit() else (0, tid)


def _read_text(path: Path) -> str:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise AnnotationFormatError(
            f"{path} is not UTF-8 text ({exc}); re-save it as UTF-8."
        ) from exc
    except OSError as exc:
        raise AnnotationFormatError(f"Cannot read {path}: {exc}") from exc


def read_document(ann_path: str | Path, txt_path: str | Path | None = None) -> BratDocument:
    """Read ``NAME.ann`` with its text (``NAME.txt`` found by :func:`find_pairs` rules)."""
    ann_path = Path(ann_path)
    if txt_path is None:
        txt_path = _text_for(ann_path)
        if txt_path is None:
            raise AnnotationFormatError(
                f"No text file found for {ann_path}: put {ann_path.stem}.txt next to it."
            )
    text = _read_text(Path(txt_path))
    return read_ann(_read_text(ann_path), name=ann_path.stem, text=text)


def _text_for(ann: Path) -> Path | None:
    stems = [ann.stem]
    bare = _ANNOTATOR_SUFFIX.sub("", ann.stem)  # PolNeAR: one .ann per annotator, NAME_4b22.ann
    if bare != ann.stem:
        stems.append(bare)
    for stem in stems:
        for folder in (ann.parent, ann.parent.parent / "text", ann.parent.parent / "texts"):
            cand = folder / f"{stem}.txt"
            if cand.is_file():
                return cand
    return None


def find_pairs(folder: str | Path, *, all_annotators: bool = False) -> list[tuple[Path, Path]]:
    """(``.ann``, ``.txt``) pairs under ``folder`` (searched recursively), sorted by name.

    Each ``NAME.ann`` pairs with ``NAME.txt`` beside it; a PolNeAR-style ``NAME_ab12.ann`` also
    pairs with ``NAME.txt`` and with ``../text/NAME.txt``. ``.ann`` files with no text are skipped.
    When two annotators' files share one text (``NAME_4e07.ann``, ``NAME_6b86.ann``), only the
    first in sorted order is used, so an article counts once; ``all_annotators=True`` keeps all.
    """
    folder = Path(folder)
    if folder.is_file() and folder.suffix == ".ann":
        txt = _text_for(folder)
        return [(folder, txt)] if txt else []
    if not folder.is_dir():
        raise AnnotationFormatError(
            f"{folder} is not a folder of BRAT .ann/.txt files; pass the folder that holds them."
        )
    pairs = []
    seen: set[Path] = set()
    for ann in sorted(folder.rglob("*.ann")):
        txt = _text_for(ann)
        if txt is None or (txt in seen and not all_annotators):
            continue
        seen.add(txt)
        pairs.append((ann, txt))
    return pairs


# --------------------------------------------------------------------------- writing


def to_ann(statements: pd.DataFrame) -> str:
    """BRAT standoff for a :func:`geneva_nb.attribute` table (Source/Cue/Content + events).

    Rows sharing a mention and a cue (continued quotations) share their Source and Cue spans.
    The speaker and side go into an ``AnnotatorNotes`` line on the Source.
    """
    lines: list[str] = []
    ids: dict[tuple[str, int, int], str] = {}
    n_t = n_e = n_note = 0

    def tb(kind: str, start: int, end: int, text: str) -> str:
        nonlocal n_t
        key = (kind, start, end)
        if key not in ids:
            n_t += 1
            ids[key] = f"T{n_t}"
            clean = text.replace("\n", " ").replace("\r", " ")
            lines.append(f"T{n_t}\t{kind} {start} {end}\t{clean}")
        return ids[key]

    for row in statements.itertuples(index=False):
        before = n_t
        src = tb("Source", row.mention_start, row.mention_end, row.mention)
        if n_t > before:
            n_note += 1
            lines.append(f"#{n_note}\tAnnotatorNotes {src}\tspeaker={row.speaker}; side={row.side}")
        cue = tb("Cue", row.cue_start, row.cue_end, row.cue) if row.cue_start >= 0 else None
        content = tb("Content", row.content_start, row.content_end, row.content)
        n_e += 1
        trigger = tb("Attribution", row.cue_start, row.cue_end, row.cue) if cue else content
        args = f"Attribution:{trigger} Source:{src} Content:{content}"
        lines.append(f"E{n_e}\t{args}" + (f" Cue:{cue}" if cue else ""))
    return "\n".join(lines) + ("\n" if lines else "")


# --------------------------------------------------------------------------- scoring


class Prediction(NamedTuple):
    """One predicted attribution: its content fragments, the speaker's mention and name."""

    content: Fragments
    mention: tuple[int, int]
    speaker: str
    kind: str = ""  # "direct" when one of its rows is a direct quotation, else the first's kind
    mentions: tuple[tuple[int, int], ...] = ()  # every row's mention (one act, one speaker)


def overlap(a: Fragments, b: Fragments) -> float:
    """Shared characters of two fragment sets over the longer one (0..1)."""
    return fragment_overlap(a, b)


def _union(spans: Iterable[tuple[int, int]]) -> Fragments:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return tuple(out)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value == ""


ACTS = ("paragraph", "id")


def predictions(statements: pd.DataFrame, text: str | None = None, *,
                acts: str = "paragraph") -> list[Prediction]:
    """Group a statements table into predicted attributions, by one of two gold conventions.

    ``acts="id"``, PolNeAR's (and PARC's) convention: one act of speech is one attribution,
    ``“Q1,” X said. “Q2.”`` as much as a quotation continuing in the next paragraph or after
    reported speech, since each piece of content is bound to the one cue. The rows sharing an
    ``attribution_id`` are one attribution; its content runs from the first row's start to the
    last row's end, kept as the rows' fragments (the gold writes the same act as discontinuous
    fragments that leave out the cue and the source between them). Without the column, or for a
    row with no id, each row is an act of its own.

    ``acts="paragraph"``, the convention of the project's own gold
    (``tests/data/attribution-blind/README.md``): rows of one act (the same ``attribution_id``,
    or without that column the same cue and mention) form one attribution only when they lie in
    the same paragraph of ``text`` and are both quotations or both reported speech; a quotation
    continuing in a new paragraph, or a quotation after reported speech ("She said she was
    “horrified”. “Civilians are ...”"), stays an attribution of its own.
    """
    if acts not in ACTS:
        raise ValueError(f"acts must be one of {', '.join(ACTS)}, got {acts!r}")
    groups: dict[Any, list[Any]] = {}
    has_id = "attribution_id" in statements.columns
    breaks = [i for i, c in enumerate(text) if c == "\n"] if text is not None else []
    for n, row in enumerate(statements.itertuples(index=False)):
        aid = row.attribution_id if has_id else None
        if acts == "id":
            key: Any = ("row", n) if _missing(aid) else ("id", aid)
        else:
            act = (("cue", row.cue_start, row.cue_end, row.mention_start) if _missing(aid)
                   else ("id", aid))
            para = bisect.bisect_right(breaks, row.content_start)
            key = (act, para, row.kind == "indirect")
        groups.setdefault(key, []).append(row)
    out = []
    for rows in groups.values():
        rows = sorted(rows, key=lambda r: (r.content_start, r.content_end))
        frags = _union((r.content_start, r.content_end) for r in rows)
        first = rows[0]
        kind = "direct" if any(r.kind == "direct" for r in rows) else first.kind
        mentions = tuple(dict.fromkeys((r.mention_start, r.mention_end) for r in rows))
        out.append(Prediction(frags, (first.mention_start, first.mention_end), first.speaker,
                              kind, mentions))
    return out


def _speaker_ok(pred: Prediction, gold: GoldAttribution, text: str | None = None, *,
                readings: Sequence[tuple[int, int, str]] = ()) -> bool:
    """Right speaker: the canonical names agree when the gold names one (a pronoun mention
    that overlaps the gold "she" but resolves to the wrong person is wrong); otherwise one of the
    predicted mentions overlaps the gold Source, or the names agree. The mentions are those of
    every row of the predicted act (``“Q1,” he said. “Q2,” he added.`` read as one act holds
    both "he"; the gold may give the second quotation its own attribution with the second
    "he"). A gold Source that is a relative pronoun ("Mr. Lee, who said ...": PolNeAR
    annotates the "who" and does not resolve it) is also matched by a predicted mention that
    ends just before it (spaces and a comma between), when ``text`` is given. A gold whose
    Source and Cue labels are swapped (the Source span reads "said", "said in a statement",
    "asked", "according to": the speaker's name sits in the Cue span) is matched by a
    predicted mention overlapping the Cue span.

    ``readings`` are the predicted statements' (mention start, mention end, speaker). A gold
    Source that is a personal pronoun ("he", "she", "they") names nobody, and PolNeAR has no
    coreference to say whom; when the prediction read that very pronoun as some statement's
    speaker mention, the pronoun is taken to mean that speaker, so a prediction giving the
    same person through another mention is right (``“Q1,” he said. “Q2,” he said.`` with the
    gold tying Q2 to the first "he" and the prediction to the second). A pronoun the
    prediction reads as someone else, or does not read at all, still counts against it."""
    if gold.named:
        return _names_agree(pred.speaker, gold.speaker)
    mentions = pred.mentions or (pred.mention,)
    if gold.source is not None:
        spans = gold.source + (gold.cue or () if _SWAPPED.match(gold.source_text) else ())
        for a, b in spans:
            for m0, m1 in mentions:
                if min(b, m1) > max(a, m0):
                    return True
        start = gold.source[0][0]
        if text is not None and gold.source_text.strip().lower() in _RELATIVE:
            for _m0, m1 in mentions:
                if 0 <= m1 <= start and not text[m1:start].strip(" ,\u00a0"):
                    return True
        if gold.source_text.strip().lower() in _PERSONAL:
            for m0, m1, name in readings:
                if (any(min(b, m1) > max(a, m0) for a, b in gold.source)
                        and _names_agree(pred.speaker, name)):
                    return True
    return _names_agree(pred.speaker, gold.speaker)


def _names_agree(pred: str, gold: str) -> bool:
    ps, gs = normalise_name(pred), normalise_name(gold)
    if not ps or not gs:
        return False
    if acronym_of(pred.strip(), gold) or acronym_of(gold.strip(), pred):
        return True  # 'ECOWAS' names the Economic Community of West African States
    registry = load_actors()
    if registry.is_place(pred) and registry.is_place(gold):
        # a state and its capital speak for the same side: 'Moscow' / 'Russia'
        side = registry.side_of_name(pred)
        return bool(side) and side == registry.side_of_name(gold)
    return ps == gs or ps.split()[-1] in gs.replace(",", " ").split()


def _match(preds: Sequence[Prediction], golds: Sequence[GoldAttribution], threshold: float):
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            o = overlap(p.content, g.content)
            if o >= threshold and o > 0:
                pairs.append((o, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, matches = set(), set(), []
    for _o, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matches.append((i, j))
    return matches


class KindRecall(NamedTuple):
    """Gold attributions of one kind and how many were found at overlap >= 0.3 / >= 0.8."""

    gold: int
    found03: int
    found08: int

    @property
    def recall03(self) -> float:
        return self.found03 / self.gold if self.gold else 0.0

    @property
    def recall08(self) -> float:
        return self.found08 / self.gold if self.gold else 0.0


@dataclass
class Score:
    """Counts and rates of one evaluation (one document or a whole folder).

    ``kinds`` counts gold attributions by kind (:mod:`geneva_nb.evaluate.kinds`) as
    ``"direct_gold"``, ``"direct_found03"``, ``"direct_found08"``, ... ``passages*`` count the
    quoted passages inside gold direct attributions: covered to >= 80 % of their characters by
    one predicted attribution, and covered by one whose speaker is right. ``seconds`` is the
    time spent (reading, analysing and scoring).
    """

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    tp03: int = 0
    tp08: int = 0
    speaker_checked: int = 0
    speaker_correct: int = 0
    quote_gold: int = 0
    quote_found08: int = 0
    quote_speaker_checked: int = 0
    quote_speaker_correct: int = 0
    pred_direct: int = 0
    tp08_direct: int = 0
    passages: int = 0
    passages_covered: int = 0
    passages_speaker_ok: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def __iadd__(self, other: Score) -> Score:
        for name in self.__dataclass_fields__:
            if name == "kinds":
                self.kinds.update(other.kinds)
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    def content(self, threshold: float) -> PRF:
        tp = self.tp03 if threshold < 0.5 else self.tp08
        return prf(tp, self.predicted - tp, self.gold - tp)

    def direct_content(self) -> PRF:
        """Direct quotations' content at overlap >= 0.8: predicted attributions holding a direct
        quotation against gold direct attributions (a match needs both to be direct)."""
        tp = self.tp08_direct
        return prf(tp, self.pred_direct - tp, self.kinds["direct_gold"] - tp)

    def kind_recall(self, *kinds: str) -> KindRecall:
        """Recall of the gold attributions of the given kinds together (e.g. the speech kinds)."""
        return KindRecall(*(sum(self.kinds[f"{k}_{what}"] for k in kinds)
                            for what in ("gold", "found03", "found08")))

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_checked if self.speaker_checked else 0.0

    @property
    def quote_speaker_accuracy(self) -> float:
        checked = self.quote_speaker_checked
        return self.quote_speaker_correct / checked if checked else 0.0

    @property
    def quote_recall08(self) -> float:
        return self.quote_found08 / self.quote_gold if self.quote_gold else 0.0

    @property
    def passage_coverage(self) -> float:
        return self.passages_covered / self.passages if self.passages else 0.0

    @property
    def passage_speaker_share(self) -> float:
        return self.passages_speaker_ok / self.passages if self.passages else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: getattr(self, k) for k in self.__dataclass_fields__
                               if k != "kinds"}
        for t, key in ((0.3, "overlap_0.3"), (0.8, "overlap_0.8")):
            out[key] = self.content(t)._asdict()
        out["speaker_accuracy"] = self.speaker_accuracy
        out["quote_speaker_accuracy"] = self.quote_speaker_accuracy
        out["quote_recall_0.8"] = self.quote_recall08
        out["direct_content_0.8"] = self.direct_content()._asdict()
        out["quoted_passages"] = {
            "passages": self.passages, "covered": self.passages_covered,
            "right_speaker": self.passages_speaker_ok, "covered_share": self.passage_coverage,
            "right_speaker_share": self.passage_speaker_share,
        }
        groups = {k: (k,) for k in KINDS} | {"speech": SPEECH_KINDS, "nonspeech": ("nonspeech",)}
        out["recall_by_kind"] = {
            name: {"gold": r.gold, "found_0.3": r.found03, "found_0.8": r.found08,
                   "recall_0.3": r.recall03, "recall_0.8": r.recall08}
            for name, kinds in groups.items() for r in [self.kind_recall(*kinds)]
        }
        return out


def _is_quote(text: str | None, frags: Fragments) -> bool:
    return text is not None and bool(frags) and text[frags[0][0]:frags[0][0] + 1] in _QUOTE_START


def _fragment_text(text: str, frags: Fragments | None) -> str:
    return " ".join(text[a:b] for a, b in frags) if frags else ""


def _score_passages(s: Score, text: str, preds: Sequence[Prediction],
                    golds: Sequence[GoldAttribution], kinds: Sequence[str], *,
                    readings: Sequence[tuple[int, int, str]] = ()) -> None:
    direct = [g for g, k in zip(golds, kinds, strict=True) if k == "direct"]
    if not direct:
        return
    for passage in quoted_passages(text):
        share, owner = max(((covered_share(passage, g.content), n) for n, g in enumerate(direct)),
                           key=lambda x: x[0])
        if share < 0.8:
            continue  # a quotation outside any gold direct attribution (a title, a scare quote)
        s.passages += 1
        best, cover = 0.0, None
        for p in preds:
            c = covered_share(passage, p.content)
            if c > best:
                best, cover = c, p
        if cover is not None and best >= 0.8:
            s.passages_covered += 1
            s.passages_speaker_ok += _speaker_ok(cover, direct[owner], text, readings=readings)


def _readings(statements: pd.DataFrame) -> list[tuple[int, int, str]]:
    """Each predicted statement's speaker mention and the speaker it was read as."""
    if statements.empty:
        return []
    return [(int(a), int(b), str(n)) for a, b, n in zip(
        statements["mention_start"], statements["mention_end"], statements["speaker"],
        strict=True) if not (_missing(a) or _missing(b)) and int(a) >= 0]


def score(statements: pd.DataFrame, gold: BratDocument, *, acts: str = "paragraph") -> Score:
    """Score one predicted statements table against one gold document; ``acts`` is the gold's
    convention for one attribution (see :func:`predictions`)."""
    preds = predictions(statements, gold.text, acts=acts)
    golds = gold.attributions
    s = Score(documents=1, gold=len(golds), predicted=len(preds))
    readings = _readings(statements)
    m03 = _match(preds, golds, 0.3)
    m08 = _match(preds, golds, 0.8)
    s.tp03, s.tp08 = len(m03), len(m08)
    for i, j in m03:
        g = golds[j]
        if g.source is None and not g.speaker:
            continue
        ok = _speaker_ok(preds[i], g, gold.text, readings=readings)
        s.speaker_checked += 1
        s.speaker_correct += ok
        if _is_quote(gold.text, g.content):
            s.quote_speaker_checked += 1
            s.quote_speaker_correct += ok
    quoted = {j for j, g in enumerate(golds) if _is_quote(gold.text, g.content)}
    s.quote_gold = len(quoted)
    s.quote_found08 = sum(1 for _i, j in m08 if j in quoted)
    s.pred_direct = sum(1 for p in preds if p.kind == "direct")
    if gold.text is not None:  # kinds and quoted passages need the text
        text = gold.text
        kinds = [attribution_kind(text, g.content, _fragment_text(text, g.cue)) for g in golds]
        for k in kinds:
            s.kinds[f"{k}_gold"] += 1
        for name, matches in (("found03", m03), ("found08", m08)):
            for _i, j in matches:
                s.kinds[f"{kinds[j]}_{name}"] += 1
        s.tp08_direct = sum(1 for i, j in m08 if kinds[j] == "direct" and preds[i].kind == "direct")
        _score_passages(s, text, preds, golds, kinds, readings=readings)
    return s


def polnear_layout(ann: Path, txt: Path) -> bool:
    """True for PolNeAR's layout: ``attributions/NAME_4e07.ann`` with ``text/NAME.txt``."""
    return ann.parent.name == "attributions" and txt.parent.name == "text"


def score_documents(
    pairs: Iterable[tuple[Path, Path]], *, actors: str | None = None, acts: str = "auto",
    beliefs: str = "auto",
) -> tuple[Score, list[tuple[str, Score]]]:
    """Run :func:`geneva_nb.attribute` on each ``.txt`` (as a plain string) and score it.

    ``beliefs``: ``"on"`` calls ``attribute(..., beliefs=True)`` (non-speech attributions such
    as beliefs and intentions are predicted too), ``"off"`` the default call, ``"auto"`` on for
    PolNeAR's layout (its gold annotates non-speech) and off for other gold.

    ``acts="auto"`` scores PolNeAR's layout (:func:`polnear_layout`) with its convention,
    ``"id"`` (one act, one attribution), and other gold with ``"paragraph"``.
    """
    from ..attribution import attribute  # local: evaluate must not import the stages eagerly

    total, per_doc = Score(), []
    for ann, txt in pairs:
        started = time.perf_counter()
        doc = read_document(ann, txt)
        assert doc.text is not None
        convention = acts if acts != "auto" else ("id" if polnear_layout(ann, txt)
                                                  else "paragraph")
        wide = beliefs == "on" or (beliefs == "auto" and polnear_layout(ann, txt))
        result = score(attribute(doc.text, actors=actors, beliefs=wide), doc,
                       acts=convention) \
            if doc.text.strip() else Score(documents=1, gold=len(doc.attributions))
        result.seconds = time.perf_counter() - started
        per_doc.append((ann.stem, result))
        total += result
    return total, per_doc


def _report(total: Score, per_doc: list[tuple[str, Score]], *, show_docs: bool) -> str:
    lines = [f"Attribution evaluation: {total.documents} document(s), {total.gold} gold "
             f"attributions, {total.predicted} predicted ({total.seconds:.1f} s)", ""]
    lines.append("| content match | precision | recall | F1 | tp | fp | fn |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    rows = [(f"overlap >= {t}", total.content(t)) for t in (0.3, 0.8)]
    rows.append(("direct quotations, overlap >= 0.8", total.direct_content()))
    for label, r in rows:
        lines.append(f"| {label} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | "
                     f"{r.tp} | {r.fp} | {r.fn} |")
    lines += ["", "| gold kind | gold | found at >= 0.3 | recall | found at >= 0.8 | recall |",
              "|---|---:|---:|---:|---:|---:|"]
    groups = [(k, (k,)) for k in KINDS] + [("speech (direct+partial+indirect)", SPEECH_KINDS),
                                           ("non-speech", ("nonspeech",))]
    for label, kinds in groups:
        r = total.kind_recall(*kinds)
        lines.append(f"| {label} | {r.gold} | {r.found03} | {r.recall03:.3f} | {r.found08} | "
                     f"{r.recall08:.3f} |")
    lines.append("")
    lines.append(f"quoted passages in gold direct attributions: {total.passages}; covered >= 80 % "
                 f"by one predicted attribution: {total.passage_coverage:.3f} "
                 f"({total.passages_covered}/{total.passages}); covered with the right speaker: "
                 f"{total.passage_speaker_share:.3f} ({total.passages_speaker_ok}/"
                 f"{total.passages})")
    lines.append(f"speaker accuracy on matched statements: {total.speaker_accuracy:.3f} "
                 f"({total.speaker_correct}/{total.speaker_checked})")
    lines.append(f"speaker accuracy on matched quotations: {total.quote_speaker_accuracy:.3f} "
                 f"({total.quote_speaker_correct}/{total.quote_speaker_checked})")
    lines.append(f"quoted gold content recovered at overlap >= 0.8: {total.quote_recall08:.3f} "
                 f"({total.quote_found08}/{total.quote_gold})")
    if show_docs:
        lines += ["", "| document | gold | predicted | F1@0.3 | F1@0.8 | speaker acc |",
                  "|---|---:|---:|---:|---:|---:|"]
        for name, s in per_doc:
            lines.append(f"| {name} | {s.gold} | {s.predicted} | {s.content(0.3).f1:.3f} | "
                         f"{s.content(0.8).f1:.3f} | {s.speaker_accuracy:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``geneva-nb evaluate attribution GOLD_DIR [--json] [--per-doc] [--actors CSV]
    [--acts auto|id|paragraph] [--beliefs auto|on|off] [--all-annotators]``."""
    parser = argparse.ArgumentParser(
        prog="geneva-nb evaluate attribution",
        description="Score gn.attribute against BRAT standoff gold (NAME.ann + NAME.txt). "
        "Reports precision/recall at 30 %% and 80 %% content overlap, direct quotations' "
        "content at 80 %%, recall by kind (direct, partial, indirect, non-speech), the quoted "
        "passages covered (with the right speaker), and speaker accuracy.",
    )
    parser.add_argument("gold", nargs="+", help="folder(s) or .ann file(s) with gold annotations")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--per-doc", action="store_true", help="add a row per document")
    parser.add_argument("--actors", default=None, help="actor registry CSV (default: data/)")
    parser.add_argument("--acts", choices=("auto", *ACTS), default="auto",
                        help="what one predicted attribution is: 'id' = the rows sharing an "
                        "attribution_id (PolNeAR: one act, one attribution), 'paragraph' = "
                        "the rows of one act within a paragraph and of one sort (the project's "
                        "own gold); default auto: 'id' for PolNeAR's attributions/ + text/ "
                        "layout, else 'paragraph'")
    parser.add_argument("--beliefs", choices=("auto", "on", "off"), default="auto",
                        help="predict non-speech attributions too (attribute(..., "
                        "beliefs=True)); default auto: on for PolNeAR's layout, off for other "
                        "gold")
    parser.add_argument("--all-annotators", action="store_true",
                        help="score every annotator's file of an article (default: the first "
                        "in sorted order, so each article counts once)")
    args = parser.parse_args(argv)
    try:
        pairs = [p for g in args.gold
                 for p in find_pairs(g, all_annotators=args.all_annotators)]
        if not pairs:
            print(f"error: no NAME.ann with a matching NAME.txt under {', '.join(args.gold)}",
                  file=sys.stderr)
            return 2
        total, per_doc = score_documents(pairs, actors=args.actors, acts=args.acts,
                                         beliefs=args.beliefs)
    except GenevaNbError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = total.as_dict()
        if args.per_doc:
            out["per_document"] = {name: s.as_dict() for name, s in per_doc}
        print(json.dumps(out, indent=2))
    else:
        print(_report(total, per_doc, show_docs=args.per_doc))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
