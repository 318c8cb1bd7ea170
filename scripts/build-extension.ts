// Builds the browser extension with Vite's JS API and writes the Chrome and Firefox packages from one
// manifest base (extension/manifest.base.ts).
//
//   npm run build:extension            -> dist/extension/{chrome,firefox}/ + iid-check-{chrome,firefox}.zip
//   npm run build:extension -- --test  -> dist/extension-test/{chrome,firefox}/ (fixed key, 127.0.0.1 allowed)
//   (IID_TEST_BUILD=1 does the same as --test)
//
// Content scripts are IIFE builds, one per script (a content script cannot load modules or share
// chunks): the guard and main.js run on every portal page, the form kit (content/form.js) only where
// main.js recognised a form (the background injects it); background, popup and options are ES
// module builds. No dynamic imports anywhere, so Vite
// emits no preload helper, and the modulepreload polyfill is off: both would put network calls in
// the bundles.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { build, transformWithEsbuild, type InlineConfig, type Plugin, type Rollup } from "vite";
import { rules } from "../core/rules/index.ts";
import { NORMALISE_CODES } from "../core/submission/normalise.ts";
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
  { name: "form", entry: "content/form.ts" },
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

// ---- What the main content script carries of the core's data ----------------------------------
// The content script bundles the framework documents and the message catalogue. Both are trimmed
// here, at build time, from the one copy in core/ (never forked by hand):
// - framework documents lose what only people and other hosts read (sources, statuses, notes,
//   evidence descriptions, variable names, titles, the design parts' labels, the profile fields'
//   kinds), what only region answers use (SPD option texts, thresholds, evidence rules) and what
//   only numeric values use (thresholds); everything the checker, the scorer, the label
//   recognition and the messages read stays; they are written as compact modules (compactDataModule);
// - catalogues keep only the codes a check of what the form reader builds can report (not
//   region-level, advice, workbook or CLI codes, nor those of numeric values or unknown indicators),
//   both languages, without the "why" text the content script never shows.
// test/extension/unit/content-data.test.ts and test/extension/content/content-data.test.ts prove
// that forms are read, checked and explained exactly as with the full data.

/** Framework keys the content script never reads (at any depth; plus every `…Source` / `…Status`). */
const CONTENT_DROPPED_FRAMEWORK_KEYS = new Set(["$schema", "source", "status", "notes", "description", "variable"]);

/** A framework document without what the content script never reads. */
export function slimFrameworkDocument(document: Record<string, unknown>): Record<string, unknown> {
  const slim = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(slim);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (CONTENT_DROPPED_FRAMEWORK_KEYS.has(key) || /(Source|Status)$/.test(key)) continue;
      out[key] = slim(inner);
    }
    return out;
  };
  // the title, cycle and provisional flag are for the options page and the reports, never the page
  const { basis: _basis, title: _title, cycle: _cycle, provisional: _provisional, ...rest } = document;
  const out = slim(rest) as Record<string, unknown>;
  // Profile fields: the checker, the recogniser and the panel read key, label and required; the
  // core reads each field's kind and enum from its own tables, never from here.
  const profile = out.profile as { fields?: Record<string, unknown>[] } | undefined;
  if (profile?.fields) profile.fields = profile.fields.map(({ kind: _k, enum: _e, ...kept }) => kept);
  // Design parts: the rule reads keys and patterns; the messages name the parts from their own text.
  const design = out.design as { parts?: Record<string, unknown>[] } | undefined;
  if (design?.parts) design.parts = design.parts.map(({ label: _l, ...kept }) => kept);
  // SPD indicators are answered by the region, which a form check never has: the checker needs their
  // keys, weights and levels (the framework's own consistency checks) and the label recognition their
  // names, but not their option texts, thresholds or evidence rules. A form never gives a numeric
  // value either (state.ts fills level, basis and evidence), so SID thresholds and categories,
  // which only turn a value into a level, go as well.
  if (Array.isArray(out.indicators)) {
    out.indicators = (out.indicators as Record<string, unknown>[]).map((indicator) => {
      const { threshold: _t, categories: _c, ...sid } = indicator;
      if (indicator.aspect !== "spd") {
        if (Array.isArray(sid.bases)) sid.bases = (sid.bases as Record<string, unknown>[]).map(({ threshold: _bt, ...basis }) => basis);
        return sid;
      }
      const { evidence: _e, options, ...kept } = sid;
      return { ...kept, options: (options as { level: number }[]).map(({ level }) => ({ level })) };
    });
  }
  return out;
}

