// One corpus per workspace folder (a multi-root workspace keeps its folders' articles apart),
// each created on first use.

import { CorpusIndex } from './corpus';

export class CorpusIndexes {
  private readonly byGroup = new Map<string, CorpusIndex>();

  get(group: string): CorpusIndex {
    let c = this.byGroup.get(group);
    if (!c) this.byGroup.set(group, (c = new CorpusIndex()));
    return c;
  }

  set(group: string, id: string, text: string): void {
    this.get(group).set(id, text);
  }

  /** A hint: about `docs` documents are about to be added to `group` (see CorpusIndex.expect). */
  expect(group: string, docs: number): void {
    this.get(group).expect(docs);
  }

  delete(group: string, id: string): void {
    this.byGroup.get(group)?.delete(id);
  }
}
