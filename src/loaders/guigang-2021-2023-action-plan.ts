import type { DocumentSpec } from "./spec.js";

/** Guigang's action plan to raise the quality of education (贵政通〔2022〕12号), 2021–2023. */
export const guigang2022ActionPlan: DocumentSpec = Object.freeze({
  doc_id: "guigang-2022-action-plan",
  source_file: "guigang-2021-2023-action-plan.txt",
  sha256: "e13c256d6c7a0c439b87207f8b17eeab31d5be283bf1acddc11f006ca2062ac0",
  city: "贵港",
  city_en: "Guigang",
  province: "广西壮族自治区",
  province_en: "Guangxi Zhuang Autonomous Region",
  title: "贵港市教育提质行动计划",
  issuer: "贵港市人民政府",
  issued: "2022-03-19",
  period_start: 2021,
  period_end: 2023,
  doc_type: "plan",
  districts: Object.freeze([
    { zh: "港北区", en: "Gangbei District" },
    { zh: "港南区", en: "Gangnan District" },
    { zh: "覃塘区", en: "Qintang District" },
    { zh: "桂平市", en: "Guiping" },
    { zh: "平南县", en: "Pingnan County" },
  ]),
  endMarker: "依法依规予以约谈和问责",
});
