"""TimeML files and the TempEval-3 Task A scorer for temporal expressions.

Reading and writing: a ``.tml`` file is TimeML 1.2.1 XML (Pustejovsky et al. 2003; the format of
TimeBank, AQUAINT and the TempEval-3 corpora): a ``<DCT>`` holding the document creation time as a
``TIMEX3`` with ``functionInDocument="CREATION_TIME"``, and a ``<TEXT>`` whose character data is
the document, with ``TIMEX3`` (and ``EVENT``, ``SIGNAL``) elements inline. :func:`read_timeml`
returns the plain text and every TIMEX3 of the text as character offsets into it; EVENT, SIGNAL,
MAKEINSTANCE and the links are read past. :func:`write_timeml` writes the inverse.

Scoring follows TempEval-3 Task A (UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3"):

- **strict match**: system and gold extents are identical; **relaxed match**: they overlap
  (one-to-one, the largest overlap first). Precision, recall and F1 for both.
- **attributes** (``type``, ``value``) are judged on the relaxed matches: *accuracy* is the share
  of matches with the right attribute, and *attribute F1* counts a system expression as correct
  only when it matches AND has the right attribute (so value F1 = relaxed F1 x value accuracy).
- The DCT's own TIMEX3 is not scored: it is given to the tagger as the document date.

``main(argv)`` is ``geneva-nb evaluate timex DIR [--json] [--errors]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from ..errors import AnnotationFormatError, GenevaNbError
from .metrics import PRF, prf

__all__ = [
    "TimeMLDocument",
    "TimexAnnotation",
    "TimexScores",
    "main",
    "read_timeml",
    "score_documents",
    "score_timexes",
    "write_timeml",
]


class TimexAnnotation(NamedTuple):
    """One TIMEX3 as character offsets into the document's plain text."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""


@dataclass
class TimeMLDocument:
    """A TimeML document: plain text, document creation time and its TIMEX3s (DCT excluded)."""

    text: str
    dct: dt.date | None
    timexes: list[TimexAnnotation] = field(default_factory=list)
    docid: str = ""
    dct_value: str = ""
    path: Path | None = None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_dct(value: str) -> dt.date | None:
    v = value.strip()
    for candidate in (v[:10], v[:8]):
        try:
            if len(candidate) == 8 and candidate.isdigit():
                return dt.datetime.strptime(candidate, "%Y%m%d").date()
            return dt.date.fromisoformat(candidate)
        except ValueError:
            continue
    return None


def read_timeml(source: str | Path) -> TimeMLDocument:
    """Read a ``.tml`` file (a path) or TimeML markup (a string starting with ``<``).

    Raises :class:`~geneva_nb.errors.AnnotationFormatError` when the XML is malformed or has no
    ``<TEXT>`` element.
    """
    path: Path | None = None
    if isinstance(source, Path) or not str(source).lstrip().startswith("<"):
        path = Path(source)
        try:
            markup = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise AnnotationFormatError(f"No TimeML file at {path}; check the path.") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise AnnotationFormatError(
                f"Cannot read {path} as UTF-8 TimeML ({exc}); convert it to UTF-8 XML."
            ) from exc
    else:
        markup = str(source)
    where = str(path) if path else "the TimeML string"
    try:
        root = ET.fromstring(markup)
    except ET.ParseError as exc:
        raise AnnotationFormatError(
            f"{where} is not well-formed XML ({exc}); fix the markup (unescaped '&' or '<' "
            "in the text are the usual cause)."
        ) from exc

    docid = ""
    dct_value = ""
    text_el = None
    for el in root.iter():
        name = _local(el.tag)
        if name == "DOCID" and not docid:
            docid = "".join(el.itertext()).strip()
        elif name == "DCT":
            for t in el.iter():
                if _local(t.tag) == "TIMEX3" and not dct_value:
                    dct_value = t.get("value", "")
        elif name == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME" and not dct_value:
            dct_value = el.get("value", "")
        elif name == "TEXT" and text_el is None:
            text_el = el
    if text_el is None:
        raise AnnotationFormatError(
            f"{where} has no <TEXT> element; TimeML documents keep their text in <TEXT>...</TEXT>."
        )

    parts: list[str] = []
    found: list[TimexAnnotation] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if (
            _local(el.tag) == "TIMEX3"
            and pos > start
            and el.get("functionInDocument") != "CREATION_TIME"
        ):
            found.append(
                TimexAnnotation(
                    el.get("tid", ""), start, pos, "", el.get("type", ""), el.get("value", ""),
                    el.get("mod", ""),
                )
            )

    walk(text_el)  # <TEXT> itself is no TIMEX3: this collects its text and the timexes inside
    text = "".join(parts)
    found = sorted(
        (t._replace(text=text[t.start:t.end]) for t in found), key=lambda t: (t.start, t.end)
    )
    return TimeMLDocument(
        text=text, dct=_parse_dct(dct_value) if dct_value else None, timexes=found, docid=docid,
        dct_value=dct_value, path=path,
    )


