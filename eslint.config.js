// Lint rules that guard the architecture: core/ stays free of host APIs, and the
// extension carries no network code at all.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const networkBan = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource"].map((name) => ({
  name,
  message: "The extension never sends data anywhere: no network code.",
}));

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "**/*.generated.*", "test-results/**", "**/*.local.*", "**/.*.local.*"] },
  js.configs.recommended,
  {
    files: ["**/*.js", "**/*.mjs", "**/*.ts"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly" } },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "navigator", "Office", "Excel", "chrome", "browser", "process", "fetch"],
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "exceljs", "webextension-polyfill", "../cli/*", "../addin/*", "../extension/*", "../../cli/*", "../../addin/*", "../../extension/*"] }],
    },
  },
  {
    files: ["extension/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...networkBan],
      "no-restricted-properties": ["error", { object: "navigator", property: "sendBeacon", message: "No network code in the extension." }],
    },
  },
);
