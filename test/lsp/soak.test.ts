// A short soak (8 s of the full `bench/soak.mjs`, which runs 60 s in `npm run bench` and holds RSS
// to 10% there): 200 open articles, 20 edits a second, every publish on a version the client sent
// and never stale, no failed request, no popup, and the V8 heap after a full GC within 10% of its
// size after warm-up. RSS takes ~30 s to settle (V8 and ICU keep memory committed), longer than
// this run, so here it only guards against a gross leak.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/fixtures';

interface SoakResult {
  edits: number;
  publishes: number;
  errors: string[];
  problems: string[];
  rssWarmMiB: number;
  rssAfterMiB: number;
  rssGrowth: number;
  heapWarmMiB: number;
  heapAfterMiB: number;
  heapGrowth: number;
}

describe('soak (short)', function () {
  this.timeout(180_000);

  it('200 articles, 20 edits/s for 8 s: versions match, no errors, no leak', async () => {
    // The bench module is plain ESM; a dynamic import keeps tsc from rewriting it to require().
    const load = new Function('u', 'return import(u)') as (
      u: string,
    ) => Promise<{ soak: (o: object) => Promise<SoakResult> }>;
    const { soak } = await load(pathToFileURL(path.join(ROOT, 'bench', 'soak.mjs')).href);
    const r = await soak({ seconds: 8, docs: 200, rate: 20, warmupSeconds: 4 });
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.errors, []);
    assert.ok(r.edits >= 8 * 20 * 0.8, `only ${r.edits} edits were sent`);
    assert.ok(r.publishes >= 200, `${r.publishes} publishes`);
    assert.ok(
      r.heapGrowth <= 0.1,
      `heap after GC grew ${(r.heapGrowth * 100).toFixed(1)}% (${r.heapWarmMiB.toFixed(1)} → ${r.heapAfterMiB.toFixed(1)} MiB)`,
    );
    assert.ok(
      r.rssGrowth <= 0.35,
      `RSS grew ${(r.rssGrowth * 100).toFixed(1)}% (${r.rssWarmMiB.toFixed(1)} → ${r.rssAfterMiB.toFixed(1)} MiB)`,
    );
  });
});
