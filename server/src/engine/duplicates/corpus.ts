// The corpus: every article of the workspace, indexed for duplicated passages. (Not written yet.)

export class Corpus {
  /** Adds or replaces a document's text. */
  set(_docId: string, _text: string): void {}
  delete(_docId: string): void {}
  has(_docId: string): boolean {
    return false;
  }
}
