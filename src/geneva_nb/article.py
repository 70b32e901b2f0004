"""Articles: reading what a user gives us, cleaning it, and keeping the way back to the raw text.

``load_article`` accepts a path (plain text or an HTML page) or a string, decodes it (UTF-8 with or
without BOM, UTF-16, cp1252 with a warning), strips HTML to text with the standard library, and
cleans scraper boilerplate generically: ad markers such as ``[ad_1]`` and whole lines that are
widgets ("Source link", "top channel", "Advertisement", "Read more" ...). Every removal is recorded
with its raw offsets in ``Article.removed``; whitespace is normalised (runs of spaces become one,
each paragraph is one line, blank lines dropped); the wording and typographic quotes are never
touched. ``Article.to_raw`` maps any offset of the cleaned text back to the raw text.

Cleaning also *reports* what it does not fix, in ``Article.anomalies``: paragraphs whose quotation
marks do not balance, sentence fragments (a sentence that starts in lower case, like a stray
"de-escalation."), and paragraphs without final punctuation.

``sentences(doc)`` splits a document into sentences within paragraphs (see :mod:`geneva_nb.nlp`).
"""

from __future__ import annotations

import bisect
import codecs
import dataclasses
import datetime as dt
import html
import json
import re
import warnings
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from . import nlp
from ._data import data_path
from .errors import (
    ArticleNotFoundError,
    DataFileError,
    DecodeError,
    EmptyArticleError,
    GenevaNbWarning,
    InputError,
)

__all__ = [
    "Anomaly",
    "Article",
    "Removal",
    "as_article",
    "load_article",
    "paragraph_spans",
    "parse_date",
    "sentences",
]

MAX_BYTES = 50_000_000  # a news article is kilobytes; refuse what is clearly not one


class Removal(NamedTuple):
    """A piece of the raw text that cleaning removed, and why."""

    kind: str  # "ad_marker" | "widget_line" | "markup" | "control_char"
    text: str
    raw_start: int
    raw_end: int
    reason: str


class Anomaly(NamedTuple):
    """Something odd in the cleaned text that cleaning reports but does not change."""

    kind: str  # "unbalanced_quotes" | "fragment" | "no_final_punctuation"
    paragraph_id: int
    start: int
    end: int
    detail: str


class _OffsetMap:
    """Piecewise-linear map from positions in a derived string to positions in its source."""

    def __init__(self) -> None:
        self._dst: list[int] = []
        self._src: list[int] = []

    def anchor(self, dst: int, src: int) -> None:
        """From ``dst`` on, derived text runs in step with the source from ``src``."""
        if self._dst and self._dst[-1] == dst:
            self._src[-1] = src
        else:
            self._dst.append(dst)
            self._src.append(src)

    def __call__(self, pos: int) -> int:
        i = bisect.bisect_right(self._dst, pos) - 1
        if i < 0:
            return pos
        return self._src[i] + (pos - self._dst[i])


@dataclass(frozen=True, eq=False)
class Article:
    """A news article: raw text, cleaned text and what lies between them.

    All offsets that the analysis functions return refer to ``text``.
    """

    raw: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    removed: list[Removal] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    path: Path | None = None
    _maps: tuple[_OffsetMap, ...] = field(default=(), repr=False)

    def to_raw(self, offset: int) -> int:
        """The position in ``raw`` of the character at ``offset`` in ``text``.

        ``offset == len(text)`` maps to the end of the last character. For an HTML page, offsets
        inside a text run that contained character references map to the run's start.
        """
        if not 0 <= offset <= len(self.text):
            raise InputError(
                f"offset {offset} is outside the cleaned text (0..{len(self.text)}); "
                "use an offset from this article's analysis results."
            )
        if offset == len(self.text) and offset > 0:
            return self.to_raw(offset - 1) + 1
        pos = offset
        for mapping in self._maps:
            pos = mapping(pos)
        return min(pos, len(self.raw))

    @property
    def title(self) -> str:
        """The title from the metadata, else the file name, else ``"Article"``."""
        return str(self.meta.get("title") or (self.path.name if self.path else "Article"))

    @property
    def dct(self) -> dt.date | None:
        """The document creation time (``meta["published"]``) as a date, or None."""
        return parse_date(self.meta.get("published"), what="published")

    def paragraph_texts(self) -> list[str]:
        """The paragraphs of the cleaned text, in order."""
        return [self.text[a:b] for a, b in self.paragraphs]

    def removed_table(self) -> pd.DataFrame:
        """What cleaning removed, one row per removal."""
        return pd.DataFrame(self.removed, columns=list(Removal._fields))

    def anomalies_table(self) -> pd.DataFrame:
        """What cleaning noticed but left alone, one row per anomaly."""
        return pd.DataFrame(self.anomalies, columns=list(Anomaly._fields))

    def __repr__(self) -> str:
        return (
            f"Article({self.title!r}, {len(self.text)} chars, {len(self.paragraphs)} paragraphs, "
            f"{len(self.removed)} removed, published={self.meta.get('published')!r})"
        )


