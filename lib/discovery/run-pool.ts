/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping input order.
 * Discovery fans out per account × region and per item; an unbounded Promise.all over
 * thousands of configurations would be throttled by AWS and waste the retry budget.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
