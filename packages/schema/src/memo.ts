/**
 * `compute` remembered per key, for answers a dataset asks for many times over
 * a few thousand values (a date's bounds, a language tag's validity). Past
 * `limit` keys the memory is dropped and starts again, so it stays bounded.
 * `compute` must be pure and never return undefined.
 */
export function rememberedPerKey<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size > limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
