import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildAll, buildReport, loadCorpus } from "../../src/index.js";
import { launchChromium, type HeadlessChromium } from "../helpers/chromium.js";
import { ROOT } from "../helpers/corpus.js";

const OUT = join(ROOT, "tests", "output");

describe("report/index.html", () => {
  let dir = "";
  let chrome: HeadlessChromium | undefined;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "edu-report-"));
    await buildAll({ seedsDir: join(ROOT, "seeds"), outDir: dir, langs: ["en", "zh"] });
    chrome = await launchChromium();
    browser = chrome.browser;
  }, 120_000);

  afterAll(async () => {
    await chrome?.close();
  });

  test("opens in headless Chromium with its tables and charts, and a figure's link reaches its sentence", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`file://${join(dir, "report", "index.html")}`);
    expect(await page.locator("table.line-up tr").count()).toBeGreaterThan(30);
    expect(await page.locator("table.plan-outcome tr").count()).toBeGreaterThan(10);
    expect(await page.locator("figure svg").count()).toBe(9);
    // Weihai's preschool target (毛入园率达到110%) links to its sentence.
    const link = page.locator("table.line-up a", { hasText: "≥110%" }).first();
    const href = await link.getAttribute("href");
    await link.click();
    const target = page.locator(`[id="${href!.slice(1)}"]`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    expect(await target.isVisible()).toBe(true);
    expect(await target.locator("mark").textContent()).toBe("110%");
    expect(await target.locator(".sentence").textContent()).toContain("毛入园率达到110%");
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, "report-source.png") });
    await page.goto(`file://${join(dir, "report", "index-zh.html")}#line-up`);
    await page.screenshot({ path: join(OUT, "report-zh.png") });
    await page.close();
  }, 60_000);

  test("document text is escaped: markup in a quote is shown, not run", () => {
    const corpus = loadCorpus({ seedsDir: join(ROOT, "seeds") });
    const evil = corpus.targets.derive({ quote: () => '<script>alert("x")</script>' });
    const html = buildReport({
      documents: corpus.documents,
      targets: evil,
      texts: new Map(),
      charts: [],
      lang: "en",
      indicators: ["compulsory_retention_rate"],
    });
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  test("the zh report is written beside the en one", () => {
    expect(readFileSync(join(dir, "report", "index-zh.html"), "utf8")).toContain(
      "三市教育规划量化目标比较",
    );
  });
});
