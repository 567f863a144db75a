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

  delete(group: string, id: string): void {
    this.byGroup.get(group)?.delete(id);
  }
}
