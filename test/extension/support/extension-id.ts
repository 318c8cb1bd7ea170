// The fixed id of the test build (scripts/build-extension.ts --test), derived from the public key in
// scripts/extension-test-key.ts; test/extension/unit/manifest.test.ts checks the two agree.
export const EXTENSION_ID = "obljjilciojhimnkbmkbckngnolofaim";
