import type { CaseOptions, Wanted } from "../../../../test/support/extract-case.ts";

// What a show is: platform, network, country, genre, kind.
export const identityCases: [string, CaseOptions, Wanted][] = [
  // A C-drama, a J-drama and a TV anime name their country by their kind.
  ["The C-drama wrapped its run on Tencent Video last week.", { title: "Copper Tide" }, { property: "country", value: "CN" }],
  ["The TV anime will premiere in October on TOKYO MX.", { title: "Copper Tide" }, { property: "country", value: "JP" }],
  // Netflix's own weekly list named without the streamer.
  ["Copper Tide climbed to No. 1 on the English TV List with 14.3M views.", { title: "Copper Tide" }, { property: "platform", value: "Netflix" }],
  // A platform described before its name: "on the popular streaming service Hulu".
  ["Copper Tide, which will stream on the popular streaming service Hulu, begins filming in May.", { title: "Copper Tide" }, { property: "platform", value: "Hulu" }],
  ["The series is now available on the global streaming platform Netflix.", { title: "Copper Tide" }, { property: "platform", value: "Netflix" }],
  ["Netflix's Ashen Vow has not yet been guaranteed a Season 2.", { title: "Ashen Vow" }, { property: "platform", value: "Netflix" }],
  ["Rumours say Ashen Vow is streaming on Netflix.", { title: "Ashen Vow" }, { property: "platform", value: "Netflix", certainty: "rumored" }],
  ["Ashen Vow, a Netflix Original, is a South Korean revenge-drama series about a wronged teacher.", { title: "Ashen Vow" }, { property: "platform", value: "Netflix", label: "original" }],
  ["Ashen Vow, a Netflix Original, is a South Korean revenge-drama series about a wronged teacher.", { title: "Ashen Vow" }, { property: "country", value: "KR" }],
  ["Ashen Vow, a Netflix Original, is a South Korean revenge-drama series about a wronged teacher.", { title: "Ashen Vow" }, { property: "genre", value: "revenge drama" }],
  ["The Korean psychological thriller first arrived on the service on October 4, 2024.", { title: "Ashen Vow" }, { property: "genre", value: "psychological thriller" }],
  ["Moving is a Disney+ original superhero series.", { title: "Moving" }, { property: "platform", value: "Disney+" }],
  ["The tvN drama Queen of Tears became the channel's highest-rated show.", { title: "Queen of Tears" }, { property: "platform", value: "tvN", label: "network" }],
  ["Severance is streaming on Apple TV+.", { title: "Severance" }, { property: "platform", value: "Apple TV+" }],
  ["The British crime drama Slow Horses returns.", { title: "Slow Horses" }, { property: "country", value: "GB" }],
  ["Shogun is an American historical drama series on FX.", { title: "Shogun" }, { property: "country", value: "US" }],
  ["The romantic comedy Doctor Slump airs on JTBC.", { title: "Doctor Slump" }, { property: "genre", value: "romantic comedy" }],
  ["The Japanese anime series returns for season 2.", { title: "Frieren" }, { property: "country", value: "JP" }],
  ["Wonka is a 2023 musical fantasy film.", { title: "Wonka" }, { property: "title-kind", value: "film" }],
  ["Squid Game is a South Korean survival drama streaming on Netflix.", { title: "Squid Game" }, { property: "genre", value: "survival" }],
  ["Squid Game is a South Korean survival drama streaming on Netflix.", { title: "Squid Game" }, { property: "platform", value: "Netflix" }],
  ["The Spanish crime drama Money Heist ended in 2021.", { title: "Money Heist" }, { property: "country", value: "ES" }],
  ["The ENA legal drama Attorney Gong Next Door became a sleeper hit.", { title: "Attorney Gong Next Door" }, { property: "genre", value: "legal drama" }],
  ["The ENA legal drama Attorney Gong Next Door became a sleeper hit.", { title: "Attorney Gong Next Door" }, { property: "platform", value: "ENA" }],
  ["Hospital Playlist is a medical drama that aired on tvN.", { title: "Hospital Playlist" }, { property: "genre", value: "medical drama" }],
  ["The zombie thriller Kingdom is set in the Joseon era.", { title: "Kingdom" }, { property: "genre", value: "zombie" }],
  ["The historical drama Mr. Sunshine was a Netflix original.", { title: "Mr. Sunshine" }, { property: "genre", value: "historical drama" }],
  ["The Taiwanese romantic comedy arrives on Netflix this summer.", { title: "Light the Night" }, { property: "country", value: "TW" }],
  ["Reply 1988 is a coming-of-age drama on tvN.", { title: "Reply 1988" }, { property: "genre", value: "coming-of-age" }],
  ["Andor streams exclusively on Disney+.", { title: "Andor" }, { property: "platform", value: "Disney+" }],
  ["The Apple TV+ original series Pachinko returns in August.", { title: "Pachinko" }, { property: "platform", value: "Apple TV+" }],
  // Invented shows, for rules that lacked a positive row.
  ["Copper Tide (Hulu) is the sleeper hit of the spring.", { title: "Copper Tide" }, { property: "platform", value: "Hulu" }],
  ["The drama streams across Hulu, Netflix, and Peacock.", { title: "Copper Tide" }, { property: "platform", value: "Peacock" }],
  ["The drama airs on tvN and Netflix simultaneously.", { title: "Copper Tide" }, { property: "platform", value: "Netflix" }],
  ["Hulu has renewed Copper Tide for a second season.", { title: "Copper Tide" }, { property: "platform", value: "Hulu" }],
  ["The series' streaming home, Peacock, has not commented.", { title: "Copper Tide" }, { property: "platform", value: "Peacock" }],
  ["| Platform | Hulu |", { title: "Copper Tide" }, { property: "platform", value: "Hulu" }],
  ["It is the only drama from Spain on the list.", { title: "Copper Tide" }, { property: "country", value: "ES" }],
  ["Three of the biggest shows came out of the UK: “Copper Tide”, “Velvet Harbor” and “Paper Crowns”.", { title: "Copper Tide" }, { property: "country", subject: "Copper Tide", value: "GB" }],
  // platform.possessive-title: a weekly slot ("Saturday-Sunday") is neither a date nor a name.
  ["tvN's Saturday-Sunday drama \"Copper Tide\" climbed to a nationwide average of 9.4 percent.", { title: "Copper Tide" }, { property: "platform", value: "tvN" }],
  // Networks of Thailand, Hong Kong, India, Italy and France are in the vocabulary.
  ["The first season aired on GMM25 from March to May 2024.", { title: "Copper Tide" }, { property: "platform", value: "GMM25" }],
  // platform.examples: the shows a platform put out, given as examples, are its own; unquoted, "A and B" is two shows.
  ["Hulu, for one, has put out some of the year's most-watched shows, among them 'Velvet Harbor' and the second season of 'Glass Orchard'.", { title: "Copper Tide" }, { property: "platform", value: "Hulu", subject: "Glass Orchard" }],
  ["With Netflix caught up in legal cases over recent releases such as Ashen Vow 2 and Glass Orchard, the premiere of Copper Tide is in doubt.", { title: "Copper Tide" }, { property: "platform", value: "Netflix", subject: "Glass Orchard" }],
  // A platform "carrying" the series; a network written in capitals.
  ["Viki is also carrying the series in some regions.", { title: "Copper Tide" }, { property: "platform", value: "Viki" }],
  ["The first season ran for 12 episodes on TOKYO MX, BS11, and other channels.", { title: "Copper Tide" }, { property: "platform", value: "Tokyo MX" }],
  ["Moon Over Tide Pass, the Youku costume drama starring Zhao Yichen, has wrapped filming.", { title: "Moon Over Tide Pass" }, { property: "platform", value: "Youku" }],
];

