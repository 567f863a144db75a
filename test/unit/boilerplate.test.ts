import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import {
  BoilerplateScans,
  type LineStats,
  LineTable,
  REMOVE_ALL,
  REMOVE_LINE,
  boilerplatePatternProblems,
  findBoilerplate,
  removeAllEdits,
} from '../../server/src/engine/boilerplate';
import { MAX_EVIDENCE_DOCS } from '../../server/src/engine/boilerplate/evidence';
import { applyEdits } from '../../server/src/engine/boilerplate/removal';
import { DEFAULT_CONFIG, mergeConfig, type Config } from '../../server/src/engine/config';
import { ArticleDoc } from '../../server/src/engine/document';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';
import type { Finding } from '../../server/src/engine/types';
import { fixture } from '../helpers/fixtures';

const bp = (text: string, config: Config = DEFAULT_CONFIG, stats?: LineStats, docId?: string): Finding[] =>
  findBoilerplate(new ArticleDoc(text), config, 'warning', stats, docId);
const flaggedLines = (text: string, fs: Finding[]) => fs.map((f) => text.slice(f.start, f.end));
const withBoilerplate = (raw: unknown) => mergeConfig(DEFAULT_CONFIG, { boilerplate: raw });

describe('boilerplate: catalogue', () => {
  it('flags promo, credit, copyright and furniture lines, naming the kind, and nothing of the story', () => {
    const text = fixture('boilerplate/promo.txt');
    const fs = bp(text);
    assert.deepEqual(flaggedLines(text, fs), [
      "Sign up for our Morning Tide newsletter to get the day's local news in your inbox.",
      'Advertisement',
      'This article originally appeared in the Carrow Weekly Courier.',
      'Copyright (c) 2025 Carrow Courier Media. All rights reserved.',
    ]);
    assert.deepEqual(
      fs.map((f) => /\((promo|credit|copyright|page furniture)\)/.exec(f.message)?.[1]),
      ['promo', 'page furniture', 'credit', 'copyright'],
    );
    for (const f of fs) {
      assert.equal(f.code, 'boilerplate');
      assert.equal(f.severity, 'warning');
    }
  });

  it('leaves alone story lines that only mention newsletters, copyright, subscribing or "via", and lone subheadings', () => {
    assert.deepEqual(bp(fixture('boilerplate/clean.txt')), []);
  });

  it('is reported through analyze() with the configured severity, or not at all when off', () => {
    const text = fixture('boilerplate/promo.txt');
    const info = analyze(text, { config: mergeConfig(DEFAULT_CONFIG, { severity: { boilerplate: 'information' } }) });
    assert.ok(info.findings.filter((f) => f.code === 'boilerplate').every((f) => f.severity === 'information'));
    assert.equal(info.findings.filter((f) => f.code === 'boilerplate').length, 4);
    const off = analyze(text, { config: mergeConfig(DEFAULT_CONFIG, { severity: { boilerplate: 'off' } }) });
    assert.equal(off.findings.filter((f) => f.code === 'boilerplate').length, 0);
  });

  it('flags a copied site menu at the top, and share widgets, but not a single section word', () => {
    const text = fixture('boilerplate/menu.txt');
    assert.deepEqual(flaggedLines(text, bp(text)), [
      'Home',
      'News',
      'Sport',
      'Business',
      'Weather',
      'Share',
      'Read Later',
      'Comments',
    ]);
    assert.deepEqual(bp('Storm closes the coast road\n\nSport\n\nThe match was called off, the club said.\n'), []);
  });
});

