"""The timeline figure of a chronology: years, days and hours on one page.

A news article mixes scales (a 2008 summit, a draft of 17 December 2021, a 7.5-hour meeting on the
document date), which no single linear axis shows at once. Following the focus+context idea of
Card, Mackinlay & Shneiderman (1999), :func:`plot_timeline` draws up to three linked panels:

1. **years**: every dated item; a year or a decade as a band across the time it covers;
2. **days** (zoom): the weeks around the document date, where day-level items cluster, with vague
   references drawn as open arrows ("soon": from the document date, open-ended);
3. **hours**: durations shorter than two days drawn to scale as bars (their start time is rarely
   known, so a bar shows a length, not a clock position; the panel says so).

Durations sit where :func:`geneva_nb.chronology` put them: one the text looks back over ("the past
week") ends at the document date, any other starts there. Text is set at projector size
(``FONT``, ``TITLE_FONT``: 12 and 13 pt on a 12-inch-wide figure).

It only reads a :func:`geneva_nb.chronology` DataFrame.
"""

from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

__all__ = ["FONT", "TITLE_FONT", "plot_timeline"]

_FINE = {"day", "part of day", "minute", "week", "weekend"}
# sizes in points, chosen to stay readable projected in a classroom (a 12-inch-wide figure
# shown on a ~2 m screen): labels 12 pt, panel titles 13 pt, the figure title 15 pt
FONT = 12
TITLE_FONT = 13
SUPTITLE_FONT = 15
_COLORS = {"coarse": "#4c72b0", "fine": "#dd8452", "vague": "#55a868", "duration": "#c44e52"}


def _label(event: str, timex: str, width: int = 52) -> str:
    return textwrap.shorten(f"{timex}: {event}", width=width, placeholder="…")


def _draw_items(ax: Axes, rows: pd.DataFrame, *, lo: pd.Timestamp, hi: pd.Timestamp,
                dct: pd.Timestamp | None) -> None:
    span = hi - lo
    for level, r in enumerate(rows.itertuples(index=False)):
        y = -level
        g = r.granularity
        start = r.start_date if pd.notna(r.start_date) else None
        end = r.end_date if pd.notna(r.end_date) else None
        label = _label(r.event, r.timex)
        if g in {"future", "present", "past"} or (g == "duration" and end is None):
            anchor = start if start is not None else end if end is not None else dct
            if anchor is None:
                continue
            # an open duration that looks back ends at its anchor: the arrow points back
            direction = -1 if g == "past" or (g == "duration" and start is None) else 1
            ax.annotate("", xy=(anchor + direction * span * 0.12, y), xytext=(anchor, y),
                        arrowprops={"arrowstyle": "->", "ls": "--", "color": _COLORS["vague"]})
            ax.plot([anchor], [y], "o", color=_COLORS["vague"], ms=5)
            x_text = anchor + direction * span * 0.13
        elif start is not None and end is not None and (end - start) > span * 0.01:
            color = _COLORS["duration"] if g == "duration" else _COLORS["coarse"]
            ax.barh(y, end - start, left=start, height=0.5, color=color, alpha=0.7)
            x_text = end + span * 0.01
        elif start is not None:
            ax.plot([start], [y], "D", color=_COLORS["fine"], ms=6)
            x_text = start + span * 0.01
        else:
            continue
        ha = "left"
        if x_text > hi - span * 0.35:
            ha = "right"
            x_text = (start if start is not None else x_text) - span * 0.015
        ax.text(x_text, y, label, va="center", ha=ha, fontsize=FONT)
    if dct is not None and lo <= dct <= hi:
        if span < pd.Timedelta(days=400):
            # the whole document day, where a past length ends and a future one starts
            ax.axvspan(dct, dct + pd.Timedelta(days=1), color="grey", alpha=0.2, lw=0)
        else:
            ax.axvline(dct, color="grey", lw=0.8, ls=":")
    ax.set_xlim(lo, hi)
    ax.set_ylim(-len(rows) + 0.4, 0.8)
    ax.set_yticks([])
    ax.tick_params(axis="x", labelsize=FONT)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)


