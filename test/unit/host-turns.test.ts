import * as assert from 'node:assert/strict';
import { SLICE_MS, Turns } from '../../server/src/lsp/host/turns';

// The engine host's turns between analysis steps: the shortest waiting text goes first, and a
// job that asks again waits behind the shorter ones that came meanwhile.
describe('engine host turns', () => {
  it('gives the next turn to the shortest waiting text', async () => {
    // A clock on which every step takes longer than a slice: each step asks for a turn.
    let now = 0;
    const turns = new Turns(() => (now += SLICE_MS));
    const order: string[] = [];
    const job = async (name: string, size: number, steps: number) => {
      for (let i = 0; i < steps; i++) {
        await turns.next(size);
        order.push(`${name}${i}`);
      }
    };
    const big = job('big', 1_500_000, 3);
    await new Promise((r) => setImmediate(r)); // the big job has had its first turn, and waits for its next
    const small = job('small', 100, 2);
    const medium = job('medium', 5_000, 1);
    await Promise.all([big, small, medium]);
    assert.equal(order[0], 'big0');
    assert.deepEqual(order.slice(1, 4), ['small0', 'small1', 'medium0']);
    assert.deepEqual(order.slice(4), ['big1', 'big2']);
  });

  it('lets a lone job run on within its slice, without a macrotask between its steps', async () => {
    const turns = new Turns(() => 0); // no time passes
    const order: string[] = [];
    await turns.start(1_000_000);
    setImmediate(() => order.push('macrotask'));
    for (let i = 0; i < 3; i++) {
      await turns.next(1_000_000);
      order.push(`step${i}`);
    }
    assert.deepEqual(order, ['step0', 'step1', 'step2']);
  });

  it('gives up the rest of a slice to a job that waits', async () => {
    const turns = new Turns(() => 0);
    const order: string[] = [];
    await turns.start(1_000_000);
    const small = turns.start(100).then(() => order.push('small'));
    await turns.next(1_000_000).then(() => order.push('big'));
    await small;
    assert.deepEqual(order, ['small', 'big']);
  });
});
