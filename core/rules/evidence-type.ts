import { answeredBasis } from "../framework/compile.ts";
import { exceededSizeLimit, linkHost } from "../submission/evidence.ts";
import { defineSubmissionRule } from "./define.ts";
import { sitePath } from "./answers.ts";

/** Evidence must be of a type the indicator accepts, and within the portal's size limits. */
export default defineSubmissionRule({
  codes: { "evidence-type-not-accepted": "warning", "evidence-link-not-accepted": "warning", "evidence-too-large": "warning", "evidence-no-file-type": "info" },
  source: "framework.indicators[].evidence (S5, S13); size limits framework.evidenceLimits (S4, uncertain)",
  status: "reported",
  *check(ctx) {
    const { framework } = ctx;
    const sites = ctx.answerSites;
    const withVideo = new Map<readonly string[], string[]>();
    for (let site = 0; site < sites.answers.length; site++) {
      const answer = sites.answers[site];
      if (!answer || answer.evidence.length === 0) continue;
      const definition = sites.definitions[site]!;
      const rule = answeredBasis(definition, answer.bases)?.evidence ?? definition.evidence;
      let accepted = rule.fileTypes;
      if (definition.evidence.links === "video") {
        // Video indicators also take video files; the joined list is built once per check, not per answer.
        let joined = withVideo.get(rule.fileTypes);
        if (!joined) withVideo.set(rule.fileTypes, (joined = [...rule.fileTypes, ...framework.videoLinks.fileTypes]));
        accepted = joined;
      }
      // Paths are built only for a finding, in place: a closure over site and i would make this
      // generator allocate a context for every site and item (~1 MB on a 500-innovation check).
      for (let i = 0; i < answer.evidence.length; i++) {
        const item = answer.evidence[i]!;
        if (item.kind === "file" && accepted.includes(item.extension!) && item.sizeBytes === undefined) continue;
        if (item.kind === "link") {
          if (rule.links === "none" || !linkHost(item.name))
            yield { code: "evidence-link-not-accepted", path: sitePath(sites, site, "evidence", i), params: { indicator: definition.key, link: item.name, accepted: [...new Set(accepted)] } };
          continue;
        }
        if (item.kind === "text") {
          yield { code: "evidence-no-file-type", path: sitePath(sites, site, "evidence", i), params: { indicator: definition.key, name: item.name.slice(0, 200) } };
          continue;
        }
        if (!accepted.includes(item.extension!)) {
          yield { code: "evidence-type-not-accepted", path: sitePath(sites, site, "evidence", i), params: { indicator: definition.key, file: item.name, type: item.extension!, accepted: [...new Set(accepted)] } };
          continue;
        }
        const limit = exceededSizeLimit(framework, item.extension, item.sizeBytes);
        if (limit !== undefined)
          yield { code: "evidence-too-large", path: sitePath(sites, site, "evidence", i), params: { indicator: definition.key, file: item.name, sizeBytes: item.sizeBytes, limitBytes: limit } };
      }
    }
  },
});
