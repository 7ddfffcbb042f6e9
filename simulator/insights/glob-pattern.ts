/**
 * The glob form of `parse`: `"user=*, method:*"` — each `*` captures, everything else is literal.
 * Semantics are those of the regex the glob stands for (unanchored, every `*` lazy except the last,
 * which takes the rest up to the final literal), but matched with indexOf: a 29-field custom flow
 * record is parsed about twice as fast as with a 29-group RegExp. Leftmost-lazy matching needs no
 * backtracking here: if a literal is not found after the earliest possible position, it is not
 * found after any later one either.
 */
export type GlobMatcher = (text: string) => string[] | null;

export function compileGlob(glob: string): GlobMatcher {
  const literals = glob.split("*");
  const first = literals[0]!;
  const last = literals[literals.length - 1]!;
  const captures = literals.length - 1;
  return (text) => {
    let pos = 0;
    if (first.length > 0) {
      const at = text.indexOf(first);
      if (at < 0) return null;
      pos = at + first.length;
    }
    if (captures === 0) return [];
    const out: string[] = new Array(captures);
    for (let i = 1; i < captures; i++) {
      const lit = literals[i]!;
      const at = lit.length === 0 ? pos : text.indexOf(lit, pos);
      if (at < 0) return null;
      out[i - 1] = text.slice(pos, at);
      pos = at + lit.length;
    }
    let end = text.length;
    if (last.length > 0) {
      end = text.lastIndexOf(last);
      if (end < pos) return null;
    }
    out[captures - 1] = text.slice(pos, end);
    return out;
  };
}
