import { checkIndicators } from "../compare/rows.js";
import { LINE_UP_COLUMNS, PROGRESS, STATUS } from "../compare/line-up.js";
import { INDICATORS, indicatorById } from "../rules/indicators.js";
import { COMPARATOR } from "../schema/vocab.js";
import { requireTables, sqlString, type Dataset } from "./open-dataset.js";
import type { Row } from "./plain-rows.js";

const q = sqlString;

/**
 * The line-up of one indicator as one SQL statement over the dataset's views, answering what
 * `lineUp` answers in memory: for each city, its headline target (a numeric target of a plan or
 * work plan, city-wide, of the latest year), the baseline (a baseline row, else an actual, of an
 * earlier year, the latest such; not a bound such as 未达到 or 超过), the implied pace a year, and
 * for a city without a numeric target whether it commits in words, addresses a related indicator
 * or not at all. Rows of the same year are told apart by the later-issued document first, then
 * the earlier place in the document; related indicators are listed in that order too.
 * `$indicator` is the indicator's id; `related` the ids of its family (eyesight goals), which
 * this function writes into the statement.
 * @param related The other indicators of the indicator's family (vocabulary ids).
 * @returns The SQL text, with the parameter `$indicator`.
 * @example lineUpSql([]) // "WITH cities AS (…"
 */
export function lineUpSql(related: readonly string[]): string {
  const lower = `h.comparator IN (${q(COMPARATOR.LE)}, ${q(COMPARATOR.LT)})`;
  const upper = `h.comparator IN (${q(COMPARATOR.GE)}, ${q(COMPARATOR.GT)})`;
  const tieBreak = "issued DESC NULLS LAST, doc_id, start";
  return `
WITH cities AS (
  SELECT city, min(city_en) AS city_en FROM documents GROUP BY city
),
vocabulary AS (
  SELECT zh, en, comparability FROM indicators WHERE indicator_id = $indicator
),
mine AS (
  SELECT t.*, d.doc_type, d.period_end, d.issued
  FROM targets t LEFT JOIN documents d ON d.doc_id = t.doc_id
  WHERE t.scope = 'city' AND t.indicator_id = $indicator
),
head AS (
  SELECT * FROM mine
  WHERE kind = 'target' AND value IS NOT NULL AND doc_type IS DISTINCT FROM 'evaluation'
  QUALIFY row_number() OVER (PARTITION BY city ORDER BY coalesce(year, 0) DESC, ${tieBreak}) = 1
),
base AS (
  SELECT m.city, m.value, m.year, m.kind
  FROM mine m JOIN head h ON h.city = m.city
  WHERE m.kind IN ('baseline', 'actual') AND m.value IS NOT NULL
    AND coalesce(m.comparator, '') NOT IN (${q(COMPARATOR.LT)}, ${q(COMPARATOR.GT)})
    AND coalesce(m.year, 0) < coalesce(h.year, 0)
  QUALIFY row_number() OVER (
    PARTITION BY m.city ORDER BY m.kind = 'baseline' DESC, coalesce(m.year, 0) DESC, m.${tieBreak.replace(/, /g, ", m.")}
  ) = 1
),
said AS (
  SELECT city, doc_id, row_id, quote, period_end FROM mine WHERE kind = 'commitment'
  QUALIFY row_number() OVER (PARTITION BY city ORDER BY ${tieBreak}) = 1
),
related_rows AS (
  SELECT t.city, t.indicator_id,
    row_number() OVER (PARTITION BY t.city ORDER BY d.issued DESC NULLS LAST, t.doc_id, t.start) AS n
  FROM targets t LEFT JOIN documents d ON d.doc_id = t.doc_id
  WHERE t.scope = 'city' AND t.value IS NOT NULL
    AND t.indicator_id IN (${related.length ? related.map(q).join(", ") : "NULL"})
),
related AS (
  SELECT city, string_agg(indicator_id, ', ' ORDER BY first) AS ids
  FROM (SELECT city, indicator_id, min(n) AS first FROM related_rows GROUP BY city, indicator_id)
  GROUP BY city
),
judged AS (
  SELECT c.city, c.city_en, h.comparator, h.value, h.value_max, h.unit, h.year, h.period_end,
    h.doc_id, h.row_id, h.quote, b.value AS baseline_value, b.year AS baseline_year,
    b.kind AS baseline_kind, coalesce(h.year, 0) - coalesce(b.year, 0) AS span,
    h.city IS NOT NULL AS has_target,
    coalesce((${lower} OR ${upper}) AND b.value IS NOT NULL AND h.value_max IS NULL
      AND CASE WHEN ${lower} THEN b.value <= h.value ELSE b.value >= h.value END
      AND b.value <> h.value, false) AS exceeded
  FROM cities c
  LEFT JOIN head h ON h.city = c.city
  LEFT JOIN base b ON b.city = c.city
),
paced AS (
  SELECT *,
    CASE WHEN baseline_value IS NOT NULL AND span > 0 AND value_max IS NULL AND NOT exceeded
      THEN floor((value - baseline_value) / span * 1000 + 0.5) / 1000 END AS pace
  FROM judged
)
SELECT
  $indicator AS indicator_id,
  v.zh AS indicator_zh,
  v.en AS indicator_en,
  p.city,
  p.city_en,
  CASE WHEN p.has_target THEN ${q(STATUS.NUMERIC)}
    WHEN s.city IS NOT NULL THEN ${q(STATUS.COMMITMENT)}
    WHEN r.city IS NOT NULL THEN ${q(STATUS.RELATED)}
    ELSE ${q(STATUS.NOT_ADDRESSED)} END AS status,
  p.comparator,
  p.value,
  p.value_max,
  p.unit,
  p.year AS target_year,
  CASE WHEN p.has_target THEN p.period_end ELSE s.period_end END AS horizon,
  p.baseline_value,
  p.baseline_year,
  p.baseline_kind,
  p.pace AS pace_per_year,
  CASE WHEN p.pace IS NULL THEN NULL WHEN p.unit = '%' THEN 'percentage points' ELSE p.unit END
    AS pace_unit,
  CASE WHEN p.exceeded THEN ${q(PROGRESS.EXCEEDED_AT_BASELINE)} END AS progress,
  CASE WHEN p.has_target THEN p.doc_id ELSE s.doc_id END AS doc_id,
  CASE WHEN p.has_target THEN p.row_id ELSE s.row_id END AS row_id,
  CASE WHEN p.has_target THEN p.quote ELSE s.quote END AS quote,
  CASE WHEN NOT p.has_target AND s.city IS NULL AND r.city IS NOT NULL
    THEN 'See ' || r.ids || '. ' || v.comparability ELSE v.comparability END AS note
FROM paced p
LEFT JOIN said s ON s.city = p.city
LEFT JOIN related r ON r.city = p.city
LEFT JOIN vocabulary v ON true
ORDER BY p.city_en, p.city`;
}

