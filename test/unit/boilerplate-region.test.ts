import * as assert from 'node:assert/strict';
import { findBoilerplate } from '../../server/src/engine/boilerplate';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { ArticleDoc } from '../../server/src/engine/document';

// Invented page texts: a story of long prose paragraphs wrapped in a made-up site's chrome.
const flagged = (text: string) =>
  findBoilerplate(new ArticleDoc(text), DEFAULT_CONFIG, 'warning').map((f) => text.slice(f.start, f.end));

const STORY = [
  'The Harlow county council voted on Tuesday to close the old ferry landing after engineers found the pilings had rotted through.',
  'Residents who use the crossing every morning said the decision left them with a forty-minute drive around the estuary instead.',
  'Background',
  '"We knew this was coming, but nobody told us it would be this week," said Mara Quill, who runs the bakery beside the landing.',
  'The council said a temporary pontoon could be in place by the spring if the regional grant comes through.',
];
const HEAD = [
  'Ferry landing closed | Harlow Gazette',
  'Gazette Homepage',
  'Local',
  'Harbour Life',
  'Council Watch',
  'Schools',
  'Weekend',
  'Puzzles',
  'Share',
  'Tweet',
  'By Ana Ruiz',
];
const TAIL = [
  'Most Read',
  'Bakery wins county prize again',
  'New bus timetable from June',
  'Harbour festival dates announced',
  'Pier Talk',
  'Our Team',
  'Write to Us',
  'Gazette Jobs',
  'Copyright 2031 Harlow Gazette',
];

describe('boilerplate: page chrome outside the story region', () => {
  it('flags short chrome lines before and after the story of a pasted page, and no story line', () => {
    const text = [...HEAD, ...STORY, ...TAIL].join('\n\n') + '\n';
    const out = flagged(text);
    // The first line is the browser title (headline | site); the byline right above the story is its own.
    for (const l of [...HEAD.slice(0, -1), ...TAIL]) assert.ok(out.includes(l), `not flagged: ${l}`);
    for (const l of [...STORY, 'By Ana Ruiz']) assert.ok(!out.includes(l), `story line flagged: ${l}`);
  });

  it('leaves a table the story carries alone (rows of numbers after the story are no menu)', () => {
    const table = ['1 Harlow Rovers 30 21 5 4 68', '2 Estuary Town 30 19 6 5 61', '3 Quill Athletic 30 17 8 5 59'];
    const text = [...HEAD, ...STORY, table.join('\n'), ...TAIL].join('\n\n') + '\n';
    const out = flagged(text);
    for (const l of table) assert.ok(!out.includes(l), `table row flagged: ${l}`);
    assert.ok(out.includes('Most Read'));
  });

  it('flags a long page title and a long row of footer links outside the story, but not such lines inside it', () => {
    const title =
      'Harlow council votes to close the old ferry landing after engineers find the pilings rotted through - Harlow Gazette';
    const links =
      'About the Gazette | Contact the newsroom | Advertise with the Gazette | Careers at the Gazette | Reader help and support';
    const inside = 'Ferry times | Harlow 7:10 | Quay Street 7:40 | Pier 8:05';
    const text = [title, ...HEAD.slice(1), STORY[0], inside, ...STORY.slice(1), ...TAIL, links].join('\n\n') + '\n';
    const out = flagged(text);
    assert.ok(out.includes(title) && out.includes(links));
    assert.ok(!out.includes(inside));
    assert.deepEqual(
      flagged(title + '\n\n' + STORY.join('\n\n') + '\n'),
      [],
      'a title-like first line of an article without page chrome stays',
    );
  });

  it('keeps a list the story introduces with a colon after its last paragraph, and a one-line closing sentence', () => {
    const list = [
      'Crossing times this week:',
      'Monday -- 7:10, Harlow pier',
      'Tuesday -- 7:40, Harlow pier',
      'Friday -- 8:05, Quay Street',
    ];
    const text = [...HEAD, ...STORY, 'The pier reopens in May.', list.join('\n'), ...TAIL].join('\n\n') + '\n';
    const out = flagged(text);
    for (const l of [...STORY, 'The pier reopens in May.', ...list])
      assert.ok(!out.includes(l), `story line flagged: ${l}`);
    assert.ok(out.includes('Bakery wins county prize again'));
  });

  it('leaves alone an article as a writer types it: headline, byline, dateline, subheads, a Q&A and a list', () => {
    const text =
      [
        'Ferry landing to close after pilings fail',
        'By Ana Ruiz',
        'HARLOW, March 3',
        ...STORY,
        'What happens next',
        'Q: Will the pontoon carry cars?',
        'A: Only foot passengers and bicycles, the council said in its notice to residents on Tuesday.',
        'Drop-in sessions',
        'Harlow library',
        'Quay Street hall',
        'St Anne school gym',
        'The old ferry bell',
      ].join('\n\n') + '\n';
    assert.deepEqual(flagged(text), []);
  });

  it('needs evidence of a page: a text with many short lines after its story but no known chrome is left alone', () => {
    const names = [
      'Ana Ruiz',
      'Tom Vale',
      'Mara Quill',
      'Jon Pike',
      'Lea Stroud',
      'Ivo Marsh',
      'Nell Hart',
      'Cato Brigg',
      'Ona Fell',
      'Raf Dune',
      'Sue Lark',
      'Pim Oaks',
      'Vic Rowe',
    ];
    const text = [...STORY, 'Volunteers', ...names].join('\n\n') + '\n';
    assert.deepEqual(flagged(text), []);
  });
});

describe('boilerplate: photo credits', () => {
  it('flags credit lines and captions that end in a credit, and not story sentences about photos', () => {
    const credits = [
      'Image Credit: Harlow Gazette',
      'Photo: Ana Ruiz',
      '(Ana Ruiz / Harlow Gazette)',
      '(Getty Images)',
      'The old ferry landing at dawn. Credit: Ana Ruiz',
    ];
    const story = [
      'The photo of the landing, taken by a resident at dawn, was shared thousands of times.',
      'Photographers have gathered at the pier every morning since the closure was announced.',
      '(The council has not said what will happen to the bell.)',
    ];
    const text = [...credits, ...story].join('\n\n') + '\n';
    assert.deepEqual(flagged(text), credits);
  });
});

describe('boilerplate: site notices', () => {
  it('flags cookie, comment and disclaimer notices and alert plugs, not story sentences about them', () => {
    const notices = [
      'We use cookies to understand how you use our site and to tailor what you see.',
      'As you comment, please keep to the subject and be kind to other readers.',
      'Disclaimer: The views of the columnists are their own and not those of the Gazette.',
      'Get breaking news alerts from the Gazette, delivered to you.',
      'More in Harbour Life',
    ];
    const story = [
      'The bakery said it uses cookies from a family recipe that is more than a century old.',
      'Comments at the meeting ran for three hours before the vote was taken.',
    ];
    assert.deepEqual(flagged([...notices, ...story].join('\n\n') + '\n'), notices);
  });
});
