/** Genre labels, most specific first; each pattern names the genre the card shows. */
export const genres: [RegExp, string][] = [
  [/^revenge[- ](?:drama|thriller|series)$/i, "revenge drama"],
  [/^psychological[- ]thriller$/i, "psychological thriller"],
  [/^psychological[- ]horror$/i, "psychological horror"],
  [/^crime[- ](?:drama|thriller)$/i, "crime drama"],
  [/^legal[- ]drama$/i, "legal drama"],
  [/^medical[- ]drama$/i, "medical drama"],
  [/^(?:historical[- ]drama|sageuk|period drama)$/i, "historical drama"],
  [/^(?:romantic[- ]comed(?:y|ies)|rom-?com)$/i, "romantic comedy"],
  [/^fantasy[- ]romance$/i, "fantasy romance"],
  [/^zombie$/i, "zombie"],
  [/^(?:sci-?fi|science[- ]fiction)$/i, "science fiction"],
  [/^survival$/i, "survival"],
  [/^coming-of-age$/i, "coming-of-age"],
  [/^thriller$/i, "thriller"],
  [/^horror$/i, "horror"],
  [/^mystery$/i, "mystery"],
  [/^melodrama$/i, "melodrama"],
  [/^sitcom$/i, "sitcom"],
  [/^documentary$/i, "documentary"],
  [/^(?:animated|anime)$/i, "animation"],
  [/^fantasy$/i, "fantasy"],
  [/^comedy$/i, "comedy"],
];

/** One alternation of every genre phrase, longest first, as whole words. */
export const GENRE_ALTERNATION =
  "\\b(?:revenge[- ](?:drama|thriller|series)|psychological[- ](?:thriller|horror)|crime[- ](?:drama|thriller)|legal[- ]drama|medical[- ]drama|historical[- ]drama|period drama|sageuk|romantic[- ]comed(?:y|ies)|rom-?com|fantasy[- ]romance|zombie|sci-?fi|science[- ]fiction|survival(?= (?:drama|thriller|series|show))|coming-of-age|thriller|horror|mystery|melodrama|sitcom|documentary|animated|anime|fantasy|comedy)\\b";

export function genreOf(phrase: string): string | undefined {
  return genres.find(([pattern]) => pattern.test(phrase.trim()))?.[1];
}
