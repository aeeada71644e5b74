import type { DocumentSpec } from "./spec.js";
import { WEIHAI_DISTRICTS } from "./weihai-districts.js";

/** Weihai's three-year action plan for high-quality education, 2023–2025. */
export const weihai2023ActionPlan: DocumentSpec = Object.freeze({
  doc_id: "weihai-2023-action-plan",
  source_file: "weihai-2023-2025-action-plan.txt",
  sha256: "8a6a980fdae6164d58809cfaff28203b54d80849756181c3b0a5d05f2d578dd9",
  city: "威海",
  city_en: "Weihai",
  province: "山东省",
  province_en: "Shandong",
  title: "威海市进一步加快推动教育高质量发展三年行动计划(2023—2025年)",
  issuer: "威海市人民政府办公室",
  issued: "2023-12-16",
  period_start: 2023,
  period_end: 2025,
  doc_type: "plan",
  districts: WEIHAI_DISTRICTS,
  endMarker: "缓解普通高中办学压力",
});
