import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, type HeadlessChromium } from "../helpers/chromium.js";
import { ROOT } from "../helpers/corpus.js";
import { EXPECTED, FILES, NOTEBOOKS } from "./expected.js";
import { startNotebookServer, type NotebookServer } from "./server.js";

const OUT = join(ROOT, "tests", "output", "notebook-ui");
// The UI runs a copy of notebooks/ beside a link to dist/: saving a notebook and the files a
// notebook exports then touch nothing tracked, and `../dist/index.js` resolves as in notebooks/.
const WORK = join(OUT, "work");
const CJK = /[\u3400-\u9fff]/;

/** What the page reports about one executed notebook. */
interface RunReport {
  cells: { index: number; prompt: unknown; problems: string[] }[];
}

/** How a run of Chinese text is drawn: the fonts Chromium used and the characters drawn as a missing-glyph box. */
interface GlyphReport {
  text: string;
  fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[];
  boxes: string[];
}

async function runAll(page: Page, timeout: number): Promise<RunReport> {
  await page.waitForFunction(
    () => {
      const nb = (window as any).Jupyter?.notebook;
      return nb?._fully_loaded && nb.kernel && Object.keys(nb.kernel.info_reply ?? {}).length > 0;
    },
    null,
    { timeout: 60_000 },
  );
  await page.evaluate(() => {
    const nb = (window as any).Jupyter.notebook;
    nb.set_autosave_interval(0);
    nb.execute_all_cells();
  });
  // Done when no cell waits any more and the kernel is idle, or as soon as a cell failed (the
  // kernel then skips the cells queued behind it).
  await page.waitForFunction(
    () => {
      const cells = (window as any).Jupyter.notebook
        .get_cells()
        .filter((c: any) => c.cell_type === "code");
      const failed = cells.some((c: any) =>
        c.output_area.outputs.some((o: any) => o.output_type === "error" || o.name === "stderr"),
      );
      const waiting = cells.some((c: any) => c.input_prompt_number === "*");
      const idle = document
        .querySelector("#kernel_indicator_icon")
        ?.classList.contains("kernel_idle_icon");
      return failed || (!waiting && idle);
    },
    null,
    { timeout, polling: 200 },
  );
  // Output a timer prints after the cell's reply still counts as the cell's.
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const cells = (window as any).Jupyter.notebook.get_cells() as any[];
    return {
      cells: cells
        .map((c, index) => ({ c, index }))
        .filter(({ c }) => c.cell_type === "code")
        .map(({ c, index }) => ({
          index,
          prompt: c.input_prompt_number,
          problems: (c.output_area.outputs as any[])
            .filter((o) => o.output_type === "error" || o.name === "stderr")
            .map((o) => (o.output_type === "error" ? `${o.ename}: ${o.evalue}` : String(o.text))),
        })),
    };
  });
}

/**
 * For every element matching `selector` whose text holds Chinese: the fonts Chromium drew it with
 * (DevTools' CSS.getPlatformFontsForNode) and the characters that came out as the missing-glyph
 * box (drawn on a canvas in the element's own font, each compared with a character no font has).
 */
async function glyphs(page: Page, selector: string): Promise<GlyphReport[]> {
  await page.evaluate(() => document.fonts.ready);
  const marked = await page.evaluate(
    ({ selector, cjk }) => {
      const re = new RegExp(cjk);
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 64;
      const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
      const draw = (ch: string) => {
        ctx.clearRect(0, 0, 64, 64);
        ctx.fillText(ch, 8, 48);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(",");
      };
      const found: { text: string; boxes: string[] }[] = [];
      document.querySelectorAll(selector).forEach((el) => {
        const text = el.textContent ?? "";
        if (!re.test(text) || Array.from(el.children).some((k) => re.test(k.textContent ?? "")))
          return;
        const style = getComputedStyle(el);
        ctx.font = `${style.fontWeight} 40px ${style.fontFamily}`;
        const box = draw("\u{10FFFD}");
        const boxes = [...new Set([...text].filter((ch) => re.test(ch) && draw(ch) === box))];
        el.setAttribute("data-glyph-check", String(found.length));
        found.push({ text, boxes });
      });
      return found;
    },
    { selector, cjk: CJK.source },
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", {
    nodeId: root.nodeId,
    selector: "[data-glyph-check]",
  });
  const reports: GlyphReport[] = [];
  for (const nodeId of nodeIds) {
    const { attributes } = await cdp.send("DOM.getAttributes", { nodeId });
    const i = Number(attributes[attributes.indexOf("data-glyph-check") + 1]);
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    reports.push({ ...marked[i]!, fonts });
  }
  await page.evaluate(() =>
    document
      .querySelectorAll("[data-glyph-check]")
      .forEach((el) => el.removeAttribute("data-glyph-check")),
  );
  await cdp.detach();
  return reports;
}