def plot_timeline(chron: pd.DataFrame, *, title: str | None = None,
                  zoom_days: int = 45) -> Figure:
    """Draw a chronology as linked year / day / hour panels (see the module docstring).

    ``chron`` is the DataFrame of :func:`geneva_nb.chronology`. ``zoom_days`` is how far before
    the document date the day panel reaches at most.
    """
    from ..errors import InputError

    needed = {"event", "start_date", "end_date", "granularity", "timex"}
    if not isinstance(chron, pd.DataFrame) or not needed <= set(chron.columns):
        raise InputError(
            "plot_timeline() needs the DataFrame returned by gn.chronology(doc); "
            f"it lacks columns {sorted(needed - set(getattr(chron, 'columns', [])))}."
        )
    import matplotlib.pyplot as plt

    dct = pd.Timestamp(chron.attrs["dct"]) if chron.attrs.get("dct") else None
    placed = chron[chron["start_date"].notna() | chron["end_date"].notna()]
    if placed.empty:
        fig, ax = plt.subplots(figsize=(9, 1.5))
        ax.text(0.5, 0.5, "no dated expressions", ha="center", va="center")
        ax.axis("off")
        return fig
    fine_mask = placed["granularity"].isin(_FINE | {"future", "present", "duration", "past"})
    fine = placed[fine_mask]
    if dct is not None:
        fine = fine[(fine["start_date"].isna())
                    | (fine["start_date"] >= dct - pd.Timedelta(days=zoom_days))]
    short = fine[(fine["granularity"] == "duration") & fine["end_date"].notna()
                 & ((fine["end_date"] - fine["start_date"]) < pd.Timedelta(days=2))]
    panels = 1 + (not fine.empty) + (not short.empty)
    heights = [max(1.4, 0.6 * len(placed))]
    if not fine.empty:
        heights.append(max(1.4, 0.6 * len(fine)))
    if not short.empty:
        heights.append(max(1.2, 0.65 * len(short)))
    fig, axes = plt.subplots(panels, 1, figsize=(12, sum(heights) + 1.8),
                             gridspec_kw={"height_ratios": heights}, squeeze=False)
    axes = axes[:, 0]

    starts = placed["start_date"].dropna()
    ends = placed["end_date"].dropna()
    lo = min(starts.min() if len(starts) else ends.min(), ends.min() if len(ends) else starts.min())
    hi = max(ends.max() if len(ends) else starts.max(), dct or starts.max())
    pad = max((hi - lo) * 0.08, pd.Timedelta(days=180))
    ax = axes[0]
    _draw_items(ax, placed, lo=lo - pad, hi=hi + pad * 3, dct=dct)
    ax.xaxis.set_major_locator(mdates.YearLocator(base=max(1, (hi.year - lo.year) // 12 or 1)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_title("Years: every dated expression (bands = the whole year it names)",
                 fontsize=TITLE_FONT, loc="left")

    k = 1
    if not fine.empty:
        fs = fine["start_date"].dropna()
        flo = (fs.min() if len(fs) else dct) - pd.Timedelta(days=5)
        fhi = (max(fs.max(), dct) if dct is not None and len(fs) else fs.max() if len(fs) else dct)
        fe = fine["end_date"].dropna()
        fe = fe[fe <= fhi + pd.Timedelta(days=60)]  # a length of a few weeks fits on the panel
        if len(fe):
            fhi = max(fhi, fe.max())
        fhi = fhi + pd.Timedelta(days=12)
        ax2 = axes[k]
        _draw_items(ax2, fine, lo=flo, hi=fhi, dct=dct)
        ax2.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
        ax2.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
        ax2.set_title("Days: the weeks around the document date (grey); dashed = open-ended",
                      fontsize=TITLE_FONT, loc="left")
        k += 1
    if not short.empty:
        ax3 = axes[k]
        for level, r in enumerate(short.itertuples(index=False)):
            hours = (r.end_date - r.start_date) / pd.Timedelta(hours=1)
            ax3.barh(-level, hours, left=0, height=0.5, color=_COLORS["duration"], alpha=0.7)
            ax3.text(hours + 0.2, -level, f"{_label(r.event, r.timex)} ({hours:g} h)",
                     va="center", fontsize=FONT)
        ax3.set_xlim(0, 24)
        ax3.set_xticks(range(0, 25, 3))
        ax3.set_xlabel("hours (a length: the text gives no start time)", fontsize=FONT)
        ax3.tick_params(axis="x", labelsize=FONT)
        ax3.set_yticks([])
        ax3.set_ylim(-len(short) + 0.4, 0.8)
        for side in ("left", "right", "top"):
            ax3.spines[side].set_visible(False)
        day = dct.strftime("%d %b %Y") if dct is not None else "the document date"
        ax3.set_title(f"Hours: durations on {day}, drawn to scale", fontsize=TITLE_FONT,
                      loc="left")
    if title:
        fig.suptitle(title, fontsize=SUPTITLE_FONT)
    fig.tight_layout()
    return fig
