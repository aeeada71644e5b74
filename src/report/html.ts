import { COMPARATOR_SIGN, isComparator } from "../schema/vocab.js";
import { ASSESSMENT, assessmentLabel } from "../compare/verdicts.js";
import { CITY_WIDE_EN } from "../extract/scope.js";
import { unitSuffix } from "../rules/units.js";
import type { ColumnTable } from "arquero";
import { lineUp, PROGRESS, STATUS } from "../compare/line-up.js";
import { planVersusOutcome } from "../compare/plan-outcome.js";
import { rowsOf } from "../compare/rows.js";
import { escapeXml as esc } from "../io/escape.js";
import type { DocumentRow, TargetRow } from "../schema/rows.js";
import { indicatorById, isBroadIndicator } from "../rules/indicators.js";
import { subsetFont } from "../charts/fonts.js";
import type { Lang } from "../charts/theme.js";

/** A chart as the report embeds it. */
export interface ReportChart {
  title: string;
  svg: string;
  /** Relative path of its PNG, offered for download. */
  png?: string;
}

/** What the report is built from. */
export interface ReportInput {
  documents: ColumnTable;
  targets: ColumnTable;
  /** Raw text of each source file, to show every figure in context. */
  texts: ReadonlyMap<string, string>;
  charts: readonly ReportChart[];
  lang: Lang;
  /** Indicators to line up in the comparison tables. */
  indicators: readonly string[];
}

const T = {
  en: {
    title: (n: number) =>
      n === 1
        ? "Education-policy targets of one Chinese city"
        : `Education-policy targets of ${n} Chinese cities`,
    intro:
      "Every figure below links to the sentence it comes from, shown in context with its file and character offsets.",
    documents: "Documents",
    lineUp: "Targets by city",
    planOutcome: (city: string, year: string) => `${city}: plans versus the ${year} evaluation`,
    untargeted: (n: number) =>
      `${n} further figures of the evaluation have no target in the plans; they are listed with every figure below.`,
    perYear: " a year",
    unreported: (n: number) =>
      `${n} further targets of the plans (broad indicator families: schools built, projects, sites…) have no figure in the evaluation.`,
    charts: "Charts",
    sources: "Every figure and its source sentence",
    city: "City",
    indicator: "Indicator",
    target: "Target",
    year: "Year",
    baseline: "Baseline",
    pace: "Pace a year",
    scope: "Scope",
    plan: "Plan",
    actual: "Reported",
    assessment: "Assessment",
    back: "back to the tables",
    corrected: "corrected by hand",
    added: "added by hand",
  },
  zh: {
    title: (n: number) =>
      n <= 10
        ? `${"〇一二三四五六七八九十"[n]}市教育规划量化目标比较`
        : `${n}个城市教育规划量化目标比较`,
    intro: "下文每个数字都链接到其原文句子, 并给出上下文、文件名与字符位置。",
    documents: "文件",
    lineUp: "各市目标",
    planOutcome: (city: string, year: string) => `${city}：规划目标与${year}年评价结果`,
    untargeted: (n: number) => `评价中另有${n}个数字在规划中无对应目标，见下文全部数字。`,
    perYear: "/年",
    unreported: (n: number) =>
      `规划另有${n}个宽口径指标（新建学校、项目、基地等）的目标在评价中无对应数字。`,
    charts: "图表",
    sources: "全部数字及其原文",
    city: "城市",
    indicator: "指标",
    target: "目标",
    year: "年份",
    baseline: "基期",
    pace: "年均进度",
    scope: "范围",
    plan: "规划",
    actual: "评价结果",
    assessment: "判断",
    back: "返回表格",
    corrected: "人工更正",
    added: "人工补录",
  },
};

/** A scope as the report names it: the city as a whole, or a district in the language chosen. */
function scopeName(scope: string, scopeEn: unknown, lang: Lang): string {
  if (lang === "en") return typeof scopeEn === "string" && scopeEn ? scopeEn : scope;
  return scope === "city" ? "全市" : scope;
}

const CSS = `
body{font-family:"Noto Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1a1a1a;line-height:1.5}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}h3{margin-bottom:.3em}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}th,td{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f4f6f8}td.num{text-align:right;white-space:nowrap}td.scope{max-width:14em}td.city-wide{white-space:nowrap}.muted{color:#777;font-style:italic}
.corrected{color:#8a4b00;font-size:.9em}figure{margin:1em 0 2em}figure svg{max-width:100%;height:auto}figcaption a{font-size:.85em}
.source{border-left:3px solid #ccc;padding:4px 10px;margin:8px 0;font-size:.9em}.source:target{border-color:#d9822b;background:#fff7ec}
.source .meta{color:#666;font-size:.85em}mark{background:#ffe08a;padding:0 2px}
`;

function link(row: string | null, text: string): string {
  return row ? `<a href="#${esc(row)}">${esc(text)}</a>` : esc(text);
}

