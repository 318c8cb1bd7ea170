// The rule registry. Every file in this folder (but the helpers) is registered here under its
// file name; test/core/conventions.test.ts enforces that, and that every code has messages.
import designMinWords from "./design-min-words.ts";
import designParts from "./design-parts.ts";
import divisorMinimum from "./divisor-minimum.ts";
import duplicateNames from "./duplicate-names.ts";
import eligibilityWindow from "./eligibility-window.ts";
import evidenceMissing from "./evidence-missing.ts";
import evidenceType from "./evidence-type.ts";
import implementationInFuture from "./implementation-in-future.ts";
import kemanfaatanBasis from "./kemanfaatan-basis.ts";
import levelValue from "./level-value.ts";
import mandatoryIndicators from "./mandatory-indicators.ts";
import notAssessed from "./not-assessed.ts";
import profileRequired from "./profile-required.ts";
import regionRequired from "./region-required.ts";
import stageNotScored from "./stage-not-scored.ts";
import trialAfterImplementation from "./trial-after-implementation.ts";
import videoEvidence from "./video-evidence.ts";
import yandasCoverage from "./yandas-coverage.ts";
import type { Rule } from "./define.ts";

export const rules: Readonly<Record<string, Rule>> = {
  "profile-required": profileRequired,
  "design-min-words": designMinWords,
  "design-parts": designParts,
  "trial-after-implementation": trialAfterImplementation,
  "implementation-in-future": implementationInFuture,
  "eligibility-window": eligibilityWindow,
  "stage-not-scored": stageNotScored,
  "not-assessed": notAssessed,
  "mandatory-indicators": mandatoryIndicators,
  "evidence-missing": evidenceMissing,
  "evidence-type": evidenceType,
  "video-evidence": videoEvidence,
  "kemanfaatan-basis": kemanfaatanBasis,
  "level-value": levelValue,
  "duplicate-names": duplicateNames,
  "yandas-coverage": yandasCoverage,
  "divisor-minimum": divisorMinimum,
  "region-required": regionRequired,
};
