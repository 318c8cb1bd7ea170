import { linkHost } from "../submission/evidence.ts";
import { defineSubmissionRule } from "./define.ts";
import { sitePath } from "./answers.ts";

/** Indicator 35 needs the video itself: an MP4 file or a YouTube / Google Drive link. */
export default defineSubmissionRule({
  codes: { "video-link-unsupported": "warning", "video-missing": "warning" },
  source: "framework.videoLinks (S13, S5)",
  status: "reported",
  *check(ctx) {
    const { videoLinks } = ctx.framework;
    const sites = ctx.answerSites;
    for (let i = sites.regionCount; i < sites.answers.length; i++) {
      const definition = sites.definitions[i]!;
      const answer = sites.answers[i];
      if (definition.evidence.links !== "video" || !answer || answer.evidence.length === 0) continue;
      let hasVideo = false;
      for (const [e, item] of answer.evidence.entries()) {
        if (item.kind === "file" && videoLinks.fileTypes.includes(item.extension!)) hasVideo = true;
        if (item.kind !== "link") continue;
        const host = linkHost(item.name);
        if (host && videoLinks.hosts.includes(host)) hasVideo = true;
        else yield { code: "video-link-unsupported", path: sitePath(sites, i, "evidence", e), params: { indicator: definition.key, link: item.name } };
      }
      if (!hasVideo && !answer.evidence.some((e) => e.kind === "text"))
        yield { code: "video-missing", path: sitePath(sites, i, "evidence"), params: { indicator: definition.key } };
    }
  },
});