def write_timeml(
    text: str,
    timexes: Iterable[object],
    *,
    dct: dt.date | str | None = None,
    docid: str = "",
    path: str | Path | None = None,
) -> str:
    """TimeML markup for ``text`` with inline TIMEX3s; written to ``path`` when given.

    ``timexes`` holds records with ``start, end, type, value`` and optionally ``mod`` and
    ``timex_id``/``tid`` (a :func:`geneva_nb.timexes` DataFrame's rows, or
    :class:`TimexAnnotation`). Overlapping or out-of-range spans raise AnnotationFormatError.
    """
    if hasattr(timexes, "itertuples"):
        rows = list(timexes.itertuples(index=False))  # type: ignore[attr-defined]
    else:
        rows = list(timexes)
    rows.sort(key=lambda r: (r.start, r.end))  # type: ignore[attr-defined]
    out: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    if docid:
        out.append(f"<DOCID>{escape(docid)}</DOCID>\n")
    if dct is not None:
        v = dct.isoformat() if isinstance(dct, dt.date) else str(dct)
        out.append(
            '<DCT><TIMEX3 tid="t0" type="DATE" value=' + quoteattr(v)
            + ' temporalFunction="false" functionInDocument="CREATION_TIME">'
            + escape(v) + "</TIMEX3></DCT>\n"
        )
    out.append("<TEXT>")
    pos = 0
    for i, r in enumerate(rows, start=1):
        s, e = int(r.start), int(r.end)  # type: ignore[attr-defined]
        if s < pos or e <= s or e > len(text):
            raise AnnotationFormatError(
                f"TIMEX3 span ({s}, {e}) overlaps the previous one or lies outside the text "
                f"(length {len(text)}); TimeML TIMEX3s cannot overlap."
            )
        tid = getattr(r, "tid", None) or getattr(r, "timex_id", None) or f"t{i}"
        attrs = f'tid={quoteattr(str(tid))} type={quoteattr(str(r.type))} '  # type: ignore[attr-defined]
        attrs += f"value={quoteattr(str(r.value))}"  # type: ignore[attr-defined]
        mod = getattr(r, "mod", "") or ""
        if mod:
            attrs += f" mod={quoteattr(str(mod))}"
        out.append(escape(text[pos:s]))
        out.append(f"<TIMEX3 {attrs}>{escape(text[s:e])}</TIMEX3>")
        pos = e
    out.append(escape(text[pos:]))
    out.append("</TEXT>\n</TimeML>\n")
    markup = "".join(out)
    if path is not None:
        Path(path).write_text(markup, encoding="utf-8")
    return markup


# ---------------------------------------------------------------------------------- scoring


class TimexScores(NamedTuple):
    """TempEval-3 Task A figures with their counts."""

    strict: PRF
    relaxed: PRF
    type_accuracy: float
    value_accuracy: float
    type_f1: PRF
    value_f1: PRF
    n_gold: int
    n_system: int
    n_documents: int

    def as_dict(self) -> dict[str, object]:
        d: dict[str, object] = {}
        for name in ("strict", "relaxed", "type_f1", "value_f1"):
            d[name] = getattr(self, name)._asdict()
        d["type_accuracy"] = self.type_accuracy
        d["value_accuracy"] = self.value_accuracy
        d["n_gold"], d["n_system"], d["n_documents"] = self.n_gold, self.n_system, self.n_documents
        return d


class _Counts(NamedTuple):
    strict_tp: int
    relaxed_tp: int
    type_ok: int
    value_ok: int
    n_gold: int
    n_system: int
    errors: list[str]


def _span(r: object) -> tuple[int, int]:
    return int(r.start), int(r.end)  # type: ignore[attr-defined]