/** A value with its comparator sign and its unit in the report's language. */
function num(v: unknown, unit: unknown, lang: Lang, indicatorId?: unknown, cmp?: unknown): string {
  if (v === null || v === undefined) return "";
  const counts = indicatorById(String(indicatorId ?? ""))?.countsEn;
  const u = unitSuffix((unit as string | null) ?? null, lang, counts);
  return `${isComparator(cmp) ? COMPARATOR_SIGN[cmp] : ""}${v}${u}`;
}

/**
 * Builds the self-contained HTML report: documents, comparison tables, charts (inline SVG) and,
 * for every figure, its sentence in context. All document text is HTML-escaped.
 * @param input Tables, raw texts, rendered charts, language and indicators.
 * @returns The HTML page.
 * @example writeFileSync("report/index.html", buildReport({ ...corpus, texts, charts, lang: "en", indicators }))
 */
export function buildReport(input: ReportInput): string {
  const t = T[input.lang];
  const docs = rowsOf<DocumentRow>(input.documents);
  const targets = rowsOf<TargetRow>(input.targets);
  const out: string[] = [];
  const cityCount = new Set(docs.map((d) => d.city)).size;
  const lang = input.lang;
  out.push(
    `<!doctype html><html lang="${input.lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(t.title(cityCount))}</title><style>${CSS}</style></head><body>`,
  );
  out.push(`<h1>${esc(t.title(cityCount))}</h1><p>${esc(t.intro)}</p>`);

  out.push(
    `<h2 id="documents">${esc(t.documents)}</h2><table><tr><th>doc_id</th><th>${esc(t.city)}</th><th>title</th><th>issued</th><th>SHA-256</th></tr>`,
  );
  for (const d of docs)
    out.push(
      `<tr><td>${esc(d.doc_id)}</td><td>${esc(input.lang === "zh" ? d.city : d.city_en)}</td><td>${esc(d.title)}</td><td>${esc(d.issued)}</td><td><code>${esc(d.sha256.slice(0, 16))}…</code></td></tr>`,
    );
  out.push(`</table>`);

  out.push(`<h2 id="line-up">${esc(t.lineUp)}</h2>`);
  out.push(
    `<table class="line-up"><tr><th>${esc(t.indicator)}</th><th>${esc(t.city)}</th><th>${esc(t.target)}</th><th>${esc(t.year)}</th><th>${esc(t.baseline)}</th><th>${esc(t.pace)}</th></tr>`,
  );
  for (const r of rowsOf<Record<string, unknown>>(lineUp(input, input.indicators))) {
    const ind = indicatorById(r.indicator_id as string)!;
    const name = input.lang === "zh" ? ind.zh : ind.en;
    const city = input.lang === "zh" ? (r.city as string) : (r.city_en as string);
    if (r.status !== STATUS.NUMERIC) {
      const status =
        input.lang === "zh"
          ? r.status === STATUS.COMMITMENT
            ? "有表述, 无量化目标"
            : r.status === STATUS.RELATED
              ? "以相关指标表述"
              : "未涉及"
          : String(r.status);
      out.push(
        `<tr><td>${esc(name)}</td><td>${esc(city)}</td><td colspan="4" class="muted">${link(r.row_id as string | null, status)}</td></tr>`,
      );
      continue;
    }
    const range =
      r.value_max !== null
        ? `${r.value}–${r.value_max}${unitSuffix(r.unit as string, lang, ind.countsEn)}`
        : num(r.value, r.unit, lang, r.indicator_id, r.comparator);
    const baseline =
      r.baseline_value === null
        ? ""
        : `${num(r.baseline_value, r.unit, lang, r.indicator_id)} (${r.baseline_year})`;
    const paceUnit =
      r.pace_unit === "percentage points"
        ? unitSuffix("个百分点", lang)
        : unitSuffix(r.pace_unit as string | null, lang, ind.countsEn);
    const pace =
      r.progress === PROGRESS.EXCEEDED_AT_BASELINE
        ? assessmentLabel(ASSESSMENT.EXCEEDED_AT_BASELINE, lang)
        : r.pace_per_year === null
          ? ""
          : `${r.pace_per_year}${paceUnit}${t.perYear}`;
    out.push(
      `<tr><td>${esc(name)}</td><td>${esc(city)}</td><td class="num">${link(r.row_id as string, range)}</td><td class="num">${esc(String(r.target_year))}</td><td class="num">${esc(baseline)}</td><td class="num">${esc(pace)}</td></tr>`,
    );
  }
  out.push(`</table>`);

  // One plan-versus-outcome table per city with an evaluation.
  for (const ev of docs.filter((d) => d.doc_type === "evaluation")) {
    if (
      docs.findIndex((d) => d.doc_type === "evaluation" && d.city === ev.city) !== docs.indexOf(ev)
    )
      continue;
    const cityName = lang === "zh" ? ev.city : ev.city_en;
    out.push(
      `<h2 id="plan-outcome-${esc(ev.city_en.toLowerCase().replace(/[^a-z0-9]+/g, "-"))}">${esc(t.planOutcome(cityName, String(ev.period_end)))}</h2><table class="plan-outcome"><tr><th>${esc(t.indicator)}</th><th>${esc(t.scope)}</th><th>${esc(t.plan)}</th><th>${esc(t.actual)}</th><th>${esc(t.assessment)}</th></tr>`,
    );
    const all = rowsOf<Record<string, unknown>>(planVersusOutcome(input, { city: ev.city }));
    // Figures of the evaluation that no plan targets are not a plan-versus-outcome question:
    // counted below the table and listed with every figure.
    const untargeted = all.filter((r) => r.assessment === ASSESSMENT.NO_TARGET).length;
    // A broad family's target without a figure in the evaluation says little: counted, not listed.
    const broadUnreported = (r: Record<string, unknown>) =>
      r.assessment === ASSESSMENT.NOT_REPORTED && isBroadIndicator(String(r.indicator_id));
    const unreported = all.filter(broadUnreported).length;
    for (const r of all) {
      if (r.assessment === ASSESSMENT.NO_TARGET || broadUnreported(r)) continue;
      const planScope =
        r.plan_scope && r.plan_scope !== r.scope
          ? `, ${scopeName(r.plan_scope as string, r.plan_scope === "city" ? CITY_WIDE_EN : r.plan_scope, lang)}`
          : "";
      const plan =
        r.plan_value === null
          ? ""
          : `${num(r.plan_value, r.unit, lang, r.indicator_id, r.plan_comparator)} (${r.plan_year}${planScope})`;
      const actual =
        r.actual_value === null
          ? ""
          : `${num(r.actual_value, r.actual_unit, lang, r.indicator_id, r.actual_comparator)} (${r.actual_year})`;
      out.push(
        `<tr><td>${esc(lang === "zh" ? String(r.indicator_zh) : String(r.indicator_en))}</td><td class="scope${r.scope === "city" ? " city-wide" : ""}">${esc(scopeName(r.scope as string, r.scope_en, lang))}</td><td class="num">${link(r.plan_row_id as string | null, plan)}</td><td class="num">${link(r.actual_row_id as string | null, actual)}</td><td>${esc(assessmentLabel(r.assessment as string, lang))}</td></tr>`,
      );
    }
    out.push(`</table>`);
    if (unreported) out.push(`<p class="muted">${esc(t.unreported(unreported))}</p>`);
    if (untargeted) out.push(`<p class="muted">${esc(t.untargeted(untargeted))}</p>`);
  }

  out.push(`<h2 id="charts">${esc(t.charts)}</h2>`);
  for (const c of input.charts) {
    out.push(
      `<figure>${c.svg.replace(/<\?xml[^>]*>/, "")}<figcaption>${esc(c.title)}${c.png ? ` — <a href="${esc(c.png)}">PNG</a>` : ""}</figcaption></figure>`,
    );
  }

  out.push(`<h2 id="sources">${esc(t.sources)}</h2>`);
  for (const d of docs) {
    const raw = input.texts.get(d.source_file) ?? "";
    out.push(`<h3>${esc(d.title)}</h3>`);
    for (const r of targets.filter((x) => x.doc_id === d.doc_id)) {
      const before = raw.slice(Math.max(0, r.start - 60), r.start).replace(/\s+/g, " ");
      const after = raw.slice(r.end, r.end + 60).replace(/\s+/g, " ");
      const what = [
        r.indicator_id ?? r.indicator_zh,
        r.kind,
        r.year,
        r.scope === "city" ? "" : r.scope,
      ]
        .filter(Boolean)
        .join(" · ");
      out.push(
        `<div class="source" id="${esc(r.row_id)}"><div class="meta">${esc(r.row_id)} — ${esc(what)} — ${esc(r.source_file)} [${r.start}, ${r.end}) — <a href="#line-up">${esc(t.back)}</a></div>` +
          (r.provenance && r.provenance !== "extracted"
            ? `<div class="corrected">✎ ${esc(r.provenance === "added" ? t.added : t.corrected)}: ${esc(r.correction)}</div>`
            : "") +
          `<div class="quote">…${esc(before)}<mark>${esc(raw.slice(r.start, r.end))}</mark>${esc(after)}…</div>` +
          `<div class="sentence">${esc(r.quote)}</div></div>`,
      );
    }
  }
  out.push(`</body></html>`);
  const page = out.join("\n");
  // Embed the characters the page uses, so it reads the same on a machine without Chinese fonts.
  const font = Buffer.from(subsetFont(page)).toString("base64");
  const face = `@font-face{font-family:"Noto Sans SC";src:url(data:font/otf;base64,${font}) format("opentype")}`;
  return page.replace("<style>", `<style>${face}`);
}
