// Word lists for attribution: speech verbs, titles, organisation and group words, and the
// small words that sit between a subject and its verb. Lower case throughout.

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Speech and stance verbs, as base forms; inflections come from `verbForms`. */
const VERB_BASES =
  'say tell add warn urge pledge vow condemn continue note argue explain insist claim assert state declare ' +
  'announce reply respond ask joke quip recall admit acknowledge concede complain lament suggest predict promise ' +
  'write tweet post comment observe remark stress emphasize emphasise caution contend maintain call describe dub ' +
  'label brand praise criticize criticise blast slam accuse deny confirm report conclude testify boast mock chide ' +
  'scoff shout yell chant exclaim whisper muse reflect allege agree counter retort rebut recount characterize ' +
  'characterise wonder demand proclaim threaten reiterate repeat affirm assure hail blame dismiss reject decry ' +
  'denounce estimate advise plead express speak voice echo recount concur question challenge fume rail gush marvel ' +
  'predict reveal disclose announce lash thunder cry sigh laugh snap bristle tout defend find read scold liken point sing bark press interject scream growl plead remember surmise pronounce order beam';

const IRREGULAR: Record<string, string[]> = {
  find: ['found', 'finds', 'finding'],
  read: ['reads', 'reading'],
  sing: ['sang', 'sings', 'singing', 'sung'],
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken'],
};

/** Verbs that double their last consonant: admit → admitted. */
const DOUBLING = new Set(
  'admit quip slam snap chat regret commit submit omit permit rebut plan nod stop bar prefer refer confer concur'.split(
    ' ',
  ),
);

function verbForms(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]];
  if (DOUBLING.has(base)) {
    const d = base + base.slice(-1);
    return [base, d + 'ed', base + 's', d + 'ing'];
  }
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const ed = base.endsWith('e')
    ? base + 'd'
    : /[^aeiou]y$/.test(base)
      ? base.slice(0, -1) + 'ied'
      : /^(slam|snap|quip|chat|scoff)$/.test(base)
        ? base + base.slice(-1) + 'ed'
        : base + 'ed';
  const s = /[^aeiou]y$/.test(base)
    ? base.slice(0, -1) + 'ies'
    : /(s|sh|ch|x|z)$/.test(base)
      ? base + 'es'
      : base + 's';
  const ing = /^(slam|snap|quip|chat)$/.test(base) ? base + base.slice(-1) + 'ing' : stem + 'ing';
  return [base, ed, s, ing];
}

/** word form -> base verb */
export const CUE_VERBS = new Map<string, string>();
for (const b of VERB_BASES.trim().split(/\s+/))
  for (const f of verbForms(b)) if (!CUE_VERBS.has(f)) CUE_VERBS.set(f, b);
// Forms that are far more often nouns in news text ("his home state", "a dozen states", "press officer").
for (const f of ['state', 'states', 'press', 'presses']) CUE_VERBS.delete(f);

/** Verbs that introduce speech only with a following object or complement; weak on their own. */
export const WEAK_VERBS = set(
  'continue call describe label brand dub find read liken point sing express voice defend question challenge echo reveal report',
);

/** Verbs that put the speaker after them as often as before ("continued Pacheco Pardo"). */
export const INVERTIBLE = set(
  'say add continue note write explain ask reply respond warn insist argue recall concede admit declare state observe remark conclude tweet post comment',
);

/** Words that may sit between a subject and its verb: auxiliaries, adverbs, times. */
export const FILLERS = set(
  'has have had was were is are be been being will would could can may might must shall should did does do ' +
    'also later then previously repeatedly recently reportedly publicly privately once again further earlier ' +
    'first last finally simply flatly quickly bluntly openly frankly angrily quietly sharply firmly strongly ' +
    'still already often always never not only just even sometimes frequently initially subsequently separately ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight ' +
    "on this last week month year morning afternoon evening night elsewhere too 's 're 've 'll 'd 'm",
);

/** Weekday and time words that may follow a verb before the inverted subject ("said Monday"). */
export const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later on last this week month year morning afternoon evening night',
);

export const PRONOUNS = set('he she they it we i you');

