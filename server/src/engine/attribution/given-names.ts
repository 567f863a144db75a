// Common given names whose bearers are mostly of one gender, so that "she said" after
// "Mark Davis said" does not go to him. A short list: unknown names stay open to either pronoun.

const set = (s: string) => new Set(s.trim().split(/\s+/));

export const MALE_NAMES = set(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
  jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith
  christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe billy bruce albert
  willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mike
  bill tom jim bob steve dan chris tony ben sam fred ted rick nick greg jeff pete tim martin mitch chuck bernie
  barack vladimir xi boris emmanuel narendra recep jair justin olaf pedro carlos luis jorge miguel mohammed muhammad
  ahmed ali omar hassan ivan sergei dmitri igor hans klaus jürgen pierre françois giuseppe marco luca antonio
  kevin hugh neil ian graham nigel colin derek malcolm gordon stuart alistair rupert oliver harry
`);

export const FEMALE_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
  kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
  amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
  catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
  megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice abigail
  alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
  charlotte marie kayla alexis lori hillary nancy kamala elizabeth ilhan alexandria angela theresa ursula jacinda
  marine christine sophie claire camille chloé anne isabelle monique sabine petra ingrid greta elena olga natalia
  svetlana irina fatima aisha leila mariam priya sonia carmen lucia sofia ana rosa kate katie jane jo sally lucy
  penny wendy tracy stacey tina gina nina vera eva ella ava mia zoe lily molly holly jenny becky liz beth meg
`);
