"""The explorer: one article, its statements and time expressions, live in JupyterLab or static.

``gn.explore(doc_or_folder)`` opens a small ipywidgets application in a notebook: choose an
article (the Geneva article, the project's own annotated texts, a pasted text, or a file or
folder), read it with every statement highlighted and numbered, pick a statement in the list to
see its speaker, side, cue, the rule that found it and how its speaker was resolved (the chain
back to the name the pronoun or surname stands for), its tone cues (``gn.tone(content).cues``)
and its time expressions; filter by speaker or side; move the document date and watch the
TIMEX3 values change.

Everything the widgets show is computed by the plain functions of this module, which take an
:class:`~geneva_nb.analysis.Analysis` and return tables, dicts or HTML strings, so they are
tested without a browser; the widget class only wires them to controls. :func:`explorer_html`
is the static view for the HTML report: the same article with a visible label on each
statement (number, speaker, side, rule: readable without hovering) and a table of the
statements below. All article text is HTML-escaped.

ipywidgets is imported only when the live explorer is built (``pip install
'geneva_nb[notebooks]'``); the static view needs nothing beyond the core package.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from .analysis import Analysis
from .article import Article, as_article, load_article
from .errors import GenevaNbError, InputError

__all__ = [
    "EXTRACTION_RULES",
    "RESOLUTIONS",
    "Explorer",
    "MissingDependencyError",
    "article_choices",
    "details_html",
    "explore",
    "explorer_html",
    "filter_statements",
    "report_section",
    "resolution_chain",
    "statement_details",
    "statement_timexes",
    "timex_html",
]

# How a speaker was resolved: the part of ``rule`` after the colon (see geneva_nb.attribution).
RESOLUTIONS: dict[str, str] = {
    "registry": "found in the actor registry (data/actors.csv or the actors file given)",
    "name": "a full name in the text, not in the registry",
    "surname": "a surname standing for a full name seen earlier in the article",
    "pronoun": "a pronoun, resolved to the nearest earlier speaker of the same gender",
    "unresolved-pronoun": "a pronoun with no earlier speaker it could refer to",
    "description": "a description (\"the official\") resolved to an earlier speaker it fits",
    "partitive": "\"one of them\": one of an earlier group of speakers",
    "group": "an unnamed source (\"officials\", \"an aid worker\"), kept as a group",
    "coordination": "two coordinated names speaking together",
    "acronym": "an acronym spelled out earlier in the article",
    "cataphora": "a speaker named after the statement (\"..., said Ryabkov\")",
    "unknown": "not resolved: a capitalised word that may not be a name",
}

# What each extraction rule matched (the part of ``rule`` before the colon).
EXTRACTION_RULES: dict[str, str] = {
    "quote-cue-after": "a quotation followed by its speech cue (“…,” Ryabkov said)",
    "mixed-quote-cue-after": "a quotation woven into a longer sentence, cue after it",
    "quote-cue-before": "Speaker verb: “…” (cue before the quotation)",
    "quote-statement-noun": "a quotation named by a statement noun after it",
    "quote-colon-speaker": "Speaker: “…” (a name alone before a colon)",
    "quote-as-cue": "As Speaker put it, “…” (an 'as' clause with a speech verb before it)",
    "reported-cue-before": "reported speech: Speaker verb (that) content",
    "reported-cue-after": "reported speech: content, Speaker verb",
    "reported-cue-inside": "a cue set off by commas inside the reported clause",
    "according-to": "According to X, content (or content, according to X)",
    "participle-continuation": "“…, adding that …”: continues the previous statement",
    "with-participle": "with X saying …",
    "participle-subject": "X did something, saying …: the main clause's subject speaks",
    "quote-describe": "an evaluative verb with a quoted phrase: called the talks “difficult”",
    "quote-continuation": "a quotation with no cue, continuing the statement before it",
    "transcript": "an interview transcript: a labelled answer",
}

_ANCHORED = frozenset({"registry", "name", "acronym", "group", "coordination", "cataphora"})
_FOLLOWS_BACK = frozenset({"pronoun", "surname", "description", "partitive"})


class MissingDependencyError(GenevaNbError, ImportError):
    """An optional package a feature needs is not installed."""


def _widgets() -> Any:
    try:
        import ipywidgets
    except ImportError as exc:  # pragma: no cover - ipywidgets is in the dev extra
        raise MissingDependencyError(
            "gn.explore needs ipywidgets, which is not installed. Install the notebook extra: "
            "pip install 'geneva_nb[notebooks]' (or pip install ipywidgets), then restart the "
            "kernel. The static view gn.display.explorer_html(analysis) works without it."
        ) from exc
    return ipywidgets


# ---------------------------------------------------------------------------------- logic


def split_rule(rule: str) -> tuple[str, str]:
    """``("reported-cue-before", "pronoun")`` from ``"reported-cue-before:pronoun"``."""
    extraction, _, resolution = str(rule).partition(":")
    return extraction, resolution


def filter_statements(
    statements: pd.DataFrame, *, speaker: str | None = None, side: str | None = None
) -> pd.DataFrame:
    """The statements of one speaker and/or one side (None or "" = all)."""
    keep = pd.Series(True, index=statements.index)
    if speaker:
        keep &= statements["speaker"] == speaker
    if side:
        keep &= statements["side"] == side
    return statements[keep]


def _statement(statements: pd.DataFrame, statement_id: int) -> Any:
    hit = statements[statements["statement_id"] == statement_id]
    if hit.empty:
        raise InputError(
            f"There is no statement {statement_id}; the statement ids are "
            f"{statements['statement_id'].tolist()}."
        )
    return hit.iloc[0]


def resolution_chain(statements: pd.DataFrame, text: str, statement_id: int) -> list[dict]:
    """How the speaker of a statement was reached, mention by mention.

    A statement whose mention is a pronoun, a surname or a description points back to an earlier
    mention of the same speaker: the chain follows the earlier statements of that speaker until
    one whose mention was resolved by itself (registry, full name, ...); when none is left, it
    ends at the last earlier occurrence of the speaker's surname in the text, if any. It is a
    reconstruction from the results (the resolver keeps no pointer to the antecedent it used),
    so it shows the mentions of the speaker a reader would follow back. Each step is
    ``{"mention", "start", "how", "explanation", "statement_id"}`` (statement_id None for a
    mention outside any statement).
    """
    row = _statement(statements, statement_id)
    chain: list[dict] = []
    earlier = statements[statements["mention_start"] < row["mention_start"]].sort_values(
        "mention_start", ascending=False)
    current = row
    while True:
        _, how = split_rule(current["rule"])
        chain.append({"mention": str(current["mention"]), "start": int(current["mention_start"]),
                      "how": how, "explanation": RESOLUTIONS.get(how, how),
                      "statement_id": int(current["statement_id"])})
        if how not in _FOLLOWS_BACK:
            return chain
        same = earlier[(earlier["speaker"] == row["speaker"])
                       & (earlier["mention_start"] < current["mention_start"])]
        if same.empty:
            break
        current = same.iloc[0]
    surname = str(row["speaker"]).split()[-1] if str(row["speaker"]).strip() else ""
    if surname:
        at = text.rfind(surname, 0, int(current["mention_start"]))
        if at >= 0:
            chain.append({"mention": surname, "start": at, "how": "name",
                          "explanation": "the nearest earlier mention of the name in the text",
                          "statement_id": None})
    return chain


def statement_timexes(timexes: pd.DataFrame, statement: Any) -> pd.DataFrame:
    """The time expressions inside a statement's extent (its mention, cue and content)."""
    starts = [int(statement[c]) for c in ("mention_start", "cue_start", "content_start")
              if int(statement[c]) >= 0]
    ends = [int(statement[c]) for c in ("mention_end", "cue_end", "content_end")
            if int(statement[c]) >= 0]
    lo, hi = min(starts), max(ends)
    return timexes[(timexes["start"] >= lo) & (timexes["end"] <= hi)]


