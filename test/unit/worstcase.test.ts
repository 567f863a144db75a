// Issue #17: no input is slow. Each worst-case shape is analysed at n and 4n characters and the
// work done is compared, counted in steps (server/src/engine/work.ts), not timed: linear work
// grows 4×, quadratic 16×, so a super-linear path fails here on any machine, however loaded.
// Regular expressions cannot count their steps: markdown.ts bounds theirs by construction (no
// pattern matches a stretch two ways, bracketed text capped) and the bench times them.
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { takeSteps } from '../../server/src/engine/work';
import { SHAPES } from '../helpers/worstcase';

/** Small enough for a unit test; the bench runs the same shapes at up to 1 MB. */
const N = 12000;
/** Work at 4n over work at n: 4 is linear; allow some for n·log n and start-up. */
const MAX_RATIO = 5;

function stepsOf(text: string, format?: 'markdown'): number {
  takeSteps();
  analyze(text, { format });
  return takeSteps();
}

describe('worst-case inputs: work grows linearly with the input', () => {
  for (const shape of SHAPES) {
    it(shape.name, () => {
      const n = shape.testSize ?? N;
      const small = stepsOf(shape.make(n), shape.format);
      const large = stepsOf(shape.make(4 * n), shape.format);
      assert.ok(small > 0, 'the counter saw no work at all');
      const ratio = large / small;
      assert.ok(ratio <= MAX_RATIO, `steps grew ${ratio.toFixed(2)}× for 4× the input (${small} → ${large})`);
    });
  }
});
