// English messages for findings the command-line tool adds (evidence looked up in a folder).
// Merged into the catalogue by render.ts.
import type { Catalogue } from "./types.ts";

export const cliEn: Catalogue = {
  "evidence-file-not-found": {
    message: (p, f) => `Indicator ${f.indicator(p.indicator)}: evidence file ${f.quote(p.file)} is not in the folder ${f.quote(p.dir)}.`,
    why: "A file that does not exist cannot be uploaded, so this indicator's parameter scores 0 on the portal.",
    fix: () => "Save the file into the evidence folder, or correct the file name in the submission.",
  },
  "evidence-file-empty": {
    message: (p, f) => `Indicator ${f.indicator(p.indicator)}: evidence file ${f.quote(p.file)} is empty (0 bytes).`,
    fix: () => "Save the original document again; empty files are rejected at verification.",
  },
  "evidence-file-content-mismatch": {
    message: (p, f) => `Indicator ${f.indicator(p.indicator)}: file ${f.quote(p.file)} is named .${String(p.type ?? "")} but its content is ${p.actual ? String(p.actual).toUpperCase() : "unknown"}.`,
    why: "The portal checks file types; a file that was only renamed may be rejected or fail to open for the verifier.",
    fix: (p) => `Export or save the document again as a real ${String(p.type ?? "").toUpperCase()}.`,
  },
};
