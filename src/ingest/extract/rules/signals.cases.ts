import type { CaseOptions, Wanted } from "../../../../test/support/extract-case.ts";

// Signals for the next season: controversies, military service, ages, sequel talk, strikes, health.
export const signalCases: [string, CaseOptions, Wanted][] = [
  ["In March 2023, Ashen Vow director Bae Jin-ho was accused of bullying by a former classmate.", { title: "Ashen Vow" }, { property: "controversy", subject: "Bae Jin-ho", pointInTime: "2023-03-01" }],
  ["Actor Kim Seon-ho was embroiled in a controversy in October 2021.", { title: "Hometown Cha-Cha-Cha" }, { property: "controversy", subject: "Kim Seon-ho", pointInTime: "2021-10-01" }],
  ["Song Min-ho faces allegations that he skipped his alternative service.", { title: "Squid Game" }, { property: "controversy", subject: "Song Min-ho" }],
  ["Actress Kim Sae-ron was involved in a drunk-driving accident in May 2022.", { title: "Bloodhounds" }, { property: "controversy", subject: "Kim Sae-ron" }],
  ["Kwon Do-yoon enlisted in the Air Force on August 14, 2023.", { title: "Ashen Vow" }, { property: "military-service", subject: "Kwon Do-yoon", value: "serving" }],
  ["Song Kang began his mandatory military service in April 2024.", { title: "Sweet Home" }, { property: "military-service", subject: "Song Kang", value: "serving" }],
  ["Nam Joo-hyuk was discharged from the military in 2025.", { title: "Twenty-Five Twenty-One" }, { property: "military-service", subject: "Nam Joo-hyuk", value: "discharged" }],
  ["Another thing holding the season back is the rumored enlistment of its lead, Kwon Do-yoon.", { title: "Ashen Vow" }, { property: "military-service", subject: "Kwon Do-yoon", value: "enlistment-reported" }],
  ["Kwon Do-yoon is 28 and has yet to serve his mandatory military duty.", { title: "Ashen Vow" }, { property: "military-service", subject: "Kwon Do-yoon", value: "not-yet-served" }],
  ["Cha Eun-woo, 27, has not yet served in the military.", { title: "Wonderful World" }, { property: "age", subject: "Cha Eun-woo", value: 27 }],
  ["Writer Yoon Hae-sook said she has talked about a sequel with the actors.", { title: "Ashen Vow" }, { property: "sequel-talk", speaker: "Yoon Hae-sook" }],
  ["Hwang Dong-hyuk has hinted at a spin-off set in America.", { title: "Squid Game" }, { property: "sequel-talk", speaker: "Hwang Dong-hyuk" }],
  ["Jenna Ortega said she wants to return for a third season.", { title: "Wednesday" }, { property: "sequel-talk", speaker: "Jenna Ortega" }],
  ["The writers' strike has delayed production on the fifth season.", { title: "Stranger Things" }, { property: "risk", value: "strike" }],
  ["Lead actor Park Seo-joon was hospitalized after an injury on set.", { title: "Gyeongseong Creature" }, { property: "risk", value: "health", subject: "Park Seo-joon" }],
  ["Director Hwang Dong-hyuk faced backlash over the casting in January 2024.", { title: "Squid Game" }, { property: "controversy", subject: "Hwang Dong-hyuk", pointInTime: "2024-01-01" }],
  ["Actor Yoo Ah-in is under fire after testing positive for drugs in February 2023.", { title: "Hellbound" }, { property: "controversy", subject: "Yoo Ah-in", pointInTime: "2023-02-01" }],
  ["The drama was embroiled in a plagiarism scandal shortly after its premiere.", { title: "Snowdrop" }, { property: "controversy", subject: "Snowdrop" }],
  ["Cha Eun-woo enlisted as an active-duty soldier in July 2025.", { title: "Wonderful World" }, { property: "military-service", subject: "Cha Eun-woo", value: "serving", pointInTime: "2025-07-01" }],
  ["Kim Min-jae is currently serving in the military.", { title: "Dr. Romantic" }, { property: "military-service", subject: "Kim Min-jae", value: "serving" }],
  ["Ok Taec-yeon completed his military service in 2019.", { title: "Vincenzo" }, { property: "military-service", subject: "Ok Taec-yeon", value: "discharged" }],
  ["Creator Yeon Sang-ho has talked about a second season of the zombie series.", { title: "Hellbound" }, { property: "sequel-talk", speaker: "Yeon Sang-ho" }],
  ["Showrunner Dan Erickson is already working on the third season.", { title: "Severance" }, { property: "sequel-talk", speaker: "Dan Erickson" }],
  ["SAG-AFTRA strike halted the production for months.", { title: "Stranger Things" }, { property: "risk", value: "strike" }],
  ["Actress Kim Sae-ron is in a legal dispute with her former agency.", { title: "Bloodhounds" }, { property: "risk", value: "contract-dispute" }],
  ["Cha Eun-woo will enlist in the army on July 28, 2025.", { title: "Wonderful World" }, { property: "military-service", subject: "Cha Eun-woo", value: "enlisting", pointInTime: "2025-07-28" }],
  ["The 31-year-old actor Song Kang is set to enlist next month.", { title: "Sweet Home" }, { property: "age", subject: "Song Kang", value: 31 }],
  ["Kwon Do-yoon is 28 and has yet to serve his mandatory military duty.", { title: "Ashen Vow" }, { property: "age", subject: "Kwon Do-yoon", value: 28 }],
  ["Kwon Do-yoon plays Ma Jun-seo in Ashen Vow. He is 28 years old and has yet to complete his military service.", { title: "Ashen Vow" }, { property: "age", subject: "Kwon Do-yoon", value: 28 }],
];

