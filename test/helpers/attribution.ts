// Shorthands the attribution tests share: what analyze() makes of a short invented text.

import { analyze } from '../../server/src/engine/analyze';

/** Every quotation the engine finds in the text, with its speaker and affiliation. */
export const quotes = (text: string) => analyze(text).quotes;

/** The first quotation of the text. */
export const first = (text: string) => analyze(text).quotes[0];

/** The unattributed-quote warnings of the text. */
export const unattributed = (text: string) => analyze(text).findings.filter((f) => f.code === 'unattributed-quote');

/** The speaker's name of each quotation, in order (null where none was found). */
export const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name ?? null);
