import type { DocumentSpec } from "./spec.js";
import { WEIHAI_DISTRICTS } from "./weihai-districts.js";

/** Weihai's evaluation of how its districts met their education duties in 2022. */
export const weihai2022Evaluation: DocumentSpec = Object.freeze({
  doc_id: "weihai-2022-evaluation",
  source_file: "weihai-2022-evaluation.txt",
  sha256: "5a2d012e088b324338d0514679b3dcae53745fbbc82e6febb7c48ca97577fc7a",
  city: "威海",
  city_en: "Weihai",
  province: "山东省",
  province_en: "Shandong",
  title: "对区市政府、开发区管委2022年履行教育职责评价情况的报告",
  issuer: "威海市教育局",
  issued: "2023-05-11",
  period_start: 2022,
  period_end: 2022,
  doc_type: "evaluation",
  districts: WEIHAI_DISTRICTS,
  districtScope: "clause",
  endMarker: "持续关注师生心理健康",
});
