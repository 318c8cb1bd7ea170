// Serves examples/ on 127.0.0.1 so the portal replica (examples/portal-form.html) can be tried with
// the extension's test build, whose content scripts also run on http://127.0.0.1/*:
//   npm run serve:examples            -> http://127.0.0.1:8787/portal-form.html
//   npm run serve:examples -- 9000    -> another port
// GET serves files; a form post is answered with a short page listing the fields received (file
// fields by name only), so the officer can see what would have been sent. Nothing leaves the machine.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../examples", import.meta.url)));
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".json": "application/json; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Field names of a urlencoded or multipart body (multipart: names and file names only). */
export function receivedFields(contentType: string, body: Buffer): string[] {
  if (contentType.includes("application/x-www-form-urlencoded")) return [...new URLSearchParams(body.toString("utf8")).keys()];
  if (contentType.includes("multipart/form-data")) {
    return [...body.toString("latin1").matchAll(/Content-Disposition: form-data; name="([^"]*)"(?:; filename="([^"]*)")?/gi)].map((m) => (m[2] !== undefined ? `${m[1]} (${m[2] || "—"})` : m[1]!));
  }
  return [];
}

export function startExamplesServer(port: number): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.method === "POST") {
        const fields = receivedFields(req.headers["content-type"] ?? "", Buffer.concat(chunks));
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(`<!doctype html><html lang="id"><meta charset="utf-8"><title>Diterima</title><h1>Formulir diterima (server contoh lokal)</h1><p>${fields.length} isian:</p><ul>${fields.map((f) => `<li>${escapeHtml(f)}</li>`).join("")}</ul><p><a href="/portal-form.html">Kembali</a></p>`);
        return;
      }
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
      let file = normalize(join(ROOT, pathname === "/" ? "portal-form.html" : pathname));
      if (file !== ROOT && !file.startsWith(ROOT + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "portal-form.html");
      if (!existsSync(file)) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("tidak ditemukan");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(readFileSync(file));
    });
  });
  return new Promise((ready) => {
    // 127.0.0.1 only: the replica is for trying the extension on this machine, not for the network.
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = address && typeof address === "object" ? address.port : port;
      ready({ url: `http://127.0.0.1:${actual}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8787);
  void startExamplesServer(port).then(({ url }) => {
    console.log(`Contoh formulir portal: ${url}/portal-form.html`);
    console.log("Muat build uji ekstensi (npm run build:extension -- --test) agar IID Check berjalan di 127.0.0.1. Ctrl+C untuk berhenti.");
  });
}