def statement_details(
    analysis: Analysis, statement_id: int, *, timexes: pd.DataFrame | None = None
) -> dict[str, Any]:
    """Everything the explorer shows about one statement, as plain values.

    Keys: statement_id, kind, speaker, side, mention, cue, content, rule, extraction (and
    extraction_explained), resolution (and resolution_explained), chain
    (:func:`resolution_chain`), tone (compound score), tone_cues (list of dicts: text, term,
    category, valence, why, from ``gn.tone(content).cues``), timexes (records: text, type,
    value, mod; from ``timexes`` if given, e.g. with another document date, else the
    analysis's).
    """
    from .tone import tone

    st = analysis.statements
    row = _statement(st, statement_id)
    extraction, resolution = split_rule(row["rule"])
    score = tone(str(row["content"]))
    tx = statement_timexes(analysis.timexes if timexes is None else timexes, row)
    return {
        "statement_id": int(row["statement_id"]),
        "kind": str(row["kind"]),
        "speaker": str(row["speaker"]),
        "side": str(row["side"]),
        "mention": str(row["mention"]),
        "cue": str(row["cue"]),
        "content": str(row["content"]),
        "rule": str(row["rule"]),
        "extraction": extraction,
        "extraction_explained": EXTRACTION_RULES.get(extraction, extraction),
        "resolution": resolution,
        "resolution_explained": RESOLUTIONS.get(resolution, resolution),
        "chain": resolution_chain(st, analysis.article.text, int(statement_id)),
        "tone": float(score.compound),
        "tone_cues": [{"text": c.text, "term": c.term, "category": c.category,
                       "valence": float(c.valence), "why": c.why} for c in score.cues],
        "timexes": tx[["text", "type", "value", "mod"]].to_dict("records"),
    }


