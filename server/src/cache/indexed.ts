// Between the corpus index and the cache: a document's entry out of the index, and into it.

import type { CorpusIndexes } from '../engine/duplicates/corpora';
import { decodeEntry, encodeEntry } from './entry';

/** The entry of a document just indexed (undefined if it is not, or holds another text). */
export function entryOf(corpora: CorpusIndexes, group: string, id: string, text: string): Uint8Array | undefined {
  const doc = corpora.get(group).indexed(id);
  return doc && encodeEntry(text, doc);
}

/**
 * Adds a document from its cached entry, which holds its text (`text`, when given, must be that
 * text). An entry that does not decode, or holds another text, is not used: then the document is
 * set from `text`, or, without one, left as it was and false returned.
 */
export function setIndexed(
  corpora: CorpusIndexes,
  group: string,
  id: string,
  text: string | undefined,
  entry: Uint8Array,
): boolean {
  const e = decodeEntry(entry);
  if (e && (text === undefined || e.text === text)) corpora.get(group).setIndexed(id, e.text, e.doc, e.utf8);
  else if (text !== undefined) corpora.set(group, id, text);
  else return false;
  return true;
}