async function screenshot(page: Page, path: string): Promise<void> {
  // The Notebook UI scrolls inside #site: let the page grow instead, so one picture shows it all.
  await page.addStyleTag({
    content:
      "#site{height:auto!important;overflow:visible!important} body{overflow:visible!important;position:static!important}",
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
}

describe("notebooks in the Notebook UI (bash notebooks/tools/jupyter.sh notebook), in headless Chromium", () => {
  let home = "";
  let server: NotebookServer | undefined;
  let chrome: HeadlessChromium | undefined;
  let context: BrowserContext;

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(join(WORK, "notebooks"), { recursive: true });
    for (const f of FILES) copyFileSync(join(NOTEBOOKS, f), join(WORK, "notebooks", f));
    symlinkSync(join(ROOT, "dist"), join(WORK, "dist"));
    home = mkdtempSync(join(tmpdir(), "edu-home-"));
    server = await startNotebookServer({
      notebookDir: join(WORK, "notebooks"),
      env: { HOME: home },
    });
    chrome = await launchChromium();
    context = await chrome.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Nothing but the local server: the UI must work offline.
    await context.route("**/*", (route) =>
      new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort(),
    );
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await chrome?.close();
    await server?.stop();
    if (server) writeFileSync(join(OUT, "server.log"), server.log());
    if (home) rmSync(home, { recursive: true, force: true });
  }, 30_000);

  for (const file of FILES) {
    test(`${file} runs top to bottom with the tslab kernel, its Chinese drawn with real glyphs, and saving it changes nothing for git`, async () => {
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on("pageerror", (e) => consoleErrors.push(String(e)));
      try {
        await page.goto(`${server!.url}/notebooks/${file}?token=${server!.token}`);
        const run = await runAll(page, 90_000);
        const failed = run.cells.filter((c) => c.problems.length || typeof c.prompt !== "number");
        expect(failed, `${file}: cells that failed or did not run`).toEqual([]);

        // Markdown: Chinese comes from a font the machine has (the set-up installs fonts-noto-cjk).
        const prose = await glyphs(
          page,
          ".text_cell_render p, .text_cell_render li, .text_cell_render h1, .text_cell_render h2",
        );
        const proseBoxes = prose.filter((r) => r.boxes.length);
        expect(
          proseBoxes.map((r) => `${r.boxes.join("")} in “${r.text.slice(0, 40)}…”`),
          `${file}: Chinese drawn as boxes in markdown`,
        ).toEqual([]);
        // …in Simplified Chinese forms, not the Japanese, Korean or traditional faces of the font.
        const otherFaces = prose.flatMap((r) =>
          r.fonts.filter((f) => /CJK (JP|KR|TC|HK)/.test(f.familyName)).map((f) => f.familyName),
        );
        expect(
          [...new Set(otherFaces)],
          `${file}: markdown Chinese drawn with another script's face`,
        ).toEqual([]);

        // Charts: every Chinese label is drawn with the font embedded in the SVG, none with a
        // fallback font of the machine, none as a box.
        const charts = await glyphs(page, ".output_svg svg text");
        if (EXPECTED[file]!.includes("image/svg+xml"))
          expect(charts.length, `${file}: no Chinese text in its charts`).toBeGreaterThan(0);
        const bad = charts.filter((r) => r.boxes.length || r.fonts.some((f) => !f.isCustomFont));
        expect(
          bad.map(
            (r) =>
              `“${r.text}”: ${r.fonts.map((f) => f.familyName).join(", ")}; boxes ${r.boxes.join("")}`,
          ),
          `${file}: chart text not drawn with the embedded font`,
        ).toEqual([]);

        // The executed notebook, as the UI holds it: the test's artefact, and what git's filter must reduce to the committed file.
        const executed = JSON.stringify(
          await page.evaluate(() => (window as any).Jupyter.notebook.toJSON()),
          null,
          1,
        );
        writeFileSync(join(OUT, file), executed);
        const nb = JSON.parse(executed) as {
          cells: { outputs?: { output_type: string; name?: string; data?: object }[] }[];
        };
        const mimes = new Set(
          nb.cells.flatMap((c) =>
            (c.outputs ?? []).flatMap((o) =>
              o.output_type === "stream" ? [`text/${o.name}`] : Object.keys(o.data ?? {}),
            ),
          ),
        );
        for (const mime of EXPECTED[file]!)
          expect(mimes, `${file} shows no ${mime} output`).toContain(mime);
        const committed = readFileSync(join(NOTEBOOKS, file), "utf8");
        const clean = spawnSync(
          "node",
          [join(ROOT, "notebooks", "tools", "strip-notebook-outputs.mjs")],
          { input: executed, encoding: "utf8" },
        );
        expect(
          clean.stdout,
          `${file}: git's outputs filter does not give back the committed notebook`,
        ).toBe(committed);
        // Saving in the UI writes the notebook as committed: the working tree stays clean.
        await page.evaluate(() => (window as any).Jupyter.notebook.save_notebook());
        expect(
          readFileSync(join(WORK, "notebooks", file), "utf8"),
          `${file}: saved with outputs`,
        ).toBe(committed);
        expect(consoleErrors, `${file}: errors in the page`).toEqual([]);
      } finally {
        await screenshot(page, join(OUT, file.replace(/\.ipynb$/, ".png"))).catch(() => undefined);
        await page.close();
        await server!.closeSession(file).catch(() => undefined);
      }
    }, 150_000);
  }

  test("nothing was written to the home directory", () => {
    expect(readdirSync(home)).toEqual([]);
  });
});