/**
 * A JSON value as an ES module whose default export equals it, smaller than the literal: a subtree
 * that repeats (the same evidence rule on 26 indicators, say) is written once, as a function that
 * returns a fresh copy at each place, so no two places share an object.
 */
export function compactDataModule(value: unknown): string {
  const key = (k: string): string => {
    if (k === "__proto__") throw new Error("a __proto__ key would set the prototype in a literal");
    return /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
  };
  const literal = (v: unknown, emit: (inner: unknown) => string): string =>
    Array.isArray(v)
      ? `[${v.map(emit).join(",")}]`
      : v !== null && typeof v === "object"
        ? `{${Object.entries(v).map(([k, inner]) => `${key(k)}:${emit(inner)}`).join(",")}}`
        : JSON.stringify(v);
  const plain = (v: unknown): string => literal(v, plain);
  const seen = new Map<string, { value: unknown; n: number }>();
  const count = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    const text = plain(v);
    const entry = seen.get(text);
    if (entry) entry.n++;
    else seen.set(text, { value: v, n: 1 });
    for (const inner of Object.values(v)) count(inner);
  };
  count(value);
  // worth a factory when the repeats save more than it costs: "f12()" per use, "const f12=()=>(…);" once
  const factories = new Map<string, { name: string; value: unknown }>();
  for (const [text, { value: v, n }] of seen) if (n > 1 && (text.length - 5) * n > text.length + 16) factories.set(text, { name: `f${factories.size}`, value: v });
  const emit = (v: unknown, self?: string): string => {
    const text = v !== null && typeof v === "object" ? plain(v) : undefined;
    const factory = text === undefined || text === self ? undefined : factories.get(text);
    return factory ? `${factory.name}()` : literal(v, (inner) => emit(inner));
  };
  const definitions = [...factories].map(([text, { name, value: v }]) => `const ${name} = () => (${emit(v, text)});\n`);
  return `${definitions.join("")}export default ${emit(value)};\n`;
}

/** Rule codes whose findings sit on the region or the whole list, never on one innovation. */
const REGION_LEVEL_CODES = new Set(["duplicate-innovation-name", "yandas-coverage-insufficient", "below-divisor-minimum", "region-missing", "region-name-missing"]);

/**
 * Codes the form reader (extension/content/fields/state.ts) cannot cause: it always builds an object,
 * sets only profile fields (every one a key the core knows, so never "field-unknown"), keys
 * indicators by the framework's SID indicators, and fills an indicator's level, basis and
 * evidence, never a numeric `value`. test/extension/content/content-data.test.ts types random
 * values into every fixture form and checks that no other code comes out.
 */
const FORM_READER_NEVER = new Set([
  "document-invalid",
  "field-unknown",
  "indicator-unknown",
  "indicator-wrong-aspect",
  "value-invalid",
  "number-ambiguous",
  "level-contradicts-value",
  "level-derived-from-value",
  "value-below-lowest-level",
  "value-not-applicable",
]);

/** Every code the main content script can report: checkInnovation's codes on what the form reader builds. */
export function contentMessageCodes(): Set<string> {
  const codes = new Set(Object.keys(NORMALISE_CODES));
  for (const rule of Object.values(rules)) for (const code of Object.keys(rule.codes)) codes.add(code);
  for (const code of [...REGION_LEVEL_CODES, ...FORM_READER_NEVER]) codes.delete(code);
  return codes;
}

/**
 * A catalogue module's source (core/messages/id.ts, en.ts, cli.*.ts) with only the given codes and
 * without "why" texts. Helpers the dropped entries used become dead code and are tree-shaken.
 */
export function filterCatalogueSource(source: string, keep: ReadonlySet<string>, fileName = "catalogue.ts"): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: [number, number][] = [];
  const dropProperty = (list: ts.NodeArray<ts.ObjectLiteralElementLike>, index: number): void => {
    const node = list[index]!;
    // from the property's first token (after its comments) through its trailing comma
    const end = index + 1 < list.length ? list[index + 1]!.getStart(file) : list.hasTrailingComma ? list.end + 1 : node.end;
    cuts.push([node.getStart(file), end]);
  };
  const propertyName = (node: ts.ObjectLiteralElementLike): string | undefined =>
    node.name && (ts.isStringLiteral(node.name) || ts.isIdentifier(node.name)) ? node.name.text : undefined;
  let found = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.type && ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(file) === "Catalogue" && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      found++;
      const entries = node.initializer.properties;
      entries.forEach((entry, index) => {
        const code = propertyName(entry);
        if (code === undefined || !ts.isPropertyAssignment(entry)) throw new Error(`${fileName}: unexpected catalogue entry ${entry.getText(file).slice(0, 40)}`);
        if (!keep.has(code)) return dropProperty(entries, index);
        if (!ts.isObjectLiteralExpression(entry.initializer)) return;
        const fields = entry.initializer.properties;
        fields.forEach((field, at) => {
          if (propertyName(field) === "why") dropProperty(fields, at);
        });
      });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (found === 0) throw new Error(`${fileName}: no \`const …: Catalogue = { … }\` found`);
  let out = source;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}

