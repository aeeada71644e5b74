/**
 * How documents are laid out on lines: what starts a heading or list item, what ends a sentence,
 * what a line holding only a number looks like. Used by the view that joins broken lines and by
 * the segmenter.
 */

/** A line that opens a heading or list item: 一、 (一) 1. 1、 第三章 第一节 专栏 ①. */
export const HEADING_START =
  /^([一二三四五六七八九十]+、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十\d]+[章节条部篇]|专栏|[①-⑳])/;

/** A line that ends a sentence or introduces what follows. */
export const SENTENCE_END = /[。!?;:]$/;

/** A line holding a number and nothing else (a table cell): 98.94, 22.06, 100%. */
export const NUMERIC_LINE = /^(≥|≤|>|<|＞|＜|≧|≦)?\s?\d[\d.,]*\s?%?$/;
