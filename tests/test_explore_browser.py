"""The explorer's static view in headless Chromium: speaker and rule visible without hovering.

Driven like tests/test_browser.py (same DevTools client and Chromium fixture), on a page built
from ``gn.display.explorer_html`` of the Geneva article and of a text full of markup. Skips
where Chromium is absent.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

import geneva_nb as gn
from geneva_nb.display import explorer_html

test_browser = pytest.importorskip("test_browser")  # tests/ is on sys.path under pytest
DevTools = test_browser.DevTools
chromium = test_browser.chromium  # the session fixture, shared
screenshots = test_browser.screenshots

pytestmark = test_browser.pytestmark

BADGES = """(() => {
  const badges = [...document.querySelectorAll('.gn-text .gn-badge')];
  return {
    badges: badges.map(b => {
      const r = b.getBoundingClientRect();
      const s = getComputedStyle(b);
      return {text: b.innerText, w: r.width, h: r.height, visible: s.visibility === 'visible'
              && s.display !== 'none' && parseFloat(s.opacity) > 0, size: parseFloat(s.fontSize)};
    }),
    titles: document.querySelectorAll('[title]').length,
    scripts: document.scripts.length,
    bold_in_text: document.querySelectorAll('.gn-text b').length,
    rows: document.querySelectorAll('table tr').length,
    text: document.querySelector('.gn-text').innerText,
    height: document.documentElement.scrollHeight,
  };
})()"""


def _page(tmp: Path, name: str, body: str) -> Path:
    page = tmp / name
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>explorer</title></head>"
        f"<body style='margin:24px'>{body}</body></html>", encoding="utf-8")
    return page


def _load(ws_url: str, page: Path, shot: Path | None) -> tuple[dict, list[str], list[str]]:
    tab = DevTools(ws_url)
    try:
        for domain in ("Page", "Runtime", "Log", "Network"):
            tab.send(f"{domain}.enable")
        tab.send("Emulation.setDeviceMetricsOverride", width=1280, height=900,
                 deviceScaleFactor=1, mobile=False)
        tab.events.clear()
        tab.send("Page.navigate", url=page.as_uri())
        tab.wait_for("Page.loadEventFired")
        value = tab.send("Runtime.evaluate", expression=BADGES,
                         returnByValue=True)["result"]["value"]
        if shot is not None:
            data = tab.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                            clip={"x": 0, "y": 0, "width": 1280,
                                  "height": min(int(value["height"]), 4000), "scale": 1})
            shot.write_bytes(base64.b64decode(data["data"]))
    finally:
        tab.close()
    problems = [json.dumps(e["params"])[:200] for e in tab.events
                if e.get("method") in ("Runtime.exceptionThrown",)
                or (e.get("method") == "Log.entryAdded"
                    and e["params"]["entry"].get("level") == "error")]
    remote = [e["params"]["request"]["url"] for e in tab.events
              if e.get("method") == "Network.requestWillBeSent"
              and not e["params"]["request"]["url"].startswith(("file:", "data:", "about:"))]
    return value, problems, remote


def test_static_explorer_shows_every_speaker_and_rule_in_the_browser(
    chromium: str, screenshots: Path, tmp_path: Path
) -> None:
    a = gn.analyze(gn.load_article())
    page = _page(tmp_path, "explorer.html", explorer_html(a, title=a.article.meta["title"]))
    state, problems, remote = _load(chromium, page, screenshots / "explorer-static.png")
    assert problems == [] and remote == []
    assert state["scripts"] == 0 and state["titles"] == 0  # nothing hidden in a tooltip
    assert len(state["badges"]) == len(a.statements) == 15
    for badge, row in zip(state["badges"], a.statements.itertuples(), strict=True):
        assert badge["visible"] and badge["w"] > 20 and badge["h"] > 5
        assert badge["size"] >= 11  # readable, not a footnote
        assert badge["text"] == f"S{row.statement_id} · {row.speaker} ({row.side}) · {row.rule}"
    assert state["rows"] == 16  # a header and one row per statement
    assert "Sergei Ryabkov called the negotiations" in state["text"]


def test_static_explorer_keeps_markup_in_the_article_as_text(
    chromium: str, tmp_path: Path
) -> None:
    text = "“<b>Not bold</b> <script>document.title='hacked'</script>,” Ana Ruiz said."
    page = _page(tmp_path, "markup.html", explorer_html(text))
    state, problems, remote = _load(chromium, page, None)
    assert problems == [] and remote == []
    assert state["scripts"] == 0 and state["bold_in_text"] == 0
    assert "<b>Not bold</b>" in state["text"] and "<script>" in state["text"]
    badges = [b["text"] for b in state["badges"]]
    assert badges == ["S0 · Ana Ruiz (unknown) · quote-cue-after:name"]


def test_the_explorer_section_of_the_report_index_is_readable(
    chromium: str, screenshots: Path, tmp_path: Path
) -> None:
    # the report's own readability checks, on an index carrying the static explorer
    from geneva_nb.explore import report_section
    from geneva_nb.report import render_index

    a = gn.analyze(gn.load_article(test_browser.INVENTED, published="2023-05-04"))
    page = tmp_path / "index.html"
    page.write_text(render_index(a, [], out=tmp_path, extra_sections=[report_section(a)]),
                    encoding="utf-8")
    state = test_browser._readability(chromium, page, screenshots / "index-explorer.png")
    assert state["smallest_cell"] >= 15, f"table text {state['smallest_cell']} px"
    assert state["cut_cells"] == [] and state["page_width"] <= 1280
    for speaker in ("Mara Quill", "Ozzie Brandt", "Tobias Renn"):
        assert speaker in state["text"]
    assert "Every statement, with its speaker and rule" in state["text"]
