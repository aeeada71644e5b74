import type { District } from "../extract/scope.js";

/** Weihai's districts, county-level cities and development zones, as the documents name them. */
export const WEIHAI_DISTRICTS: readonly District[] = Object.freeze([
  { zh: "环翠区", en: "Huancui District" },
  { zh: "文登区", en: "Wendeng District" },
  { zh: "荣成市", en: "Rongcheng" },
  { zh: "乳山市", en: "Rushan" },
  {
    zh: "高区",
    en: "Torch Hi-Tech Industrial Development Zone",
    aliases: ["火炬高技术产业开发区"],
  },
  { zh: "经区", en: "Economic and Technological Development Zone", aliases: ["经济技术开发区"] },
  {
    zh: "临港区",
    en: "Lingang Economic and Technological Development Zone",
    aliases: ["临港经济技术开发区"],
  },
  { zh: "南海新区", en: "Nanhai New Area" },
  { zh: "综保区", en: "Comprehensive Bonded Zone" },
]);
