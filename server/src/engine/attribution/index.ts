// Attribution: for each quotation, the cue and the source mention it reaches, resolved to
// a speaker with an affiliation. Works frame by frame (quote-aware sentences), in text
// order, so that pronouns and surnames resolve against what came before.

import type { Config } from '../config';
import type { ArticleDoc } from '../document';
import type { Mention, Speaker } from '../types';
import { RANK } from './affiliations';
import { cueChooser } from './choose';
import { colonCredit } from './colon-credit';
import { NP_CONNECTORS, ROLES, TITLES, mayBeSource } from './lexicon';
import type { Frame, Token } from './frames';
import { type AttributionMemo, paragraphWork, partsOf } from './memo';
import { type NP, mainSubject, npLeft } from './mentions';
import { foreignSource } from './foreign-cues';
import { inHeadline, notSpeech, pageSource } from './page-conventions';
import { type ParagraphCues, endsWithColon, inherit } from './paragraphs';
import { titleLike, wordCount } from './quote-words';
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
    if (memo && computed === 0 && memo.computed === 1 && (pi !== from || !resumed))
      memo.save(doc, pi, before[pi], { speakers, decided, prev });
    const here: ParagraphCues = { frames: [], subjects: [], colon: endsWithColon(doc, para.index), quoted: [] };
    const pending: { q: number; f: number; pos: number; frame: Frame }[] = [];
    speakers.muted = isCaption(doc.text.slice(para.start, para.end));
    for (const frame of work.frames) {
      const toks = frame.tokens;
      // Full names written anywhere register, so that a later "Xi said" finds Xi Jinping (without making them speakers).
      for (const n of work.names[frame.index]) {
        const e = n.single ? speakers.find(n.parts) : speakers.byName(n.parts, toks[n.token].start, true);
        if (!e) continue;
        if (n.appos) speakers.affiliate(e, n.appos, n.deed ? RANK.who : RANK.appositive);
        // A sentence's subject: "he" may mean them next. A menu item or a headline in title case
        // ("Washington Secrets") has no lower-case word after the name, so no verb: no one in focus.
        if (hasLowerAfter(toks, n.token)) {
          e.inProse = toks[n.token].start;
          if (n.token === 0 || n.subject) speakers.note(e, toks[n.token].start);
        }
      }
      const parts = (np: NP) => partsOf(work, doc.text, toks, np);
      const cues = work.cues[frame.index].map((c) => resolveNP(doc.text, toks, c.np, speakers, c, parts));
      const subj = work.subjects[frame.index];
      // A lone capitalised word opening a sentence ("Sentencing is set for May") is a person only if already known.
      const unknownWord =
        subj &&
        subj.first === 0 &&
        subj.last === 0 &&
        subj.kind === 'name' &&
        (() => {
          const p = parts(subj);
          return p.kind === 'person' && p.keys.length === 1 && !speakers.find(p);
        })();
      const subject = subj && !unknownWord ? resolveNP(doc.text, toks, subj, speakers, null, parts) : null;
      here.frames.push(cues);
      here.subjects.push(subject);
      let choose: ((pos: number) => ResolvedCue | null) | undefined;
      let quoted: ResolvedCue | null = null;
      for (const pos of work.quoteToks[frame.index]) {
        const qi = toks[pos].quote;
        const r = speakerLabel(doc, qi, speakers) ?? (choose ??= cueChooser(toks, cues))(pos);
        quoted = r;
        if (r) decided[qi] = r;
        else pending.push({ q: qi, f: frame.index, pos, frame });
      }
      here.quoted?.push(quoted);
    }
    for (const p of pending) {
      const q = doc.quotes[p.q];
      let r: ResolvedCue | null = null;
      if (q.continues >= 0) r = decided[q.continues] ?? null;
      else {
        let weak = weakSubject(doc.text, p.frame.tokens, p.pos, speakers);
        // In a headline, a lone capitalised word before lower-case ones ("Pregnant girl ‘jumps …’",
        // "Climate impacts ‘to cost …’") is the headline's first word, not a speaker: no source.
        const toks = p.frame.tokens;
        if (
          weak &&
          weak.np.first === weak.np.last &&
          toks[weak.np.first].capital &&
          toks[weak.np.last + 1]?.kind === 'word' &&
          !toks[weak.np.last + 1].capital &&
          !NP_CONNECTORS.has(toks[weak.np.last + 1].lower) && // "Tomlin on brawl: We ‘…’"
          !mayBeSource(toks[weak.np.first].lower) &&
          inHeadline(doc, p.q)
        )
          weak = null;
        if (weak && expletiveIt(toks, weak.np)) weak = null;
        // "The goal is to deliver a “seamless experience”": a thing as subject yields to the paragraph's speaker.
        const thing = weak && weak.np.kind === 'noun' && !mayBeSource(p.frame.tokens[weak.np.last].lower);
        r =
          colonCredit(doc.text, toks, p.pos, speakers) ??
          foreignSource(doc, p.q, speakers) ??
          (thing ? null : weak) ??
          possessorSpeech(doc.text, p.frame.tokens, p.pos, speakers) ??
          inherit(here, p.f, prev) ??
          weak ??
          pageSource(doc, p.q, p.frame.tokens, p.pos, speakers);
      }
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
  // Each top-level quote's words, lower case, once.
  const keys = doc.quotes.map((q) => (q.parent < 0 ? keyOf(doc.text.slice(q.start, q.end)) : ''));
  const repeats = sameWords(doc, decided, keys);
  let frags: Map<string, ResolvedCue> | undefined;
  const fragments = () => (frags ??= fragmentsOf(doc, decided, keys));
  for (let i = 0; i < n; i++) {
    const q = doc.quotes[i];
    let root = i;
    while (doc.quotes[root].parent >= 0) root = doc.quotes[root].parent;
    let r = decided[root] ?? null;
    // "“…,” the minister said." with the minister named only later: the person the article says holds the role.
    if (
      r?.entity?.kind === 'group' &&
      (TITLES.has(r.entity.name.toLowerCase()) || ROLES.has(r.entity.name.toLowerCase()))
    ) {
      const holder = speakers.holding(r.entity.name.toLowerCase());
      if (holder && holder.firstAt > r.source.start) r = { ...r, entity: holder };
    }
    if (r) {
      // "‘We had some issues,’ exec says": a headline's generic source, named where the story quotes the same words.
      const named = r.entity?.kind === 'group' && q.parent < 0 ? fragments().get(keys[i]) : undefined;
      // The source stays the mention here; the speaker is the person.
      out[i] =
        named?.entity?.kind === 'person' && named !== r
          ? { ...attributedBy(r), speaker: speakerOf(named.entity) }
          : attributedBy(r);
      continue;
    }
    const text = doc.text.slice(q.start, q.end);
    // The same words quoted again elsewhere: they take the attribution given there (a headline
    // repeating the story's quote); quoted again and never attributed, they are a slogan or title.
    const again = repeats.get(i);
    if (again?.r) {
      out[i] = attributedBy(again.r);
      continue;
    }
    // A headline quoting a few words of an attributed quote ("‘We got her!’" over "“We got her,” an officer said").
    const from = q.parent < 0 ? fragments().get(keys[i]) : undefined;
    if (from) {
      out[i] = attributedBy(from);
      continue;
    }
    const speech =
      wordCount(text) >= config.unattributed.minWords &&
      !titleLike(text) &&
      (!again || inHeadline(doc, i)) &&
      !named(doc.text, q.open) &&
      !notSpeech(doc, i);
    out[i] = { attributed: speech ? false : null, source: null, speaker: null, cue: null };
  }
  return out;
}

const keyOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const FRAGMENT_MIN = 3;
// A pull quote repeats a dozen words or more of a quote attributed further on.
const FRAGMENT_MAX = 40;
/** Quotes with a word count a headline's fragment can match: only the first words of longer quotes count (a bound on work). */
const FRAGMENT_SCAN = 200;

/**
 * For each short top-level quote (3–8 words), an attributed top-level quote that holds the same
 * words in a row, with its attribution (the first one, or the first that names a person). Only
 * positions whose word starts some short quote are compared, so the work is the words scanned.
 */
function fragmentsOf(
  doc: ArticleDoc,
  decided: (ResolvedCue | null | undefined)[],
  keys: string[],
): Map<string, ResolvedCue> {
  const out = new Map<string, ResolvedCue>();
  const byFirst = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (let i = 0; i < doc.quotes.length; i++) {
    if (doc.quotes[i].parent >= 0) continue;
    const key = keys[i];
    if (seen.has(key)) continue;
    seen.add(key);
    const words = key.split(' ');
    if (words.length < FRAGMENT_MIN || words.length > FRAGMENT_MAX) continue;
    const list = byFirst.get(words[0]);
    if (list) list.push(words);
    else byFirst.set(words[0], [words]);
  }
  if (!byFirst.size) return out;
  doc.quotes.forEach((q, i) => {
    const r = decided[i];
    if (q.parent >= 0 || !r) return;
    const words = keys[i].split(' ', FRAGMENT_SCAN);
    for (let a = 0; a < words.length; a++) {
      const wanted = byFirst.get(words[a]);
      if (!wanted) continue;
      for (const w of wanted) {
        if (a + w.length > words.length) continue;
        let same = true;
        for (let j = 1; j < w.length && same; j++) same = words[a + j] === w[j];
        if (!same) continue;
        const k = w.join(' ');
        const had = out.get(k);
        if (!had || (had.entity?.kind !== 'person' && r.entity?.kind === 'person')) out.set(k, r);
      }
    }
  });
  return out;
}