/** Titles and roles that may stand before a name ("NATO Secretary-General Mark Rutte"). */
export const TITLES = set(
  'president leader minister secretary secretary-general chancellor governor gov. senator sen. rep. representative ' +
    'congressman congresswoman chairman chairwoman chair director spokesman spokeswoman spokesperson ambassador mayor ' +
    'general gen. chief premier king queen prince princess judge justice ceo commissioner speaker deputy vice officer ' +
    'attorney professor prof. dr. mr. mrs. ms. miss rev. pope sheriff coach adviser advisor candidate nominee star ' +
    'host anchor founder analyst economist lawmaker envoy diplomat aide strategist pollster commander admiral colonel ' +
    'col. captain capt. lieutenant lt. sergeant sgt. detective superintendent executive correspondent columnist ' +
    'editor reporter author activist head lawyer scholar expert researcher fellow cabinet defence defense foreign ' +
    'prime state lord lady sir dame sen rep dr mr mrs ms prof gov gen premier-elect president-elect chief-of-staff ' +
    'manager owner member councilman councilwoman councillor councilor delegate assemblyman assemblywoman pastor ' +
    'bishop cardinal rabbi imam father sister brother dean provost chancellor treasurer comptroller auditor clerk ' +
    'farmer grower resident shopkeeper worker driver pilot fisherman student teacher nurse doctor volunteer chef ' +
    'trader builder engineer architect landlord tenant baker priest broadcaster presenter commentator ' +
    'administrator ceo cfo coo cto co-founder cofounder chairperson vice-chair vice-president superintendent',
);

/**
 * Roles that stand before a name only as titles ("Wild defenseman Ryan Suter", "planetary scientist
 * Ana Ruiz"): read where a name is described, never as sources on their own (many are also
 * ordinary nouns: guard, forward, center).
 */
export const ROLES = set(
  'defenseman defender forward winger centre center goaltender goalie quarterback receiver linebacker ' +
    'cornerback tackle guard pitcher catcher outfielder infielder shortstop striker midfielder goalkeeper keeper ' +
    'batsman bowler rookie teammate coordinator trainer jockey boxer swimmer sprinter runner cyclist golfer ' +
    'scientist astronomer astrophysicist physicist biologist geologist chemist epidemiologist physician surgeon ' +
    'psychologist psychiatrist neuroscientist lecturer co-author coauthor associate principal partner ' +
    'consultant investor entrepreneur producer actor actress singer musician guitarist drummer bassist ' +
    'songwriter rapper comedian filmmaker novelist poet playwright writer designer spokesperson representative ' +
    'officer administrator secretary senator congressman congresswoman governor mayor official ambassador ' +
    'defendant plaintiff suspect witness juror prosecutor detective',
);

/**
 * A role by its shape, beyond the lists: "oncologist", "historian", "technician", "photographer",
 * "pharmacist" (not "playlist", "insist", "Christ"). Lower case only.
 */
export function roleShaped(l: string): boolean {
  return (
    /^\p{L}{3,}(ologist|ician|ographer|ist)s?$/u.test(l) && !/(list|sist|christ|twist|wrist|exist|moist)s?$/.test(l)
  );
}

/** A role word: listed, or shaped like one. */
export const isRoleWord = (l: string) => ROLES.has(l) || roleShaped(l);

/** A title or a role word: what a person's description needs ("CEO", "defenseman", "oncologist"). */
export const titleOrRole = (l: string) => TITLES.has(l) || isRoleWord(l);

/** Honorifics that are dropped from a speaker's name. */
export const HONORIFICS = set('mr. mrs. ms. miss dr. prof. rev. sir dame mr mrs ms dr prof');

/** Words that make a capitalised phrase an organisation (or a place or outlet speaking as one). */
export const ORG_WORDS = set(
  'ministry agency embassy institute university college times post news journal party committee council ' +
    'department office services association corporation corp. corp inc. inc ltd. ltd foundation center centre organization ' +
    'organisation campaign commission court service network group bank fund bureau administration government house ' +
    'senate congress parliament police army navy force forces media press daily tribune herald magazine reuters ' +
    'cnn nbc abc cbs fox bbc msnbc npr kcna nato pentagon kremlin company firm union league federation alliance ' +
    'institution school hospital board authority authorities council club society coalition movement ' +
    'program programme project watch initiative caucus trust republicans democrats gop whitehouse website paper newspaper ' +
    'channel radio television tv station review monitor guardian telegraph independent mirror express observer ' +
    'globe chronicle gazette examiner inquirer bloomberg politico axios breitbart huffpost yonhap xinhua tass ' +
    'ria interfax kyodo afp ap upi voa rfa ministry secretariat',
);

