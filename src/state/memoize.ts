// Memoised selectors, in the manner of reselect or sigma's reducers: the last answer is kept while its inputs stay.

/**
 * Wraps `compute` so that it runs again only when one of its arguments changes identity. The state's parts are
 * replaced, never mutated, so identity is change; one answer is kept, since views ask about the current state.
 */
export function memoize<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i])))
      return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
