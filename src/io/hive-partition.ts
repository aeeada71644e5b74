/**
 * The folder name Hive, Spark, DuckDB and pyarrow give a partition whose value is null (or
 * empty), and read back as null.
 */
export const HIVE_DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";

// The characters Hive's and Spark's escapePathName percent-encode: controls, the path and
// key=value separators, and the characters file systems or glob patterns treat specially.
// Spaces and non-ASCII characters are kept as they are.
const ESCAPED = /[\u0000-\u001f\u007f"#%'*/:=?\\{[\]^]/g;

/**
 * Escapes a partition value for a folder name the way Hive and Spark do: each special character
 * becomes `%` and its two upper-case hex digits. Readers with Hive partitioning (DuckDB,
 * pyarrow, Spark) decode it back.
 * @param value The value as written in the table.
 * @returns The value as it stands in the folder name.
 * @example escapePartitionValue("A/B=C") // "A%2FB%3DC"
 */
export function escapePartitionValue(value: string): string {
  return value.replace(
    ESCAPED,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/**
 * One Hive-style folder name, `column=value`, with a null or empty value as
 * {@link HIVE_DEFAULT_PARTITION}.
 * @param column The partition column.
 * @param value Its value for the rows in the folder.
 * @returns The folder name.
 * @example partitionFolder("province_en", "Guangxi Zhuang Autonomous Region") // "province_en=Guangxi Zhuang Autonomous Region"
 */
export function partitionFolder(column: string, value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return `${column}=${text === "" ? HIVE_DEFAULT_PARTITION : escapePartitionValue(text)}`;
}