def article_choices(folder: str | Path | None = None) -> dict[str, Path | None]:
    """The articles the explorer offers: label -> path (None = the embedded Geneva article).

    The Geneva article, then the project's annotated texts (``tests/data/attribution*/*.txt`` of
    a checkout, or of a student copy's ``course-data/``, when present), then the
    ``.txt``/``.html`` files of ``folder``.
    """
    choices: dict[str, Path | None] = {"The Geneva article (10 January 2022)": None}
    roots = [Path(__file__).resolve().parents[2] / "tests" / "data"]  # a checkout
    try:  # a student copy's course-data/, or the checkout seen from notebooks/
        from .student import course_path

        roots.append(course_path("tests/data"))
    except (GenevaNbError, ImportError):
        pass
    for root in roots:
        if root.is_dir():
            for f in sorted(root.glob("attribution*/*.txt")):
                choices.setdefault(f"{f.parent.name}/{f.stem}", f)
    if folder is not None:
        root = Path(folder)
        if not root.is_dir():
            raise InputError(f"{root} is not a folder; give a folder of .txt or .html articles.")
        files = sorted(p for p in root.iterdir() if p.suffix.lower() in {".txt", ".html", ".htm"})
        if not files:
            raise InputError(f"The folder {root} has no .txt or .html files to explore.")
        for f in files:
            choices[f"{root.name}/{f.name}"] = f
    return choices


# ---------------------------------------------------------------------------------- HTML