def _match_counts(gold: Sequence[object], system: Sequence[object], label: str = "") -> _Counts:
    gold_spans = {_span(g) for g in gold}
    strict_tp = sum(1 for s in system if _span(s) in gold_spans)
    pairs = []
    for gi, g in enumerate(gold):
        gs, ge = _span(g)
        for si, s in enumerate(system):
            ss, se = _span(s)
            ov = min(ge, se) - max(gs, ss)
            if ov > 0:
                pairs.append((-ov, gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    type_ok = value_ok = 0
    errors: list[str] = []
    for _ov, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        g, s = gold[gi], system[si]
        t_ok = str(g.type).upper() == str(s.type).upper()  # type: ignore[attr-defined]
        v_ok = str(g.value).strip().upper() == str(s.value).strip().upper()  # type: ignore[attr-defined]
        type_ok += t_ok
        value_ok += v_ok
        g_text, s_text = g.text, s.text  # type: ignore[attr-defined]
        if not (t_ok and v_ok) or _span(g) != _span(s):
            errors.append(
                f"{label}MISMATCH gold [{g_text}] {g.type} {g.value} | "  # type: ignore[attr-defined]
                f"system [{s_text}] {s.type} {s.value}"  # type: ignore[attr-defined]
            )
    for gi, g in enumerate(gold):
        if gi not in used_g:
            errors.append(f"{label}MISSED   [{g.text}] {g.type} {g.value}")  # type: ignore[attr-defined]
    for si, s in enumerate(system):
        if si not in used_s:
            errors.append(f"{label}SPURIOUS [{s.text}] {s.type} {s.value}")  # type: ignore[attr-defined]
    return _Counts(strict_tp, len(used_g), type_ok, value_ok, len(gold), len(system), errors)


def _scores(counts: Sequence[_Counts]) -> TimexScores:
    sg = sum(c.n_gold for c in counts)
    ss = sum(c.n_system for c in counts)
    st = sum(c.strict_tp for c in counts)
    rt = sum(c.relaxed_tp for c in counts)
    to = sum(c.type_ok for c in counts)
    vo = sum(c.value_ok for c in counts)
    return TimexScores(
        strict=prf(st, ss - st, sg - st),
        relaxed=prf(rt, ss - rt, sg - rt),
        type_accuracy=to / rt if rt else 0.0,
        value_accuracy=vo / rt if rt else 0.0,
        type_f1=prf(to, ss - to, sg - to),
        value_f1=prf(vo, ss - vo, sg - vo),
        n_gold=sg,
        n_system=ss,
        n_documents=len(counts),
    )


def score_timexes(gold: Sequence[object], system: Sequence[object]) -> TimexScores:
    """Score one document's system expressions against its gold ones (records with
    ``start, end, type, value, text``: TimexAnnotation, or DataFrame rows via itertuples)."""
    if hasattr(system, "itertuples"):
        system = list(system.itertuples(index=False))  # type: ignore[attr-defined]
    if hasattr(gold, "itertuples"):
        gold = list(gold.itertuples(index=False))  # type: ignore[attr-defined]
    return _scores([_match_counts(gold, system)])


def score_documents(
    docs: Iterable[TimeMLDocument], *, errors: list[str] | None = None
) -> TimexScores:
    """Run :func:`geneva_nb.timexes` on each document's text with its DCT and score it
    (counts pooled over the documents: micro-averaged, as TempEval-3 reports)."""
    from ..timex import timexes

    counts = []
    for doc in docs:
        system = list(timexes(doc.text, dct=doc.dct).itertuples(index=False))
        label = f"{doc.path.name if doc.path else doc.docid}: "
        c = _match_counts(doc.timexes, system, label)
        if errors is not None:
            errors.extend(c.errors)
        counts.append(c)
    return _scores(counts)


def _table(s: TimexScores) -> str:
    lines = [
        f"TempEval-3 Task A (timex) on {s.n_documents} document(s): "
        f"{s.n_gold} gold, {s.n_system} system expressions",
        "",
        f"{'':16}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}",
    ]
    for name, p in (("strict match", s.strict), ("relaxed match", s.relaxed),
                    ("type", s.type_f1), ("value", s.value_f1)):
        lines.append(
            f"{name:16}{p.precision:7.3f}{p.recall:7.3f}{p.f1:7.3f}{p.tp:6d}{p.fp:6d}{p.fn:6d}"
        )
    lines.append("")
    lines.append(f"type accuracy  {s.type_accuracy:.3f}   value accuracy  {s.value_accuracy:.3f}"
                 "   (on relaxed matches)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``geneva-nb evaluate timex DIR [--json] [--errors]``: score every ``.tml`` in DIR."""
    parser = argparse.ArgumentParser(
        prog="geneva-nb evaluate timex",
        description="Score gn.timexes against TimeML gold (.tml files), TempEval-3 Task A.",
    )
    parser.add_argument("dir", help="a folder of .tml files (or one .tml file)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    where = Path(args.dir)
    if where.is_file():
        files = [where]
    elif where.is_dir():
        files = sorted(where.glob("*.tml"))
    else:
        print(f"error: {where} is neither a folder nor a .tml file.", file=sys.stderr)
        return 2
    if not files:
        print(f"error: no .tml files in {where}.", file=sys.stderr)
        return 2
    try:
        docs = [read_timeml(f) for f in files]
        errs: list[str] = []
        scores = score_documents(docs, errors=errs)
    except GenevaNbError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(scores.as_dict(), indent=2))
    else:
        print(_table(scores))
    if args.errors:
        print("\n".join(["", *errs]))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