# ---------------------------------------------------------------------------------------- dates


def parse_date(value: object, *, what: str = "date") -> dt.date | None:
    """``None``/empty -> None; a date or an ISO ``YYYY-MM-DD`` string -> a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(f"{what}={value!r} is not a date; give it as YYYY-MM-DD, e.g. 2022-01-10.")


# -------------------------------------------------------------------------------------- reading


def _decode(data: bytes, *, source: str) -> str:
    """Decode bytes of a text file; refuse binary data with a message that says what to do."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    sample = data[:4096]
    if sample and sample.count(0) > len(sample) // 4:
        # UTF-16 without BOM: every other byte of ASCII text is NUL
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) // 3 and even == 0:
            return _strict(data, "utf-16-le", source)
        if even > len(sample) // 3 and odd == 0:
            return _strict(data, "utf-16-be", source)
    if b"\x00" in sample:
        raise DecodeError(
            f"{source} looks like a binary file (it contains NUL bytes), not an article. "
            "Give a plain-text (.txt) or HTML (.html) file."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{source} is neither UTF-8 nor cp1252 text (byte {data[exc.start]:#04x} at "
            f"position {exc.start}). Save it as UTF-8 and try again."
        ) from None
    warnings.warn(
        f"{source} is not valid UTF-8; decoded it as cp1252 (Windows-1252). "
        "Check the quotation marks and accents, or save the file as UTF-8.",
        GenevaNbWarning,
        stacklevel=4,
    )
    return text


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{source} starts like {encoding} text but is not valid {encoding} "
            f"(at byte {exc.start}). Save it as UTF-8 and try again."
        ) from None


_HTML_SNIFF = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head"})


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML page with the raw offset of each text run."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.html = html
        self.out: list[str] = []
        self.length = 0
        self.map = _OffsetMap()
        self.skipped: list[tuple[str, int, int]] = []  # (tag, raw_start, raw_end)
        self.title = ""
        self._skip: list[tuple[str, int]] = []
        self._in_title = False

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _emit(self, text: str, raw_pos: int, *, exact: bool) -> None:
        if self._skip or not text:
            return
        self.map.anchor(self.length, raw_pos)
        self.out.append(text)
        self.length += len(text)
        if not exact:  # a character reference or tag break: what follows re-anchors itself
            self.map.anchor(self.length, raw_pos)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip.append((tag, self._pos()))
        elif tag == "title":
            self._in_title = True
        if tag in _BLOCK_TAGS:
            self._emit("\n", self._pos(), exact=False)

    def handle_endtag(self, tag: str) -> None:
        if self._skip and self._skip[-1][0] == tag:
            name, start = self._skip.pop()
            end = self.html.find(">", self._pos()) + 1 or len(self.html)
            if not self._skip:
                self.skipped.append((name, start, end))
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCK_TAGS:
            self._emit("\n", self._pos(), exact=False)

    def handle_data(self, data: str) -> None:
        self._text(data, exact=True)

    def handle_entityref(self, name: str) -> None:
        self._text(html.unescape(f"&{name};"), exact=False)

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"), exact=False)

    def _text(self, data: str, *, exact: bool) -> None:
        if self._in_title:  # the page title goes to the metadata, not the text
            self.title += data
        else:
            self._emit(data, self._pos(), exact=exact)


def _html_to_text(html: str) -> tuple[str, _OffsetMap, list[Removal], str]:
    parser = _TextExtractor(html)
    parser.feed(html)
    parser.close()
    removed = [
        Removal("markup", html[a:b], a, b, f"<{tag}> element: not article text")
        for tag, a, b in parser.skipped
    ]
    return "".join(parser.out), parser.map, removed, " ".join(parser.title.split())


# ------------------------------------------------------------------------------------- cleaning

#: Inline ad markers that scrapers leave, e.g. ``[ad_1]``, ``[ad-2]``, ``[advert]``.
_AD_MARKER = re.compile(r"\[\s*(?:ad|ads|advert|advertisement)(?:[_\- ]?\d{1,3})?\s*\]", re.I)
#: Whole lines that are widgets rather than article text (matched against the stripped line).
_WIDGET_LINE = re.compile(
    r"(?:source\s+link|top\s+channel|advertisement|advertising|sponsored(?:\s+content)?"
    r"|read\s+more|read\s+also|also\s+read|related(?:\s+articles?|\s+stories)?"
    r"|share\s+(?:this|on)(?:\s+\w+){0,3}|click\s+here(?:\s+\w+){0,6}"
    r"|(?:subscribe|sign\s+up)(?:\s+\w+){0,6}|follow\s+us(?:\s+on)?(?:\s+\w+){0,3}"
    r"|skip\s+to\s+(?:main\s+)?content|comments?|print|email)\s*[:.!]?",
    re.I,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
_LINE = re.compile(r"[^\n\r\u2028\u2029\x85]+")
_SPACE_RUN = re.compile(r"\s+")


def _clean(src: str) -> tuple[str, _OffsetMap, list[Removal], list[tuple[int, int]]]:
    """Clean ``src``: drop markers, widget lines and control characters; normalise whitespace."""
    removed: list[Removal] = []
    mapping = _OffsetMap()
    out: list[str] = []
    paragraphs: list[tuple[int, int]] = []
    length = 0
    for line in _LINE.finditer(src):
        base = line.start()
        body = line.group()
        # inline removals first: ad markers and control characters, recorded with raw offsets
        keep: list[tuple[int, int]] = []  # spans of `body` to keep
        cursor = 0
        cuts = sorted(
            [(m.start(), m.end(), "ad_marker") for m in _AD_MARKER.finditer(body)]
            + [(m.start(), m.end(), "control_char") for m in _CONTROL.finditer(body)]
        )
        for a, b, kind in cuts:
            if a < cursor:
                continue
            keep.append((cursor, a))
            reason = (
                "scraper ad marker" if kind == "ad_marker"
                else f"invisible/control character U+{ord(body[a]):04X}"
            )
            removed.append(Removal(kind, body[a:b], base + a, base + b, reason))
            cursor = b
        keep.append((cursor, len(body)))
        visible = "".join(body[a:b] for a, b in keep)
        stripped = visible.strip()
        if not stripped:
            continue
        if len(stripped) <= 60 and _WIDGET_LINE.fullmatch(stripped):
            a = base + keep[0][0] + (len(body[: keep[0][1]]) - len(body[: keep[0][1]].lstrip()))
            removed.append(
                Removal("widget_line", stripped, a, a + len(stripped), "scraper widget line")
            )
            continue
        # copy kept text, collapsing whitespace runs to one space, trimming the line ends
        if out:
            mapping.anchor(length, base - 1 if base > 0 else 0)
            out.append("\n")
            length += 1
        para_start = length
        pending_space: int | None = None  # raw offset of a whitespace run not yet written

        def emit(chunk: str, raw_pos: int, para_start: int = para_start) -> None:
            """Write one run of non-space text, preceded by a single space if one is pending."""
            nonlocal length, pending_space
            if pending_space is not None and length > para_start:
                mapping.anchor(length, pending_space)
                out.append(" ")
                length += 1
            pending_space = None
            mapping.anchor(length, raw_pos)
            out.append(chunk)
            length += len(chunk)

        for a, b in keep:
            piece = body[a:b]
            pos = 0
            for m in _SPACE_RUN.finditer(piece):
                if m.start() > pos:
                    emit(piece[pos : m.start()], base + a + pos)
                pending_space = base + a + m.start()
                pos = m.end()
            if pos < len(piece):
                emit(piece[pos:], base + a + pos)
        paragraphs.append((para_start, length))
    return "".join(out), mapping, removed, paragraphs


_OPEN_DOUBLE, _CLOSE_DOUBLE = "“„«", "”»"
_SINGLE_OPEN = re.compile(r"‘")
_SINGLE_CLOSE = re.compile(r"’(?!\w)")  # ’ followed by a letter is an apostrophe (Russia’s)


def _anomalies(text: str, paragraphs: list[tuple[int, int]]) -> list[Anomaly]:
    found: list[Anomaly] = []
    for pid, (a, b) in enumerate(paragraphs):
        para = text[a:b]
        opens = sum(para.count(c) for c in _OPEN_DOUBLE)
        closes = sum(para.count(c) for c in _CLOSE_DOUBLE)
        straight = para.count('"')
        if opens != closes or straight % 2:
            detail = f"{opens} opening and {closes} closing double quotation marks"
            if straight:
                detail += f", {straight} straight (\")"
            found.append(Anomaly("unbalanced_quotes", pid, a, b, detail))
        s_open = len(_SINGLE_OPEN.findall(para))
        s_close = len(_SINGLE_CLOSE.findall(para))
        if s_open and s_open != s_close:
            found.append(
                Anomaly(
                    "unbalanced_quotes", pid, a, b,
                    f"{s_open} opening and {s_close} closing single quotation marks (‘ ’)",
                )
            )
        for s, e in nlp.sentence_spans(para):
            first = para[s]
            if first.isalpha() and first.islower():
                found.append(
                    Anomaly("fragment", pid, a + s, a + e,
                            f"sentence starts in lower case: {para[s:e][:40]!r}")
                )
        if para.rstrip()[-1:] not in tuple(".!?…:;”’\"')]»"):
            found.append(
                Anomaly("no_final_punctuation", pid, a, b,
                        f"paragraph ends with {para.rstrip()[-20:]!r}")
            )
    return found


# ------------------------------------------------------------------------------------ loading

_TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")


def _is_file(path: Path) -> bool:
    """``path.is_file()``, but False for names the system cannot even look up (too long, ...)."""
    try:
        return path.is_file()
    except OSError:  # e.g. ENAMETOOLONG: a long one-line text is no file name
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _looks_like_path(value: str) -> bool:
    """A string names a file if one exists there, or if it is one word that looks like a path.

    "The US/Russia talks ended." is text; "notes/talks.txt" and "talks.txt" are paths.
    """
    if "\n" in value or "\r" in value or len(value) > 4096:
        return False
    if _is_file(Path(value).expanduser()):
        return True
    if any(ch.isspace() for ch in value.strip()):
        return False
    return value.lower().endswith(_TEXT_SUFFIXES) or "/" in value or "\\" in value


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_suffix(".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(
            f"The metadata sidecar {sidecar} is not valid UTF-8 JSON ({exc}). "
            "Fix or delete it, or pass the metadata as keyword arguments."
        ) from None
    if not isinstance(meta, dict):
        raise DataFileError(
            f"The metadata sidecar {sidecar} must hold a JSON object "
            '(e.g. {"published": "2022-01-10"}), not a ' + type(meta).__name__ + "."
        )
    return meta


def load_article(path: str | Path | bytes | None = None, **meta: Any) -> Article:
    """Load and clean an article.

    ``path``: ``None`` for the embedded Geneva article; a path to a ``.txt`` or HTML file (its
    sidecar ``NAME.meta.json`` is read if present); or the article itself as a string or bytes.
    Keyword arguments add to or override the metadata (``published="2022-01-10"``, ``title=``...);
    ``None`` values are ignored, so notebook parameters can pass them through unchanged.

    Raises :class:`~geneva_nb.errors.ArticleNotFoundError`, :class:`~geneva_nb.errors.DecodeError`
    or :class:`~geneva_nb.errors.EmptyArticleError` with a message that says what to do.
    """
    file: Path | None = None
    if path is None:
        file = data_path("raw", "geneva-talks.txt")
    elif isinstance(path, Path) or (isinstance(path, str) and _looks_like_path(path)):
        file = Path(path).expanduser()
        if not _is_file(file):
            where = "is a folder, not a file" if _is_dir(file) else "does not exist"
            raise ArticleNotFoundError(
                f"{file} {where}. Give the path of an article file (.txt or .html), "
                "or pass the article's text itself as a string."
            )
    elif not isinstance(path, str | bytes):
        raise InputError(
            f"load_article() takes a path, a string or bytes, not {type(path).__name__}."
        )

    if file is not None:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{file} is {size / 1e6:.0f} MB; an article is expected to be well under "
                f"{MAX_BYTES / 1e6:.0f} MB. Split it into articles first."
            )
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise ArticleNotFoundError(
                f"Cannot read {file}: {exc.strerror}. Check that it is readable."
            ) from None
        raw = _decode(data, source=str(file))
        merged = _read_sidecar(file)
    elif isinstance(path, bytes):
        raw = _decode(path, source="the given bytes")
        merged = {}
    else:
        raw = path
        merged = {}
    merged.update({k: v for k, v in meta.items() if v is not None})
    if "published" in merged:
        where = f"published (in {file.with_suffix('.meta.json')})" if file else "published"
        date = parse_date(merged["published"], what=where)
        if date is None:  # "published": null or "" in a sidecar: no date, said plainly
            del merged["published"]
        else:
            merged["published"] = date.isoformat()

    if not raw.strip():
        raise EmptyArticleError(
            f"{file or 'The text'} is empty. Give an article with some text in it."
        )
    maps: list[_OffsetMap] = []
    removed: list[Removal] = []
    source = raw
    is_html = (file is not None and file.suffix.lower() in (".html", ".htm", ".xhtml")) or bool(
        _HTML_SNIFF.match(raw[:2048])
    )
    if is_html:
        source, html_map, removed, title = _html_to_text(raw)
        if title:
            merged.setdefault("title", title)
        maps.append(html_map)
    text, clean_map, cleaned, paragraphs = _clean(source)
    if is_html:  # cleaning offsets refer to the extracted text: express them in the raw HTML
        cleaned = [
            r._replace(raw_start=html_map(r.raw_start), raw_end=html_map(r.raw_end))
            for r in cleaned
        ]
    removed = sorted([*removed, *cleaned], key=lambda r: r.raw_start)
    if not text:
        raise EmptyArticleError(
            f"{file or 'The text'} has no article text left after removing boilerplate "
            f"({len(removed)} boilerplate items removed). Check that it is an article."
        )
    return Article(
        raw=raw,
        text=text,
        meta=merged,
        removed=removed,
        anomalies=_anomalies(text, paragraphs),
        paragraphs=paragraphs,
        path=file,
        _maps=(clean_map, *reversed(maps)),
    )


def as_article(doc: Article | str, *, published: object = None) -> Article:
    """The article to analyse: an :class:`Article` as it is, or a string taken verbatim.

    A string is not cleaned, so offsets in the results index the string itself; its paragraphs
    are its lines. ``published`` gives a string its document date.
    """
    if isinstance(doc, Article):
        if published is not None:
            meta = {**doc.meta, "published": parse_date(published, what="published").isoformat()}
            return dataclasses.replace(doc, meta=meta)
        return doc
    if not isinstance(doc, str):
        raise InputError(
            f"Expected an Article (from geneva_nb.load_article) or a str, not {type(doc).__name__}."
        )
    meta: dict[str, Any] = {}
    if published is not None:
        meta["published"] = parse_date(published, what="published").isoformat()
    return Article(raw=doc, text=doc, meta=meta, paragraphs=paragraph_spans(doc))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text`` (its paragraphs), without surrounding spaces."""
    spans = []
    for m in _LINE.finditer(text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


SENTENCE_COLUMNS = ["sentence_id", "paragraph_id", "start", "end", "text"]


def sentence_offsets(art: Article) -> list[tuple[int, int, int, int]]:
    """``(sentence_id, paragraph_id, start, end)`` of every sentence, as :func:`sentences` numbers
    them, without building a DataFrame (offsets index ``art.text``)."""
    rows: list[tuple[int, int, int, int]] = []
    for pid, (a, b) in enumerate(art.paragraphs):
        rows += [(len(rows) + n, pid, a + s, a + e)
                 for n, (s, e) in enumerate(nlp.sentence_spans(art.text[a:b]))]
    return rows


def sentences(doc: Article | str) -> pd.DataFrame:
    """One row per sentence: sentence_id, paragraph_id, start, end, text (0-based ids).

    Offsets index the analysed text (``Article.text`` or the string itself), so
    ``text[start:end] == row.text``. Sentences never cross a paragraph.
    """
    art = as_article(doc)
    rows = [(sid, pid, s, e, art.text[s:e]) for sid, pid, s, e in sentence_offsets(art)]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype(
        {"sentence_id": "int64", "paragraph_id": "int64", "start": "int64", "end": "int64"}
    )
