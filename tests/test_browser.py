"""The report in a real browser: every page opened from disk in headless Chromium, offline.

The report is built once per session from the real notebooks. Each page is loaded over
``file://`` through the Chrome DevTools protocol with DNS resolution switched off, and the test
fails on any console error or uncaught exception, on any request that leaves the machine
(http, https, ws), and on figures that are missing or do not decode. Full-page screenshots land in
``reports/screenshots/`` (``GENEVA_NB_SCREENSHOTS`` overrides the folder).

Skips, with the reason, where Chromium is not installed (``apt-get install chromium``).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geneva_nb.errors import NotebookExecutionError
from geneva_nb.report import build_report, find_notebooks

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.enable_socket,  # kernels and the DevTools socket are on localhost
    pytest.mark.skipif(
        not os.access(CHROMIUM, os.X_OK),
        reason="headless Chromium not found (install it: apt-get install chromium)",
    ),
]
websocket = pytest.importorskip(
    "websocket", reason="websocket-client (a jupyter_server dependency)"
)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--remote-allow-origins=*",
    # nothing resolves: a page that needs the network shows it as a failed request
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
    "--window-size=1280,2000",
]

PAGE_STATE = """(() => {
  const imgs = [...document.images];
  return {
    title: document.title,
    height: document.documentElement.scrollHeight,
    images: imgs.length,
    broken: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src.slice(0, 60)),
    external: imgs.filter(i => !i.src.startsWith('data:image/')).map(i => i.src.slice(0, 80)),
    links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
    text: document.body ? document.body.innerText.length : 0,
  };
})()"""


class DevTools:
    """A minimal Chrome DevTools protocol client for one page (commands and events)."""

    def __init__(self, ws_url: str) -> None:
        self.ws = websocket.create_connection(ws_url, timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        ident = self.next_id
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event: str, *, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == event for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {event} within {timeout} s")
            self.events.append(json.loads(self.ws.recv()))

    def close(self) -> None:
        self.ws.close()


@pytest.fixture(scope="session")
def chromium() -> Iterator[str]:
    """A headless Chromium; yields the websocket URL of its first page."""
    profile = tempfile.mkdtemp(prefix="geneva-nb-chromium-")
    process = subprocess.Popen(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Chromium did not start ({CHROMIUM}, exit code {process.poll()})")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
            pages = [t for t in json.load(reply) if t.get("type") == "page"]
        yield pages[0]["webSocketDebuggerUrl"]
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str | None]:
    """The real report, built once: (output folder, failure message or None)."""
    out = tmp_path_factory.mktemp("report")
    try:
        build_report(out, notebooks=REPO / "notebooks")
    except NotebookExecutionError as exc:
        return out, str(exc)
    return out, None


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = Path(os.environ.get("GENEVA_NB_SCREENSHOTS") or REPO / "reports" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _pages() -> list[str]:
    try:
        notebooks = find_notebooks(REPO / "notebooks")
    except Exception:  # no notebooks yet: only the index
        notebooks = []
    return ["index.html", "article.html", *(f"{p.stem}.html" for p in notebooks)]


def _open(ws_url: str, page: Path, screenshot: Path) -> tuple[dict[str, Any], list[str], list[str]]:
    """Load ``page``; return its state, console problems and requests that left the machine."""
    tab = DevTools(ws_url)
    try:
        for domain in ("Page", "Runtime", "Log", "Network"):
            tab.send(f"{domain}.enable")
        tab.send("Emulation.setDeviceMetricsOverride", width=1280, height=900,
                 deviceScaleFactor=1, mobile=False)  # fmt: skip
        tab.events.clear()
        tab.send("Page.navigate", url=page.as_uri())
        tab.wait_for("Page.loadEventFired")
        state = tab.send("Runtime.evaluate", expression=PAGE_STATE, returnByValue=True)
        value = state["result"]["value"]
        height = min(int(value["height"]), 6000)
        shot = tab.send(
            "Page.captureScreenshot", format="png", captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": 1280, "height": height, "scale": 1},
        )  # fmt: skip
        screenshot.write_bytes(base64.b64decode(shot["data"]))
    finally:
        tab.close()
    problems, remote = [], []
    for event in tab.events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            problems.append(
                " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
            )
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            exception = details.get("exception", {}).get("description", "")
            problems.append(f"{details.get('text', 'exception')} {exception}".strip())
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            problems.append(params["entry"].get("text", ""))
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not url.startswith(("file:", "data:", "about:", "blob:")):
                remote.append(url)
    return value, problems, remote


def test_the_report_builds(report: tuple[Path, str | None]) -> None:
    out, failure = report
    assert failure is None, failure
    assert (out / "index.html").is_file()


@pytest.mark.parametrize("name", _pages())
def test_page_renders_offline_with_its_figures(
    chromium: str, report: tuple[Path, str | None], screenshots: Path, name: str
) -> None:
    out, _ = report
    page = out / name
    assert page.is_file(), f"{name} was not written"
    state, problems, remote = _open(chromium, page, screenshots / f"{page.stem}.png")
    assert problems == [], f"console errors on {name}: {problems}"
    assert remote == [], f"{name} fetched from the network: {remote}"
    assert state["text"] > 200, f"{name} is (nearly) empty"
    if name != "article.html":  # the highlighted article is text only
        assert state["images"] >= 1, f"{name} has no figure"
    assert state["external"] == [], "every figure is embedded as a data: URI"
    assert state["broken"] == [], f"figures that do not decode on {name}: {state['broken']}"
    if name == "index.html":
        expected = set(_pages()) - {"index.html"}
        assert expected <= set(state["links"]), "the index links every notebook"
    else:
        assert "index.html" in state["links"], "each notebook page links back to the index"


def test_the_check_itself_catches_errors_network_and_broken_figures(
    chromium: str, tmp_path: Path
) -> None:
    # a page with everything the report must not have: proves the test above can fail
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><head><title>bad</title>"
        '<script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js">'
        "</script></head><body><p>text</p>"
        '<img src="data:image/png;base64,bm90IGEgcG5n">'
        "<script>console.error('boom'); undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    state, problems, remote = _open(chromium, bad, tmp_path / "bad.png")
    assert any("boom" in p for p in problems)
    assert any("undefinedFunction" in p for p in problems)
    assert remote == ["https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"]
    assert len(state["broken"]) == 1


# ------------------------------------------------------------------ any article, readable

# issue 13's done-when: three speakers from no registry, a few dates
INVENTED = (
    "Council delays vote on the Harbour Bridge\n"
    "The city council met on Tuesday to discuss the new Harbour Bridge. “The bridge is overdue,” "
    "said Mara Quill, who chairs the transport committee. “Every winter the ferry stops for a "
    "week, and the people of the north shore are cut off from the hospital.”\n"
    "Ozzie Brandt, the city treasurer, said the budget could not carry it before 2027. He warned "
    "that borrowing costs had doubled since March.\n"
    "Tobias Renn called the plan “reckless” and said the council should wait for the regional "
    "survey, due next month. “We will vote next week,” Quill said.\n"
)

READABILITY = """(() => {
  const px = el => parseFloat(getComputedStyle(el).fontSize);
  const cells = [...document.querySelectorAll('td, th')];
  const imgs = [...document.images].filter(i => i.naturalWidth > 0);
  return {
    body: px(document.body),
    smallest_cell: cells.length ? Math.min(...cells.map(px)) : null,
    cut_cells: cells.filter(c => c.scrollWidth > c.clientWidth + 1)
                    .map(c => c.innerText.slice(0, 40)),
    page_width: document.documentElement.scrollWidth,
    shrunk_figures: imgs.filter(i => i.width < 0.75 * i.naturalWidth).length,
    text: document.body.innerText,
  };
})()"""


@pytest.fixture(scope="session")
def invented_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("invented")
    article = root / "council-bridge.txt"
    article.write_text(INVENTED, encoding="utf-8")
    out = root / "out"
    build_report(out, notebooks=REPO / "notebooks", article=article, published="2023-05-04",
                 solutions=False)  # fmt: skip
    return out


def _readability(ws_url: str, page: Path, screenshot: Path) -> dict[str, Any]:
    _open(ws_url, page, screenshot)  # the screenshot, and the same checks as every page
    tab = DevTools(ws_url)
    try:
        tab.send("Emulation.setDeviceMetricsOverride", width=1280, height=900,
                 deviceScaleFactor=1, mobile=False)  # fmt: skip
        tab.send("Page.enable")
        tab.events.clear()
        tab.send("Page.navigate", url=page.as_uri())
        tab.wait_for("Page.loadEventFired")
        state = tab.send("Runtime.evaluate", expression=READABILITY, returnByValue=True)
    finally:
        tab.close()
    return state["result"]["value"]


@pytest.mark.parametrize("name", ["index.html", "article.html", "02-speaker-attribution.html"])
def test_a_report_on_an_invented_article_is_readable_and_about_it(
    chromium: str, invented_report: Path, screenshots: Path, name: str
) -> None:
    state = _readability(chromium, invented_report / name, screenshots / f"invented-{name}.png")
    if name != "02-speaker-attribution.html":  # JupyterLab's own styles set the notebook's size
        assert state["body"] >= 16, f"{name}: body text {state['body']} px is too small to project"
    if state["smallest_cell"] is not None and name != "02-speaker-attribution.html":
        assert state["smallest_cell"] >= 15, f"{name}: table text {state['smallest_cell']} px"
    assert state["cut_cells"] == [], f"{name}: table cells cut off: {state['cut_cells']}"
    assert state["page_width"] <= 1280, f"{name} scrolls sideways ({state['page_width']} px)"
    assert state["shrunk_figures"] == 0, f"{name}: figures scaled down, their labels too small"
    if name != "02-speaker-attribution.html":  # the lesson's own examples mention Sherman
        for word in ("Geneva", "Sherman", "Ryabkov"):
            assert word not in state["text"], f"{name} still talks about {word}"
    for speaker in ("Mara Quill", "Ozzie Brandt", "Tobias Renn"):
        assert speaker in state["text"]
    if name == "index.html":
        assert "Tone by speaker" in state["text"]
    if name == "article.html":
        assert "Statements by speaker" in state["text"]
