// Public half of the key pair that gives the TEST build of the extension a fixed id, so the
// end-to-end tests can open chrome-extension://<id>/... without waiting for a service worker to
// announce itself. Generated once with node:crypto (RSA 2048, SPKI DER, base64); the private half
// was never written down: Chrome needs only the public key to derive the id of an unpacked extension.
// Production builds carry no key (the stores assign their own).
import { createHash } from "node:crypto";

export const TEST_PUBLIC_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9e/ofMmCglTe4uyS088+L0KpEOyECbK1lwfoZiW8Cgx3N0hAzdAIckQbsGF7yJs0z5xi/Ds8bVgSuwCQ1oPyjT2YSJiT6FCENj2yP4wwJmIMC3anj0uMSXDMfosj6aEFVMuH5JTZNryXECDI8OPhCaaVb4F97R1S27YQCi9aa1VPepeG/D7LOcHO4oXX+TBpN3L5FMHSGd0nMRcyPZorPh9JvnlqZNG7R+w24y3IFN9/ZaCi0s4xssdatQQw/gbP9r4Dvf3WLtlbsbpkxmE772RUYfUz07ZJOqpP3kgd36prxzII4VUbM7pNgutTj2zJUaLoKR1dPh/IMeSE60xXaQIDAQAB";

/** Chrome's id for an unpacked extension with this manifest key: sha256 of the DER key, first 32 hex digits mapped 0-f to a-p. */
export function extensionIdFromKey(base64Der: string): string {
  const hex = createHash("sha256").update(Buffer.from(base64Der, "base64")).digest("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join("");
}
