import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/corpus.js";

/** The notebooks folder. */
export const NOTEBOOKS = join(ROOT, "notebooks");

/** Every notebook, in order. */
export const FILES = readdirSync(NOTEBOOKS)
  .filter((f) => f.endsWith(".ipynb"))
  .sort();

const TABLE = "text/html";
const CHART = ["application/vnd.vegalite.v5+json", "image/svg+xml"];

/** What each notebook must show, by the mime types its outputs carry. */
export const EXPECTED: Record<string, string[]> = {
  "01-tour.ipynb": [TABLE, "text/stdout"],
  "02-enrolment.ipynb": [TABLE, ...CHART],
  "03-teachers.ipynb": [TABLE, ...CHART],
  "04-myopia-health.ipynb": [TABLE, ...CHART],
  "05-weihai-plan-outcome.ipynb": [TABLE, ...CHART],
  "06-report-authors.ipynb": [...CHART, "image/png"],
  "07-classroom-exercises.ipynb": [TABLE],
  "08-corrections.ipynb": [TABLE, "text/stdout"],
  "09-national-corpus.ipynb": [TABLE, "text/stdout"],
};
