import * as assert from 'node:assert/strict';
import { Turns } from '../../server/src/lsp/host/turns';

// The engine host's turns between analysis steps: the shortest waiting text goes first, and a
// job that asks again waits behind the shorter ones that came meanwhile.
describe('engine host turns', () => {
  it('gives the next turn to the shortest waiting text', async () => {
    const turns = new Turns();
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
});