export const signalTraps: [string, CaseOptions, Wanted][] = [
  ["In South Korea, able-bodied men must complete military service of 18 to 21 months.", { title: "Ashen Vow" }, { property: "military-service" }],
  ["Yoon Hae-sook wrote a letter to victims of bullying.", { title: "Ashen Vow" }, { property: "controversy" }],
  ["Fans are eyeing any hints of a sequel.", { title: "Ashen Vow" }, { property: "sequel-talk" }],
  ["The strike did not affect the Korean production.", { title: "Squid Game" }, { property: "risk" }],
  ["The show follows a bullying victim who plots revenge.", { title: "Ashen Vow" }, { property: "controversy" }],
  // Invented shows and people.
  // signal.controversy: the plot's scandal.
  ["Copper Tide tells the story of victims of a bribery scandal at a port.", { title: "Copper Tide" }, { property: "controversy" }],
  // signal.age: a number between commas with nobody to be that age.
  ["Episodes 4, 12, and 16 are the strongest of the season.", { title: "Copper Tide" }, { property: "age" }],
  // signal.health: a character in the plot, or a storyline.
  ["In the finale, Ro Dae-sik is hospitalized after a fight.", { title: "Copper Tide", before: ["Pyo Gi-ryong plays Ro Dae-sik."] }, { property: "risk", value: "health" }],
  ["The season's injury storyline drew praise from doctors.", { title: "Copper Tide" }, { property: "risk", value: "health" }],
  // signal.dispute: a joke in quoted speech.
  ["Seo Ji-hwan joked, “Nobody wants a lawsuit over a cliffhanger.”", { title: "Copper Tide" }, { property: "risk", value: "contract-dispute" }],
  ["Episodes 4, 12, and 16 were directed by Han Do-yeon.", { title: "Copper Tide" }, { property: "age" }],
  // signal.age-stated: a character's age in the story, and a pronoun with nobody before it in the paragraph.
  ["Ma Jun-seo is 17 when the story begins.", { title: "Ashen Vow", before: ["Kwon Do-yoon plays Ma Jun-seo in Ashen Vow."] }, { property: "age" }],
  ["She is 12, and the show follows her first year at school.", { title: "Copper Tide" }, { property: "age" }],
];
