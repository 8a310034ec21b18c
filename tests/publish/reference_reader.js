// Injected at the top of dist/api-reference.html by tests/publish/test_api_reference.py; `plan`
// is defined just before this script. It reads the page as a person would: the page is opened
// once per tag (at /?tag=TAG#tag/TAG, the tag's link), scrolled to the bottom until nothing new appears
// (Redoc renders operations lazily, and only those of the tag being read), and the lines of the
// main content area are posted to the test server, which answers with the next page to open.
"use strict";
(() => {
  const tag = new URLSearchParams(window.location.search).get("tag");
  const expected = (plan.tags[tag] || []).map((s) => s.replace(/\s+/g, " ").trim());
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // Every line of the main content area seen while scrolling (Redoc also drops operations
  // that are far out of view, so the text at the end is not the whole page).
  async function read() {
    const seen = new Set();
    const started = performance.now();
    let grewAt = started;
    for (;;) {
      const content = document.getElementById("api-content");
      const before = seen.size;
      for (const line of (content ? content.innerText : "").split("\n")) {
        seen.add(line.replace(/\s+/g, " ").trim());
      }
      const now = performance.now();
      // Stop early once every expected summary was seen; the test decides what is missing.
      if (expected.length && expected.every((summary) => seen.has(summary))) break;
      const atBottom =
        window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      if (seen.size > before || !atBottom) {
        grewAt = now;
      } else if (now - grewAt > plan.settleMs) {
        break;
      }
      if (now - started > plan.timeoutMs) break;
      window.scrollBy(0, window.innerHeight);
      await sleep(50);
    }
    return Array.from(seen).join("\n");
  }

  window.addEventListener("load", async () => {
    let report;
    try {
      report = {tag, text: await read(), error: null};
    } catch (error) {
      report = {tag, text: "", error: String(error)};
    }
    const response = await fetch("/__result__", {method: "POST", body: JSON.stringify(report)});
    const {next} = await response.json();
    if (next) window.location.assign(next);
  });
})();
