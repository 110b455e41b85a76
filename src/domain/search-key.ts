/**
 * A name as search compares it: lowercase, without accents or punctuation, single spaces, without
 * a leading article ("The Harbour", "the harbour", "Harbour" and "더 하버"'s 하버 meet). Stored with
 * every alias (migration 0005 keyed the older ones with this same function as it then stood).
 */
export function searchKey(name: string): string {
  return fullSearchKey(name).replace(/^(the|a|an|더) (?=\S)/u, "").slice(0, MAX_SEARCH_KEY);
}

/** The same without removing a leading article: tells "The Harbour" from "Harbour" when both keys agree. */
export function fullSearchKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A search key written backwards (by code points): its end becomes its start, a range of an index as a prefix is. */
export function reversedKey(key: string): string {
  return [...key].reverse().join("");
}

/** Longer than any title or name: keys are cut here, and queries longer than this are refused before any lookup. */
export const MAX_SEARCH_KEY = 200;
