// Duplicate groups across a whole corpus: every place a passage stands, grouped, largest first.

import type { Config } from '../config';
import { ArticleDoc } from '../document';
import type { Span } from '../types';
import type { CorpusIndex } from './corpus';
import { findDuplicates } from './index';
import { tokenize } from './words';

export interface Copy extends Span {
  doc: string;
}

export interface DuplicateGroup {
  /** Words in the longest copy. */
  words: number;
  /** Every copy, in document-id then text order. */
  copies: Copy[];
}

export function duplicateGroups(corpus: CorpusIndex, configOf: (docId: string) => Config): DuplicateGroup[] {
  const locs: Copy[] = [];
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const add = (c: Copy) => {
    locs.push(c);
    parent.push(locs.length - 1);
    return locs.length - 1;
  };
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  // Each text decoded once (a copy's word count below read its document's text again, for every copy).
  const texts = new Map<string, string>();
  const textOf = (doc: string) => texts.get(doc) ?? texts.set(doc, corpus.text(doc)!).get(doc)!;
  for (const id of corpus.ids().sort()) {
    const config = configOf(id);
    const all = { ...config, duplicates: { ...config.duplicates, maxRelated: Number.MAX_SAFE_INTEGER } };
    // (findDuplicates finds no match fast; a first matches() call to skip it did the work twice.)
    for (const f of findDuplicates(new ArticleDoc(textOf(id)), all, 'information', corpus, id, texts)) {
      const here = add({ doc: id, start: f.start, end: f.end });
      for (const r of f.related ?? []) union(here, add({ doc: r.doc, start: r.start, end: r.end }));
    }
  }
  // Places in one document that overlap are the same copy.
  const byDoc = new Map<string, number[]>();
  locs.forEach((l, i) => {
    const list = byDoc.get(l.doc);
    if (list) list.push(i);
    else byDoc.set(l.doc, [i]);
  });
  for (const list of byDoc.values()) {
    list.sort((i, j) => locs[i].start - locs[j].start);
    let reach = -1;
    let last = -1;
    for (const i of list) {
      if (last >= 0 && locs[i].start < reach) union(i, last);
      if (locs[i].end > reach) {
        reach = locs[i].end;
        last = i;
      }
    }
  }
  const groups = new Map<number, Copy[]>();
  locs.forEach((l, i) => {
    const g = find(i);
    const list = groups.get(g);
    if (list) list.push(l);
    else groups.set(g, [l]);
  });
  const out: DuplicateGroup[] = [];
  for (const list of groups.values()) {
    const copies = mergeCopies(list);
    if (copies.length < 2) continue;
    let words = 0;
    for (const c of copies) words = Math.max(words, tokenize(textOf(c.doc).slice(c.start, c.end)).count);
    out.push({ words, copies });
  }
  return out.sort((a, b) => b.words - a.words || b.copies.length - a.copies.length || cmp(a.copies[0], b.copies[0]));
}

const cmp = (a: Copy, b: Copy) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start);

function mergeCopies(list: Copy[]): Copy[] {
  const sorted = [...list].sort(cmp);
  const out: Copy[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.doc === c.doc && c.start < last.end) last.end = Math.max(last.end, c.end);
    else out.push({ ...c });
  }
  return out;
}
