// Cues of pages in other languages: Spanish, French, German, Portuguese, Italian, Russian and
// Korean. The English cue grammar (cues.ts) reads tokens against English word lists; here each
// language's speech verbs are matched on the text next to the quotation, in the word orders that
// language uses: after the quote ("«…», dijo el ministro", "…», a-t-elle déclaré", "…“, so Weber.",
// "«…», — сказал Иванов", "”고 말했다"), before it ("Ana Ruiz afirmó: «…»", "Weber sagte, „…“"),
// "según/selon/laut/segundo/secondo X", and a Russian credit inside the marks ("«…, — сказал он. — …»").
// Only on paragraphs that do not read as English, so that an English "dice" or "so" is never a cue.

import type { ArticleDoc } from '../document';
import { sourceAt } from './page-conventions';
import type { ResolvedCue } from './resolve';
import type { Speakers } from './speakers';

const words = (s: string) => s.trim().split(/\s+/);
/** How far around a quotation its language and credit are read. */
const NEAR = 400;

/** Speech verbs per language, as written (past, present, participle after an auxiliary). */
export const FOREIGN_VERBS: Record<string, string[]> = {
  es: words(`dijo dice dicen dijeron afirmó afirma afirmaron aseguró asegura declaró declara declararon explicó explica
    señaló señala añadió añade agregó agrega indicó indica comentó comenta sostuvo sostiene advirtió advierte
    manifestó expresó subrayó destacó apuntó precisó insistió reconoció admitió respondió contestó preguntó aclaró
    concluyó relató contó cuenta recordó recuerda escribió tuiteó lamentó denunció criticó prometió anunció confesó
    dicho afirmado declarado asegurado explicado señalado añadido indicado comentado escrito`),
  fr: words(`déclaré dit affirmé expliqué ajouté indiqué souligné précisé estimé assuré confié raconté écrit lancé
    répondu reconnu admis annoncé averti noté insisté poursuivi conclu commenté martelé regretté dénoncé tweeté
    déclare affirme explique ajoute indique souligne précise estime raconte répond reconnaît poursuit insiste
    conclut déclara affirma expliqua ajouta lança répondit confie`),
  de: words(`sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint warnte warnt berichtete
    berichtet erzählte erzählt schrieb schreibt kritisierte kritisiert forderte fordert versicherte unterstrich
    ergänzte ergänzt antwortete antwortet fragte fragt gesagt erklärt betont räumte fügte`),
  pt: words(`disse diz dizem disseram afirmou afirma declarou declara explicou explica acrescentou acrescenta
    ressaltou destacou salientou observou comentou contou lembrou escreveu respondeu perguntou garantiu admitiu
    reconheceu avaliou defendeu criticou completou concluiu dito afirmado declarado`),
  it: words(`detto dice dicono disse dichiarato dichiara affermato afferma spiegato spiega aggiunto aggiunge
    sottolineato sottolinea commentato commenta scritto scrive raccontato racconta osserva ribadito ribadisce
    precisato concluso risposto risponde spiegò aggiunse affermò dichiarò`),
  ru: words(`сказал сказала сказали заявил заявила заявили отметил отметила отметили добавил добавила пояснил
    пояснила рассказал рассказала рассказали признался призналась подчеркнул подчеркнула сообщил сообщила написал
    написала ответил ответила пожаловался пожаловалась говорит говорил говорила говорят считает отвечает отвечаю
    признаётся признается уточнил уточнила`),
};

/** "según X": the source follows a preposition. */
const ACCORDING = words('según selon laut segundo secondo');
/** Pronouns by the English pronoun the speakers resolve ("sie" is left out: she, they or you). */
const PRONOUN_AS: Record<string, string> = {
  él: 'he',
  ella: 'she',
  il: 'he',
  elle: 'she',
  er: 'he',
  ele: 'he',
  ela: 'she',
  lui: 'he',
  lei: 'she',
  он: 'he',
  она: 'she',
};
/** Articles and auxiliaries that may stand between the verb and its source, or before the verb. */
const ARTICLES = words("el la los las le les l' der die das den dem o a os as il lo gli i un una une ein eine");
const AUX = words('ha han a ont avait hat haben hatte tem têm ha hanno aveva');

const VERB = new Set(Object.values(FOREIGN_VERBS).flat());
/**
 * Korean quotative endings fastened to the closing mark: ”고 말했다, ”라고 밝혔다, ”라며; and ” 같은 글을
 * (“posts such as …”), which quotes what the sentence's subject wrote.
 */
