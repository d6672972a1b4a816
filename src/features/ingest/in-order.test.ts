import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { forEachInOrder } from './in-order';

const items = Array.from({ length: 100 }, (_, index) => index);

describe('forEachInOrder', () => {
  it('hands results over in item order although the lanes finish their batches out of order', async () => {
    const finishedBatches: number[] = [];
    const taken: [number, number][] = [];
    await forEachInOrder(
      items,
      7,
      ['slow', 'fast', 'fast'],
      async (lane, batch) => {
        // The slow lane takes three times as long, so later batches overtake earlier ones.
        await sleep(lane === 'slow' ? 15 : 5);
        finishedBatches.push(batch[0]! / 7);
        return batch.map((item) => item * 10);
      },
      (result, index) => taken.push([index, result]),
    );
    expect(finishedBatches).not.toEqual([...finishedBatches].sort((a, b) => a - b));
    expect(taken).toEqual(items.map((item) => [item, item * 10]));
  });

  it('stops handing out batches once one fails, and rejects with its error', async () => {
    const started: number[] = [];
    const run = forEachInOrder(
      items,
      10,
      [1, 2],
      async (_lane, batch) => {
        started.push(batch[0]!);
        await sleep(1);
        if (batch[0] === 20) throw new Error('thread stopped');
        return batch;
      },
      () => {},
    );
    await expect(run).rejects.toThrow('thread stopped');
    await sleep(20);
    expect(started.length).toBeLessThan(6);
  });
});
