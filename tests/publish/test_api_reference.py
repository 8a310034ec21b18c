"""dist/api-reference.html (`make api-docs`) renders offline in headless Chromium and shows every
operation of openapi.yaml, under its tag, with its summary."""

from __future__ import annotations

import http.server
import json
import os
import re
import signal
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from spectools import ROOT, operations

REFERENCE = ROOT / "dist" / "api-reference.html"
READER = Path(__file__).with_name("reference_reader.js")
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# Headless, as root, and quiet: no background connections (this machine's network is closed),
# and every host name but the loopback address fails to resolve, so a page that needs a CDN
# cannot render.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--window-size=1280,1600",
)
# Upper bound on one browser run; a healthy run reports back well within it.
BROWSER_TIMEOUT_S = 300.0
EXPECTED_REQUESTS = {"/", "/favicon.ico"}


def normalize(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Rendered:
    texts: dict[str, str]  # tag -> text of the page's main content area with that tag open
    requests: list[str] = field(default_factory=list)  # paths the browser asked for

    def missing(self, tags: set[str] | None = None) -> list[str]:
        """Operations (of the given tags) whose summary is not a line of their tag's page."""
        gone = []
        for op in operations():
            tag = op.tags[0]
            if tags is not None and tag not in tags:
                continue
            lines = {normalize(line) for line in self.texts.get(tag, "").splitlines()}
            if normalize(op.node["summary"]) not in lines:
                gone.append(f"{op.label}: {op.node['summary']}")
        return gone


def _tag_url(tag: str) -> str:
    return f"/?tag={urllib.parse.quote(tag)}#tag/{urllib.parse.quote(tag)}"


class _ReferenceServer(http.server.ThreadingHTTPServer):
    """Serves the reference with the reader script injected, and collects what it reports."""

    def __init__(self, page: bytes, tags: list[str]) -> None:
        super().__init__(("127.0.0.1", 0), _ReferenceHandler)
        self.page = page
        self.pending = list(tags)
        self.rendered = Rendered(texts={})
        self.errors: list[str] = []
        self.done = threading.Event()


class _ReferenceHandler(http.server.BaseHTTPRequestHandler):
    server: _ReferenceServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        self.server.rendered.requests.append(path)
        if path == "/":
            self._reply(200, self.server.page, "text/html; charset=utf-8")
        else:
            self._reply(404, b"", "text/plain")

    def do_POST(self) -> None:
        report = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.rendered.texts[report["tag"]] = report["text"]
        if report["error"]:
            self.server.errors.append(f"{report['tag']}: {report['error']}")
        pending = self.server.pending
        if report["tag"] in pending:
            pending.remove(report["tag"])
        body = json.dumps({"next": _tag_url(pending[0]) if pending else None})
        self._reply(200, body.encode(), "application/json")
        if not pending:
            self.server.done.set()


def render(reference: bytes, expected: dict[str, list[str]], profile: Path) -> Rendered:
    """Open the reference in headless Chromium once per tag; return what each page shows.

    The page is served from 127.0.0.1 as built, but for reference_reader.js added at the top of
    its <head>: the script that scrolls through each tag's page and reports its text."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: run `make install-browser` (Debian package chromium)")
    # Generous settle time: the reader stops as soon as every expected summary is seen, so a
    # passing page never waits it out, while a loaded machine can stall Redoc for seconds.
    plan = {"tags": expected, "settleMs": 10000, "timeoutMs": 60000}
    reader = f"<script>const plan = {json.dumps(plan)};\n{READER.read_text(encoding='utf-8')}"
    page = reference.replace(b"<head>", b"<head>" + reader.encode() + b"</script>", 1)
    server = _ReferenceServer(page, list(expected))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}{_tag_url(next(iter(expected)))}"
    browser = subprocess.Popen(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so its helpers end with it
    )
    try:
        deadline = time.monotonic() + BROWSER_TIMEOUT_S
        while not server.done.wait(0.2):
            if browser.poll() is not None:
                pytest.fail(f"chromium exited with {browser.returncode} before reporting")
            if time.monotonic() > deadline:
                pytest.fail(f"chromium did not report within {BROWSER_TIMEOUT_S:.0f} s")
    finally:
        if browser.poll() is None:
            os.killpg(browser.pid, signal.SIGTERM)
        browser.wait(timeout=30)
        server.shutdown()
        server.server_close()
    assert server.errors == []
    return server.rendered


def summaries_by_tag() -> dict[str, list[str]]:
    expected: dict[str, list[str]] = {}
    for op in operations():
        expected.setdefault(op.tags[0], []).append(op.node["summary"])
    return expected


@pytest.fixture(scope="module")
def reference() -> Iterator[bytes]:
    if not REFERENCE.is_file():
        pytest.fail(f"{REFERENCE} not found: run `make api-docs`")
    yield REFERENCE.read_bytes()


_REMOTE_RESOURCE_RE = re.compile(
    r"<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//[^\s\"'>]*"
)


def test_reference_loads_nothing_from_the_network(reference: bytes) -> None:
    # What `redocly build-docs` writes without --inlineBundle:
    cdn_page = '<link rel="modulepreload" href="https://cdn.redocly.com/redoc/v3/redoc.js" />'
    assert _REMOTE_RESOURCE_RE.findall(cdn_page) != []
    assert _REMOTE_RESOURCE_RE.findall(reference.decode()) == []


def test_every_operation_summary_is_rendered_under_its_tag(
    reference: bytes, tmp_path: Path
) -> None:
    rendered = render(reference, summaries_by_tag(), tmp_path)
    assert rendered.missing() == [], "stale? run `make api-docs`"
    assert set(rendered.requests) <= EXPECTED_REQUESTS, rendered.requests


def test_check_fails_when_the_page_lacks_a_summary(reference: bytes, tmp_path: Path) -> None:
    # The same page with one summary changed everywhere (the embedded spec included).
    assert reference.count(b"Set split DNS") > 0
    mutant = reference.replace(b"Set split DNS", b"Set split DNZ")
    rendered = render(mutant, {"dns": summaries_by_tag()["dns"]}, tmp_path)
    assert rendered.missing({"dns"}) == ["PUT /tailnet/{tailnet}/dns/split-dns: Set split DNS"]
