// Browser test of the demo page: Debian's chromium, driven by playwright-core,
// loads the site from 127.0.0.1, runs the default pipeline on a corpus article
// and checks what a reader sees. Saves screenshots beside the site.
//   node web/tests/browser.js <site dir>
"use strict";
const path = require("path");
const { chromium } = require("playwright-core");
const { serve } = require("./static_server");

const siteDir = process.argv[2];
if (!siteDir) {
  console.error("usage: browser.js SITE_DIR");
  process.exit(2);
}

const results = [];
function check(name, ok, detail = "") {
  results.push(ok);
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
}

async function main() {
  const server = await serve(siteDir);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems = [];
    page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
    page.on("pageerror", (e) => problems.push(e.message));

    await page.goto(url);
    await page.waitForFunction(() => !document.getElementById("run").disabled, null, { timeout: 60000 });
    check("the module loads and the corpus is offered", (await page.locator("#article option").count()) > 1);

    await page.selectOption("#article", { index: 2 }); // the second corpus article: it has a dateline
    await page.waitForFunction(() => document.getElementById("text").value.length > 100);
    await page.click("#run");
    await page.waitForSelector("#output:not([hidden]) .sentence", { timeout: 60000 });
    const doc = JSON.parse(await page.locator("#json").textContent());

    const sentences = await page.locator("#document .sentence").count();
    check("every sentence is rendered", sentences > 5 && sentences === (doc.sentences || []).length,
          `${sentences} on the page, ${(doc.sentences || []).length} in the JSON`);
    check("the reference date came from the dateline", doc.date === "2025-07-13", String(doc.date));
    const layers = { entities: ".entity", numbers: ".number", dates: ".date" };
    for (const [layer, selector] of Object.entries(layers)) {
      if (!doc[layer]) continue;
      const shown = await page.locator(`#document ${selector}`).count();
      check(`${layer} are rendered`, doc[layer].length > 0 && shown > 0, `${shown} shown of ${doc[layer].length}`);
    }
    if (doc.summary) {
      const summary = await page.locator("#summary").textContent();
      check("the summary is shown", summary.length > 0 && summary === doc.summary.text);
    }
    const timings = await page.locator("#timings tr").count();
    const stages = await page.locator("#stages input:checked").count();
    check("per-stage timings are shown", timings === stages + 1, `${timings} rows for ${stages} stages and the total`);
    await page.screenshot({ path: path.join(siteDir, "..", "screenshot.png"), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check("fits a narrow screen", overflow <= 0, `${overflow}px wider than the window`);
    await page.screenshot({ path: path.join(siteDir, "..", "screenshot-narrow.png"), fullPage: false });

    check("the console has no errors", problems.length === 0, problems.join(" | "));
  } finally {
    await browser.close();
    server.close();
  }
  const failed = results.filter((ok) => !ok).length;
  console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
