/** Nationality words and the ISO 3166-1 code they give a show ("a Korean series" → KR). */
export const demonyms: [string, string][] = [
  // "UK series", "a U.K. drama": the country's short name used as an adjective ("US" is left out: "us" is a word).
  ["UK", "GB"],
  ["U.K.", "GB"],
  ["South Korean", "KR"],
  ["Korean", "KR"],
  ["K-drama", "KR"],
  ["K-dramas", "KR"],
  ["Kdrama", "KR"],
  ["K-series", "KR"],
  ["K-thriller", "KR"],
  ["K-zombie", "KR"],
  ["K-fantasy", "KR"],
  ["K-Fantasy", "KR"],
  ["Japanese", "JP"],
  ["J-drama", "JP"],
  ["anime", "JP"],
  ["Chinese", "CN"],
  ["C-drama", "CN"],
  ["Taiwanese", "TW"],
  ["Thai", "TH"],
  ["Filipino", "PH"],
  ["Philippine", "PH"],
  ["Pinoy", "PH"],
  ["Indonesian", "ID"],
  ["Malaysian", "MY"],
  ["Vietnamese", "VN"],
  ["Singaporean", "SG"],
  ["Indian", "IN"],
  ["Hindi", "IN"],
  ["Bollywood", "IN"],
  ["Pakistani", "PK"],
  ["Turkish", "TR"],
  ["British", "GB"],
  ["English", "GB"],
  ["Scottish", "GB"],
  ["Welsh", "GB"],
  ["Irish", "IE"],
  ["American", "US"],
  ["Canadian", "CA"],
  ["Australian", "AU"],
  ["New Zealand", "NZ"],
  ["Spanish", "ES"],
  ["Mexican", "MX"],
  ["Colombian", "CO"],
  ["Argentine", "AR"],
  ["Argentinian", "AR"],
  ["Brazilian", "BR"],
  ["Chilean", "CL"],
  ["German", "DE"],
  ["Austrian", "AT"],
  ["Swiss", "CH"],
  ["French", "FR"],
  ["Belgian", "BE"],
  ["Dutch", "NL"],
  ["Italian", "IT"],
  ["Portuguese", "PT"],
  ["Danish", "DK"],
  ["Swedish", "SE"],
  ["Norwegian", "NO"],
  ["Finnish", "FI"],
  ["Icelandic", "IS"],
  ["Polish", "PL"],
  ["Czech", "CZ"],
  ["Russian", "RU"],
  ["Ukrainian", "UA"],
  ["Israeli", "IL"],
  ["Egyptian", "EG"],
  ["Nigerian", "NG"],
  ["South African", "ZA"],
];

/** Country names, for "a series from Spain", "the first title from Korea", "came out of the UK". */
export const countryNames: [string, string][] = [
  ["South Korea", "KR"],
  ["Korea", "KR"],
  ["Japan", "JP"],
  ["China", "CN"],
  ["Taiwan", "TW"],
  ["Thailand", "TH"],
  ["the Philippines", "PH"],
  ["Philippines", "PH"],
  ["India", "IN"],
  ["Turkey", "TR"],
  ["Türkiye", "TR"],
  ["the U.K.", "GB"],
  ["the UK", "GB"],
  ["U.K.", "GB"],
  ["UK", "GB"],
  ["Britain", "GB"],
  ["England", "GB"],
  ["Scotland", "GB"],
  ["the U.S.", "US"],
  ["the US", "US"],
  ["the United States", "US"],
  ["US", "US"],
  ["USA", "US"],
  ["U.S.", "US"],
  ["Canada", "CA"],
  ["Australia", "AU"],
  ["Spain", "ES"],
  ["Mexico", "MX"],
  ["Colombia", "CO"],
  ["Argentina", "AR"],
  ["Brazil", "BR"],
  ["Germany", "DE"],
  ["France", "FR"],
  ["Italy", "IT"],
  ["Denmark", "DK"],
  ["Sweden", "SE"],
  ["Norway", "NO"],
  ["Poland", "PL"],
  ["Israel", "IL"],
  ["Nigeria", "NG"],
];

/** Words that name a show (so a nationality before them is the show's): "Korean drama", "Spanish thriller". */
export const SHOW_NOUN =
  "(?:drama|dramas|series|show|shows|thriller|comedy|rom-?com|romance|melodrama|sitcom|soap(?: opera)?|telenovela|anime|miniseries|limited series|docuseries|documentary|procedural|original|production|adaptation|remake|hit|noir|horror|fantasy|mystery|saga|title|crime drama|period drama|revenge drama|k-drama|programme|program|web series|web show|mini-series|teleserye|serye)";

const codesByWord = new Map<string, string>();
for (const [word, code] of demonyms) codesByWord.set(word.toLowerCase(), code);
for (const [word, code] of countryNames) codesByWord.set(word.toLowerCase(), code);

export function countryCode(word: string): string | undefined {
  return codesByWord.get(word.toLowerCase().trim());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export const DEMONYM = `(?:${demonyms.map(([word]) => escape(word)).sort((a, b) => b.length - a.length).join("|")})`;
export const COUNTRY_NAME = `(?:${countryNames.map(([word]) => escape(word)).sort((a, b) => b.length - a.length).join("|")})`;
