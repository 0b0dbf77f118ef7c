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

// The example third-party plugin (examples/keywords), built as a WebAssembly
// side module: loaded at run time from its URL, its stage joins the pipeline
// and its layer shows in the list and in the JSON. Loaded a second time, from
// the file picker, it is refused as a duplicate, with that reason shown.
async function checkSidePlugin(page, siteDir) {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.fill("#plugin-url", "plugins/keywords.wasm");
  await page.click("#plugin-load");
  await page.waitForSelector('#stages input[data-plugin="keywords"]', { timeout: 30000 });
  check("the side module's stage joins the pipeline, switched on",
        await page.locator('#stages input[data-plugin="keywords"]').isChecked());
  check("the page says which plugin it loaded", /keywords 0\.1\.0 \(MIT\)/.test(await page.locator("#status").textContent()),
        await page.locator("#status").textContent());

  await page.click("#run");
  await page.waitForSelector('#plugin-layers ol[data-layer="keywords"] li', { timeout: 60000 });
  const doc = JSON.parse(await page.locator("#json").textContent());
  const keywords = doc.keywords || [];
  const items = await page.locator('#plugin-layers ol[data-layer="keywords"] li').allTextContents();
  check("the plugin's layer is in the JSON", keywords.length >= 3 && keywords.length <= 10, `${keywords.length} key phrases`);
  check("the plugin's layer is listed", items.length === keywords.length && items[0].startsWith(keywords[0].text),
        `${items.length} listed; first: ${items[0]}`);
  check("the key phrases are ranked, with surface text from the document",
        keywords.every((k, i) => k.rank === i + 1 && k.score > 0 && doc.text.includes(k.text) &&
                                 k.keyword === k.text.toLowerCase()),
        keywords.slice(0, 3).map((k) => `${k.rank}. ${k.keyword} (${k.score})`).join("; "));
  check("the default stages still ran", (doc.sentences || []).length > 5 && Array.isArray(doc.entities));
  await page.screenshot({ path: path.join(siteDir, "..", "screenshot-plugin.png"), fullPage: true });

  await page.setInputFiles("#plugin-file", path.join(siteDir, "plugins", "keywords.wasm"));
  await page.waitForFunction(() => document.getElementById("status").className === "error", null, { timeout: 30000 });
  const refusal = await page.locator("#status").textContent();
  check("a second copy from the file picker is refused as a duplicate", refusal.includes("duplicate plugin name 'keywords'"), refusal);

  // The refused copy changed nothing: a new pipeline with the loaded plugin gives the same phrases.
  await page.uncheck('#stages input[data-plugin="summarize"]');
  await page.click("#run");
  await page.waitForFunction(() => !JSON.parse(document.getElementById("json").textContent).summary, null, { timeout: 60000 });
  const again = JSON.parse(await page.locator("#json").textContent()).keywords || [];
  check("the loaded plugin still works after the refusal", JSON.stringify(again) === JSON.stringify(keywords),
        `${again.length} key phrases`);
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

    await checkSidePlugin(page, siteDir);
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
