// Extension re-check benchmark: in real Chromium, the time of one full re-check of the innovation
// form (read every field, build the input, run the core, update the overlay) with a 2,000-word
// design, measured in the page with performance.now(). Target from issue 5: < 5 ms.
//   npx tsx bench/extension-recheck.ts
// The checker is bundled from the same sources as the content scripts (extension/content/app.ts and
// the form kit, given to it directly instead of injected by the background), without the extension
// APIs (settings, messaging), and injected into a plain page built from the plain fixture form;
// nothing is fetched from anywhere.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ITERATIONS = 400;
const DESIGN_WORDS = 2000;

const ENTRY = `
import { getFramework } from ${JSON.stringify(join(ROOT, "core/framework/registry.ts"))};
import { ContentApp } from ${JSON.stringify(join(ROOT, "extension/content/app.ts"))};
import { formKit } from ${JSON.stringify(join(ROOT, "extension/content/form-kit.ts"))};
import { profileFor } from ${JSON.stringify(join(ROOT, "extension/content/profiles/index.ts"))};
import { sharedState } from ${JSON.stringify(join(ROOT, "extension/content/shared.ts"))};
globalThis.__iidBench = {
  start() {
    const t0 = performance.now();
    const framework = getFramework("iid-2026");
    const frameworkMs = performance.now() - t0;
    const app = new ContentApp({ doc: document, framework, profile: profileFor(new URL(location.href)), lang: "id", mode: "warn", today: "2026-05-01", loadKit: () => formKit }, new AbortController().signal);
    const t1 = performance.now();
    app.start();
    const startMs = performance.now() - t1;
    globalThis.__iidApp = app;
    return { frameworkMs, startMs, fields: app.fields.length, recognised: app.state.recognised, words: app.result.innovation.designWords, points: app.result.points };
  },
  run(iterations, panelOpen) {
    const app = globalThis.__iidApp;
    if (panelOpen) app.openPanel(); else if (app.overlay.isOpen) app.overlay.close();
    const design = document.querySelector('[data-q="design"]');
    const times = [];
    for (let i = 0; i < iterations; i++) {
      // a keystroke's worth of change, so nothing can be served from a cache
      design.value = design.value.endsWith(" x") ? design.value.slice(0, -2) : design.value + " x";
      const t = performance.now();
      app.recheck();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
  },
  guard(iterations) {
    const shared = sharedState();
    const times = [];
    for (let i = 0; i < iterations; i++) {
      const t = performance.now();
      shared.errors();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)] };
  },
};
`;

/** Fills the plain fixture form completely, with a design of WORDS words. */
const FILL = `(() => {
  const q = (k) => document.querySelector('[data-q="' + k + '"]');
  q("name").value = "SIPANDU: Layanan Kesehatan Keliling";
  q("stage").value = "3";
  q("initiator").value = "3";
  q("initiatorName").value = "Dinas Kesehatan";
  q("classification").value = "1";
  q("type-1").checked = true;
  q("form").value = "2";
  q("mainAffair").value = "2";
  q("trialDate").value = "2024-02-01";
  q("implementationDate").value = "2024-06-03";
  const parts = ["Dasar hukum", "Permasalahan", "Isu strategis", "Metode pembaharuan", "Keunggulan dan kebaharuan", "Tahapan inovasi"];
  const text = [];
  for (let i = 0; text.length < WORDS; i++) text.push(i % 60 === 0 ? parts[(i / 60) % parts.length] : "kata" + i);
  q("design").value = text.join(" ");
  q("goal").value = "Tujuan";
  q("benefit").value = "Manfaat";
  q("result").value = "Hasil";
  for (let key = 16; key <= 35; key++) {
    if (key === 33) q("33-basis").value = "a";
    q(key + "-level").value = "3";
  }
})()`;

async function bundle(dir: string): Promise<string> {
  const entry = join(dir, "entry.ts");
  writeFileSync(entry, ENTRY);
  await build({
    configFile: false,
    logLevel: "silent",
    root: ROOT,
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir: join(dir, "out"),
      write: true,
      minify: "esbuild",
      target: ["chrome121"],
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: { input: entry, output: { format: "iife", entryFileNames: "bench.js", inlineDynamicImports: true, name: "iidBench" } },
    },
  });
  return readFileSync(join(dir, "out", "bench.js"), "utf8");
}

function formPage(): string {
  const html = readFileSync(join(ROOT, "test/extension/fixtures/plain.html"), "utf8");
  return html.replace(/<\/body>/, "<script>window.__fill && window.__fill()</script></body>");
}

export async function benchExtensionRecheck(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "iid-check-recheck-"));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  try {
    const script = await bundle(dir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // No request may leave the page: the form and the bundle are inlined.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(formPage());
    // Strings, not functions: tsx would wrap inner functions in a helper the page does not have.
    await page.evaluate(FILL.replace("WORDS", String(DESIGN_WORDS)));
    await page.addScriptTag({ content: script });
    const started = (await page.evaluate("__iidBench.start()")) as Record<string, number>;
    if (started.words! < DESIGN_WORDS) throw new Error(`design has ${started.words} words, expected ${DESIGN_WORDS}`);
    await page.evaluate("__iidBench.run(50, false)"); // warm-up: let the JIT compile the hot paths
    const closed = (await page.evaluate(`__iidBench.run(${ITERATIONS}, false)`)) as { median: number; p95: number };
    const open = (await page.evaluate(`__iidBench.run(${ITERATIONS}, true)`)) as { median: number; p95: number };
    const guard = (await page.evaluate(`__iidBench.guard(${ITERATIONS})`)) as { median: number };
    const round = (n: number) => Math.round(n * 1000) / 1000;
    return {
      extension_recheck_design_words: started.words!,
      extension_recheck_fields: started.fields!,
      extension_recheck_ms_median: round(closed.median),
      extension_recheck_ms_p95: round(closed.p95),
      extension_recheck_panel_open_ms_median: round(open.median),
      extension_recheck_panel_open_ms_p95: round(open.p95),
      extension_guard_decision_ms_median: round(guard.median),
      extension_framework_load_ms: round(started.frameworkMs!),
      extension_first_check_ms: round(started.startMs!),
      extension_recheck_iterations: ITERATIONS,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchExtensionRecheck().then(
    (figures) => {
      for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(44)} ${value}`);
      console.log(JSON.stringify(figures));
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