/**
 * Lines canonical indicators up across the cities of a Parquet dataset in SQL (see
 * {@link lineUpSql}): the same columns, targets, baselines and paces as `lineUp` gives for the
 * same tables in memory, one row per indicator and city, cities in order of their English names.
 * @param dataset An open dataset with the targets, documents and indicators tables.
 * @param indicators One indicator id or several.
 * @returns Rows with the columns of `LINE_UP_COLUMNS`.
 * @throws {SelectionError} For an id not in the vocabulary.
 * @throws {DatasetError} When a table is missing.
 * @example await queryLineUp(await openDataset("data"), "preschool_gross_enrolment_rate")
 */
export async function queryLineUp(
  dataset: Dataset,
  indicators: string | readonly string[],
): Promise<Row[]> {
  const ids = checkIndicators(typeof indicators === "string" ? [indicators] : indicators);
  requireTables(dataset, ["targets", "documents", "indicators"]);
  const out: Row[] = [];
  for (const id of ids) {
    const family = indicatorById(id)!.family;
    const related = family
      ? INDICATORS.filter((i) => i.family === family && i.id !== id).map((i) => i.id)
      : [];
    for (const row of await dataset.query(lineUpSql(related), { indicator: id }))
      out.push(Object.fromEntries(LINE_UP_COLUMNS.map((c) => [c, row[c] ?? null])));
  }
  return out;
}
