/**
 * Segmentation: lines, section headings (一、 / (一) / 1. / 专栏1) and sentences.
 */

/** A heading and the stretch of text it governs. */
export interface Section {
  /** 1 for 一、, 2 for (一), 3 for 1., 4 for 专栏. */
  depth: number;
  /** The heading as written, up to its first full stop. */
  heading: string;
  start: number;
  end: number;
  /** Headings from the outermost down to this one. */
  path: string[];
  /** The enclosing section, if any. */
  parent?: Section;
}

const HEADINGS: readonly [number, RegExp][] = [
  [0, /^第[一二三四五六七八九十]+[章篇]/],
  [0.5, /^第[一二三四五六七八九十]+节/],
  [1, /^[一二三四五六七八九十]+、/],
  [2, /^\([一二三四五六七八九十]+\)/],
  [3, /^\d{1,2}[.、](?!\d)/],
  [4, /^专栏\s*\d+/],
];

/**
 * Finds the section headings of a text and the span each governs (until the next heading of the
 * same or a higher rank).
 * @param text Cleaned text.
 * @returns Sections in document order.
 * @example findSections("一、目标\n1.学前。达到90%。")[1]?.path // ["一、目标", "1.学前"]
 */
export function findSections(text: string): Section[] {
  const sections: Section[] = [];
  const open: Section[] = [];
  const add = (start: number, body: string) => {
    const hit = HEADINGS.find(([, re]) => re.test(body));
    if (!hit) return;
    const depth = hit[0];
    const stop = body.search(/[。;]/);
    const heading = (stop < 0 ? body : body.slice(0, stop)).slice(0, 60).trim();
    while (open.length && open[open.length - 1]!.depth >= depth) open.pop()!.end = start;
    const section: Section = {
      depth,
      heading,
      start,
      end: text.length,
      path: [...open.map((s) => s.heading), heading],
      ...(open.length ? { parent: open[open.length - 1]! } : {}),
    };
    open.push(section);
    sections.push(section);
  };
  let pos = 0;
  for (const line of text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    const start = pos + lead;
    pos += line.length + 1;
    if (body.length <= LONG_LINE) {
      add(start, body);
      continue;
    }
    // A page that holds its whole body on one line: headings follow a full stop or a space.
    add(start, headingText(body, 0));
    for (const m of body.matchAll(INLINE_HEADING)) {
      if (m.index === 0) continue;
      add(start + m.index, headingText(body, m.index));
    }
  }
  return sections;
}

/** Lines longer than this are searched for headings inside them. */
const LONG_LINE = 300;
const INLINE_HEADING =
  /(?<=[。;!?\s])(第[一二三四五六七八九十]+[章节篇]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/g;

/** A heading inside a long line: up to its full stop, the next heading or a wide gap. */
function headingText(body: string, at: number): string {
  const rest = body.slice(at, at + 60);
  const marker =
    /^(第[一二三四五六七八九十]+[章节篇]\s?|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/.exec(
      rest,
    );
  const from = marker ? marker[0].length : 0;
  const stop = rest
    .slice(from)
    .search(/[。;!?]|\s{1,}(?=\S)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、/);
  return stop < 0 ? rest : rest.slice(0, from + stop);
}

/**
 * The innermost section containing an offset.
 * @param sections From {@link findSections}.
 * @param offset A character offset.
 * @returns The section, or undefined before the first heading.
 * @example sectionAt(findSections("一、目标\n达到90%"), 7)?.heading // "一、目标"
 */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  // The last section to start at or before the offset, or the nearest of its enclosing sections
  // still open there: sections nest, so the innermost open one is on that chain.
  let lo = 0;
  let hi = sections.length - 1;
  if (hi < 0 || sections[0]!.start > offset) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  for (let s: Section | undefined = sections[lo]; s; s = s.parent) if (offset < s.end) return s;
  return undefined;
}
