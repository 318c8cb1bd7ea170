// Builds the browser extension with Vite's JS API and writes the Chrome and Firefox packages from one
// manifest base (extension/manifest.base.ts).
//
//   npm run build:extension            -> dist/extension/{chrome,firefox}/ + iid-check-{chrome,firefox}.zip
//   npm run build:extension -- --test  -> dist/extension-test/{chrome,firefox}/ (fixed key, 127.0.0.1 allowed)
//   (IID_TEST_BUILD=1 does the same as --test)
//
// Content scripts are IIFE builds, one per script (a content script cannot load modules or share
// chunks); background, popup and options are ES module builds. No dynamic imports anywhere, so Vite
// emits no preload helper, and the modulepreload polyfill is off: both would put network calls in
// the bundles.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type InlineConfig, type Rollup } from "vite";
import { ICON_SIZES, manifestFor, type TargetBrowser } from "../extension/manifest.base.ts";
import { extensionIcon, writeZip } from "./extension-pack.ts";
import { TEST_PUBLIC_KEY } from "./extension-test-key.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const EXTENSION = join(ROOT, "extension");
export const TARGETS: readonly TargetBrowser[] = ["chrome", "firefox"];
// Oldest browsers we support (see the manifest); esbuild lowers syntax for them.
const ESBUILD_TARGET = ["chrome121", "firefox140"];

export const CONTENT_ENTRIES = [
  { name: "guard", entry: "content/guard.ts" },
  { name: "main", entry: "content/main.ts" },
] as const;

export interface BuildOptions {
  test?: boolean;
  /** Where the chrome/ and firefox/ folders go; defaults to dist/extension or dist/extension-test. */
  outDir?: string;
  /** Write the store zips (production default: yes; test default: no). */
  zip?: boolean;
  /** Build without the content scripts when they do not exist yet (instead of failing). */
  allowMissingContent?: boolean;
  quiet?: boolean;
}

export interface BuildResult {
  outDir: string;
  dirs: Record<TargetBrowser, string>;
  zips: Partial<Record<TargetBrowser, string>>;
  /** Content scripts that were skipped because their source does not exist. */
  missingContent: string[];
}

function baseConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root: EXTENSION,
    base: "/",
    publicDir: false,
    logLevel: "warn",
    mode: "production",
    // Nothing from the environment leaks into the bundles.
    envPrefix: "IID_EXTENSION_NEVER_",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir,
      emptyOutDir: false,
      minify: "esbuild",
      target: ESBUILD_TARGET,
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      assetsInlineLimit: 0,
      copyPublicDir: false,
    },
  };
}

function quietRollup(options: Rollup.RollupOptions): Rollup.RollupOptions {
  return {
    ...options,
    onLog(level, log, handler) {
      if (log.code === "INVALID_ANNOTATION" && log.id?.includes("node_modules")) return;
      handler(level, log);
    },
  };
}

function outputs(result: Awaited<ReturnType<typeof build>>): Rollup.OutputChunk[] {
  const list = Array.isArray(result) ? result : [result];
  return list.flatMap((r) => ("output" in r ? r.output.filter((o): o is Rollup.OutputChunk => o.type === "chunk") : []));
}

async function buildContentScript(stage: string, name: string, entry: string): Promise<void> {
  const config = baseConfig(join(stage, "content"));
  config.build!.rollupOptions = quietRollup({
    input: join(EXTENSION, entry),
    output: { format: "iife", entryFileNames: `${name}.js`, inlineDynamicImports: true, name: `iidCheck_${name}` },
  });
  await build(config);
}

async function buildBackground(stage: string): Promise<void> {
  const config = baseConfig(stage);
  config.build!.rollupOptions = quietRollup({
    input: join(EXTENSION, "background.ts"),
    output: { format: "es", entryFileNames: "background.js", inlineDynamicImports: true },
  });
  const chunks = outputs(await build(config));
  // The same file runs as a classic service worker (Chrome) and as an event page script (Firefox),
  // so it must be one self-contained chunk without import or export statements.
  for (const chunk of chunks) {
    if (chunk.imports.length > 0 || chunk.exports.length > 0) throw new Error(`background.js must be self-contained, but it imports ${chunk.imports.join(", ")} / exports ${chunk.exports.join(", ")}`);
  }
}

