// npm 11's `npm ci` insists that every optional platform package a dependency names (rollup's
// native builds) has an entry in package-lock.json, but the registry this project's machines
// reach serves only the Linux x64 build, so `npm install` cannot record the others. This adds
// placeholder entries with each package's os/cpu, which npm ci accepts and then skips on this
// platform. Run after changing dependencies: node scripts/lock-optional-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const platform = (name) => {
  const m = /rollup-(android|darwin|freebsd|linux|openbsd|openharmony|win32)-([a-z0-9]+)(?:-(gnu|musl|gnueabihf|musleabihf|msvc|eabi))?$/.exec(name);
  if (!m) return undefined;
  const cpu = { "arm": "arm", arm64: "arm64", x64: "x64", ia32: "ia32", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x" }[m[2]] ?? m[2];
  const libc = m[3]?.startsWith("musl") ? "musl" : m[3]?.startsWith("gnu") ? "glibc" : undefined;
  return { os: [m[1]], cpu: [cpu], ...(m[1] === "linux" && libc ? { libc: [libc] } : {}) };
};
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `${key ? `${key}/` : ""}node_modules/${dep}`.replace(/^node_modules\/(.*)\/node_modules\//, "node_modules/$1/node_modules/");
    const flat = `node_modules/${dep}`;
    if (lock.packages[where] || lock.packages[flat]) continue;
    const target = platform(dep);
    if (!target) continue;
    lock.packages[flat] = { version, dev: entry.dev ?? undefined, optional: true, ...target };
    added++;
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform entries`);
