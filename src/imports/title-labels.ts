/**
 * Titles as datasets label them: "Night Harbor: Season 1 // 밤 항구: 시즌 1", "Quiet Town: Limited
 * Series", "Iron Line: Seoul - The Northern Route: Part 1", "Harbor (1989)", "N/A" seasons.
 */
export interface TitleLabel {
  title: string;
  season: number | null;
  part: number | null;
  /** The original-language title after " // ". */
  original: string | null;
  year: number | null;
  limited: boolean;
}

const seasonPattern = /:\s*(?:Season|Series|Temporada|Saison|Staffel|Stagione|Sæson|Säsong|Sesong|Sezon|Book|Volume|Vol\.|시즌|シーズン|第)\s*(\d{1,2})(?:\b|季|期)/i;
const partPattern = /:\s*(?:Part|Parte|Partie|Teil|파트)\s*(\d{1,2})\b/i;
const limited = /:\s*(?:Limited Series|Miniseries|Mini-?series)\s*$/i;

function strip(label: string): { title: string; season: number | null; part: number | null; limited: boolean; year: number | null } {
  let title = label.trim();
  let season: number | null = null;
  let part: number | null = null;
  let isLimited = false;
  let year: number | null = null;
  const partMatch = title.match(partPattern);
  if (partMatch) {
    part = Number(partMatch[1]);
    title = title.slice(0, partMatch.index!) + title.slice(partMatch.index! + partMatch[0].length);
  }
  const seasonMatch = title.match(seasonPattern);
  if (seasonMatch) {
    season = Number(seasonMatch[1]);
    title = title.slice(0, seasonMatch.index!) + title.slice(seasonMatch.index! + seasonMatch[0].length);
  }
  if (limited.test(title)) {
    isLimited = true;
    season = season ?? 1;
    title = title.replace(limited, "");
  }
  const yearMatch = title.match(/\s*\((\d{4})\)\s*$/);
  if (yearMatch) {
    year = Number(yearMatch[1]);
    title = title.slice(0, yearMatch.index!);
  }
  return { title: title.trim().replace(/[:\s]+$/, ""), season, part, limited: isLimited, year };
}

export function parseTitleLabel(label: string): TitleLabel {
  const [english, original] = label.split(/\s+\/\/\s+/, 2) as [string, string | undefined];
  const parsed = strip(english);
  return { ...parsed, original: original ? strip(original).title : null };
}

/** Netflix's season_title column: "Night Harbor: Season 1", "N/A" for films. */
export function seasonFromLabel(seasonTitle: string, showTitle: string): { season: number | null; part: number | null; film: boolean } {
  if (!seasonTitle || /^n\/a$/i.test(seasonTitle.trim())) return { season: null, part: null, film: true };
  const parsed = strip(seasonTitle);
  if (parsed.season === null && parsed.title.toLowerCase() === showTitle.toLowerCase()) return { season: 1, part: parsed.part, film: false };
  return { season: parsed.season ?? 1, part: parsed.part, film: false };
}
