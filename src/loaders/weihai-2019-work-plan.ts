import type { DocumentSpec } from "./spec.js";
import { WEIHAI_DISTRICTS } from "./weihai-districts.js";

/** Weihai Education Bureau's work plan for 2019. */
export const weihai2019WorkPlan: DocumentSpec = Object.freeze({
  doc_id: "weihai-2019-work-plan",
  source_file: "weihai-2019-work-plan.txt",
  sha256: "dd2342ebe718f02b1d9849ce5189e5b8692ce6ca7716c04f121f507256d622e3",
  city: "威海",
  city_en: "Weihai",
  province: "山东省",
  province_en: "Shandong",
  title: "威海市教育局(中共威海市委教育工委)2019年工作要点",
  issuer: "威海市教育局(中共威海市委教育工委)",
  issued: "2019-02-14",
  period_start: 2019,
  period_end: 2019,
  doc_type: "work_plan",
  districts: WEIHAI_DISTRICTS,
  endMarker: "增强服务效能",
});
