import { compactKey } from "../text/normalise.ts";
import { defineSubmissionRule } from "./define.ts";

/** The same title used for several innovations (a known cause of rejection). */
export default defineSubmissionRule({
  codes: { "duplicate-innovation-name": "error" },
  source: "S36 (KIPP analogue), S14",
  status: "reported",
  *check({ submission }) {
    const first = new Map<string, number>();
    for (const innovation of submission.innovations) {
      if (!innovation.name) continue;
      const key = compactKey(innovation.name);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, innovation.index);
      else yield { code: "duplicate-innovation-name", path: ["innovations", innovation.index, "name"], params: { name: innovation.name, first: earlier + 1 }, related: ["innovations", earlier, "name"] };
    }
  },
});