const CATALOGUE_MODULE = /[\\/]core[\\/]messages[\\/](id|en|cli\.id|cli\.en)\.ts$/;
const FRAMEWORK_DOCUMENT = /[\\/]core[\\/]framework[\\/]data[\\/][^\\/]+\.json$/;

/** The content script's view of the core's data (see above). */
function contentDataPlugin(): Plugin {
  const codes = contentMessageCodes();
  return {
    name: "iid-check:content-data",
    enforce: "pre",
    // framework documents become JS modules (see compactDataModule) under an id Vite's JSON plugin leaves alone
    async resolveId(source, importer, options) {
      if (!source.endsWith(".json")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && FRAMEWORK_DOCUMENT.test(resolved.id) ? `\0iid-content-framework:${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith("\0iid-content-framework:")) return null;
      const file = id.slice("\0iid-content-framework:".length, -".js".length);
      this.addWatchFile(file);
      return compactDataModule(slimFrameworkDocument(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>));
    },
    transform(code, id) {
      if (!CATALOGUE_MODULE.test(id)) return null;
      return { code: filterCatalogueSource(code, codes, id), map: null };
    },
  };
}

const OVERLAY_STYLES = /[\\/]extension[\\/]content[\\/]ui[\\/]styles\.ts$/;

/** The overlay's stylesheet (a template literal in content/ui/styles.ts) minified like the pages' CSS files. */
function contentStylesPlugin(): Plugin {
  return {
    name: "iid-check:content-styles",
    enforce: "pre",
    async transform(code, id) {
      if (!OVERLAY_STYLES.test(id)) return null;
      const m = /export const STYLES = `([^`$\\]*)`;/.exec(code);
      if (!m) throw new Error(`${id}: expected \`export const STYLES = \`…\`;\` without \${…}, backquotes or backslashes`);
      const css = (await transformWithEsbuild(m[1]!, "styles.css", { loader: "css", minify: true, target: ESBUILD_TARGET })).code.trim();
      return { code: code.replace(m[0], `export const STYLES = ${JSON.stringify(css)};`), map: null };
    },
  };
}

const FRAMEWORK_REGISTRY = join(ROOT, "core", "framework", "registry.ts");

/**
 * The form kit always runs with the framework main.js compiled and hands it (see
 * extension/content/kit-framework.ts): its registry is a stand-in, so the framework data is in
 * main.js only, not in both scripts a form page loads.
 */
function kitFrameworkPlugin(): Plugin {
  return {
    name: "iid-check:kit-framework",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!source.endsWith("registry.ts")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolve(resolved.id) === FRAMEWORK_REGISTRY ? join(EXTENSION, "content", "kit-framework.ts") : null;
    },
  };
}

/** The Vite config of one content script, written to `outDir/<name>.js` (exported for size measurements). */
export function contentScriptConfig(outDir: string, name: string, entry: string): InlineConfig {
  const config = baseConfig(outDir);
  config.plugins = [contentDataPlugin(), contentStylesPlugin(), ...(name === "form" ? [kitFrameworkPlugin()] : [])];
  // Behind extension/lib/browser.ts, content scripts get the native `browser` (or chrome.* adapted
  // for promise-answering message listeners) instead of the 10 KB polyfill: see native-browser.ts.
  config.resolve = { alias: [{ find: /^webextension-polyfill$/, replacement: join(EXTENSION, "lib", "native-browser.ts") }] };
  config.build!.rollupOptions = quietRollup({
    input: join(EXTENSION, entry),
    output: { format: "iife", entryFileNames: `${name}.js`, inlineDynamicImports: true, name: `iidCheck_${name}` },
  });
  return config;
}

async function buildContentScript(stage: string, name: string, entry: string): Promise<void> {
  await build(contentScriptConfig(join(stage, "content"), name, entry));
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
