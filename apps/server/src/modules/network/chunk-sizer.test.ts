import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkSizer } from './chunk-sizer.ts';

test('chunks shrink toward the target time when they run slow, and grow back when they run fast', () => {
  const chunks = chunkSizer({ min: 100, max: 1000, targetMs: 50 });
  assert.equal(chunks.rows, 1000);
  chunks.record(1000, 400);
  assert.equal(chunks.rows, 125, '1,000 rows in 400 ms: 125 rows fit in 50 ms');
  chunks.record(125, 1000);
  assert.equal(chunks.rows, 100, 'never below the minimum');
  chunks.record(100, 5);
  assert.equal(chunks.rows, 200, 'at most double at once');
  chunks.record(200, 1);
  assert.equal(chunks.rows, 400);
  chunks.record(400, 1);
  chunks.record(800, 1);
  assert.equal(chunks.rows, 1000, 'never above the maximum');
  chunks.record(0, 0);
  assert.equal(chunks.rows, 1000, 'an empty chunk says nothing');
});