/** Top-level quotes whose words stand quoted elsewhere too, with an attribution one of those copies has. */
function sameWords(
  doc: ArticleDoc,
  decided: (ResolvedCue | null | undefined)[],
  keys: string[],
): Map<number, { r: ResolvedCue | null }> {
  const byKey = new Map<string, number[]>();
  doc.quotes.forEach((q, i) => {
    if (q.parent >= 0) return;
    const key = keys[i];
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

const attributedBy = (r: ResolvedCue): Attribution => ({
  attributed: true,
  source: r.source,
  speaker: speakerOf(r.entity),
  cue: r.cueMention,
});

const speakerOf = (e: Entity | null): Speaker | null =>
  e ? { name: e.name, affiliation: e.affiliation, firstAt: e.firstAt } : null;

/** "an installation entitled ‘…’": what follows is a name, not speech. */
const named = (text: string, open: number) =>
  /\b(entitled|titled|headlined|named)\s*$/i.test(text.slice(Math.max(0, open - 16), open));

/** A photo caption: it ends with the agency's credit ("… on July 25. J. Doe / AP file") or says it is one. */
const isCaption = (p: string) =>
  /^(image caption|photo|pictured|caption)\b/i.test(p) ||
  /(\/ ?(AP|Reuters|AFP|EPA|Getty Images|Bloomberg)( file| Photo| via Getty Images)?|\((credit|photo)[^)]*\))\.?\s*$/i.test(
    p,
  );

const SPEECH_NOUNS = new Set(
  'announcement statement remarks comments comment tweet tweets words claim claims assertion promise pledge warning description speech letter message post testimony vow boast'.split(
    ' ',
  ),
);

/** "Mr. Trump’s Oct. 11 announcement that … a “historic” deal": the quote is the possessor's words. */
function possessorSpeech(text: string, toks: Token[], pos: number, speakers: Speakers): ResolvedCue | null {
  for (let k = pos - 1; k >= 0 && pos - k <= 30; k--) {
    const t = toks[k];
    if (t.kind === 'quote') return null;
    if (t.kind !== 'word' || t.capital || !SPEECH_NOUNS.has(t.lower)) continue;
    for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
      if (toks[j].kind !== 'word') break;
      if (!toks[j].possessive) continue;
      if (!toks[j].capital) return null;
      const np = npLeft(toks, j, 0);
      return np && np.kind !== 'pronoun' ? resolveNP(text, toks, np, speakers, null) : null;
    }
    return null;
  }
  return null;
}

/** A quoted fragment inside a sentence whose subject is a speaker ("NATO … can become “security spoilers”"). */
function weakSubject(text: string, toks: Token[], pos: number, speakers: Speakers): ResolvedCue | null {
  if (pos === 0) return null;
  const np = mainSubject(toks, 0, pos - 1);
  if (!np || np.last >= pos) return null;
  return resolveNP(text, toks, np, speakers, null);
}

// "It", "there" before a form of "be" open a sentence for its own sake ("It’s been common to call it a “rebellion”",
// "It wasn’t the cries of “…” that …"): no one is speaking. Not "it has", "it called": an organisation may.
const EXPLETIVE_BE = /^(?:['’]s|is|was|isn['’]t|wasn['’]t|seems|seemed|appears|appeared)$/;
function expletiveIt(toks: Token[], np: NP): boolean {
  if (np.first !== np.last || !/^(?:it|there)$/.test(toks[np.first].lower)) return false;
  const next = toks[np.last + 1];
  return next?.kind === 'word' && EXPLETIVE_BE.test(next.lower);
}

function hasLowerAfter(toks: Token[], from: number): boolean {
  for (let k = from + 1; k < toks.length && k - from <= 16; k++)
    if (toks[k].kind === 'word' && !toks[k].capital) return true;
  return false;
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
  return { cue: null, cueMention: null, source, entity, np: { first: 0, last: 0, kind: 'name' } };
}
