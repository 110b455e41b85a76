import { describe, it } from "node:test";
import { assertHas, assertHasNot, type CaseOptions, type Wanted } from "../../../../test/support/extract-case.ts";

// What a show is: platform, network, country, genre, kind.
const cases: [string, CaseOptions, Wanted][] = [
  ["Netflix's The Glory has not been guaranteed for a Season 2.", { title: "The Glory" }, { property: "platform", value: "Netflix" }],
  ["The Glory is an upcoming Netflix Original South Korean revenge-drama series.", { title: "The Glory" }, { property: "platform", value: "Netflix", label: "original" }],
  ["The Glory is an upcoming Netflix Original South Korean revenge-drama series.", { title: "The Glory" }, { property: "country", value: "KR" }],
  ["The Glory is an upcoming Netflix Original South Korean revenge-drama series.", { title: "The Glory" }, { property: "genre", value: "revenge drama" }],
  ["The Korean psychological thriller was first released on the service on December 30, 2022.", { title: "The Glory" }, { property: "genre", value: "psychological thriller" }],
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
  ["The ENA legal drama Extraordinary Attorney Woo became a sleeper hit.", { title: "Extraordinary Attorney Woo" }, { property: "genre", value: "legal drama" }],
  ["The ENA legal drama Extraordinary Attorney Woo became a sleeper hit.", { title: "Extraordinary Attorney Woo" }, { property: "platform", value: "ENA" }],
  ["Hospital Playlist is a medical drama that aired on tvN.", { title: "Hospital Playlist" }, { property: "genre", value: "medical drama" }],
  ["The zombie thriller Kingdom is set in the Joseon era.", { title: "Kingdom" }, { property: "genre", value: "zombie" }],
  ["The historical drama Mr. Sunshine was a Netflix original.", { title: "Mr. Sunshine" }, { property: "genre", value: "historical drama" }],
  ["The Taiwanese romantic comedy arrives on Netflix this summer.", { title: "Light the Night" }, { property: "country", value: "TW" }],
  ["Reply 1988 is a coming-of-age drama on tvN.", { title: "Reply 1988" }, { property: "genre", value: "coming-of-age" }],
  ["Andor streams exclusively on Disney+.", { title: "Andor" }, { property: "platform", value: "Disney+" }],
  ["The Apple TV+ original series Pachinko returns in August.", { title: "Pachinko" }, { property: "platform", value: "Apple TV+" }],
];

const traps: [string, CaseOptions, Wanted][] = [
  ["Im Ji-yeon made her Netflix debut in the Korean movie adaptation of Money Heist.", { title: "The Glory" }, { property: "platform" }],
  ["Lee Do-hyun was recently seen in the Netflix Original series Sweet Home.", { title: "The Glory" }, { property: "platform", subject: "The Glory" }],
  ["“We'll lean into the horror more,” the actress said.", { title: "Wednesday" }, { property: "genre" }],
  ["Her most recent credit is the Netflix original Kingfisher Lane.", { title: "Ring Lords" }, { property: "platform", subject: "Ring Lords" }],
  ["Her most recent credit is the Netflix original Bluebell.", { title: "Ring Lords" }, { property: "platform", subject: "Ring Lords" }],
];

describe("identity cues", () => {
  for (const [sentence, options, wanted] of cases) it(`${sentence} → ${wanted.property}`, () => assertHas(sentence, options, wanted));
  for (const [sentence, options, unwanted] of traps) it(`not: ${sentence}`, () => assertHasNot(sentence, options, unwanted));
});
