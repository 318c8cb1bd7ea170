// exceljs's XML text joined as it grows (cli/xlsx/xml-text.ts): in use once the CLI's exceljs
// adapter is loaded, and the same text as exceljs's own XmlStream for any sequence of writes, far
// past the join size too, with rollbacks (exceljs takes back an empty element) anywhere in it.
import { createRequire } from "node:module";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import "../../cli/xlsx/exceljs.ts";
import { exceljsOpenNode, exceljsXmlGetter, joiningOpenNode, joiningXmlGetter } from "../../cli/xlsx/xml-text.ts";

const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type XmlStream = {
  openNode(name: string, attributes?: object): void;
  addAttribute(name: string, value: string): void;
  writeText(text: string): void;
  closeNode(): void;
  addRollback(): number;
  commit(): void;
  rollback(): void;
  readonly xml: string;
};
const XmlStreamClass = fromExceljs("exceljs/lib/utils/xml-stream.js") as { new (): XmlStream; prototype: XmlStream };

function use(own: boolean): void {
  XmlStreamClass.prototype.openNode = own ? exceljsOpenNode : joiningOpenNode;
  Object.defineProperty(XmlStreamClass.prototype, "xml", { get: own ? exceljsXmlGetter : joiningXmlGetter, configurable: true });
}

afterEach(() => use(false));

type Step = { open: string } | { attribute: string } | { text: string } | { close: true } | { mark: true } | { keep: true } | { undo: true };

/** The text of an XmlStream after STEPS, with exceljs's own methods or ours. Impossible steps are skipped alike. */
function textAfter(own: boolean, steps: Step[]): string {
  use(own);
  const stream = new XmlStreamClass();
  let depth = 0;
  // Whether the innermost element still takes attributes (exceljs throws otherwise).
  let open = false;
  // Open marks, with where each was made (a rollback returns there).
  const marks: { depth: number; open: boolean }[] = [];
  for (const step of steps) {
    if ("open" in step) {
      stream.openNode(step.open, { n: step.open.length });
      depth++;
      open = true;
    } else if ("attribute" in step) {
      if (open) stream.addAttribute("v", step.attribute);
    } else if ("text" in step) {
      if (depth > 0) {
        stream.writeText(step.text);
        open = false;
      }
    } else if ("close" in step) {
      // Not below the innermost mark: a rollback returns to an element that is still open.
      if (depth > (marks.at(-1)?.depth ?? 0)) {
        stream.closeNode();
        depth--;
        open = false;
      }
    } else if ("mark" in step) {
      stream.addRollback();
      marks.push({ depth, open });
    } else if (marks.length) {
      const at = marks.pop()!;
      if ("keep" in step) stream.commit();
      else {
        stream.rollback();
        ({ depth, open } = at);
      }
    }
  }
  return stream.xml;
}

describe("exceljs's XML text", () => {
  it("is joined as it grows once the CLI's exceljs adapter is loaded", () => {
    expect(XmlStreamClass.prototype.openNode).toBe(joiningOpenNode);
    expect(Object.getOwnPropertyDescriptor(XmlStreamClass.prototype, "xml")!.get).toBe(joiningXmlGetter);
  });

  it("is the text exceljs's own XmlStream gives, for any writes and rollbacks", () => {
    const step: fc.Arbitrary<Step> = fc.oneof(
      { arbitrary: fc.constantFrom("c", "row", "v", "si").map((open) => ({ open })), weight: 4 },
      { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }).map((attribute) => ({ attribute })), weight: 2 },
      { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }).map((text) => ({ text })), weight: 2 },
      { arbitrary: fc.constant({ close: true as const }), weight: 5 },
      { arbitrary: fc.constantFrom<Step>({ mark: true }, { keep: true }, { undo: true }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: 0, max: 4 }), (steps, repeats) => {
        // Repeated to several times the join size (4,096 strings) at times.
        const all = Array.from({ length: 1 + repeats * 300 }, () => steps).flat();
        expect(textAfter(false, all)).toBe(textAfter(true, all));
      }),
      { numRuns: 150 },
    );
  });

  it("is the text exceljs's own XmlStream gives when a rollback takes back more than the join size", () => {
    const before: Step[] = Array.from({ length: 900 }, () => [{ open: "c" }, { text: "x" }, { close: true }] as Step[]).flat();
    // A mark, then well over 4,096 strings written after it, then the rollback (and a control that keeps them).
    const after: Step[] = Array.from({ length: 2_000 }, () => [{ open: "v" }, { text: "y" }, { close: true }] as Step[]).flat();
    for (const end of [{ undo: true }, { keep: true }] as Step[]) {
      const steps: Step[] = [{ open: "sheet" }, ...before, { mark: true }, ...after, end, { open: "c" }, { close: true }];
      expect(textAfter(false, steps)).toBe(textAfter(true, steps));
    }
    expect(textAfter(false, [{ open: "sheet" }, ...before, { mark: true }, ...after, { undo: true }])).not.toContain("y");
  });
});