async function buildPages(stage: string): Promise<void> {
  const config = baseConfig(stage);
  config.build!.rollupOptions = quietRollup({
    input: { popup: join(EXTENSION, "popup/popup.html"), options: join(EXTENSION, "options/options.html") },
    output: {
      format: "es",
      entryFileNames: "assets/[name].js",
      chunkFileNames: "assets/[name].js",
      assetFileNames: "assets/[name][extname]",
      // Whatever both pages use goes into one predictable "shared" chunk (and shared.css).
      manualChunks: (id) => (/[\\/]extension[\\/](popup|options)[\\/]/.test(id) ? undefined : "shared"),
    },
  });
  await build(config);
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

export async function buildExtension(options: BuildOptions = {}): Promise<BuildResult> {
  const test = options.test ?? false;
  const outDir = resolve(options.outDir ?? join(ROOT, "dist", test ? "extension-test" : "extension"));
  const log = (line: string): void => {
    if (!options.quiet) console.log(line);
  };
  const stage = join(outDir, ".stage");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });

  const missingContent = CONTENT_ENTRIES.filter((c) => !existsSync(join(EXTENSION, c.entry))).map((c) => c.entry);
  if (missingContent.length > 0) {
    const message = `Content script source missing: extension/${missingContent.join(", extension/")} (owned by the content scripts' author).`;
    if (!options.allowMissingContent) throw new Error(`${message} Pass --allow-missing-content to build the rest.`);
    console.warn(`WARNING: ${message} Building without content scripts; the manifest will not declare them.`);
  }
  for (const content of CONTENT_ENTRIES) {
    if (!missingContent.includes(content.entry)) await buildContentScript(stage, content.name, content.entry);
  }
  await buildBackground(stage);
  await buildPages(stage);
  cpSync(join(EXTENSION, "_locales"), join(stage, "_locales"), { recursive: true });
  mkdirSync(join(stage, "icons"), { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(stage, "icons", `icon-${size}.png`), extensionIcon(size));

  const version = packageVersion();
  const dirs = {} as Record<TargetBrowser, string>;
  const zips: Partial<Record<TargetBrowser, string>> = {};
  for (const target of TARGETS) {
    const dir = join(outDir, target);
    cpSync(stage, dir, { recursive: true });
    const manifest = manifestFor(target, { version, test: test ? { publicKey: TEST_PUBLIC_KEY } : undefined });
    if (missingContent.length > 0) {
      const missing = new Set(missingContent.map((entry) => entry.replace(/\.ts$/, ".js")));
      const scripts = (manifest.content_scripts as { js: string[] }[]).filter((s) => !s.js.some((js) => missing.has(js)));
      if (scripts.length > 0) manifest.content_scripts = scripts;
      else delete manifest.content_scripts;
    }
    writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    dirs[target] = dir;
    log(`${target}: ${dir}`);
    if (options.zip ?? !test) {
      const zip = join(outDir, `iid-check-${target}.zip`);
      const bytes = writeZip(dir, zip);
      zips[target] = zip;
      log(`${target}: ${zip} (${bytes} bytes)`);
    }
  }
  rmSync(stage, { recursive: true, force: true });
  return { outDir, dirs, zips, missingContent };
}

// Run directly (tsx scripts/build-extension.ts [--test] [--allow-missing-content] [--out DIR]).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const test = args.includes("--test") || process.env.IID_TEST_BUILD === "1";
  buildExtension({
    test,
    outDir: outIndex >= 0 ? args[outIndex + 1] : undefined,
    allowMissingContent: args.includes("--allow-missing-content"),
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
