// Cues in other languages, in the word orders each uses: the verb after the quote with its source
// ("«…», dijo X"), the French inversion ("…», a-t-elle déclaré"), German "so X", the source and verb
// before the quote ("X afirmó: «…»"), "según X", a Russian credit inside the marks, and Korean
// quotative endings. The sentences are invented.

import * as assert from 'node:assert/strict';
import { quotes, unattributed } from '../helpers/attribution';

describe('attribution: cues in other languages', () => {
  it('reads a Spanish verb after the quote, with the name after it', () => {
    const [q] = quotes('«El puerto abrirá de nuevo en primavera con barcos nuevos», dijo Marta Olmedo en la plaza.\n');
    assert.equal(q.attributed, true);
    assert.equal(q.speaker?.name, 'Marta Olmedo');
  });

  it('reads a Spanish verb before the quote, with a colon', () => {
    const [q] = quotes('La alcaldesa Inés Prado afirmó: «No cerraremos la biblioteca del barrio este invierno».\n');
    assert.equal(q.attributed, true);
    assert.equal(q.speaker?.name, 'Inés Prado');
  });

  it('reads the French inversion and "a déclaré X"', () => {
    const text =
      'Claire Dumas dirige la coopérative depuis dix ans.\n\n« Nous vendons tout le miel du village au marché », a-t-elle déclaré.\n';
    const q = quotes(text).find((x) => x.text.includes('miel'));
    assert.equal(q?.attributed, true);
    assert.equal(q?.speaker?.name, 'Claire Dumas');
    const [r] = quotes('« La récolte de cette année sera plus petite que prévu », a déclaré Paul Girard.\n');
    assert.equal(r.speaker?.name, 'Paul Girard');
  });

  it('reads German "sagte X" and "so X."', () => {
    const [q] = quotes('„Wir bauen die Brücke bis zum Sommer fertig“, sagte Jonas Keller am Abend.\n');
    assert.equal(q.speaker?.name, 'Jonas Keller');
    const [r] = quotes('„Die Fähre fährt ab Montag wieder nach dem alten Plan“, so Lena Brandt.\n');
    assert.equal(r.speaker?.name, 'Lena Brandt');
  });

  it('reads Portuguese and Italian verbs and "segundo X"', () => {
    const [q] = quotes('“Vamos abrir a nova escola em março com mais salas”, disse Rui Teixeira aos pais.\n');
    assert.equal(q.speaker?.name, 'Rui Teixeira');
    const [r] = quotes('«Il treno per la costa tornerà a partire ogni ora», ha detto Giulia Neri ai pendolari.\n');
    assert.equal(r.speaker?.name, 'Giulia Neri');
    const [s] = quotes(
      'A feira do livro abre amanhã e, segundo Ana Lobo, “vai durar duas semanas inteiras este ano”.\n',
    );
    assert.equal(s.speaker?.name, 'Ana Lobo');
  });

  it('takes the person in focus for a verb with no subject written (pro-drop)', () => {
    const text =
      'Lucía Vidal pinta barcos en el puerto.\n\n«Cada barco tiene su propio color y su historia», explica.\n';
    const q = quotes(text).find((x) => x.text.includes('barco'));
    assert.equal(q?.attributed, true);
    assert.equal(q?.speaker?.name, 'Lucía Vidal');
  });

  it('reads a Russian credit inside the marks and a verb before the quote', () => {
    const [q] = quotes('«Мы откроем новую школу осенью, — сказал Петров. — Учителя уже готовы».\n');
    assert.equal(q.attributed, true);
    assert.equal(q.speaker?.name, 'Петров');
    const [r] = quotes('Директор Анна Орлова ответила: «Музей будет открыт всё лето без выходных».\n');
    assert.equal(r.attributed, true);
  });

  it('reads Korean quotative endings after the closing mark', () => {
    const text = '김민수 씨는 시장에서 일한다. 그는 “우리 가게는 내일도 문을 엽니다”고 말했다.\n';
    assert.deepEqual(unattributed(text), []);
  });

  it("reads a Korean “…” 같은 글 (posts such as “…”) as the subject's words", () => {
    const lead = '그는 “가게는 내일도 엽니다”고 말했다. 또 “비가 와도 문을 엽니다. 저는 시장을 사랑합니다”';
    assert.deepEqual(unattributed(`${lead} 같은 글을 남겼다.\n`), []);
    // 같은 before a noun that is no writing ("such weather") is no cue.
    assert.equal(unattributed(`${lead} 같은 날씨였다.\n`).length, 1);
  });

  it('still warns on a quote in another language with no cue beside it', () => {
    assert.equal(
      unattributed('El río creció toda la noche.\n\n«Las casas de la orilla tienen agua hasta la puerta».\n').length,
      1,
    );
    assert.equal(
      unattributed('Der Fluss stieg die ganze Nacht.\n\n„Die Häuser am Ufer stehen bis zur Tür im Wasser.“\n').length,
      1,
    );
  });

  it('never reads an English "so" or "dice" as a cue', () => {
    const text = 'The ferry was late again.\n\n“We waited on the pier for two hours in the rain,” so Mara left.\n';
    assert.equal(unattributed(text).length, 1);
    assert.equal(
      unattributed('The game was close. “We threw the dice and lost the whole evening.” dice Tom\n').length,
      1,
    );
  });
});
