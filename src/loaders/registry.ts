import { guigang2022ActionPlan } from "./guigang-2021-2023-action-plan.js";
import type { DocumentSpec } from "./spec.js";
import { weihai2019WorkPlan } from "./weihai-2019-work-plan.js";
import { weihai2022Evaluation } from "./weihai-2022-evaluation.js";
import { weihai2023ActionPlan } from "./weihai-2023-2025-action-plan.js";
import { yantai2021FiveYearPlan } from "./yantai-2021-2025-five-year-plan.js";

/** The registered documents, in catalogue order. */
export const REGISTRY: readonly DocumentSpec[] = Object.freeze([
  weihai2023ActionPlan,
  weihai2019WorkPlan,
  guigang2022ActionPlan,
  yantai2021FiveYearPlan,
  weihai2022Evaluation,
]);
