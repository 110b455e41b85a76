/** The text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A non-capturing alternation of literal words, longest first, so "Disney+ Hotstar" wins over "Disney+". */
export function alternationOf(words: Iterable<string>): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})`;
}
