import type { ColumnTable } from "arquero";

/** danfojs-node's DataFrame, typed loosely so the heavy module loads only when asked for. */
export type DataFrame = { shape: number[]; columns: string[]; print(): void; [k: string]: unknown };

/**
 * A danfojs-node DataFrame view of an arquero table, for users who think in pandas. danfojs is
 * loaded on first use (it pulls TensorFlow.js), so the rest of the toolkit stays quick to import.
 * @param table Any table of the toolkit.
 * @returns A DataFrame with the same columns, in the same order.
 * @example const df = await toDataFrame(corpus.targets); df.print()
 */
export async function toDataFrame(table: ColumnTable): Promise<DataFrame> {
  const dfd = (await import("danfojs-node")) as unknown as {
    DataFrame: new (data: object[], options: { columns: string[] }) => DataFrame;
  };
  const columns = table.columnNames();
  return new dfd.DataFrame(table.objects() as object[], { columns });
}