_STYLE = (
    ".gn-x{font-family:Georgia,serif;line-height:1.6;color:#222}"
    ".gn-x .gn-text{white-space:pre-wrap;max-width:52em}"
    ".gn-x .gn-stmt{border-bottom:2px solid var(--c);background:color-mix(in srgb,var(--c) 18%,"
    "white)}"
    ".gn-x .gn-sel{outline:2px solid #000;outline-offset:1px}"
    ".gn-x .gn-mention{text-decoration:underline;text-decoration-thickness:2px}"
    ".gn-x .gn-cue{font-weight:bold}"
    ".gn-x .gn-badge{font:600 0.78em/1.3 system-ui,sans-serif;color:#fff;background:var(--c);"
    "border-radius:3px;padding:0 .35em;margin:0 .2em;white-space:normal;vertical-align:1px}"
    ".gn-x table{border-collapse:collapse;font:0.9em/1.4 system-ui,sans-serif;margin-top:1em;"
    "width:100%;table-layout:auto}"
    ".gn-x th,.gn-x td{border:1px solid #ccc;padding:.3em .5em;text-align:left;"
    "vertical-align:top;white-space:normal;overflow-wrap:break-word}"
    ".gn-x td .gn-badge{white-space:nowrap}"
    ".gn-x th{background:#f2f2f2}"
    ".gn-x .gn-legend{font:0.9em system-ui,sans-serif;margin:.3em 0 .8em}"
    ".gn-x .gn-swatch{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;"
    "vertical-align:middle;background:var(--c)}"
    ".gn-x .gn-note{font:0.85em system-ui,sans-serif;color:#555}"
)


def _esc(x: object) -> str:
    return html.escape(str(x), quote=True)


def _colour_key(statements: pd.DataFrame) -> str:
    """Colour by side, or by speaker when no side is known (all 'unknown')."""
    from .actors import UNKNOWN_SIDE

    sides = set(statements["side"]) if len(statements) else set()
    return "speaker" if sides <= {UNKNOWN_SIDE} else "side"


def _colours(statements: pd.DataFrame, analysis: Analysis | None) -> tuple[str, dict[str, str]]:
    from .display.highlight import side_colours

    key = _colour_key(statements)
    values = list(dict.fromkeys(statements[key].astype(str)))
    if key == "side":
        registry = analysis.registry if analysis is not None else None
        return key, side_colours(values, actors=registry)
    palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
    return key, {v: palette[i % len(palette)] for i, v in enumerate(values)}


def render_text(
    text: str, statements: pd.DataFrame, *, label: Callable[[Any], str],
    colours: dict[str, str], key: str, selected: int | None = None,
) -> str:
    """The text as HTML with each statement tinted and a badge (``label(row)``) after it.

    Mentions are underlined and cues bold. Statements whose content overlaps an earlier one are
    badged but not tinted twice. Every piece of text is escaped.
    """
    rows = sorted(statements.itertuples(index=False), key=lambda r: (r.content_start,
                                                                      r.statement_id))
    cuts = {0, len(text)}
    for r in rows:
        for a, b in ((r.content_start, r.content_end), (r.mention_start, r.mention_end),
                     (r.cue_start, r.cue_end)):
            if 0 <= a <= b <= len(text):
                cuts.update((a, b))
    cuts_s = sorted(cuts)
    badges: dict[int, list[Any]] = {}
    for r in rows:
        badges.setdefault(int(r.content_end), []).append(r)
    out = []
    for a, b in itertools.pairwise(cuts_s):
        piece = _esc(text[a:b])
        owner = next((r for r in rows if r.content_start <= a and b <= r.content_end), None)
        marks = [cls for cls, s, e in (
            ("gn-mention", "mention_start", "mention_end"), ("gn-cue", "cue_start", "cue_end"))
            if any(getattr(r, s) <= a and b <= getattr(r, e) and getattr(r, s) >= 0
                   for r in rows)]
        if owner is not None:
            c = colours.get(str(getattr(owner, key)), "#999999")
            sel = " gn-sel" if selected is not None and owner.statement_id == selected else ""
            cls = " ".join(["gn-stmt", *marks]) + sel
            piece = (f'<span class="{cls}" data-statement="{int(owner.statement_id)}" '
                     f'style="--c:{c}">{piece}</span>')
        elif marks:
            piece = f'<span class="{" ".join(marks)}">{piece}</span>'
        out.append(piece)
        for r in badges.get(b, []):
            c = colours.get(str(getattr(r, key)), "#999999")
            out.append(f'<span class="gn-badge" style="--c:{c}">{_esc(label(r))}</span>')
    return "".join(out)


