// The boilerplate catalogue, as data: what promo, credit, copyright and page-furniture lines
// look like. Patterns run on a line's key (lineKey: trimmed, spacing collapsed, lower case,
// straight quotes) and must match the whole key, so a story sentence that merely mentions
// a newsletter or a copyright is never taken for one. Every pattern here is our own and
// linear (no nested quantifiers); user patterns go through patterns.ts instead.

export type Kind = 'promo' | 'credit' | 'copyright' | 'page furniture';

export interface CatalogueEntry {
  kind: Kind;
  /** What the line is, for the diagnostic message. */
  what: string;
  pattern: RegExp;
  /** Text every match contains: the pattern runs only on keys that have it (cheap gate). */
  needs?: string;
}

/** Lines longer than this are story text, whatever they start with. */
export const MAX_CATALOGUE_WORDS = 60;

export const CATALOGUE: CatalogueEntry[] = [
  // Promos: newsletters, subscriptions, apps, "read more" links, explainer plugs.
  { kind: 'promo', what: 'a plug for other content', pattern: /^do you have questions about .*\bget the answers\b.*$/ },
  {
    kind: 'promo',
    what: 'a newsletter sign-up',
    pattern:
      /^(sign up|subscribe|register|join|opt in)\b.{0,120}\b(newsletters?|inbox|e-?mail (updates|alerts|list)|alerts|briefing|digest)\b.{0,120}$/,
  },
  {
    kind: 'promo',
    what: 'a newsletter sign-up',
    pattern:
      /^(get|receive|have) .{0,80}\b(delivered|sent|straight|direct(ly)?) (to|into) your (inbox|e-?mail|phone)\b.{0,80}$/,
  },
  {
    kind: 'promo',
    what: 'a subscription plug',
    pattern:
      /^(subscribe|subscribe now|subscribe today|subscribe here|subscribe for \S+|already a subscriber\??|become a (member|subscriber|supporter)|support (our|independent) journalism)[.!]?$/,
  },
  {
    kind: 'promo',
    what: 'a subscription plug',
    pattern: /^(click|tap) here to (subscribe|sign up|register|download|read more)\b.{0,100}$/,
  },
  { kind: 'promo', what: 'an app plug', pattern: /^(download|get|install) (the|our) .{0,40}\bapp\b.{0,80}$/ },
  {
    kind: 'promo',
    what: 'a social-media plug',
    pattern:
      /^(follow|like|find|join) us on (facebook|twitter|x|instagram|linkedin|youtube|tiktok|telegram|whatsapp|threads)\b.{0,80}$/,
  },
  {
    kind: 'promo',
    what: 'a link to other stories',
    pattern:
      /^(read more|read next|also read|see also|related|related stories|related articles|related coverage|more on this|more from \S+( \S+)?|more in \S+( \S+){0,3}|more coverage|more stories|related news|related content|recommended|recommended for you|most popular|most read|you may also like|you might also like|don't miss|trending now)( ?:.{0,160})?$/,
  },

  {
    kind: 'promo',
    what: 'a breaking-news alert plug',
    pattern: /^get breaking news (alerts|in your (browser|inbox))\b.{0,160}$/,
  },
  {
    kind: 'promo',
    what: 'a notifications plug',
    pattern: /^(click|tap) here to (turn on|enable|allow) (push )?notifications\b.{0,40}$/,
  },

  // Notices about the site rather than the story: cookies, comments, disclaimers.
  {
    kind: 'page furniture',
    what: 'a cookie notice',
    pattern: /^(we|this (site|website)|our (site|website)) (use|uses) cookies\b.{0,600}$/,
    needs: 'cookies',
  },
  {
    kind: 'page furniture',
    what: 'a comment notice',
    pattern:
      /^((blog )?comments (are )?powered by \S+|comments are (closed|moderated|subject to)\b.{0,200}|as you comment, please\b.{0,300})$/,
    needs: 'comment',
  },
  { kind: 'page furniture', what: 'a site disclaimer', pattern: /^disclaimer: .{0,600}$/ },
  {
    kind: 'page furniture',
    what: 'a share widget message',
    pattern:
      /^(post was not sent - check your email addresses!|sorry, your blog cannot share posts by email\.|email check failed, please try again)$/,
  },

  // Syndication and credit lines.
  {
    kind: 'credit',
    what: 'a syndication note',
    pattern:
      /^this (article|story|report|piece|post|content) (was |has been |is )?(originally|first) (appeared|published|posted|ran)\b.*$/,
  },
  {
    kind: 'credit',
    what: 'a syndication note',
    pattern:
      /^this (article|story|report|piece|post|content) (was|has been|is) (adapted|republished|reprinted|reproduced|syndicated|shared)( with permission)? (from|by|with|under)\b.*$/,
  },
  {
    kind: 'credit',
    what: 'a credit line',
    pattern:
      /^(credited from|courtesy of|syndicated by|distributed by|republished from|reprinted from|originally published (at|in|on|by))\b ?:?.{0,100}$/,
  },
  { kind: 'credit', what: 'a credit line', pattern: /^via:? [\w.&'/ -]{1,60}$/ },
  {
    kind: 'credit',
    what: 'a photo credit',
    pattern:
      /^(image|photo|picture|photograph|illustration|graphic|video|main image|top image|lead image)s? ?(credit|courtesy|source)?s?: .{1,80}$/,
  },
  { kind: 'credit', what: 'a photo credit', pattern: /^\([^()]{2,60} \/ [^()]{2,60}\)$/ },
  {
    kind: 'credit',
    what: 'a photo credit',
    pattern: /^\((getty images|ap|ap photo|afp|afp via getty images|reuters|epa|shutterstock|istock)\)$/,
  },
  {
    kind: 'credit',
    what: 'a captioned photo credit',
    pattern: /^.{0,300}[.\w)] credit: [^.!?]{2,80}$/,
    needs: 'credit:',
  },
  {
    kind: 'credit',
    what: 'a pointer to other reports',
    pattern:
      /^for (further|more|full|additional) (details|information|coverage|reporting),? (please )?(refer to|see|visit|read|go to|check)\b.{0,160}$/,
  },

  // Copyright lines.
  { kind: 'copyright', what: 'a copyright line', pattern: /^(copyright ?(©|\(c\)|\d{4})|©|\(c\) ?\d{4}).{0,200}$/ },
  {
    kind: 'copyright',
    what: 'a copyright line',
    pattern: /^.{0,200}\ball rights reserved\b.{0,200}$/,
    needs: 'all rights reserved',
  },
  {
    // Russian sites must print their media registration in the footer; no story sentence reads like it.
    kind: 'copyright',
    what: 'a media registration notice',
    pattern:
      /^.{0,300}(свидетельство о регистрации (сми|средства массовой информации)|регистрационный номер сми|зарегистрировано (в )?(федеральной службой|роскомнадзор)).{0,300}$/,
    needs: 'регистр',
  },

  // Page furniture: buttons, widgets and links that come along when a page is copied.
  {
    kind: 'page furniture',
    what: 'an advertisement marker',
    pattern:
      /^(advertisement|advertisements|advertising|ad|sponsored|sponsored content|paid content|promoted|story continues below( advertisement)?|article continues below( advertisement)?|continue reading( below)?|scroll to continue with content|content continues below)[.:]?$/,
  },
  {
    kind: 'page furniture',
    what: 'a share or comment widget',
    pattern:
      /^(share|share this|share this (article|story|page)|share on (facebook|twitter|x|linkedin|whatsapp)|shares|tweet|email|e-mail|print|comments?|\d+ comments?|view comments|show comments|hide comments|leave a (comment|reply)|read later|save|save for later|saved|bookmark|copy link|link copied|reprints|reprints & permissions|facebook|twitter|instagram|linkedin|pinterest|reddit|whatsapp|youtube|flipboard|tumblr|telegram)( ?:)?$/,
  },
  {
    kind: 'page furniture',
    what: 'a site link',
    pattern:
      /^(skip to (main )?content|skip to navigation|back to top|return to top|close|menu|search|sign in|log in|login|log out|sign out|register|sign up|my account|privacy|privacy policy|privacy notice|cookie policy|cookies|cookie settings|manage cookies|terms|terms of use|terms of service|terms (&|and) conditions|contact us|about us|advertise|advertise with us|site map|sitemap|rss|rss feeds?|ad ?choices|your california privacy rights|do not sell my (personal )?info(rmation)?|newsletters?|e-edition|help|faq|feedback|corrections|careers|media kit|subscriber services|customer service|accessibility|loading\.{0,3}|×)$/,
  },
  {
    kind: 'page furniture',
    what: 'a media caption control',
    pattern:
      /^(hide caption|toggle caption|show caption|enlarge this image|closed captioning|play video|watch video|watch:?|listen|listen to this article|audio|image|photo|video|gallery|back to gallery|view gallery)$/,
  },
];

/**
 * Navigation words: not boilerplate alone (a story may have a "Health" subheading), but a run
 * of short lines mostly made of them is a copied site menu (see menus.ts).
 */
export const NAV_WORDS = new Set(
  (
    'home|news|latest|latest news|breaking news|top stories|business|politics|opinion|sports|sport|entertainment|health|world|' +
    'world news|tech|technology|travel|science|weather|video|videos|podcast|podcasts|jobs|careers|real estate|obituaries|' +
    'cars|autos|local|local news|books|food|food & drink|events|classifieds|features|lifestyle|life|tv|reviews|music|culture|' +
    'markets|columnists|movies|film|crime|editorials|living|education|style|comics|arts|art|economy|u.s.|us|uk|energy|media|' +
    'asia|china|middle east|europe|africa|americas|latin america|australia|india|archives|archive|shop|store|international|' +
    'national|shows|blog|blogs|parenting|games|puzzles|crosswords|popular|community|fashion|multimedia|photos|more|contact|' +
    'about|newsletter|newsletters|advertise|advertising|help|golf|nfl|nba|mlb|nhl|soccer|football|tennis|cricket|rugby|boxing|' +
    'nascar|letters|letters to the editor|trending|topics|sections|money|finance|personal finance|magazine|subscriptions|' +
    'horoscope|horoscopes|live|apps|mobile|environment|climate|space|security|military|investigations|special reports|' +
    'galleries|podcasts & video|things to do|traffic|high school|colleges|family|gaming|people|celebrity|royals|weddings|' +
    'real estate|commercial|retail|industries|companies|personal tech|health care|healthcare|wellness|coronavirus|elections|' +
    'election|all|english|español|log in|login|sign in|subscribe|search|menu|close|share|print|email'
  ).split('|'),
);
