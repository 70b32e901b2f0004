"""Views of attribution results: the article with statements coloured by side, and a figure.

:func:`highlight_html` renders the analysed text as one self-contained HTML fragment (inline
CSS, no scripts, no external resources): each statement's content is tinted with its side's
colour, the speaker mention is underlined and the cue is bold; hovering a statement shows the
speaker, side, kind and the rule that produced it. When no statement has a known side (an
article whose speakers are in no registry), one grey ``unknown`` would hide who said what, so
the statements are coloured by **speaker** instead (:func:`colour_by`, :func:`group_colours`).
Every piece of article text goes through :func:`html.escape`, so markup inside an article stays
text. Colours follow the Okabe & Ito (2008) palette, which stays distinguishable under the
common colour-vision deficiencies.

:func:`statements_figure` draws statements per speaker, stacked by kind (matplotlib).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pandas as pd

from ..actors import UNKNOWN_SIDE, Registry, as_registry
from ..article import Article, as_article
from ..errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "KIND_COLOURS",
    "colour_by",
    "group_colours",
    "highlight_html",
    "known_sides",
    "side_colours",
    "speaker_colours",
    "statements_figure",
]

# Okabe-Ito, without black (text) and yellow (too pale as a tint)
_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
_UNKNOWN_COLOUR = "#999999"
KIND_COLOURS = {"direct": "#0072B2", "partial": "#E69F00", "indirect": "#009E73"}


def known_sides(statements: pd.DataFrame) -> list[str]:
    """The sides of ``statements`` other than ``unknown`` (or empty), in order of appearance."""
    if "side" not in statements.columns:
        return []
    sides = statements["side"].dropna().astype(str)
    return [s for s in dict.fromkeys(sides) if s and s != UNKNOWN_SIDE]


def colour_by(statements: pd.DataFrame) -> str:
    """``"side"`` when any statement has a known side, else ``"speaker"``.

    An article whose speakers are in no registry has every side ``unknown``; grouping by side
    would then put everyone in one grey group, so displays group by speaker instead.
    """
    return "side" if known_sides(statements) else "speaker"


def speaker_colours(speakers: list[str]) -> dict:
    """A colour per speaker, in the order given (the palette repeats after six speakers)."""
    names = [str(s) for s in dict.fromkeys(speakers)]
    return {s: _PALETTE[i % len(_PALETTE)] for i, s in enumerate(names)}


def group_colours(statements: pd.DataFrame, *, actors: Registry | str | None = None) -> dict:
    """The colour of each group of :func:`colour_by`: sides, or speakers (most statements first)."""
    if colour_by(statements) == "side":
        return side_colours(list(statements["side"].unique()), actors=actors)
    speakers = statements["speaker"].fillna("").astype(str)
    order = speakers.value_counts(sort=True)
    # most statements first, ties in order of first appearance
    first = {s: i for i, s in enumerate(dict.fromkeys(speakers))}
    names = sorted(order.index, key=lambda s: (-order[s], first[s]))
    return speaker_colours(names)


def side_colours(
    sides: list[str] | None = None, *, actors: Registry | str | None = None
) -> dict:
    """A stable colour per side: registry sides in order, then any others; unknown is grey."""
    registry = as_registry(actors)
    names = [s for s in registry.sides if s != UNKNOWN_SIDE]
    for s in sides or []:
        if s not in names and s != UNKNOWN_SIDE:
            names.append(s)
    colours = {s: _PALETTE[i % len(_PALETTE)] for i, s in enumerate(names)}
    colours[UNKNOWN_SIDE] = _UNKNOWN_COLOUR
    return colours


def _check(statements: pd.DataFrame, text: str) -> None:
    needed = {"speaker", "side", "kind", "rule", "content_start", "content_end",
              "mention_start", "mention_end", "cue_start", "cue_end"}
    missing = needed - set(statements.columns)
    if missing:
        raise InputError(
            f"statements lacks the column(s) {', '.join(sorted(missing))}; pass the table "
            "returned by geneva_nb.attribute(doc)."
        )
    for col in ("content", "mention", "cue"):
        for a, b in zip(statements[f"{col}_start"], statements[f"{col}_end"], strict=True):
            if a == -1 and b == -1:
                continue
            if not 0 <= a <= b <= len(text):
                raise InputError(
                    f"A {col} span {a}-{b} does not fit the text ({len(text)} characters); "
                    "the statements belong to another text."
                )


def highlight_html(
    doc: Article | str,
    statements: pd.DataFrame | None = None,
    *,
    title: str | None = None,
    actors: Registry | str | None = None,
) -> str:
    """Self-contained HTML of the text with statements coloured by side (all text escaped).

    ``statements`` defaults to :func:`geneva_nb.attribute` of ``doc`` with ``actors`` (a
    Registry or the path of an actors CSV). When no statement has a known side, statements are
    coloured by speaker (see :func:`colour_by`).
    """
    art = as_article(doc)
    text = art.text
    if statements is None:
        from ..attribution import attribute

        statements = attribute(art, actors=actors)
    _check(statements, text)
    by = colour_by(statements)
    colours = group_colours(statements, actors=actors)

    # per boundary: which statement content, mention, cue cover the stretch
    n = len(text)
    bounds = {0, n}
    for r in statements.itertuples(index=False):
        for a, b in ((r.content_start, r.content_end), (r.mention_start, r.mention_end),
                     (r.cue_start, r.cue_end)):
            if a >= 0:
                bounds.update((a, b))
    cuts = sorted(bounds)
    content_at: dict[int, int] = {}
    flags: dict[int, set[str]] = {}
    idx = {c: i for i, c in enumerate(cuts)}
    rows = list(statements.itertuples(index=False))
    for k, r in enumerate(rows):
        for i in range(idx[r.content_start], idx[r.content_end]):
            content_at.setdefault(i, k)
        for part, a, b in (("mention", r.mention_start, r.mention_end),
                           ("cue", r.cue_start, r.cue_end)):
            if a >= 0:
                for i in range(idx[a], idx[b]):
                    flags.setdefault(i, set()).add(part)

    out = []
    for i in range(len(cuts) - 1):
        a, b = cuts[i], cuts[i + 1]
        # a visible gap between paragraphs (markup only: the text and its offsets are unchanged)
        piece = html.escape(text[a:b]).replace("\n", '\n<span class="gn-gap"></span>')
        classes, attrs = [], ""
        if i in content_at:
            r = rows[content_at[i]]
            colour = colours.get(str(getattr(r, by)), _UNKNOWN_COLOUR)
            tip = f"{r.speaker} ({r.side}) · {r.kind} · rule: {r.rule}"
            classes.append(f"gn-{r.kind}")
            attrs = (f' style="background:{colour}33;border-bottom:2px solid {colour}"'
                     f' title="{html.escape(tip, quote=True)}"')
        for f in sorted(flags.get(i, ())):
            classes.append(f"gn-{f}")
        if classes:
            cls = html.escape(" ".join(classes), quote=True)
            out.append(f'<span class="{cls}"{attrs}>{piece}</span>')
        else:
            out.append(piece)

    groups = statements[by].fillna("").astype(str)
    legend = "".join(
        f'<span class="gn-key"><span class="gn-swatch" style="background:{c}"></span>'
        f"{html.escape(group or '(no speaker)')} ({int((groups == group).sum())})</span>"
        for group, c in colours.items()
        if group in set(groups)  # only colours the reader will meet in the text
    )
    note = "" if by == "side" else " (no side is known for any speaker)"
    heading = f"<h2>{html.escape(title)}</h2>" if title else ""
    style = (
        ".gn-attr{font-family:Georgia,serif;line-height:1.6;max-width:48em}"
        ".gn-text{white-space:pre-wrap}"
        ".gn-gap{display:block;height:.5em}"
        ".gn-mention{text-decoration:underline;text-decoration-thickness:2px}"
        ".gn-cue{font-weight:bold}"
        ".gn-legend{font-family:sans-serif;font-size:90%;margin:.5em 0 1em}"
        ".gn-key{margin-right:1.2em;white-space:nowrap}"
        ".gn-swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;"
        "vertical-align:middle;border:1px solid #333}"
    )
    return (
        f'<div class="gn-attr"><style>{style}</style>{heading}'
        f'<div class="gn-legend">Statements by {by}{note}: {legend} '
        "· <u>speaker</u> · <b>cue</b> · hover a statement for speaker and rule</div>"
        f'<div class="gn-text">{"".join(out)}</div></div>'
    )


def statements_figure(statements: pd.DataFrame, *, ax: Axes | None = None) -> Figure:
    """Horizontal bars: statements per speaker, stacked by kind (direct, partial, indirect)."""
    import matplotlib.pyplot as plt

    if "speaker" not in statements.columns or "kind" not in statements.columns:
        raise InputError("statements needs the columns speaker and kind (from gn.attribute).")
    if ax is None:
        fig, ax = plt.subplots(figsize=(8, 1.0 + 0.5 * max(1, statements["speaker"].nunique())))
    else:
        fig = ax.figure
    table = (
        statements.groupby(["speaker", "kind"]).size().unstack(fill_value=0)
        .reindex(columns=list(KIND_COLOURS), fill_value=0)
    )
    table = table.loc[table.sum(axis=1).sort_values().index]
    left = pd.Series(0, index=table.index)
    for kind, colour in KIND_COLOURS.items():
        ax.barh(table.index, table[kind], left=left, color=colour, label=kind)
        left = left + table[kind]
    ax.set_xlabel("statements", fontsize=12)
    ax.set_title("Statements per speaker, by kind", fontsize=13)
    ax.tick_params(labelsize=12)  # readable when projected
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0),  # beside, not over
              fontsize=11)
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    return fig
