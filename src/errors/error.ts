/**
 * An input problem the toolkit cannot work around. Carries the file and character offset.
 */
export class SeedError extends Error {
  /** The file the problem is in, as given by the caller. */
  readonly file: string;
  /** Character (or byte, for decoding errors) offset of the problem, when known. */
  readonly offset: number | null;

  constructor(text: string, file: string, offset: number | null = null) {
    super(text);
    this.name = "SeedError";
    this.file = file;
    this.offset = offset;
  }
}

/**
 * A Parquet dataset that cannot be opened (no such folder, no dataset, a table missing) or a
 * query over it that fails. An input problem like a bad seed file: `file` is the data folder.
 */
export class DatasetError extends SeedError {
  constructor(text: string, dir: string) {
    super(text, dir);
    this.name = "DatasetError";
  }
}

/**
 * Throws a {@link SeedError}.
 * @param text The message, from `message`.
 * @param file The file concerned.
 * @param offset Where in the file, when known.
 * @example fail(message.emptyFile("a.txt"), "a.txt")
 */
export function fail(text: string, file: string, offset: number | null = null): never {
  throw new SeedError(text, file, offset);
}

/**
 * Quotes a short stretch of text around an offset, for error messages.
 * @param text The whole text.
 * @param offset Where the problem is.
 * @param width Characters to show on each side (default 12).
 * @returns The snippet with newlines shown as spaces.
 * @example snippet("abcdef", 2, 1) // "bcd"
 */
export function snippet(text: string, offset: number, width = 12): string {
  return text
    .slice(Math.max(0, offset - width), offset + width)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * An output problem the toolkit refuses to work around (a folder it would have to follow a link
 * into, files it did not write, another run writing into the same folder). Carries the path.
 */
export class OutputError extends Error {
  /** The file or folder concerned. */
  readonly file: string;

  constructor(text: string, file: string) {
    super(text);
    this.name = "OutputError";
    this.file = file;
  }
}

/**
 * A request the data cannot answer: an unknown indicator, row or city, or a selection with no
 * rows. Not about a file, so it names what was asked for instead.
 */
export class SelectionError extends Error {
  /** What was asked for ("indicator", "row", "city", a chart's data). */
  readonly asked: string;

  constructor(text: string, asked: string) {
    super(text);
    this.name = "SelectionError";
    this.asked = asked;
  }
}

/** A chart with nothing to draw: the main job leaves it out and says so; any other failure stops it. */
export class NoDataError extends SelectionError {
  constructor(text: string, asked: string) {
    super(text, asked);
    this.name = "NoDataError";
  }
}

/**
 * Throws a {@link SelectionError}.
 * @param text The message, from `message`.
 * @param asked What was asked for.
 * @example refuse(message.unknownIndicator("x", ["a"]), "indicator")
 */
export function refuse(text: string, asked: string): never {
  throw new SelectionError(text, asked);
}

/** A chart that failed to build or draw for a reason other than missing data: the build stops. */
export class ChartError extends Error {
  /** The chart's name in the chart set. */
  readonly chart: string;

  constructor(text: string, chart: string) {
    super(text);
    this.name = "ChartError";
    this.chart = chart;
  }
}
