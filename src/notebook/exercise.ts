import { displayBundle } from "./display.js";
import { escapeXml } from "../io/escape.js";

/** Options for {@link checkAnswer}. */
export interface CheckOptions {
  /** Largest accepted difference for numbers (default 0.01). */
  tolerance?: number;
  /** Shown when the answer is wrong. */
  hint?: string;
}

/**
 * Checks a student's answer against the value computed from the tables and says whether it is
 * right, without revealing the value when it is not.
 * @param question Short name of the question.
 * @param answer The student's answer (null while unanswered).
 * @param expected The value computed from the tables.
 * @param options Tolerance and hint.
 * @example checkAnswer("Q1", 6.77, 6.766, { tolerance: 0.01 })
 */
export function checkAnswer(
  question: string,
  answer: unknown,
  expected: unknown,
  options: CheckOptions = {},
): void {
  const { ok: _ok, ...bundle } = feedback(question, answer, expected, options);
  displayBundle(bundle);
}

/**
 * The feedback {@link checkAnswer} shows, as a mime bundle (text/html and text/plain).
 * @param question Short name of the question.
 * @param answer The student's answer.
 * @param expected The value computed from the tables.
 * @param options Tolerance and hint.
 * @returns The bundle, with `ok` telling whether the answer is right.
 * @example feedback("Q1", 1, 1).ok // true
 */
export function feedback(
  question: string,
  answer: unknown,
  expected: unknown,
  options: CheckOptions = {},
): { ok: boolean; "text/html": string; "text/plain": string } {
  let ok: boolean;
  if (answer === null || answer === undefined) ok = false;
  else if (typeof expected === "number")
    ok = typeof answer === "number" && Math.abs(answer - expected) <= (options.tolerance ?? 0.01);
  else ok = String(answer).trim() === String(expected).trim();
  const text =
    answer === null || answer === undefined
      ? `${question}: no answer yet.`
      : ok
        ? `${question}: ✓ correct.`
        : `${question}: ✗ not yet.${options.hint ? ` Hint: ${options.hint}` : ""}`;
  return {
    ok,
    "text/html": `<p style="color:${ok ? "#2e8b57" : "#c0392b"}">${escapeXml(text)}</p>`,
    "text/plain": text,
  };
}