def _legend(colours: dict[str, str], statements: pd.DataFrame, key: str) -> str:
    counts = statements[key].astype(str).value_counts()
    items = "".join(
        f'<span class="gn-swatch" style="--c:{c}"></span>{_esc(v)} ({int(counts.get(v, 0))})'
        for v, c in colours.items() if v in counts.index
    )
    what = "side" if key == "side" else "speaker (no sides known)"
    return (f'<div class="gn-legend">Statements by {_esc(what)}:{items} · '
            "<u>speaker mention</u> · <b>cue</b></div>")


def timex_html(timexes: pd.DataFrame, *, dct: object = None) -> str:
    """A table of time expressions (text, type, value, mod), with the document date used."""
    when = dct if dct is not None else timexes.attrs.get("dct")
    head = (f"Document date: <b>{_esc(when)}</b>" if when else
            "No document date: relative expressions keep relative values")
    if timexes.empty:
        return f'<div class="gn-x"><p class="gn-note">{head}. No time expressions.</p></div>'
    body = "".join(
        f"<tr><td>{_esc(r.text)}</td><td>{_esc(r.type)}</td><td><code>{_esc(r.value)}</code>"
        f"</td><td>{_esc(r.mod)}</td></tr>" for r in timexes.itertuples(index=False)
    )
    return (f'<div class="gn-x"><style>{_STYLE}</style><p class="gn-note">{head}.</p><table>'
            "<tr><th>expression</th><th>type</th><th>TIMEX3 value</th><th>mod</th></tr>"
            f"{body}</table></div>")


def details_html(details: dict[str, Any]) -> str:
    """One statement's details (from :func:`statement_details`) as HTML."""
    d = details
    chain = " → ".join(
        f"“{_esc(s['mention'])}” <span class='gn-note'>({_esc(s['how'])}: "
        f"{_esc(s['explanation'])})</span>" for s in d["chain"])
    cues = "".join(
        f"<li><b>{_esc(c['text'])}</b> ({_esc(c['category'])}, {c['valence']:+.2f}): "
        f"{_esc(c['why'])}</li>" for c in d["tone_cues"]) or "<li>no lexicon cue</li>"
    tx = "".join(
        f"<li>{_esc(t['text'])}: {_esc(t['type'])} <code>{_esc(t['value'])}</code>"
        f"{' ' + _esc(t['mod']) if t['mod'] else ''}</li>" for t in d["timexes"]
    ) or "<li>none in this statement</li>"
    rows = [
        ("statement", f"{d['statement_id']} ({_esc(d['kind'])})"),
        ("speaker", f"{_esc(d['speaker'])} · side {_esc(d['side'])}"),
        ("mention", f"“{_esc(d['mention'])}”"),
        ("cue", f"“{_esc(d['cue'])}”"),
        ("content", _esc(d["content"])),
        ("rule", f"<code>{_esc(d['rule'])}</code><br><span class='gn-note'>"
                 f"{_esc(d['extraction_explained'])}</span>"),
        ("speaker resolved", chain),
        ("tone", f"{d['tone']:+.3f} (domain-adjusted compound)<ul>{cues}</ul>"),
        ("time expressions", f"<ul>{tx}</ul>"),
    ]
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<div class="gn-x"><style>{_STYLE}</style><table>{body}</table></div>'


