// Multi-page build of the Excel add-in: the task pane and the UI-less commands page into
// dist/addin/, icons from assets/addin/, and dist/addin/manifest.xml rewritten for the
// production base URL (ADDIN_BASE_URL, default the dev server). No certificates here: this
// file is also loaded by `vite build` and tests; `npm run dev:addin` adds HTTPS itself.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";
import { DEV_BASE_URL, rewriteManifestBaseUrl } from "./addin/build/manifest.ts";

const root = import.meta.dirname;

function manifestForBaseUrl(): Plugin {
  return {
    name: "iid-addin-manifest",
    apply: "build",
    generateBundle() {
      const xml = readFileSync(resolve(root, "manifest.xml"), "utf8");
      this.emitFile({ type: "asset", fileName: "manifest.xml", source: rewriteManifestBaseUrl(xml, process.env.ADDIN_BASE_URL ?? DEV_BASE_URL) });
    },
  };
}

export default defineConfig({
  root: resolve(root, "addin"),
  // Relative asset URLs: the pages work under any base path the manifest points at.
  base: "./",
  publicDir: resolve(root, "assets/addin"),
  plugins: [manifestForBaseUrl()],
  build: {
    outDir: resolve(root, "dist/addin"),
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: {
      input: {
        taskpane: resolve(root, "addin/taskpane/index.html"),
        commands: resolve(root, "addin/commands/index.html"),
      },
    },
  },
  server: { port: 3000, strictPort: true },
});
