// Attribution: for each quotation, the cue and the source mention it reaches, resolved to
// a speaker with an affiliation. Works frame by frame (quote-aware sentences), in text
// order, so that pronouns and surnames resolve against what came before.

import type { Config } from '../config';
import type { ArticleDoc } from '../document';
import type { Mention, Speaker } from '../types';
import { RANK } from './affiliations';
import { cueChooser } from './choose';
import type { Frame, Tok } from './frames';
import { type AttributionMemo, paragraphWork, partsOf } from './memo';
import { type NP, mainSubject } from './mentions';
import { type ParagraphCues, endsWithColon, inherit } from './paragraphs';
import { type ResolvedCue, resolveNP } from './resolve';
import { type Entity, Speakers } from './speakers';

export interface Attribution {
  attributed: boolean | null;
  source: Mention | null;
  speaker: Speaker | null;
  cue: Mention | null;
}

/** One entry per doc.quotes[i]. */
export function attribute(doc: ArticleDoc, config: Config, memo?: AttributionMemo): Attribution[] {
  const n = doc.quotes.length;
  const decided: (ResolvedCue | null | undefined)[] = new Array(n).fill(undefined);
  let speakers = new Speakers();
  const top: number[][] = doc.paras.map(() => []);
  // Quotations (nested ones too) before each paragraph.
  const before = new Int32Array(doc.paras.length + 1);
  doc.quotes.forEach((q, i) => {
    if (q.parent < 0) top[q.paragraph].push(i);
    before[q.paragraph + 1]++;
  });
  for (let i = 1; i <= doc.paras.length; i++) before[i] += before[i - 1];
  let prev: ParagraphCues | null = null;
  let from = 0;
  memo?.begin(doc.text);
  const resumed = memo?.resume(doc, (p) => before[p]);
  if (resumed) {
    from = resumed.para;
    speakers = resumed.state.speakers;
    resumed.state.decided.forEach((r, i) => (decided[i] = r));
    prev = resumed.state.prev;
  }
  for (let pi = from; pi < doc.paras.length; pi++) {
    const para = doc.paras[pi];
    const computed = memo?.computed;
    const work = memo ? memo.work(doc, para.index, top[para.index]) : paragraphWork(doc, para.index, top[para.index]);
    // The first paragraph this edit changed: what comes before it is the state the next edit can resume from
    // (already kept when that is where this analysis resumed).
    if (memo && computed === 0 && memo.computed === 1 && (pi !== from || !resumed)) memo.save(doc, pi, before[pi], { speakers, decided, prev });
    const here: ParagraphCues = { frames: [], subjects: [], colon: endsWithColon(doc, para.index) };
    const pending: { q: number; f: number; pos: number; frame: Frame }[] = [];
    for (const frame of work.frames) {
      const toks = frame.toks;
      // Full names written anywhere register, so that a later "Xi said" finds Xi Jinping (without making them speakers).
      for (const n of work.names[frame.index]) {
        const e = n.single ? speakers.find(n.parts) : speakers.byName(n.parts, toks[n.tok].s, true);
        if (!e) continue;
        if (n.appos) speakers.affiliate(e, n.appos, RANK.appositive);
        if (!n.single && n.tok === 0) speakers.note(e, toks[n.tok].s); // a sentence's subject: "he" may mean them next
      }
      const parts = (np: NP) => partsOf(work, doc.text, toks, np);
      const cues = work.cues[frame.index].map((c) => resolveNP(doc.text, toks, c.np, speakers, c, parts));
      const subj = work.subjects[frame.index];
      const subject = subj ? resolveNP(doc.text, toks, subj, speakers, null, parts) : null;
      here.frames.push(cues);
      here.subjects.push(subject);
      let choose: ((pos: number) => ResolvedCue | null) | undefined;
      for (const pos of work.quoteToks[frame.index]) {
        const qi = toks[pos].q;
        const r = speakerLabel(doc, qi, speakers) ?? (choose ??= cueChooser(toks, cues))(pos);
        if (r) decided[qi] = r;
        else pending.push({ q: qi, f: frame.index, pos, frame });
      }
    }
    for (const p of pending) {
      const q = doc.quotes[p.q];
      let r: ResolvedCue | null = null;
      if (q.continues >= 0) r = decided[q.continues] ?? null;
      else r = weakSubject(doc.text, p.frame.toks, p.pos, speakers) ?? inherit(doc, here, p.f, prev);
      decided[p.q] = r;
    }
    prev = here;
  }
  memo?.end();
  // A quote that runs on into the next paragraph takes the attribution of its later part
  // when only that part names the speaker ("…" ¶ "…," Ferreira said).
  const continuedBy = new Map<number, number>(); // quote -> the first quote that continues it
  for (let i = n - 1; i >= 0; i--) if (doc.quotes[i].continues >= 0) continuedBy.set(doc.quotes[i].continues, i);
  for (let i = n - 1; i >= 0; i--) {
    const next = doc.quotes[i].runsOn ? (continuedBy.get(i) ?? -1) : -1;
    if (!decided[i] && next >= 0 && decided[next]) decided[i] = decided[next];
  }
  const out: Attribution[] = new Array(n);
  const repeats = sameWords(doc, decided);
  for (let i = 0; i < n; i++) {
    const q = doc.quotes[i];
    let root = i;
    while (doc.quotes[root].parent >= 0) root = doc.quotes[root].parent;
    const r = decided[root] ?? null;
    if (r) {
      out[i] = attributedBy(r);
      continue;
    }
    const text = doc.text.slice(q.start, q.end);
    // The same words quoted again elsewhere: they take the attribution given there (a headline
    // repeating the story's quote); quoted again and never attributed, they are a slogan or title.
    const again = repeats.get(i);
    if (again && again.r) {
      out[i] = attributedBy(again.r);
      continue;
    }
    const speech = wordCount(text) >= config.unattributed.minWords && !titleLike(text) && !again;
    out[i] = { attributed: speech ? false : null, source: null, speaker: null, cue: null };
  }
  return out;
}