def _short(text: str, n: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def explorer_html(analysis: Analysis | Article | str, *, title: str | None = None) -> str:
    """The static explorer: the article with a visible label on every statement and a table.

    Each statement is tinted by side (by speaker when no side is known) and followed by a badge
    ``S3 · Sergei Ryabkov (Russia) · reported-cue-before:pronoun``, so speaker and rule read
    without hovering; the table below lists every statement with its cue, how the speaker was
    resolved, its tone cues and its time expressions. Self-contained (inline CSS, no scripts);
    every piece of text is escaped.
    """
    a = analysis if isinstance(analysis, Analysis) else Analysis(analysis)
    st = a.statements
    text = a.article.text
    key, colours = _colours(st, a)
    tx = a.timexes
    tone = a.statement_tone.set_index("statement_id") if len(st) else None

    def label(r: Any) -> str:
        return f"S{r.statement_id} · {r.speaker} ({r.side}) · {r.rule}"

    body = render_text(text, st, label=label, colours=colours, key=key)
    rows = []
    for r in st.itertuples(index=False):
        chain = " → ".join(f"“{s['mention']}” ({s['how']})"
                           for s in resolution_chain(st, text, int(r.statement_id)))
        cues = str(tone.at[r.statement_id, "cues"]) if tone is not None else ""
        compound = float(tone.at[r.statement_id, "compound"]) if tone is not None else 0.0
        times = "; ".join(f"{t.text} = {t.value}"
                          for t in statement_timexes(tx, r._asdict()).itertuples())
        c = colours.get(str(getattr(r, key)), "#999999")
        rows.append(
            f'<tr><td><span class="gn-badge" style="--c:{c}">S{int(r.statement_id)}</span></td>'
            f"<td>{_esc(r.speaker)}</td><td>{_esc(r.side)}</td><td>{_esc(r.kind)}</td>"
            f"<td>{_esc(r.cue)}</td><td><code>{_esc(r.rule)}</code></td><td>{_esc(chain)}</td>"
            f"<td>{compound:+.2f} {_esc(cues)}</td><td>{_esc(times)}</td></tr>"
        )
    table = (
        "<table><tr><th>#</th><th>speaker</th><th>side</th><th>kind</th><th>cue</th>"
        "<th>rule (extraction:resolution)</th><th>speaker resolved</th><th>tone and cues</th>"
        f"<th>time expressions</th></tr>{''.join(rows)}</table>"
    )
    heading = f"<h2>{_esc(title)}</h2>" if title else ""
    when = tx.attrs.get("dct")
    note = (f"Document date {when}." if when else
            "No document date: relative time expressions keep relative values.")
    return (
        f'<div class="gn-x gn-explorer"><style>{_STYLE}</style>{heading}'
        f"{_legend(colours, st, key)}"
        f'<div class="gn-text">{body}</div>'
        f'<p class="gn-note">{len(st)} statements. {_esc(note)} The rule names the extraction '
        "pattern, then how the speaker was resolved (registry, name, surname, pronoun, ...).</p>"
        f"{table}</div>"
    )


def report_section(analysis: Analysis) -> tuple[str, str, str]:
    """The static explorer as a section of the HTML report: ``(anchor, heading, html)``, the
    form of ``geneva_nb.report.render_index``'s ``extra_sections`` (the html is escaped)."""
    return ("statements", "Every statement, with its speaker and rule", explorer_html(analysis))


# ---------------------------------------------------------------------------------- widgets

_ALL = "(all)"
_PASTE = "Paste a text…"
_FILE = "A file or folder…"


class Explorer:
    """The live explorer (ipywidgets). Build it with :func:`explore`; display it as a cell's
    last value. The controls are attributes (``source``, ``pasted``, ``path``, ``load``,
    ``speaker``, ``side``, ``statement``, ``date``, and ``shift``: a slider of days from the
    article's own date) and the views too (``text_view``,
    ``detail_view``, ``timex_view``, ``status``): setting a control's ``value`` runs the same
    callback a click does, which is how the tests drive it.
    """

    def __init__(self, doc: Article | str | None = None, *, folder: str | Path | None = None,
                 actors: object = None, dct: object = None) -> None:
        w = _widgets()
        self._actors = actors
        self.choices = article_choices(folder)
        self.analysis: Analysis | None = None
        self.timexes: pd.DataFrame | None = None
        options = list(self.choices)
        if doc is not None:
            options = ["The article given", *options]
        self.source = w.Dropdown(options=[*options, _PASTE, _FILE], description="Article",
                                 layout=w.Layout(width="28em"))
        self.pasted = w.Textarea(placeholder="Paste an English news article here",
                                 layout=w.Layout(width="40em", height="8em", display="none"))
        self.path = w.Text(placeholder="path/to/article.txt or a folder",
                           layout=w.Layout(width="28em", display="none"))
        self.load = w.Button(description="Analyse", button_style="primary")
        self.speaker = w.Dropdown(options=[_ALL], description="Speaker")
        self.side = w.Dropdown(options=[_ALL], description="Side")
        self.date = w.DatePicker(description="Doc. date")
        self.shift = w.IntSlider(value=0, min=-730, max=730, step=1, description="± days",
                                 continuous_update=False, layout=w.Layout(width="30em"))
        self._base_date: dt.date | None = None
        self.statement = w.Select(options=[], description="Statement", rows=10,
                                  layout=w.Layout(width="100%"))
        self.status = w.HTML()
        self.text_view = w.HTML(layout=w.Layout(max_height="32em", overflow="auto"))
        self.detail_view = w.HTML()
        self.timex_view = w.HTML()
        self._given = doc
        self.source.observe(lambda _c: self._on_source(), names="value")
        self.load.on_click(lambda _b: self._load_current())
        self.speaker.observe(lambda _c: self._refresh_statements(), names="value")
        self.side.observe(lambda _c: self._refresh_statements(), names="value")
        self.statement.observe(lambda _c: self._show_statement(), names="value")
        self.date.observe(lambda _c: self._on_date(), names="value")
        self.shift.observe(lambda _c: self._on_shift(), names="value")
        self.widget = w.VBox([
            w.HBox([self.source, self.load]), self.pasted, self.path, self.status,
            w.HBox([self.speaker, self.side]), w.HBox([self.date, self.shift]),
            w.HBox([w.VBox([self.text_view], layout=w.Layout(width="55%")),
                    w.VBox([self.statement, self.detail_view], layout=w.Layout(width="45%"))]),
            w.HTML("<b>Time expressions</b> (move the document date to see the values change)"),
            self.timex_view,
        ])
        self._dct_given = dct
        self._load_current()

    # -- loading
    def _on_source(self) -> None:
        paste, file = self.source.value == _PASTE, self.source.value == _FILE
        self.pasted.layout.display = "" if paste else "none"
        self.path.layout.display = "" if file else "none"
        if not (paste or file):
            self._load_current()

    def _current_article(self) -> Article | None:
        value = self.source.value
        if value == "The article given":
            given = self._given
            if isinstance(given, Article):
                return given
            return as_article(str(given)) if _is_text(given) else load_article(str(given))
        if value == _PASTE:
            if not self.pasted.value.strip():
                raise InputError("Paste an article's text into the box, then press Analyse.")
            return as_article(self.pasted.value)
        if value == _FILE:
            p = Path(self.path.value.strip()).expanduser()
            if p.is_dir():
                self.choices.update(article_choices(p))
                new = [k for k in article_choices(p) if k not in article_choices()]
                self.source.options = [*self.source.options[:-2], *new, _PASTE, _FILE]
                self.source.value = new[0]
                return None  # _on_source loaded it
            return load_article(p)
        path = self.choices[value]
        return load_article() if path is None else load_article(path)

    def _load_current(self) -> None:
        try:
            art = self._current_article()
        except GenevaNbError as exc:
            self.status.value = f'<span style="color:#b00">{_esc(exc)}</span>'
            return
        if art is None:
            return
        self.analysis = Analysis(art, actors=self._actors, dct=self._dct_given)
        st = self.analysis.statements
        self.status.value = (f"<span class='gn-note'>{_esc(art.meta.get('title') or 'article')}"
                             f": {len(st)} statements</span>")
        with self.speaker.hold_trait_notifications(), self.side.hold_trait_notifications():
            self.speaker.options = [_ALL, *sorted(set(st["speaker"]))]
            self.side.options = [_ALL, *sorted(set(st["side"]))]
            self.speaker.value = _ALL
            self.side.value = _ALL
        when = self._dct_given or art.meta.get("published")
        self.timexes = None
        self._base_date = _as_date(when) if when else None
        with self.shift.hold_trait_notifications():
            self.shift.value = 0
        self.shift.disabled = self._base_date is None
        try:
            self.date.value = self._base_date
        finally:
            self._on_date()
        self._refresh_statements()

    # -- views
    def _refresh_statements(self) -> None:
        if self.analysis is None:
            return
        st = filter_statements(
            self.analysis.statements,
            speaker=None if self.speaker.value == _ALL else self.speaker.value,
            side=None if self.side.value == _ALL else self.side.value)
        options = [(f"{r.statement_id} · {r.speaker}: {_short(r.content)}", int(r.statement_id))
                   for r in st.itertuples(index=False)]
        self.statement.options = options
        self.statement.value = options[0][1] if options else None
        self._render_text(st)
        self._show_statement()

    def _render_text(self, st: pd.DataFrame) -> None:
        assert self.analysis is not None
        key, colours = _colours(self.analysis.statements, self.analysis)
        body = render_text(self.analysis.article.text, st, label=lambda r: str(r.statement_id),
                           colours=colours, key=key, selected=self.statement.value)
        self.text_view.value = (f'<div class="gn-x"><style>{_STYLE}</style>'
                                f"{_legend(colours, self.analysis.statements, key)}"
                                f'<div class="gn-text">{body}</div></div>')

    def _show_statement(self) -> None:
        if self.analysis is None or self.statement.value is None:
            self.detail_view.value = "<i>No statement to show (change the filters).</i>"
            return
        d = statement_details(self.analysis, int(self.statement.value), timexes=self.timexes)
        self.detail_view.value = details_html(d)
        st = filter_statements(
            self.analysis.statements,
            speaker=None if self.speaker.value == _ALL else self.speaker.value,
            side=None if self.side.value == _ALL else self.side.value)
        self._render_text(st)

    def _on_shift(self) -> None:
        """The slider moves the date by whole days from the article's own date."""
        if self._base_date is not None:
            self.date.value = self._base_date + dt.timedelta(days=int(self.shift.value))

    def _on_date(self) -> None:
        if self.analysis is None:
            return
        from .timex import timexes

        # an empty picker means no document date at all (not the article's own): the text alone
        art = self.analysis.article
        self.timexes = (timexes(art, dct=self.date.value) if self.date.value is not None
                        else timexes(art.text))
        self.timex_view.value = timex_html(self.timexes)
        if self.statement.value is not None:
            self.detail_view.value = details_html(
                statement_details(self.analysis, int(self.statement.value), timexes=self.timexes))

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:  # pragma: no cover - a front end's call
        """Shown as a cell's value: the widget itself (Jupyter asks for its view)."""
        return self.widget._repr_mimebundle_(**kwargs)


def _is_text(x: object) -> bool:
    """Whether a string is an article's text rather than the path of a file or folder."""
    if not isinstance(x, str):
        return False
    if "\n" in x or len(x) > 255:
        return True
    try:
        return not Path(x).exists()
    except OSError:  # not a possible path (too long, bad characters)
        return True


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def explore(
    doc_or_folder: Article | str | Path | None = None, *, actors: object = None,
    dct: object = None,
) -> Explorer:
    """The live explorer of an article (see the module docstring); show it as a cell's value.

    ``doc_or_folder``: an Article, an article's text, the path of a ``.txt``/``.html`` file, a
    folder of them (all offered in the article menu), or None for the Geneva article. ``actors``
    (a Registry or an actors CSV) and ``dct`` (the document date) are as in :func:`gn.analyze`.
    Needs ipywidgets (``pip install 'geneva_nb[notebooks]'``).
    """
    if isinstance(doc_or_folder, Path | str) and not _is_text(doc_or_folder) \
            and Path(doc_or_folder).is_dir():
        ex = Explorer(folder=doc_or_folder, actors=actors, dct=dct)
        first = next(k for k, v in ex.choices.items()
                     if v is not None and Path(v).parent == Path(doc_or_folder))
        ex.source.value = first
        return ex
    if isinstance(doc_or_folder, Path):
        doc_or_folder = str(doc_or_folder)
    return Explorer(doc_or_folder, actors=actors, dct=dct)
