import { alternationOf } from "./alternation.ts";

/**
 * Streamers and broadcasters: general knowledge of the trade, never of a particular show.
 * Each entry is written once; the pattern list is compiled into one alternation for scanning.
 */

export interface PlatformEntry {
  /** The name the card shows. */
  name: string;
  /** Spellings as articles write them, longest first within an entry; matched case-sensitively as words. */
  spellings: string[];
  /** Streamers are platforms; broadcasters and cable channels are networks. */
  role: "platform" | "network";
  /** Where a network is based, when that says where its shows come from. */
  country: string | null;
}

export const platformEntries: PlatformEntry[] = [
  { name: "Netflix", spellings: ["Netflix"], role: "platform", country: null },
  { name: "Disney+ Hotstar", spellings: ["Disney+ Hotstar", "Disney Plus Hotstar", "Hotstar"], role: "platform", country: "IN" },
  { name: "Disney+", spellings: ["Disney+", "Disney Plus", "Disney +"], role: "platform", country: null },
  { name: "Apple TV+", spellings: ["Apple TV+", "Apple TV Plus", "Apple TV +", "Apple TV"], role: "platform", country: null },
  { name: "Prime Video", spellings: ["Amazon Prime Video", "Prime Video", "Amazon Prime", "Amazon Video", "Amazon Freevee", "Freevee"], role: "platform", country: null },
  { name: "HBO Max", spellings: ["HBO Max"], role: "platform", country: null },
  { name: "Max", spellings: ["Max"], role: "platform", country: null },
  { name: "HBO", spellings: ["HBO"], role: "network", country: "US" },
  { name: "Hulu", spellings: ["Hulu"], role: "platform", country: null },
  { name: "Peacock", spellings: ["Peacock"], role: "platform", country: null },
  { name: "Paramount+", spellings: ["Paramount+", "Paramount Plus", "Paramount +"], role: "platform", country: null },
  { name: "Showtime", spellings: ["Showtime"], role: "network", country: "US" },
  { name: "Starz", spellings: ["Starz", "STARZ"], role: "network", country: "US" },
  { name: "AMC+", spellings: ["AMC+", "AMC Plus"], role: "platform", country: "US" },
  { name: "AMC", spellings: ["AMC"], role: "network", country: "US" },
  { name: "FX", spellings: ["FX on Hulu", "FX"], role: "network", country: "US" },
  { name: "FOX", spellings: ["FOX", "Fox"], role: "network", country: "US" },
  { name: "ABC", spellings: ["ABC"], role: "network", country: "US" },
  { name: "CBS", spellings: ["CBS"], role: "network", country: "US" },
  { name: "NBC", spellings: ["NBC"], role: "network", country: "US" },
  { name: "The CW", spellings: ["The CW", "the CW", "CW"], role: "network", country: "US" },
  { name: "USA Network", spellings: ["USA Network"], role: "network", country: "US" },
  { name: "TNT", spellings: ["TNT"], role: "network", country: "US" },
  { name: "TBS", spellings: ["TBS"], role: "network", country: "US" },
  { name: "Freeform", spellings: ["Freeform"], role: "network", country: "US" },
  { name: "Syfy", spellings: ["Syfy", "SyFy"], role: "network", country: "US" },
  { name: "Lifetime", spellings: ["Lifetime"], role: "network", country: "US" },
  { name: "Nickelodeon", spellings: ["Nickelodeon"], role: "network", country: "US" },
  { name: "Cartoon Network", spellings: ["Cartoon Network"], role: "network", country: "US" },
  { name: "Adult Swim", spellings: ["Adult Swim"], role: "network", country: "US" },
  { name: "MGM+", spellings: ["MGM+", "MGM Plus", "Epix", "EPIX"], role: "platform", country: "US" },
  { name: "Shudder", spellings: ["Shudder"], role: "platform", country: null },
  { name: "BritBox", spellings: ["BritBox", "Britbox"], role: "platform", country: null },
  { name: "Acorn TV", spellings: ["Acorn TV"], role: "platform", country: null },
  { name: "BBC One", spellings: ["BBC One", "BBC1"], role: "network", country: "GB" },
  { name: "BBC Two", spellings: ["BBC Two", "BBC2"], role: "network", country: "GB" },
  { name: "BBC Three", spellings: ["BBC Three", "BBC3"], role: "network", country: "GB" },
  { name: "BBC iPlayer", spellings: ["BBC iPlayer", "iPlayer"], role: "platform", country: "GB" },
  { name: "BBC", spellings: ["BBC"], role: "network", country: "GB" },
  { name: "ITVX", spellings: ["ITVX"], role: "platform", country: "GB" },
  { name: "ITV", spellings: ["ITV1", "ITV"], role: "network", country: "GB" },
  { name: "Channel 4", spellings: ["Channel 4", "All 4", "All4"], role: "network", country: "GB" },
  { name: "Channel 5", spellings: ["Channel 5", "My5"], role: "network", country: "GB" },
  { name: "Sky Atlantic", spellings: ["Sky Atlantic"], role: "network", country: "GB" },
  { name: "Sky", spellings: ["Sky One", "Sky Max", "Sky"], role: "network", country: "GB" },
  { name: "NOW", spellings: ["NOW TV", "NOW"], role: "platform", country: "GB" },
  { name: "Crunchyroll", spellings: ["Crunchyroll"], role: "platform", country: null },
  { name: "Funimation", spellings: ["Funimation"], role: "platform", country: null },
  { name: "HIDIVE", spellings: ["HIDIVE", "Hidive"], role: "platform", country: null },
  { name: "tvN Asia", spellings: ["tvN Asia"], role: "network", country: null },
  { name: "tvN", spellings: ["tvN"], role: "network", country: "KR" },
  { name: "JTBC", spellings: ["JTBC"], role: "network", country: "KR" },
  { name: "KBS2", spellings: ["KBS 2TV", "KBS2TV", "KBS2", "KBS 2"], role: "network", country: "KR" },
  { name: "KBS", spellings: ["KBS1", "KBS 1TV", "KBS"], role: "network", country: "KR" },
  { name: "SBS", spellings: ["SBS"], role: "network", country: "KR" },
  { name: "MBC", spellings: ["MBC"], role: "network", country: "KR" },
  { name: "ENA", spellings: ["ENA"], role: "network", country: "KR" },
  { name: "OCN", spellings: ["OCN"], role: "network", country: "KR" },
  { name: "MBN", spellings: ["MBN"], role: "network", country: "KR" },
  { name: "TV Chosun", spellings: ["TV Chosun", "TV CHOSUN"], role: "network", country: "KR" },
  { name: "Channel A", spellings: ["Channel A"], role: "network", country: "KR" },
  { name: "Coupang Play", spellings: ["Coupang Play"], role: "platform", country: "KR" },
  { name: "TVING", spellings: ["TVING", "Tving", "TVing"], role: "platform", country: "KR" },
  { name: "Wavve", spellings: ["Wavve", "WAVVE"], role: "platform", country: "KR" },
  { name: "Watcha", spellings: ["Watcha", "WATCHA"], role: "platform", country: "KR" },
  { name: "Genie TV", spellings: ["Genie TV", "genie TV"], role: "platform", country: "KR" },
  { name: "Viki", spellings: ["Rakuten Viki", "Viki"], role: "platform", country: null },
  { name: "Viu", spellings: ["Viu", "VIU"], role: "platform", country: null },
  { name: "Kocowa", spellings: ["Kocowa", "KOCOWA"], role: "platform", country: null },
  { name: "iQIYI", spellings: ["iQIYI", "iQiyi", "IQIYI"], role: "platform", country: null },
  { name: "WeTV", spellings: ["WeTV"], role: "platform", country: null },
  { name: "Tencent Video", spellings: ["Tencent Video"], role: "platform", country: "CN" },
  { name: "Youku", spellings: ["Youku"], role: "platform", country: "CN" },
  { name: "Mango TV", spellings: ["Mango TV"], role: "platform", country: "CN" },
  { name: "CCTV", spellings: ["CCTV-8", "CCTV8", "CCTV"], role: "network", country: "CN" },
  { name: "Hunan TV", spellings: ["Hunan TV"], role: "network", country: "CN" },
  { name: "GMA", spellings: ["GMA Network", "GMA"], role: "network", country: "PH" },
  { name: "GTV", spellings: ["GTV"], role: "network", country: "PH" },
  { name: "ABS-CBN", spellings: ["ABS-CBN"], role: "network", country: "PH" },
  { name: "Kapamilya Channel", spellings: ["Kapamilya Channel"], role: "network", country: "PH" },
  { name: "TV5", spellings: ["TV5"], role: "network", country: "PH" },
  { name: "GMM25", spellings: ["GMM25", "GMM 25"], role: "network", country: "TH" },
  { name: "one31", spellings: ["one31", "ONE31", "One31"], role: "network", country: "TH" },
  { name: "Workpoint TV", spellings: ["Workpoint TV", "Workpoint 23"], role: "network", country: "TH" },
  { name: "TVB", spellings: ["TVB Jade", "TVB"], role: "network", country: "HK" },
  { name: "ViuTV", spellings: ["ViuTV"], role: "network", country: "HK" },
  { name: "Vidio", spellings: ["Vidio"], role: "platform", country: "ID" },
  { name: "Star Plus", spellings: ["Star Plus", "StarPlus"], role: "network", country: "IN" },
  { name: "Colors TV", spellings: ["Colors TV"], role: "network", country: "IN" },
  { name: "Mediaset", spellings: ["Mediaset Infinity", "Canale 5", "Mediaset"], role: "network", country: "IT" },
  { name: "France 2", spellings: ["France 2", "France Télévisions", "france.tv"], role: "network", country: "FR" },
  { name: "A2Z", spellings: ["A2Z"], role: "network", country: "PH" },
  { name: "Cinemo", spellings: ["Cinemo"], role: "network", country: "PH" },
  { name: "iWantTFC", spellings: ["iWantTFC"], role: "platform", country: "PH" },
  { name: "ATV", spellings: ["ATV"], role: "network", country: "TR" },
  { name: "TRT", spellings: ["TRT 1", "TRT"], role: "network", country: "TR" },
  { name: "Show TV", spellings: ["Show TV"], role: "network", country: "TR" },
  { name: "Kanal D", spellings: ["Kanal D"], role: "network", country: "TR" },
  { name: "TV8", spellings: ["TV8"], role: "network", country: "TR" },
  { name: "Star TV", spellings: ["Star TV"], role: "network", country: "TR" },
  { name: "NHK", spellings: ["NHK"], role: "network", country: "JP" },
  { name: "Fuji TV", spellings: ["Fuji TV"], role: "network", country: "JP" },
  { name: "TV Tokyo", spellings: ["TV Tokyo"], role: "network", country: "JP" },
  { name: "TBS Japan", spellings: ["TBS Television"], role: "network", country: "JP" },
  { name: "Nippon TV", spellings: ["Nippon TV", "NTV"], role: "network", country: "JP" },
  { name: "TV Asahi", spellings: ["TV Asahi"], role: "network", country: "JP" },
  { name: "BS11", spellings: ["BS11"], role: "network", country: "JP" },
  { name: "Tokyo MX", spellings: ["Tokyo MX", "TOKYO MX"], role: "network", country: "JP" },
  { name: "U-Next", spellings: ["U-Next", "U-NEXT"], role: "platform", country: "JP" },
  { name: "ABEMA", spellings: ["ABEMA", "Abema", "AbemaTV"], role: "platform", country: "JP" },
  // JioCinema and Disney+ Hotstar merged into JioHotstar in 2025; an article names whichever it means.
  { name: "JioHotstar", spellings: ["JioHotstar", "Jio Hotstar"], role: "platform", country: "IN" },
  { name: "JioCinema", spellings: ["JioCinema"], role: "platform", country: "IN" },
  { name: "ZEE5", spellings: ["ZEE5", "Zee5"], role: "platform", country: "IN" },
  { name: "SonyLIV", spellings: ["SonyLIV", "Sony LIV"], role: "platform", country: "IN" },
  { name: "MX Player", spellings: ["MX Player"], role: "platform", country: "IN" },
  { name: "Stan", spellings: ["Stan"], role: "platform", country: "AU" },
  { name: "Binge", spellings: ["Binge"], role: "platform", country: "AU" },
  { name: "ViX", spellings: ["ViX+", "ViX"], role: "platform", country: null },
  { name: "Viaplay", spellings: ["Viaplay"], role: "platform", country: null },
  { name: "TOD", spellings: ["TOD"], role: "platform", country: null },
  { name: "Movistar Plus+", spellings: ["Movistar Plus+", "Movistar+"], role: "platform", country: "ES" },
  { name: "SkyShowtime", spellings: ["SkyShowtime"], role: "platform", country: null },
  { name: "TVNZ", spellings: ["TVNZ+", "TVNZ"], role: "network", country: "NZ" },
  { name: "NRK", spellings: ["NRK"], role: "network", country: "NO" },
  { name: "Yle", spellings: ["Yle Areena", "Yle"], role: "network", country: "FI" },
  { name: "TV 2", spellings: ["TV 2 Play", "TV 2"], role: "network", country: null },
  { name: "ABC Australia", spellings: ["ABC iview", "ABC Kids"], role: "network", country: "AU" },
  { name: "Globoplay", spellings: ["Globoplay"], role: "platform", country: "BR" },
  { name: "Canal+", spellings: ["Canal+", "Canal Plus"], role: "network", country: "FR" },
  { name: "TF1", spellings: ["TF1"], role: "network", country: "FR" },
  { name: "RTVE", spellings: ["RTVE", "La 1"], role: "network", country: "ES" },
  { name: "Antena 3", spellings: ["Antena 3", "Atresplayer"], role: "network", country: "ES" },
  { name: "ARD", spellings: ["ARD", "Das Erste"], role: "network", country: "DE" },
  { name: "ZDF", spellings: ["ZDF"], role: "network", country: "DE" },
  { name: "RAI", spellings: ["Rai 1", "RaiPlay", "RAI"], role: "network", country: "IT" },
  { name: "SVT", spellings: ["SVT"], role: "network", country: "SE" },
  { name: "DR", spellings: ["DR1"], role: "network", country: "DK" },
  { name: "CBC", spellings: ["CBC Gem", "CBC"], role: "network", country: "CA" },
  { name: "Crave", spellings: ["Crave"], role: "platform", country: "CA" },
  { name: "Roku Channel", spellings: ["The Roku Channel", "Roku Channel"], role: "platform", country: null },
  { name: "Tubi", spellings: ["Tubi"], role: "platform", country: null },
  { name: "YouTube", spellings: ["YouTube Premium", "YouTube"], role: "platform", country: null },
];

