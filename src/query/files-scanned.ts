import type { QueryParams, Dataset } from "./open-dataset.js";

/** How many Parquet files a query read, of those its tables have. */
export interface FilesScanned {
  /** Files read after the partitions a condition excludes were skipped. */
  scanned: number;
  /** Files of the tables the query reads, before skipping. */
  total: number;
}

interface ProfileNode {
  extra_info?: Record<string, unknown>;
  children?: ProfileNode[];
}

/**
 * Runs a query under DuckDB's profiler and reports how many part files its scans read: with a
 * condition on a partition column (`WHERE province_en = 'Shandong'`), DuckDB skips the folders
 * of other partitions without opening their files. This is how to see what partitioning saves.
 * @param dataset An open dataset.
 * @param sql A SELECT statement over its views.
 * @param params Values for its parameters.
 * @returns Files scanned and files there were, summed over the query's Parquet scans.
 * @example await filesScanned(ds, "SELECT avg(value) FROM targets WHERE doc_year = 2022") // { scanned: 1, total: 4 }
 */
export async function filesScanned(
  dataset: Dataset,
  sql: string,
  params?: QueryParams,
): Promise<FilesScanned> {
  const [plan] = await dataset.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  const out: FilesScanned = { scanned: 0, total: 0 };
  const visit = (node: ProfileNode) => {
    // A scan that skipped files says "Scanning Files: 1/4"; one that skipped none only says
    // how many it read.
    const info = node.extra_info ?? {};
    const m = /^(\d+)\/(\d+)$/.exec(String(info["Scanning Files"] ?? ""));
    const read = Number(info["Total Files Read"] ?? NaN);
    if (m) {
      out.scanned += Number(m[1]);
      out.total += Number(m[2]);
    } else if (Number.isInteger(read)) {
      out.scanned += read;
      out.total += read;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(JSON.parse(String(plan?.explain_value)) as ProfileNode);
  return out;
}