/** Lower-case nouns that can be sources on their own or head a source phrase. */
export const SOURCE_NOUNS = set(
  'volunteers workers parents teachers students farmers fishermen passengers customers shoppers traders owners doctors nurses ' +
    'scientists protesters demonstrators locals villagers neighbours neighbors families users readers viewers fans drivers ' +
    'person someone anyone everyone nobody exec execs designer organizer organizers organiser narrator questioner insiders chair allies partners observers analysts experts officials official scholars researchers economists diplomats critics supporters ' +
    'opponents residents voters lawmakers legislators sources source authorities government administration ministry ' +
    'agency embassy department office committee report publication newspaper paper daily outlet group organization ' +
    'organisation company firm spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors ' +
    'campaign police media statement officer officers president leader minister secretary senator governor candidate ' +
    'nominee chairman chairwoman director professor analyst expert lawyer attorney judge mother father wife husband ' +
    'son daughter friend friends neighbor neighbour resident man woman men women people members member staff team ' +
    'party military army spokespeople representatives representative executives executive activists activist ' +
    'protesters demonstrators workers worker students student teachers teacher doctors doctor nurse police ' +
    'investigators prosecutors prosecutor witnesses witness survivors victims families family observer scholar ' +
    'researcher economist diplomat critic supporter opponent voter lawmaker legislator businessman businesswoman ' +
    'owner owners manager managers employee employees fans fan players player coach reporters reporter journalist ' +
    'journalists commentators commentator pundits pundit insiders insider strategists strategist pollster pollsters ' +
    'historian historians biographer biographers author authors editor editors writer writers others many most some ' +
    'several few both all candidate candidates nominees republicans democrats conservatives liberals progressives ' +
    'analysis study survey poll polls letter memo filing documents document complaint lawsuit indictment ruling ' +
    'website site post tweet video ad ads statement statements release speech interview book article editorial ' +
    'column blog platform manifesto communique announcement notice declaration sheriff mayor chief head envoy ' +
    'ambassador commander general admiral captain officer host anchor founder star actress actor singer rapper ' +
    'comedian governor senators governors presidents ministers officials spokesmen mogul billionaire businessman ' +
    'veteran veterans soldier soldiers troops citizens citizen americans voters women men parents',
);

/** Determiners and quantifiers that may open a source phrase. */
export const DETERMINERS = set(
  'the a an one another some many most several few both all his her their its our two three four this that these those other such each every any no',
);

/** Lower-case words that may sit inside a source phrase (adjectives of office and place). */
export const NP_ADJECTIVES = set(
  'state senior former top local federal foreign chief deputy military regional national international western ' +
    'eastern northern southern independent longtime long-time veteran prominent leading retired current acting ' +
    'interim outgoing incoming new other treaty security defence defense intelligence government administration ' +
    'party campaign white house press public private official unnamed anonymous u.s. american european chinese ' +
    'russian democratic republican conservative liberal political legal economic health police district county city ' +
    'grocery store high school young old elderly local many some presidential vice-presidential congressional ' +
    'gubernatorial legislative judicial executive diplomatic',
);

/** Connectors that may join the words of a source phrase between capitalised words. */
export const NP_CONNECTORS = set('of for at in from on and de van von der da du la le al bin ibn y &');

/** Words that begin an appositive after a name ("X, a professor at …, said"). */
export const APPOSITIVE_OPENERS = set(
  'a an the who which whose one another head executive chief deputy director former senior',
);

/** Clause boundaries: a subject never reaches left past these. */
export const CLAUSE_WORDS = set(
  'that which who whom whose but while because as when if although though so where after before since until ' +
    'amid amidst despite following regarding toward towards like unlike including ' +
    'unless whether once than and or nor yet for to with by from into about over under after during without within ' +
    'against among between through across upon',
);

/** Nouns for things that carry words: they may head a source ("the letter reads") but never sit inside a person's name. */
export const THING_NOUNS = set(
  'interview statement speech release letter memo report post tweet video ad ads book article editorial column blog ' +
    'platform manifesto communique announcement notice declaration filing documents document complaint lawsuit ' +
    'indictment ruling website site analysis study survey poll polls broadcast show program programme briefing',
);

/** Nouns that attribute after a possessive: "Trump's claim that …". */
export const NOUN_CUES = set(
  'call calls claim claims statement remarks comment comments assertion words description promise pledge warning argument contention view belief suggestion accusation charge insistence',
);

/** Words that open a subordinate clause: a cue inside one does not govern the sentence. */
export const SUBORDINATORS = set(
  'while although though when as after before because if since until unless whereas once',
);