/** Words that make a lone "Max", "Sky", "Stan", "NOW", "Crave" or "Lifetime" a platform rather than an ordinary word. */
const ambiguousNames = new Set(["Max", "Sky", "Stan", "NOW", "Crave", "Lifetime", "Fox", "Tubi", "CW", "DR1", "Hotstar", "Binge", "TOD", "TV 2", "Yle"]);

export function isAmbiguousPlatform(spelling: string): boolean {
  return ambiguousNames.has(spelling);
}

const bySpelling = new Map<string, PlatformEntry>();
for (const entry of platformEntries) for (const spelling of entry.spellings) bySpelling.set(spelling, entry);

export function platformBySpelling(spelling: string): PlatformEntry | undefined {
  return bySpelling.get(spelling);
}

/** A platform as a dataset writes it, in any case: "netflix", "tvN", "Disney Plus". */
export function platformNamed(raw: string): PlatformEntry | undefined {
  const key = raw.trim().toLowerCase();
  return platformEntries.find((entry) => entry.name.toLowerCase() === key || entry.spellings.some((s) => s.toLowerCase() === key));
}

/** Every spelling of every platform, longest first. */
export const PLATFORM_NAME = alternationOf(bySpelling.keys());

/** Any platform, as whole words. */
export const platformPattern = new RegExp(`(?<![\\p{L}\\p{N}])${PLATFORM_NAME}(?![\\p{L}\\p{N}]|\\+)`, "gu");
