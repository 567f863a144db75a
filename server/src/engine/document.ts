// One analysed text: the shared passes (lines, paragraphs, quotes) that every rule reads.

import { LineIndex, paragraphs, sentences, type Paragraph } from './text';
import { scanQuotes, type Quote, type StrayClose } from './quotes';
import { work } from './work';

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

export class ArticleDoc {
  readonly lines: LineIndex;
  readonly paras: Paragraph[];
  readonly quotes: Quote[];
  readonly strays: StrayClose[];
  private sents?: Sentence[][];

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.paras = paragraphs(text, this.lines);
    const t = scanQuotes(text, this.paras);
    this.quotes = t.quotes;
    this.strays = t.strays;
  }

  /** Sentences per paragraph, computed on first use. */
  sentencesOf(paragraph: number): Sentence[] {
    this.sents ??= new Array(this.paras.length);
    let s = this.sents[paragraph];
    if (!s) {
      s = sentences(this.text, this.paras[paragraph]).map((x) => ({ ...x, paragraph }));
      this.sents[paragraph] = s;
    }
    return s;
  }

  sentenceAt(offset: number, paragraph: number): Sentence {
    const list = this.sentencesOf(paragraph);
    // The first sentence ending after offset (ends ascend), found by bisection: a paragraph of
    // thousands of sentences and unclosed quotes scanned its list once per quote.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      work.steps++;
      if (offset < list[mid].end) hi = mid;
      else lo = mid + 1;
    }
    return list[lo] ?? list[list.length - 1];
  }
}
