/**
 * Runs `run` over items in batches on several lanes at once, and hands each item's result to `take` in item
 * order, as soon as every earlier item's result is in, however the lanes' batches finish.
 * A lane takes the next batch when its last one is done; once one fails, the others stop at their next batch.
 */
export async function forEachInOrder<Lane, Item, Result>(
  items: Item[],
  batchSize: number,
  lanes: Lane[],
  run: (lane: Lane, batch: Item[]) => Promise<Result[]>,
  take: (result: Result, index: number) => void,
): Promise<void> {
  const batches = Math.ceil(items.length / batchSize);
  const finished: (Result[] | undefined)[] = new Array(batches);
  let nextBatch = 0;
  let nextToTake = 0;
  let failed = false;
  const work = async (lane: Lane) => {
    try {
      while (!failed && nextBatch < batches) {
        const batch = nextBatch++;
        finished[batch] = await run(lane, items.slice(batch * batchSize, (batch + 1) * batchSize));
        for (; !failed && nextToTake < batches && finished[nextToTake]; nextToTake += 1) {
          const first = nextToTake * batchSize;
          finished[nextToTake]!.forEach((result, offset) => take(result, first + offset));
          finished[nextToTake] = undefined;
        }
      }
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  await Promise.all(lanes.map(work));
}
