// `npm run dev:addin`: the add-in's dev server on https://localhost:3000. Certificates come
// from office-addin-dev-certs only here (it may install a CA with sudo on first use), never
// from the Vite config that builds and tests also load.
import { resolve } from "node:path";
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { createServer } from "vite";

const https = await getHttpsServerOptions();
const server = await createServer({
  configFile: resolve(import.meta.dirname, "../vite.addin.config.ts"),
  server: { https, port: 3000, strictPort: true, host: "localhost" },
});
await server.listen();
server.printUrls();
console.log("Sideload manifest.xml (see docs/addin.md).");
