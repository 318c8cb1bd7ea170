// How soon a form page shows its marks, in real Chromium with the test build of the extension: the
// time from the start of the navigation to DOMContentLoaded (about when main.js runs, at
// document_end) and to our UI's host element being attached (the first check rendered: marks,
// counter, launcher). Their difference is what the officer waits for after the page is there; it
// includes loading the form kit (content/form.js), which the background injects only once main.js
// has recognised a form. Measured from the page's own world (it sees our host element, never
// inside it), over fresh tabs of one browser; the first load also starts the background.
//   npx tsx bench/extension-form-load.ts
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchWithExtension, serveFixtures } from "../test/extension/support/launch.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const LOADS = 25;

// In the page's world, before any of its scripts: when our host element is first attached.
const WATCH_HOST = `(() => {
  const seen = () => {
    if (window.__iidUiAt === undefined && document.querySelector("iid-check-ui")) window.__iidUiAt = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})()`;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number): number => Math.round(n * 10) / 10;

export async function benchExtensionFormLoad(): Promise<Record<string, number>> {
  const [session, server] = await Promise.all([launchWithExtension(), serveFixtures(join(ROOT, "test", "extension", "fixtures"))]);
  try {
    await session.context.addInitScript(WATCH_HOST);
    const ready: number[] = [];
    const marks: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await session.context.newPage();
      await page.goto(`${server.url}/plain.html`);
      await page.waitForSelector("iid-check-ui", { state: "attached", timeout: 10_000 });
      const timing = (await page.evaluate(`({ ready: performance.getEntriesByType("navigation")[0].domContentLoadedEventStart, ui: window.__iidUiAt })`)) as { ready: number; ui: number };
      ready.push(timing.ready);
      marks.push(timing.ui);
      await page.close();
    }
    const gaps = marks.map((ui, i) => ui - ready[i]!);
    return {
      extension_form_ready_ms_median: round(median(ready)),
      extension_form_marks_ms_median: round(median(marks)),
      extension_form_marks_after_ready_ms_median: round(median(gaps.slice(1))),
      extension_form_marks_after_ready_ms_max: round(Math.max(...gaps.slice(1))),
      extension_form_marks_after_ready_ms_first_load: round(gaps[0]!),
      extension_form_loads: LOADS,
    };
  } finally {
    await session.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchExtensionFormLoad().then(
    (figures) => {
      for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(48)} ${value}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