describe('boilerplate: removal edits', () => {
  it('"Remove all" leaves the story with single blank lines between paragraphs and nothing else changed', () => {
    const text = fixture('boilerplate/promo.txt');
    const fs = bp(text);
    assert.ok(fs.every((f) => f.fixes?.some((x) => x.title === REMOVE_ALL)));
    const out = applyEdits(text, removeAllEdits(fs));
    assert.equal(
      out,
      [
        'Harbour ferry returns after winter repairs',
        '',
        'The blue ferry that links Carrow Point with the old harbour went back into service on Monday after eleven weeks in dry dock.',
        '',
        '"We missed the crossing more than we expected," said Petra Vale, who runs the fish stall by the quay.',
        '',
        'The council spent 240,000 pounds on a new hull coating and two engines, according to its transport officer, Idris Moss.',
        '',
        'Moss said the timetable would return to half-hourly sailings by the end of the month.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(bp(out), []);
  });

  it('"Remove this line" removes one line and one of the blank lines around it', () => {
    const text = 'First para.\n\nAdvertisement\n\nSecond para.\n';
    const [f] = bp(text);
    assert.equal(f.fixes?.length, 1, 'no "remove all" when there is only one finding');
    assert.equal(f.fixes![0].title, REMOVE_LINE);
    assert.equal(f.fixes![0].preferred, true);
    assert.equal(applyEdits(text, f.fixes![0].edits), 'First para.\n\nSecond para.\n');
  });

  it('keeps single-newline paragraphs single, and takes the blank lines after a removal at the end of the file', () => {
    assert.equal(applyEdits('One.\nShare\nTwo.\n', removeAllEdits(bp('One.\nShare\nTwo.\n'))), 'One.\nTwo.\n');
    assert.equal(applyEdits('One.\nShare\n\nTwo.', removeAllEdits(bp('One.\nShare\n\nTwo.'))), 'One.\n\nTwo.');
    assert.equal(applyEdits('One.\n\nShare\n\nPrint\n\n', removeAllEdits(bp('One.\n\nShare\n\nPrint\n\n'))), 'One.\n');
    assert.equal(applyEdits('Share\n\n\nOne.', removeAllEdits(bp('Share\n\n\nOne.'))), 'One.');
  });

  it('keeps CRLF line endings and the BOM when the first line goes', () => {
    const text = fixture('boilerplate/crlf-bom.txt');
    assert.equal(text.charCodeAt(0), 0xfeff);
    const fs = bp(text);
    assert.deepEqual(flaggedLines(text, fs), ['Credited from: VALLEY WIRE', 'leave a reply:']);
    const out = applyEdits(text, removeAllEdits(fs));
    assert.equal(
      out,
      '\ufeffThe bridge at Morrow Ford reopened to lorries on Tuesday, the county engineer, Ama Ruskin, said.\r\n\r\n' +
        'Ruskin said the weight limit would stay at 18 tonnes until the spring survey.\r\n',
    );
  });

  it('handles CR-only line endings', () => {
    const text = 'One.\r\rTweet\r\rTwo.\r';
    assert.equal(applyEdits(text, removeAllEdits(bp(text))), 'One.\r\rTwo.\r');
  });
});

describe('boilerplate: user patterns', () => {
  const story =
    'Mill reopens\n\nThe mill on Fen Lane reopened on Saturday.\n\nRead the Fen Gazette every morning!\n\nPARTNER CONTENT 2025\n';

  it('takes literal strings (a line beginning with them, case and spacing aside) and /regular expressions/flags', () => {
    const config = withBoilerplate({ patterns: ['read the  FEN gazette', '/^partner content \\d+$/i'] });
    const fs = bp(story, config);
    assert.deepEqual(flaggedLines(story, fs), ['Read the Fen Gazette every morning!', 'PARTNER CONTENT 2025']);
    assert.match(fs[1].message, /pattern \/\^partner content/);
  });

  it('lets boilerplate.allow keep a line the catalogue would flag', () => {
    const text = 'Pier opens\n\nAdvertisement\n\nThe pier opened.\n';
    assert.equal(bp(text).length, 1);
    assert.deepEqual(bp(text, withBoilerplate({ allow: ['/^advertisement$/i'] })), []);
    assert.deepEqual(bp(text, withBoilerplate({ allow: ['Advertisement'] })), []);
  });

  it('reports invalid patterns as config problems naming the key, and lints on with the rest', () => {
    const config = withBoilerplate({ patterns: ['/(a)\\1/', '/Fen Gazette/', '/x/q', '/(?=a)b/'], allow: ['/[/'] });
    const problems = boilerplatePatternProblems(config);
    assert.deepEqual(
      problems.map((p) => p.key),
      ['boilerplate.patterns[0]', 'boilerplate.patterns[2]', 'boilerplate.patterns[3]', 'boilerplate.allow[0]'],
    );
    assert.match(problems[0].message, /backreferences/);
    assert.match(problems[1].message, /unsupported flag "q"/);
    assert.deepEqual(flaggedLines(story, bp(story, config)), ['Read the Fen Gazette every morning!']);
  });

  it('runs catastrophic-backtracking patterns on a 100 KB line in linear time', () => {
    const line = 'a'.repeat(100_000) + '!';
    const text = `Headline\n\n${line}\n\nLast line.\n`;
    const evil = ['/(a+)+$/', '/(a|a)*$/', '/(a|aa)+b/', '/^(\\w+\\s?)*$/', '/(.*a){20}x/', '/(a*)*b/'];
    const t = Date.now();
    const fs = bp(text, withBoilerplate({ patterns: evil }));
    const ms = Date.now() - t;
    // (a|a)*$ matches the empty string at the end of any line, so every line is flagged.
    assert.equal(fs.length, 3);
    // A backtracking engine would take years here; a linear one takes milliseconds. The ceiling is generous.
    assert.ok(ms < 5000, `took ${ms} ms`);
  });
});

describe('boilerplate: corpus evidence', () => {
  const footer = 'Tips? Write to the Lantern desk at the old post office.';
  const story = (n: number) =>
    `Story ${n} headline about topic ${n}\n\nParagraph one of story ${n} tells what happened in town number ${n} this week.\n\n${footer}\n`;

  it('flags a line repeated in enough unrelated articles (corpusMinFiles), and not below the threshold', () => {
    const table = new LineTable();
    for (let n = 1; n <= 4; n++) table.set(`doc${n}`, story(n));
    const text = story(1);
    assert.deepEqual(flaggedLines(text, bp(text, DEFAULT_CONFIG, table, 'doc1')), [footer]);
    assert.match(bp(text, DEFAULT_CONFIG, table, 'doc1')[0].message, /repeated line.*4 unrelated articles/);
    assert.deepEqual(bp(text, withBoilerplate({ corpusMinFiles: 5 }), table, 'doc1'), []);
    table.delete('doc4');
    assert.deepEqual(bp(text, DEFAULT_CONFIG, table, 'doc1'), []);
  });

  it('does not count copies of the same story, nor lines that hold a quotation', () => {
    const story = [
      'The harbour master, Lise Arno, said the channel had silted up over the winter.',
      'Dredging will start in June and take six weeks, the port board said.',
      'Two fishing boats ran aground near the north pier in March.',
      'The board has set aside 1.2 million for the work.',
      'Arno said the channel would be marked with new buoys.',
    ];
    // Five outlets run the story: the full text, cut-down versions and one with an extra line.
    const copies = [
      story,
      story.slice(0, 3),
      story.slice(1, 5),
      [...story, "Editor's note: this story was updated."],
      story.slice(0, 4),
    ];
    const table = new LineTable();
    copies.forEach((c, n) => table.set(`copy${n}`, `Copy ${n} headline\n\n${c.join('\n\n')}\n`));
    copies.forEach((c, n) =>
      assert.deepEqual(
        bp(`Copy ${n} headline\n\n${c.join('\n\n')}\n`, DEFAULT_CONFIG, table, `copy${n}`),
        [],
        'a copied story line is a duplicate, not boilerplate',
      ),
    );
    const quote = '"We will not let the port close," the mayor, Tomas Reyl, said on Monday.';
    const outlet = (n: number) =>
      `Outlet ${n} story headline\n\nIts own reporting on the port, item ${n}, with numbers ${n * 7}.\n\n${quote}\n`;
    const t2 = new LineTable();
    for (let n = 1; n <= 5; n++) t2.set(`o${n}`, outlet(n));
    assert.deepEqual(bp(outlet(1), DEFAULT_CONFIG, t2, 'o1'), [], "a shared quotation is the story's own words");
  });

  it(`reads at most MAX_EVIDENCE_DOCS (${MAX_EVIDENCE_DOCS}) other files per line, and says so`, () => {
    const table = new LineTable();
    const n = MAX_EVIDENCE_DOCS + 20;
    for (let i = 1; i <= n; i++) table.set(`doc${i}`, story(i));
    const fs = bp(story(1), DEFAULT_CONFIG, table, 'doc1');
    assert.deepEqual(flaggedLines(story(1), fs), [footer]);
    assert.match(
      fs[0].message,
      new RegExp(
        `found in ${n} articles of the workspace, ${MAX_EVIDENCE_DOCS} of the ${MAX_EVIDENCE_DOCS} others checked unrelated`,
      ),
    );
    assert.equal(table.docCount(table.lineHashes('doc1')!.find((h) => table.docCount(h) === n)!), n);
  });

  it("reads a corpus's line statistics as it holds its documents, and reuses a scan only for the same document, config and statistics", () => {
    const footer = 'Tips for the newsroom go to tips at the Harbour Post desk.';
    const story = (n: number) =>
      `Story ${n} headline\n\nWorkers ${n} rebuilt pier number ${n * 7} over the winter months.\n\n${footer}\n`;
    const corpus = new CorpusIndex();
    for (let n = 1; n <= 4; n++) corpus.set(`doc${n}`, story(n));
    const flagged = (n: number) =>
      analyze(story(n), { corpus, docId: `doc${n}` }).findings.filter((f) => f.code === 'boilerplate');
    assert.deepEqual(flaggedLines(story(1), flagged(1)), [footer]);
    corpus.delete('doc4');
    assert.deepEqual(flagged(1), [], 'three articles are under corpusMinFiles');
    const scans = new BoilerplateScans();
    const doc = new ArticleDoc(story(1));
    const first = scans.scan(doc, DEFAULT_CONFIG, corpus.lines, 'doc1');
    assert.equal(scans.scan(doc, DEFAULT_CONFIG, corpus.lines, 'doc1'), first);
    assert.notEqual(scans.scan(doc, withBoilerplate({ corpusMinFiles: 3 }), corpus.lines, 'doc1'), first);
    assert.notEqual(scans.scan(new ArticleDoc(story(1)), DEFAULT_CONFIG, corpus.lines, 'doc1'), first);
  });
});