/** Top-level quotes whose words stand quoted elsewhere too, with an attribution one of those copies has. */
function sameWords(doc: ArticleDoc, decided: (ResolvedCue | null | undefined)[]): Map<number, { r: ResolvedCue | null }> {
  const byKey = new Map<string, number[]>();
  doc.quotes.forEach((q, i) => {
    if (q.parent >= 0) return;
    const key = doc.text.slice(q.start, q.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (key.split(' ').length < 2) return;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const out = new Map<number, { r: ResolvedCue | null }>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const r = list.map((i) => decided[i]).find((x) => x) ?? null;
    for (const i of list) out.set(i, { r });
  }
  return out;
}

const attributedBy = (r: ResolvedCue): Attribution => ({ attributed: true, source: r.source, speaker: speakerOf(r.entity), cue: r.cueMention });

const speakerOf = (e: Entity | null): Speaker | null => (e ? { name: e.name, affiliation: e.affiliation, firstAt: e.firstAt } : null);

export const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** "Justice Against Sponsors of Terrorism Act", "The Apprentice": a title, not speech. */
function titleLike(s: string): boolean {
  const words = s.trim().split(/\s+/);
  // A title keeps the comma of the sentence it stands in ("“Takin’ It To the Streets,” and …").
  if (/[.!?]$/.test(s.trim()) || (/,$/.test(s.trim()) && words.length < 3)) return false;
  return words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}

/** A quoted fragment inside a sentence whose subject is a speaker ("NATO … can become “security spoilers”"). */
function weakSubject(text: string, toks: Tok[], pos: number, speakers: Speakers): ResolvedCue | null {
  if (pos === 0) return null;
  const np = mainSubject(toks, 0, pos - 1);
  if (!np || np.b >= pos) return null;
  return resolveNP(text, toks, np, speakers, null);
}

/** Transcripts quoted whole: "“PENCE: Well, look …”" names its speaker inside the marks. */
function speakerLabel(doc: ArticleDoc, qi: number, speakers: Speakers): ResolvedCue | null {
  const q = doc.quotes[qi];
  const m = /^\s*([A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s/.exec(doc.text.slice(q.start, q.start + 40));
  if (!m) return null;
  const start = q.start + m.index + m[0].indexOf(m[1]);
  const source = { start, end: start + m[1].length, text: m[1] };
  const keys = m[1].toLowerCase().split(/\s+/);
  const entity = speakers.byName({ kind: 'person', name: m[1], keys, affiliation: null, affRank: 0, at: start }, start);
  speakers.note(entity, start);
  return { cue: null, cueMention: null, source, entity, np: { a: 0, b: 0, kind: 'name' } };
}