const KOREAN_QUOTATIVE =
  /^(?:(?:이?라고|고|이?라며|이?라거나)\s|\s?(?:같은|등의)\s(?:글|말|댓글|게시물|게시글|발언|메시지))/u;

const ENGLISH = new Set('the and of to is was that with for he she it said his her are were this have has'.split(' '));
/** Two English function words in every twenty words or more: an English paragraph. */
function readsEnglish(text: string): boolean {
  const ws = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of ws) if (ENGLISH.has(w)) hits++;
  return hits >= 2 && hits * 10 >= ws.length;
}

const WORD = /[\p{L}\p{M}'’-]+/gu;
const isCap = (w: string) => /^\p{Lu}/u.test(w);
/** The French inversion's clitic: "a-t-il", "explique-t-elle", "dit-il". */
const stripClitic = (w: string) => w.replace(/(?:-t)?-(?:il|elle|on|ils|elles)$/u, '');

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsIn(text: string, from: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD))
    out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** The source phrase that starts at ws[k]: a pronoun, up to four capitalised words, or an article and a noun. */
function phraseRight(ws: Word[], k: number, gapOk: (a: number, b: number) => boolean): [number, number] | null {
  let i = k;
  if (i < ws.length && ARTICLES.includes(ws[i].text.toLowerCase())) i++;
  if (i >= ws.length || (i > k && !gapOk(ws[i - 1].end, ws[i].start))) return null;
  if (i === k && PRONOUN_AS[ws[i].text.toLowerCase()]) return [i, i];
  let j = i;
  while (
    j + 1 < ws.length &&
    j - i < 3 &&
    isCap(ws[j + 1].text) &&
    isCap(ws[i].text) &&
    gapOk(ws[j].end, ws[j + 1].start)
  )
    j++;
  if (isCap(ws[i].text) || i > k) return [k, j];
  return null;
}

/**
 * The attribution a quotation of a non-English paragraph gets from a speech verb of its language
 * beside it, or null.
 */
