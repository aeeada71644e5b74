/**
 * mulberry32: a small, fast seeded generator of numbers in [0, 1), so that a fuzz run is the same
 * on every machine and a failure can be replayed from its seed.
 * @param seed Any 32-bit integer.
 * @returns The generator.
 */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A document after mutation, with the list of what was done to it. */
export interface Mutant {
  bytes: Uint8Array;
  ops: string[];
}

/** Pieces the genre is made of, to insert where they can confuse the extractor most. */
const PIECES = [
  "%",
  "年",
  "个百分点",
  "以上",
  "以下",
  "左右",
  "万",
  "亿",
  "元",
  "所",
  "人",
  "倍",
  "‰",
  "％",
  "。",
  "，",
  "、",
  "；",
  "：",
  "（",
  "）",
  "(",
  ")",
  "《",
  "》",
  "—",
  "~",
  "-",
  "+",
  "/",
  ".",
  "\n",
  "\r\n",
  "\t",
  " ",
  "\u3000",
  "达到",
  "力争",
  "提高到",
  "下降",
  "比2020年",
  "到2025年",
  "今年",
  "明年",
  "毛入园率",
  "专任教师",
  "1.",
  "(一)",
  "一、",
  "第三章",
  "专栏",
  "|",
  "０",
  "１",
  "２",
  "９",
  "１２３．５％",
  "二〇二五年",
  "百分之九十",
  "十四五",
  "3亿五千万元",
  "<",
  ">",
  "&",
  "<b>",
  "</p >",
  "&nbsp;",
  "\ufeff",
  "\u200b",
  "\ud83d\ude00",
  "\ud800",
  "\udc00",
];

type Rng = () => number;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)]!;

/** A number as a plan might write it, or as none would: long, signed, with many decimals. */
function number(rng: Rng): string {
  const forms = [
    () => String(int(rng, 10)),
    () => String(int(rng, 1000)),
    () => `${int(rng, 100)}.${int(rng, 100)}`,
    () => String(1900 + int(rng, 250)),
    () => "9".repeat(1 + int(rng, 400)),
    () => `0.${"0".repeat(int(rng, 30))}1`,
    () => `-${int(rng, 100)}`,
    () => `${int(rng, 100)}-${int(rng, 100)}`,
    () => `${int(rng, 10)}e${int(rng, 400)}`,
    () => "1".repeat(int(rng, 5)) + "." + "2".repeat(int(rng, 5)),
  ];
  return pick(rng, forms)();
}

/** Any code point, the odd ones (controls, surrogates, private use, astral) included. */
function anyChar(rng: Rng): string {
  const ranges: [number, number][] = [
    [0x00, 0x7f],
    [0x80, 0x7ff],
    [0x3000, 0x30ff],
    [0x4e00, 0x9fff],
    [0xd800, 0xdfff],
    [0xe000, 0xffff],
    [0x10000, 0x10ffff],
  ];
  const [lo, hi] = pick(rng, ranges);
  const code = lo + int(rng, hi - lo + 1);
  return code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
}

/**
 * Mutates a document: one to five edits chosen at random — delete, insert, duplicate or replace
 * characters and spans; insert numbers, units, cue words and pieces of the genre, full-width
 * digits or any code point; truncate; splice with another document — then, now and then, an
 * edit of the encoded bytes (a random byte, a cut inside a character).
 * @param text The document's text.
 * @param others Texts to splice with.
 * @param rng The generator.
 * @returns The mutated bytes and the edits made.
 */
export function mutate(text: string, others: readonly string[], rng: Rng): Mutant {
  let s = text;
  const ops: string[] = [];
  const at = () => int(rng, s.length + 1);
  const span = () => {
    const from = at();
    return [from, Math.min(s.length, from + 1 + int(rng, rng() < 0.8 ? 40 : 2000))] as const;
  };
  const edits = 1 + int(rng, 5);
  for (let e = 0; e < edits; e++) {
    const op = int(rng, 10);
    if (op === 0) {
      const [a, b] = span();
      ops.push(`delete [${a}, ${b})`);
      s = s.slice(0, a) + s.slice(b);
    } else if (op === 1) {
      const a = at();
      const piece = pick(rng, PIECES);
      ops.push(`insert ${JSON.stringify(piece)} at ${a}`);
      s = s.slice(0, a) + piece + s.slice(a);
    } else if (op === 2) {
      const a = at();
      const n = number(rng);
      ops.push(`insert number ${n.length > 20 ? `${n.slice(0, 20)}…(${n.length})` : n} at ${a}`);
      s = s.slice(0, a) + n + s.slice(a);
    } else if (op === 3) {
      const [a, b] = span();
      const to = at();
      const times = 1 + int(rng, 3);
      ops.push(`duplicate [${a}, ${b}) ×${times} at ${to}`);
      s = s.slice(0, to) + s.slice(a, b).repeat(times) + s.slice(to);
    } else if (op === 4) {
      const a = int(rng, Math.max(1, s.length));
      const c = rng() < 0.5 ? anyChar(rng) : pick(rng, PIECES);
      ops.push(`replace ${a} with ${JSON.stringify(c)}`);
      s = s.slice(0, a) + c + s.slice(a + 1);
    } else if (op === 5) {
      const a = at();
      const c = Array.from({ length: 1 + int(rng, 4) }, () => anyChar(rng)).join("");
      ops.push(`insert unicode ${JSON.stringify(c)} at ${a}`);
      s = s.slice(0, a) + c + s.slice(a);
    } else if (op === 6) {
      const a = at();
      ops.push(`truncate at ${a}`);
      s = s.slice(0, a);
    } else if (op === 7) {
      const other = pick(rng, others);
      const a = at();
      const b = int(rng, other.length + 1);
      ops.push(`splice: first ${a} characters, then another document from ${b}`);
      s = s.slice(0, a) + other.slice(b);
    } else if (op === 8) {
      // Digits of one kind turned into the other: full-width for ASCII, or back.
      const [a, b] = span();
      ops.push(`width of digits [${a}, ${b})`);
      const part = s
        .slice(a, b)
        .replace(/[0-9０-９]/g, (d) =>
          d <= "9"
            ? String.fromCharCode(d.charCodeAt(0) + 0xfee0)
            : String.fromCharCode(d.charCodeAt(0) - 0xfee0),
        );
      s = s.slice(0, a) + part + s.slice(b);
    } else {
      const [a, b] = span();
      ops.push(`move [${a}, ${b}) to the start`);
      s = s.slice(a, b) + s.slice(0, a) + s.slice(b);
    }
  }
  let bytes: Uint8Array = new TextEncoder().encode(s);
  if (rng() < 0.1) {
    const a = int(rng, bytes.length + 1);
    const b = int(rng, 256);
    ops.push(`byte 0x${b.toString(16)} at ${a}`);
    const grown = new Uint8Array(bytes.length + 1);
    grown.set(bytes.subarray(0, a));
    grown[a] = b;
    grown.set(bytes.subarray(a), a + 1);
    bytes = grown;
  } else if (rng() < 0.05) {
    const a = int(rng, bytes.length + 1);
    ops.push(`bytes cut at ${a}`);
    bytes = bytes.subarray(0, a);
  }
  return { bytes, ops };
}
