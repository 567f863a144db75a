// One corpus per workspace folder (a multi-root workspace keeps its folders' articles apart),
// each created on first use.

import { Corpus } from './corpus';

export class Corpora {
  private readonly byGroup = new Map<string, Corpus>();

  get(group: string): Corpus {
    let c = this.byGroup.get(group);
    if (!c) this.byGroup.set(group, (c = new Corpus()));
    return c;
  }

  set(group: string, id: string, text: string): void {
    this.get(group).set(id, text);
  }

  delete(group: string, id: string): void {
    this.byGroup.get(group)?.delete(id);
  }
}