export function foreignSource(doc: ArticleDoc, qi: number, speakers: Speakers): ResolvedCue | null {
  const q = doc.quotes[qi];
  if (q.parent >= 0) return null;
  const p = doc.paras[q.paragraph];
  const text = doc.text;
  // The language by the words around the quote only: each quote of a long paragraph costs a bounded amount.
  if (readsEnglish(text.slice(Math.max(p.start, q.open - NEAR), Math.min(p.end, q.open + NEAR)))) return null;
  const close = q.closed ? q.close + 1 : q.end;
  const person = (at: number, why: Word): ResolvedCue => {
    const e = speakers.lastPerson(at);
    return { cue: null, cueMention: null, source: why, entity: e, np: { first: 0, last: 0, kind: 'pronoun' } };
  };
  const named = (ws: Word[], a: number, b: number): ResolvedCue => {
    const w = ws[a];
    const as = PRONOUN_AS[w.text.toLowerCase()];
    if (a === b && as) {
      const e = speakers.pronoun(as, w.start);
      return { cue: null, cueMention: null, source: w, entity: e, np: { first: 0, last: 0, kind: 'pronoun' } };
    }
    const r = sourceAt(doc, ws[a].start, ws[b].end, speakers);
    if (r.entity) speakers.note(r.entity, ws[a].start);
    return r;
  };

  const gapOk = (a: number, b: number) => /^\s+$/.test(text.slice(a, b));
  /** The subject of the verb ws[k]: the pronoun or capitalised words just before it (its auxiliary skipped), an article and noun, else the person in focus. */
  const subjectOf = (ws: Word[], k: number): ResolvedCue => {
    let j = k - 1;
    if (j >= 0 && AUX.includes(ws[j].text.toLowerCase())) j--;
    if (j >= 0 && PRONOUN_AS[ws[j].text.toLowerCase()]) return named(ws, j, j);
    if (j >= 0 && isCap(ws[j].text)) {
      let a = j;
      while (a - 1 >= 0 && j - a < 3 && isCap(ws[a - 1].text) && gapOk(ws[a - 1].end, ws[a].start)) a--;
      return named(ws, a, j);
    }
    if (j >= 1 && ARTICLES.includes(ws[j - 1].text.toLowerCase())) return named(ws, j - 1, j);
    return person(ws[k].start, ws[k]);
  };

  // After the quote: a few marks, then the verb (with its auxiliary or clitic) and the source.
  const after = text.slice(close, Math.min(p.end, close + 120));
  if (KOREAN_QUOTATIVE.test(after)) return person(q.open, { start: close, end: close + 1, text: after[0] });
  const lead = /^[\s,.!?;:…»“”"'’]*(?:[—–-]\s*)?/u.exec(after)![0];
  const ended = /[.!?;:]/.test(lead) && !/[—–-]/.test(lead);
  const ws = wordsIn(text.slice(close + lead.length, Math.min(p.end, close + 120)), close + lead.length);
  if (!ended && ws[0]?.start === close + lead.length) {
    const first = ws[0].text.toLowerCase();
    const bare = stripClitic(first);
    // "a-t-il déclaré", "explique-t-elle", "dit-il": the clitic is the source.
    if (bare !== first && (VERB.has(bare) || AUX.includes(bare))) {
      const cl = /-(il|elle|on|ils|elles)$/u.exec(first)![1];
      const e = cl === 'il' || cl === 'elle' ? speakers.pronoun(cl === 'il' ? 'he' : 'she', ws[0].start) : null;
      return { cue: null, cueMention: null, source: ws[0], entity: e, np: { first: 0, last: 0, kind: 'pronoun' } };
    }
    let k = 0;
    if (AUX.includes(first) && ws[1] && VERB.has(ws[1].text.toLowerCase()) && gapOk(ws[0].end, ws[1].start)) k = 1;
    if (VERB.has(ws[k].text.toLowerCase())) {
      // "a déclaré X", "ha detto X"; with no phrase at once (a time, a pro-drop verb), the person in focus.
      const s = k + 1;
      const ph = ws[s] && gapOk(ws[k].end, ws[s].start) ? phraseRight(ws, s, gapOk) : null;
      return ph ? named(ws, ph[0], ph[1]) : person(q.open, ws[k]);
    }
    // "…“, so Weber." and "«…», según el ministro".
    if (ws[0].text === 'so' || ACCORDING.includes(first)) {
      const ph = ws[1] && gapOk(ws[0].end, ws[1].start) ? phraseRight(ws, 1, gapOk) : null;
      const endsThere = ph && /^\s*[.,;]/.test(text.slice(ws[ph[1]].end, ws[ph[1]].end + 2));
      if (ph && (ws[0].text !== 'so' || (endsThere && isCap(ws[ph[0]].text)))) return named(ws, ph[0], ph[1]);
    }
  }

  // Before the quote, in its sentence: "X afirmó: «…»", "X a déclaré que « … »", "según X, «…»".
  const from = Math.max(p.start, q.open - 160);
  const lead2 = text.slice(from, q.open);
  const cut = Math.max(
    lead2.lastIndexOf('. '),
    lead2.lastIndexOf('? '),
    lead2.lastIndexOf('! '),
    lead2.search(/[»”“"][^»”“"]*$/u),
  );
  const sentence = lead2.slice(cut + 1);
  const bw = wordsIn(sentence, from + cut + 1);
  for (let k = bw.length - 1; k >= 0 && bw.length - k <= 8; k--) {
    const w = bw[k].text.toLowerCase();
    if (ACCORDING.includes(w)) {
      const ph = phraseRight(bw, k + 1, gapOk);
      if (ph) return named(bw, ph[0], ph[1]);
      continue;
    }
    if (VERB.has(stripClitic(w))) return subjectOf(bw, k);
  }
  // A cue-less quote takes the speaker of its paragraph's nearest sentence before it with a cue ("X admitió que … . «…»").
  const back = Math.max(p.start, q.open - NEAR);
  const earlier = wordsIn(text.slice(back, from + cut + 1), back);
  for (let k = earlier.length - 1; k >= 0 && earlier.length - k <= 60; k--) {
    if (!VERB.has(earlier[k].text.toLowerCase())) continue;
    // "«…», dijo Ana." earlier on: the source follows the verb.
    const inverted = k > 0 && /[»”“"]/u.test(text.slice(earlier[k - 1].end, earlier[k].start));
    const ph = inverted && earlier[k + 1] ? phraseRight(earlier, k + 1, gapOk) : null;
    return ph ? named(earlier, ph[0], ph[1]) : subjectOf(earlier, k);
  }

  // Russian: the credit inside the marks, between dashes ("«…, — сказал Иванов. — …»").
  const inner = /[,.!?…]\s*[—–-]\s*([\p{L}]+)\s+([\p{L}][\p{L}-]+)/u.exec(
    text.slice(q.start, Math.min(q.end, q.start + NEAR)),
  );
  if (inner && VERB.has(inner[1].toLowerCase())) {
    const at = q.start + inner.index + inner[0].lastIndexOf(inner[2]);
    const w = { text: inner[2], start: at, end: at + inner[2].length };
    return named([w], 0, 0);
  }
  return null;
}
