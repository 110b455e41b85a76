export interface StatementCase {
  paragraphs: string[];
  title: string;
  speaker: string;
  onBehalfOf?: string;
  via?: string;
  quoteContains: string;
}

// Statements as outlets quote them: block quotes after an introducing sentence, inline quotes,
// quote-then-speaker, agencies and lawyers speaking for someone, the outlet cited.
export const statementCases: StatementCase[] = [
  { title: "Ashen Vow", paragraphs: ["Kwon Do-yoon's representatives said, despite reports that the actor is enlisting, that nothing is settled (per Daily Reel):", "“Nothing has been decided. As it is a duty he must fulfil, we will tell you as soon as a date is set.”"], speaker: "representatives of Kwon Do-yoon", onBehalfOf: "Kwon Do-yoon", via: "Daily Reel", quoteContains: "Nothing has been decided" },
  { title: "Ashen Vow", paragraphs: ["The director's legal team released a statement (via Daily Reel):", "\"I am lawyer Jang Se-hun of law firm Daeyang, who is representing director Bae Jin-ho. We ask for your patience.\""], speaker: "Jang Se-hun", onBehalfOf: "Bae Jin-ho", via: "Daily Reel", quoteContains: "We ask for your patience" },
  { title: "Squid Game", paragraphs: ["Hwang Dong-hyuk said, “I never planned a second season, but the fans made it happen.”"], speaker: "Hwang Dong-hyuk", quoteContains: "never planned a second season" },
  { title: "Wednesday", paragraphs: ["Jenna Ortega told reporters, “We are going to lean into the horror more in season two.”"], speaker: "Jenna Ortega", quoteContains: "lean into the horror" },
  { title: "Wednesday", paragraphs: ["“We're going to lean into the horror,” Jenna Ortega said at the panel."], speaker: "Jenna Ortega", quoteContains: "lean into the horror" },
  { title: "Moving", paragraphs: ["Han Hyo-joo stars in the drama.", "“It was an honor to work with this team,” she said."], speaker: "Han Hyo-joo", quoteContains: "honor to work" },
  { title: "Queen of Tears", paragraphs: ["Kim Soo-hyun's agency Gold Medalist said in a statement:", "“The reports are not true. We ask that fans refrain from spreading rumors.”"], speaker: "agency of Kim Soo-hyun", onBehalfOf: "Kim Soo-hyun", quoteContains: "not true" },
  { title: "Sweet Home", paragraphs: ["Song Kang's representatives confirmed the news (via Newsen):", "“Song Kang will enlist on April 2. We ask for your support.”"], speaker: "representatives of Song Kang", onBehalfOf: "Song Kang", via: "Newsen", quoteContains: "enlist on April 2" },
  { title: "Severance", paragraphs: ["Ben Stiller wrote, “We have already started writing the third season and we are excited.”"], speaker: "Ben Stiller", quoteContains: "third season" },
  { title: "Kingdom", paragraphs: ["Writer Kim Eun-hee explained, “The story of the crown prince is not over yet, and I have more to tell.”"], speaker: "Kim Eun-hee", quoteContains: "not over yet" },
  { title: "The Bear", paragraphs: ["“The kitchen will look very different next season,” Jeremy Allen White told Variety."], speaker: "Jeremy Allen White", quoteContains: "kitchen will look" },
  { title: "Bloodhounds", paragraphs: ["Woo Do-hwan's agency said (via Soompi):", "“He will begin his mandatory military service next month. Please support him.”"], speaker: "agency of Woo Do-hwan", onBehalfOf: "Woo Do-hwan", via: "Soompi", quoteContains: "military service" },
  { title: "Hellbound", paragraphs: ["Yeon Sang-ho said, “The second season was always in my plans from the start of the first.”"], speaker: "Yeon Sang-ho", quoteContains: "always in my plans" },
  { title: "Mr. Sunshine", paragraphs: ["Lee Byung-hun added, “It has been a great honor to play this role for all these years.”"], speaker: "Lee Byung-hun", quoteContains: "great honor" },
  { title: "The Crown", paragraphs: ["Peter Morgan said, “Ending the show at this point is the right decision for the story.”"], speaker: "Peter Morgan", quoteContains: "right decision" },
  { title: "Attorney Gong Next Door", paragraphs: ["Ha Eun-seo shared, “I hope we can meet the audience again with a second season someday.”"], speaker: "Ha Eun-seo", quoteContains: "second season someday" },
  { title: "Vincenzo", paragraphs: ["Song Joong-ki's agency stated:", "“Nothing has been confirmed regarding a second season at this time.”"], speaker: "agency of Song Joong-ki", onBehalfOf: "Song Joong-ki", quoteContains: "Nothing has been confirmed" },
  { title: "All of Us Are Dead", paragraphs: ["Director Lee Jae-kyoo said, “We are preparing season 2 with a bigger scale than before.”"], speaker: "Lee Jae-kyoo", quoteContains: "bigger scale" },
  { title: "Alice in Borderland", paragraphs: ["“We wanted to go further into the game this time,” Shinsuke Sato explained."], speaker: "Shinsuke Sato", quoteContains: "further into the game" },
  { title: "Shogun", paragraphs: ["Hiroyuki Sanada told the press, “I was surprised by how many people watched the show.”"], speaker: "Hiroyuki Sanada", quoteContains: "surprised by how many" },
  { title: "Physical: 100", paragraphs: ["Producer Jang Ho-gi said, “We want to bring the competition to a global stage next time.”"], speaker: "Jang Ho-gi", quoteContains: "global stage" },
  { title: "Doctor Slump", paragraphs: ["Park Hyung-sik wrote on Instagram, “Thank you for loving this drama until the very end.”"], speaker: "Park Hyung-sik", quoteContains: "until the very end" },
  { title: "Andor", paragraphs: ["Tony Gilroy said, “The second season is the end of the story we set out to tell.”"], speaker: "Tony Gilroy", quoteContains: "end of the story" },
  { title: "Daily Dose of Sunshine", paragraphs: ["Park Bo-young said, “I learned so much while preparing for this character over a year.”"], speaker: "Park Bo-young", quoteContains: "learned so much" },
  { title: "Moving", paragraphs: ["Writer Kang Full said, “A second season is something I am thinking about carefully.”"], speaker: "Kang Full", quoteContains: "thinking about carefully" },
];