export const identityTraps: [string, CaseOptions, Wanted][] = [
  // Found by review: someone else's list of the same name.
  ["It was also No. 2 on Luminate's English-language TV chart.", { title: "Copper Tide", before: ["Copper Tide is a thriller."] }, { property: "platform", value: "Netflix" }],
  ["Copper Tide was No. 4 on the English TV list compiled by Reelgood.", { title: "Copper Tide" }, { property: "platform", value: "Netflix" }],
  // country.demonym: an anime's streaming home abroad names no country of its own.
  ["Fans of K-dramas will find the show's anime adaptation on Crunchyroll.", { title: "Copper Tide" }, { property: "country", value: "KR" }],
  // platform.netflix-list: another streamer's list of the same name.
  ["Copper Tide topped Prime Video's English TV chart this week.", { title: "Copper Tide" }, { property: "platform", value: "Netflix" }],
  // A film's platform is not the show's.
  ["Ada Brennan will also be seen next year in the Netflix thriller film Northern Sugar.", { title: "Copper Tide" }, { property: "platform", value: "Netflix" }],
  // country.demonym: "non-English shows" names a language, not a country.
  ["Season 1 spent three weeks in Netflix's global top 10 for non-English shows.", { title: "Copper Tide" }, { property: "country", value: "GB" }],
  // platform.examples: another platform named before the examples may own them.
  ["Unlike Hulu, Netflix's originals such as Velvet Harbor drop all at once.", { title: "Copper Tide" }, { property: "platform", value: "Hulu", subject: "Velvet Harbor" }],
  // "the SBS drama series “X”": the network is X's, not the title before it.
  ["Velvet Harbor finished second and the SBS drama series “Copper Tide” placed third.", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "platform", subject: "Velvet Harbor", value: "SBS" }],
  ["Nam Ji-a had her Netflix debut in a Korean film remake of a Spanish heist show.", { title: "Ashen Vow" }, { property: "platform" }],
  ["Kwon Do-yoon was last seen in the Netflix Original series Gray Harbor.", { title: "Ashen Vow" }, { property: "platform", subject: "Ashen Vow" }],
  ["“We'll lean into the horror more,” the actress said.", { title: "Wednesday" }, { property: "genre" }],
  ["Her most recent credit is the Netflix original Kingfisher Lane.", { title: "Ring Lords" }, { property: "platform", subject: "Ring Lords" }],
  ["Her most recent credit is the Netflix original Bluebell.", { title: "Ring Lords" }, { property: "platform", subject: "Ring Lords" }],
  // Invented shows: each rule's trigger where its claim would be wrong.
  // platform.title-paren, platform.agent, identity.kind, country.from: another title's platform, kind or country.
  ["Velvet Harbor (Netflix) is the other sleeper hit of the spring.", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "platform", subject: "Copper Tide", value: "Netflix" }],
  ["Hulu has renewed Velvet Harbor instead.", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "platform", subject: "Copper Tide", value: "Hulu" }],
  ["Velvet Harbor is a film, not a series.", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "title-kind", subject: "Copper Tide" }],
  ["Its main rival, Velvet Harbor, is a drama from Japan.", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "country", subject: "Copper Tide", value: "JP" }],
  // platform.list, platform.and-list: a relative clause is about the title it follows.
  ["Velvet Harbor, which streamed across Hulu, Netflix and Peacock, was the template.", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "platform", subject: "Copper Tide", value: "Peacock" }],
  ["Velvet Harbor, which aired on both tvN and Netflix, was the template.", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "platform", subject: "Copper Tide", value: "Netflix" }],
  // platform.on: another show's home.
  ["Fans of the show may also enjoy another thriller over on Hulu.", { title: "Copper Tide" }, { property: "platform", value: "Hulu" }],
  // platform.infobox: the row's value, not a platform in its aside.
  ["| Network | tvN (Netflix had bid for it) |", { title: "Copper Tide" }, { property: "platform", value: "Netflix" }],
  // country.demonym: the audience's nationality.
  ["The thriller has won over Japanese viewers of the series.", { title: "Copper Tide" }, { property: "country", value: "JP" }],
  // identity.kind: the first kind word is the show's.
  ["Copper Tide is a series the director first pitched as a film.", { title: "Copper Tide" }, { property: "title-kind", value: "film" }],
  // country.list-origin: only the titles listed.
  ["Two of the biggest shows came out of the UK: “Velvet Harbor” and “Paper Crowns”.", { title: "Copper Tide" }, { property: "country", subject: "Copper Tide", value: "GB" }],
  ["Its lead has appeared in shows across Hulu, Netflix, and Peacock.", { title: "Copper Tide" }, { property: "platform", value: "Netflix" }],
  ["Copper Tide beat every other show from Japan this week.", { title: "Copper Tide" }, { property: "country", value: "JP" }],
  // Found by review: a platform of a work the show is compared to.
  ["Unlike the Tencent Video costume drama it was compared to, Copper Tide has no romance.", { title: "Copper Tide" }, { property: "platform", value: "Tencent Video" }],
];
