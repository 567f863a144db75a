import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';

const speakers = (text: string) => analyze(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.affiliation ?? null]);

describe('attribution: who a speaker is, from anywhere in the article', () => {
  it('takes a role title before a name written outside any quote ("Rovers keeper Lena Brandt")', () => {
    const text = 'Rovers keeper Lena Brandt made nine saves on Saturday.\n\n"We defended as a team," Brandt said.\n';
    assert.deepEqual(speakers(text), [['Lena Brandt', 'Rovers keeper']]);
  });

  it('takes an appositive after a name written outside any quote', () => {
    const text = 'Omar Haddad, the chief operating officer of Tidewell Ferries, spoke at the depot.\n\n"The new boats arrive in May," Haddad said.\n';
    assert.deepEqual(speakers(text), [['Omar Haddad', 'chief operating officer of Tidewell Ferries']]);
  });

  it('takes what a copula says ("Ruiz is the director of …") for a person already named', () => {
    const text = 'Ana Ruiz runs the kilns.\n\nRuiz is the director of the Calder Glassworks, which opened in 1990.\n\n"We fire every night," Ruiz said.\n';
    assert.deepEqual(speakers(text), [['Ana Ruiz', 'director of the Calder Glassworks']]);
    // A sentence-start word that names nobody known gets no description and makes no speaker.
    assert.deepEqual(speakers('Tuesday is the director of nothing.\n\n"We fire every night," she said.\n'), [[null, null]]);
  });

  it('reads appositives that open with a capitalised title or an organisation\'s name', () => {
    const a = '"Orders doubled," said Ian Moss, CEO of Brightwater Mills.\n';
    assert.deepEqual(speakers(a), [['Ian Moss', 'CEO of Brightwater Mills']]);
    const b = '"The vote is close," Dana Wells, Harbour District Council press officer, said.\n';
    assert.deepEqual(speakers(b), [['Dana Wells', 'Harbour District Council press officer']]);
  });

  it('keeps the description that names where the person works', () => {
    const text = '"Demand is strong," said Ravi Menon, head of sales at the firm.\n\n"Prices will hold," said Ravi Menon, head of sales at Copperline.\n';
    assert.deepEqual(speakers(text)[1], ['Ravi Menon', 'head of sales at Copperline']);
  });

  it('gives a title alone ("said the goalkeeper") to the person the article described so', () => {
    const text = 'Rovers goalkeeper Lena Brandt made nine saves.\n\n"It was a long night," said the goalkeeper.\n';
    assert.deepEqual(speakers(text), [['Lena Brandt', 'Rovers goalkeeper']]);
  });

  it('does not let a caption that runs words together rename a speaker', () => {
    const text = '"The ferry was late," wrote Martin Vale of Leith, Scotland, in a letter.\n\n© Martin Vale of Leith, Scotland Martin Vale of Leith, Scotland\n';
    assert.equal(speakers(text)[0][0], 'Martin Vale');
  });

  it('matches "Kennedy" to "James P. Kennedy Jr." and drops an age before a name', () => {
    const text = 'James P. Kennedy Jr., the county prosecutor, filed the case.\n\n"The law is clear," Kennedy said.\n\n"It hurt," said 43-year-old Ola Berg.\n';
    assert.deepEqual(speakers(text).map((s) => s[0]), ['James P. Kennedy Jr.', 'Ola Berg']);
  });

  it('gives a quote the speaker whose "said," opens it, not the office that reports it', () => {
    const text = 'On the call he said, "I will be at the pier," the prosecutor\'s office said.\n';
    const q = analyze(text).quotes[0];
    assert.equal(q.source?.text, 'he');
  });

  it('reads words quoted again as one quote: a headline takes the story\'s attribution, a slogan is no speech', () => {
    const head = '‘The pier stays open’ as the storm passes\n\n"The pier stays open," said Mayor Ines Colas on Monday.\n';
    const qs = analyze(head).quotes;
    assert.deepEqual(qs.map((q) => q.speaker?.name), ['Ines Colas', 'Ines Colas']);
    const slogan = 'The slogan "water for every one of us" is on every bus.\n\nBy June the words "water for every one of us" were on the walls too.\n';
    const found = analyze(slogan);
    assert.deepEqual(found.quotes.map((q) => q.attributed), [null, null]);
    assert.equal(found.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  });
  it('splits "title of Organisation Name Surname" into the title with its organisation and the name', () => {
    const text = 'Deputy Director of Harbour Pilotage Ines-Marie Vold signed the order.\n\n"The channel stays shut until Monday," Ms Vold said.\n';
    assert.deepEqual(speakers(text), [['Ines-Marie Vold', 'Deputy Director of Harbour Pilotage']]);
    const org = 'The Lakeland Mayor\'s Office of Emergency Services said the plan was "not nearly good enough for us."\n';
    assert.deepEqual(speakers(org), [["Lakeland Mayor's Office of Emergency Services", null]]);
  });

  it('does not take a clause after a name\'s comma for a description', () => {
    const text = 'In a memo sent by chairman Teodor Lisk, staff were told that cuts will begin.\n\n"We have to make cuts now," Lisk said.\n';
    assert.deepEqual(speakers(text), [['Teodor Lisk', 'chairman']]);
  });

  it('gives a role no one was described by ("said the actor") to the undescribed person just quoted', () => {
    const text = 'Rolf Amundsen has left the show.\n\n"We are sad to go," Amundsen said. "It was a good run," said the actor.\n';
    assert.deepEqual(speakers(text), [['Rolf Amundsen', null], ['Rolf Amundsen', null]]);
    // A spokesperson is someone new, not the person just quoted.
    const other = 'Rolf Amundsen has left the show.\n\n"We are sad to go," Amundsen said. "The network wishes him well," said the spokesperson.\n';
    assert.notEqual(speakers(other)[1][0], 'Rolf Amundsen');
  });

  it('does not let a photo caption become the "he" of the next sentence', () => {
    const text = 'Piet Jansen was charged on Monday.\n\nMayor Clara Weiss speaks at city hall on May 2. Ann Doe / AP file\n\nDuring the call, he said, "they will regret this decision."\n';
    assert.equal(speakers(text)[0][0], 'Piet Jansen');
  });
  it('takes no lone capitalised word or page button for the "he" of a later sentence', () => {
    const text = 'Piet Jansen was charged on Monday.\n\nSign Up\n\nSentencing is set for May. Jansen is a former pilot.\n\nDuring the call, he said, "they will regret this decision."\n';
    assert.equal(speakers(text)[0][0], 'Piet Jansen');
  });
  it('reads capitalised titles in a copula and after "the", hyphenated roles, and a role set off before the name', () => {
    const copula = 'The plan drew mockery, but Mira Stolt’s answer was calm.\n\nStolt is the CEO of Fennick, the agency behind it.\n\n"We expected some noise," Stolt said.\n';
    assert.deepEqual(speakers(copula), [['Mira Stolt', 'CEO of Fennick']]);
    const the = 'Paul R. Sands Jr., the U.S. Attorney for the Northern District, spoke on Friday.\n\n"No one is above this," Sands said.\n';
    assert.deepEqual(speakers(the), [['Paul R. Sands Jr.', 'U.S. Attorney for the Northern District']]);
    const hyphen = 'Tidewell editor-in-chief Ola Brek said: "We stand by the story and every word in it."\n';
    assert.deepEqual(speakers(hyphen), [['Ola Brek', 'Tidewell editor-in-chief']]);
    const before = "Marsh's attorney, Leni Dorf, said her client was sorry.\n\n\"He regrets every word of it,\" Dorf said.\n";
    assert.deepEqual(speakers(before), [['Leni Dorf', "Marsh's attorney"]]);
  });

  it('gives a fragment quoted in "X’s announcement that …" to X', () => {
    const text = 'Despite Mayor Ilse Brand’s announcement that the city had reached a “historic” deal, no one has signed it.\n';
    assert.deepEqual(speakers(text), [['Ilse Brand', 'Mayor']]);
  });

  it('puts a name that is a clause’s subject in focus for the next "he"', () => {
    const text = 'Three forwards scored twice — and coach Arvo Lind couldn’t be happier. "They are getting better," he said.\n';
    assert.deepEqual(speakers(text), [['Arvo Lind', 'coach']]);
  });
  it('gives a headline quoting a few words of an attributed quote that quote’s speaker', () => {
    const text = "'We Found Him!' Divers Rescue Lost Hiker\n\nDivers searched the lake all night.\n\n\"Over here. We found him,\" a diver shouted.\n";
    const quotes = analyze(text).quotes;
    assert.equal(quotes[0].speaker?.name, 'a diver');
    assert.equal(quotes[0].attributed, true);
    // Words the story never quotes stay unattributed.
    assert.equal(analyze("'Nobody Saw It Coming' Divers Rescue Lost Hiker\n\n\"Over here. We found him,\" a diver shouted.\n").quotes[0].attributed, null);
  });
  it('gives "the group added" to the organisation the story was just about', () => {
    const text = '"We want a fair deal," the Dockworkers Alliance said on Monday.\n\nIn a later post, the group added that the port "is not keeping its word to us."\n';
    assert.deepEqual(speakers(text).map((s) => s[0]), ['Dockworkers Alliance', 'Dockworkers Alliance']);
  });
  it('names the person behind a headline’s generic source when the story quotes the same words', () => {
    const text = "‘We had a rough launch,’ exec says of outage\n\n“We had a rough launch, and we fixed it,” Lina Ortez, the company’s head of services, said on Tuesday.\n";
    const [head] = analyze(text).quotes;
    assert.equal(head.speaker?.name, 'Lina Ortez');
    assert.equal(head.source?.text, 'exec'); // the mention stays where the headline names it
  });
  it('reads "says WHO" as the organisation and "the “Pose” actor" as one source phrase', () => {
    assert.equal(analyze('Untreated, the fever is "nearly always fatal in the end", says WHO.\n').quotes[0].source?.text, 'WHO');
    const text = 'Rolf Amundsen has left the show.\n\n"We are sad to go," Amundsen said.\n\n"Hearing the news was hard for all of us," the "Harbour" actor said on Monday.\n';
    const q = analyze(text).quotes;
    assert.equal(q[1].speaker?.name, 'Rolf Amundsen');
    assert.equal(q[2].attributed, null); // the show's title is no speech
  });
  it('reads a role set off before a name inside a clause, and gives "a spokeswoman for X" nothing of X', () => {
    const text = 'Among the issues is whether Tidewell’s founder and former CEO, Aron Vass, profited.\n\nA spokeswoman for Vass declined to comment. "He did nothing wrong at all," Vass said.\n';
    assert.deepEqual(speakers(text), [['Aron Vass', 'Tidewell’s founder and former CEO']]);
  });
  it('gives unnamed sources whom they speak for, and reads a later copula past an age', () => {
    const text = '"The schedule is not safe," a spokeswoman for the Harbour Authority said.\n\n"We are cooperating fully with them," said a Tidewell spokesperson.\n\n"We never saw this coming," said Tomas Brandt. Brandt, 54, is a ferry captain at Nordvik Lines.\n';
    assert.deepEqual(speakers(text), [
      ['a spokeswoman for the Harbour Authority', 'Harbour Authority'],
      ['a Tidewell spokesperson', 'Tidewell'],
      ['Tomas Brandt', 'ferry captain at Nordvik Lines'],
    ]);
  });
  it('does not give "she" to a man known by his given name', () => {
    const text = 'Anna Holt chairs the board.\n\nMark Reyes, the treasurer, spoke next.\n\n"The books are in order," she said.\n';
    assert.equal(speakers(text)[0][0], 'Anna Holt');
  });
  it('gives a fragment whose sentence has a thing for subject to the paragraph’s speaker', () => {
    const text = 'The key, says Ines Holt, is the network. "We built it over ten years," she says. The goal is to give users a "smooth ride" everywhere.\n';
    assert.equal(speakers(text)[1][0], 'Ines Holt');
  });
  it('names "the minister" introduced after the quote, and gives "the department" to the police in focus', () => {
    const text = '"We will not back down on this," the minister said on Tuesday.\n\nFinance Minister Dora Kvist has pushed the plan since spring.\n\nPolice said the man "fled on foot toward the river."\n\n"We have no further comment at this time," the department said.\n';
    assert.deepEqual(speakers(text).map((s) => s[0]), ['Dora Kvist', 'Police', 'Police']);
  });
  it('reads names ending in -ly as names, "beamed" as a cue, and a doubled opening mark as one', () => {
    assert.equal(analyze('Carly Moen backed the plan, saying it is time to have “a real plan for the harbour.”\n').quotes[0].speaker?.name, 'Carly Moen');
    assert.equal(analyze('“This is fantastic!” beamed Otto Rask of Tidewell.\n').quotes[0].speaker?.name, 'Otto Rask');
    const doubled = analyze('"“We do not win by counting towns,” Rask responded.\n');
    assert.equal(doubled.quotes.length, 1);
    assert.equal(doubled.quotes[0].speaker?.name, 'Rask');
    assert.equal(doubled.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
  });
  it('reads "said undecided voter X" and "the “Harbour” actress has …" as source phrases', () => {
    assert.equal(analyze('"I do not know where he stands on that," said undecided Republican voter Ivo Sand.\n').quotes[0].speaker?.name, 'Ivo Sand');
    const q = analyze('Since then, the “Harbour Nights” actress has spoken out against the idea of anyone being “local enough.”\n').quotes;
    assert.equal(q[1].attributed, true);
  });
  it('reads plain modifiers and two roles joined by "and" before a name', () => {
    const a = '"We ran checks on every sample," Harbin planetary scientist Ivo Marsh said.\n';
    assert.deepEqual(speakers(a), [['Ivo Marsh', 'Harbin planetary scientist']]);
    const b = '"We found the next best thing," lead researcher and ESA planetary scientist Lena Okafor said in an ESA statement.\n';
    assert.deepEqual(speakers(b), [['Lena Okafor', 'lead researcher and ESA planetary scientist']]);
    // A cue verb before an inverted name is no modifier of it.
    const d = '"Lumber remains a headwind for the chain," wrote Fadem in a Tuesday research report.\n';
    assert.equal(analyze(d).quotes[0].source?.text, 'Fadem');
    // The modifiers stay out when a verb stands before them.
    const c = 'Officials met local fishermen on Monday.\n\n"The nets are empty," fishermen said.\n';
    assert.equal(analyze(c).quotes[0].source?.text, 'fishermen');
  });

  it('gives an unnamed source no article for an affiliation ("A company spokesperson")', () => {
    const a = 'Former royal press aides called it "a truly dreadful performance by him".\n';
    assert.deepEqual(speakers(a), [['Former royal press aides', null]]);
    // "company" names the organisation the story is about.
    const b = '"We are done here for now," the Brightwater Group said on Monday.\n\nA company spokesperson said that "we have answered every question we were asked."\n';
    assert.deepEqual(speakers(b)[1], ['A company spokesperson', 'Brightwater Group']);
  });
  it('makes no speaker of a count, an imperative or a run with a number or function word in it', () => {
    // A count before a quoted headline ("34 responses to …") speaks for no one.
    assert.equal(analyze('34 responses to "We needed to win this game badly"\n').quotes[0].speaker, null);
    // "Consider this entry:" opens page copy; it names no one.
    assert.equal(analyze('Consider this entry: "Do not text and drive today."\n').quotes[0].speaker, null);
    // "By 2018" and "Growing Up Weightless" are no people for "she" to mean.
    const text = 'Mara Lind ran the shop for years. By 2018, when I started digging, the books were gone.\n\nGrowing Up Weightless sold well at first.\n\n"I cannot believe they would do that," she said.\n';
    assert.deepEqual(speakers(text), [['Mara Lind', null]]);
    // A number after a capitalised word still ends a source ("Article 33 affirms").
    assert.equal(analyze('Article 33 affirms: "No state shall return a refugee to danger."\n').quotes[0].source?.text, 'Article 33');
  });
  it('puts no menu line in title case in focus, and a titled single name ("Prince Edwin") is a person', () => {
    const menu = 'Harbour Secrets\n\nNewsletters\n\nThe pier reopened on Monday after a long winter.\n\n"It was an unusual thing for me to do," he said.\n';
    assert.deepEqual(speakers(menu), [[null, null]]);
    const text = 'The real Prince Edwin was busy that week.\n\nEdwin doesn’t remember the night, but he remembers the pizza. "It was an unusual thing for me to do," he said.\n';
    assert.deepEqual(speakers(text).map((s) => s[0]), ['Edwin']);
  });
  it('reads a participle opening the sentence as no source, a phrase running into a quote as no appositive, "One" as no organisation', () => {
    const a = 'Dressed in black, the white-haired Moss sat at the piano and played "Walking the Long Road Home" for them.\n';
    assert.notEqual(analyze(a).quotes[0].source?.text, 'Dressed');
    const b = 'According to the man, the steroids "had a transformative effect within two days of the start."\n';
    assert.deepEqual(speakers(b), [['man', null]]);
    const c = 'According to his aunt, Jane Starr, "He was brilliant from the very start."\n';
    assert.deepEqual(speakers(c), [['Jane Starr', 'his aunt']]);
    const d = 'One Brightwater analyst said the results were "a little disappointing for the quarter."\n';
    assert.equal(speakers(d)[0][1], 'Brightwater');
  });
  it('keeps a title or a company suffix set off by commas with the name before it, and reads "another said"', () => {
    const a = 'Steve Menet, Senior Vice President of Sales for Drager, Inc., says: "Alarm management is a high focus for hospitals."\n';
    assert.deepEqual(speakers(a), [['Steve Menet', 'Senior Vice President of Sales for Drager']]);
    const b = '"The market is slowing," Ann Lee, Chief Economist at Brightwater, said.\n';
    assert.deepEqual(speakers(b), [['Ann Lee', 'Chief Economist at Brightwater']]);
    const c = '"We will be back next year for sure," one said. Another reportedly said: "Next year is the year of the rat."\n';
    assert.deepEqual(analyze(c).quotes.map((q) => q.source?.text), ['one', 'Another']);
  });
  it('reads "Ambassador to the European Union Name": the organisation in the title, the person by role later', () => {
    const text = 'U.S. Ambassador to the European Union Nils Varga testified on Wednesday.\n\n"We followed the orders we had," the ambassador said.\n\n"We did what we were asked to do," Varga said.\n';
    assert.deepEqual(speakers(text), [
      ['Nils Varga', 'U.S. Ambassador to the European Union'],
      ['Nils Varga', 'U.S. Ambassador to the European Union'],
    ]);
    const inverted = '"We followed orders," said Ambassador to the United Nations Ada Kerr.\n';
    assert.deepEqual(speakers(inverted), [['Ada Kerr', 'Ambassador to the United Nations']]);
  });
  it('gives an unnamed official the whole organisation ("a State Department official")', () => {
    assert.deepEqual(speakers('"We are watching closely," a State Department official said.\n'), [['a State Department official', 'State Department']]);
  });
});
