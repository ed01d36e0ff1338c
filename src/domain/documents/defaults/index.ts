/** The default template of each kind of document. */
import type { DocumentKind } from "../catalogue";
import type { Block } from "../template";
import { PARTNER_AGREEMENT } from "./agreement";
import { ANALYTICAL_REPORT } from "./analyticalReport";
import { GUARDIAN_CONSENT } from "./consent";
import { CURATOR_ORDER, IMPLEMENTATION_ORDER, PAIRS_ORDER, REWARD_ORDER } from "./orders";
import { REGULATION } from "./regulation";

export const DEFAULT_TEMPLATES: Record<DocumentKind, readonly Block[]> = {
  "implementation-order": IMPLEMENTATION_ORDER,
  "curator-order": CURATOR_ORDER,
  "pairs-order": PAIRS_ORDER,
  regulation: REGULATION,
  "partner-agreement": PARTNER_AGREEMENT,
  "guardian-consent": GUARDIAN_CONSENT,
  "reward-order": REWARD_ORDER,
  "analytical-report": ANALYTICAL_REPORT,
};
