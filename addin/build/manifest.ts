// Rewrites the dev manifest's base URL (https://localhost:3000) for a production host. Pure
// string work so the build and the tests share it.
export const DEV_BASE_URL = "https://localhost:3000";

export function rewriteManifestBaseUrl(xml: string, baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https (Office loads add-ins over https only): ${baseUrl}`);
  const base = baseUrl.replace(/\/+$/, "");
  // AppDomain takes the origin; every other URL keeps its path below the base.
  return xml
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${url.origin}</AppDomain>`)
    .replaceAll(`${DEV_BASE_URL}/`, `${base}/`);
}
