import type { DocumentSpec } from "./spec.js";

/** Yantai's 14th five-year plan for education, 2021–2025 (decision draft). */
export const yantai2021FiveYearPlan: DocumentSpec = Object.freeze({
  doc_id: "yantai-2021-five-year-plan",
  source_file: "yantai-2021-2025-five-year-plan.txt",
  sha256: "88b57cc0debe35b38e5aab5bf91cf0bd47952d11e8a5afd10b4392742ec140ae",
  city: "烟台",
  city_en: "Yantai",
  province: "山东省",
  province_en: "Shandong",
  title: "《烟台市“十四五”教育事业发展规划》决策草案",
  issuer: "烟台市教育局",
  issued: "2021-12-31",
  period_start: 2021,
  period_end: 2025,
  doc_type: "plan",
  endMarker: "实现个性化家庭教育指导",
});
