import type { CaseOptions, Wanted } from "../../../../test/support/extract-case.ts";

// Cast and crew credits and "where have I seen them", Korean and Western names alike.
export const castCases: [string, CaseOptions, Wanted][] = [
  // A relative clause about an earlier part, then this show's part.
  ["Desmond Okoro, who appeared as Marcus in Peacock's Tenement Kings, will recur as Detective Hal Brennan.", { title: "Copper Tide" }, { property: "cast-member", value: "Desmond Okoro", character: "Detective Hal Brennan" }],
  // A rank's abbreviation ("Cpl.") does not end the sentence before the name it belongs to.
  ["The Canadian drama follows RCMP Cpl. Dana Whitlock (Tamsin Okeke) as she investigates a disappearance.", { title: "Copper Tide" }, { property: "cast-member", value: "Tamsin Okeke", character: "Dana Whitlock" }],
  ["Ada Brennan returns as the town's mayor, Connie Fraser.", { title: "Copper Tide" }, { property: "cast-member", value: "Ada Brennan", character: "Connie Fraser" }],
  // A recast "in the role of"; "is seen as", "steps into the shoes of", "booked a recurring role as", "makes her OTT debut as".
  ["Wesley Arden has been tapped to replace Jamal Rourke in the role of Deputy Cal Brody.", { title: "Copper Tide" }, { property: "cast-member", value: "Wesley Arden", character: "Deputy Cal Brody" }],
  ["Aryan Mehta-Qureshi is seen as Bunty Pandey.", { title: "Copper Tide" }, { property: "cast-member", value: "Aryan Mehta-Qureshi", character: "Bunty Pandey" }],
  ["Bea Lindgren has also booked a recurring role as Tamsin Hale.", { title: "Copper Tide" }, { property: "cast-member", value: "Bea Lindgren", character: "Tamsin Hale" }],
  ["Sanjana Iyer-Rawat makes her OTT debut as Pinky Sinha.", { title: "Copper Tide" }, { property: "cast-member", value: "Sanjana Iyer-Rawat", character: "Pinky Sinha" }],
  // A quoted nickname stays inside a character's name and is left out of an actor's.
  ['Marcus Oyelaran returns as Reuben "Ruby" Tate.', { title: "Copper Tide" }, { property: "cast-member", value: "Marcus Oyelaran", character: 'Reuben "Ruby" Tate' }],
  ["Yasen 'Zates' Atour has joined the cast.", { title: "Copper Tide" }, { property: "cast-member", value: "Yasen Atour" }],
  // A one-word title that ends a character's name is the family's name, not a mention of the show.
  ["Marisol Quintero plays Dr. Helen Ashgrove, the family matriarch.", { title: "Ashgrove" }, { property: "cast-member", value: "Marisol Quintero", character: "Dr. Helen Ashgrove" }],
  ["Maialen Etxeberría is Begoña Urrutia, Lucía's childhood best friend.", { title: "Copper Tide" }, { property: "cast-member", value: "Maialen Etxeberría", character: "Begoña Urrutia" }],
  // The character after a relation to someone else ("X's sister-in-law, Y"), after a described part ("a railway constable, Y").
  ["Orla Devane returns as Cecily's sister-in-law, Margaret.", { title: "Copper Tide" }, { property: "cast-member", value: "Orla Devane", character: "Margaret" }],
  ["Quentin Ashby plays her ex-husband, Sheriff Cal Dorsey.", { title: "Copper Tide" }, { property: "cast-member", value: "Quentin Ashby", character: "Sheriff Cal Dorsey" }],
  ["Newcomer Ishaan Qureshi joins the cast as a railway constable, Pappu Yadav.", { title: "Copper Tide" }, { property: "cast-member", value: "Ishaan Qureshi", character: "Pappu Yadav" }],
  // Other ways to say it: "essays the role of", "will voice", "stars once more as", "leads the telenovela as", "joins for the final season as".
  ["Sunaina Bhatt essays the role of journalist Kavya Mishra.", { title: "Copper Tide" }, { property: "cast-member", value: "Sunaina Bhatt", character: "Kavya Mishra" }],
  ["New cast member Yui Amamiya will voice Kurenai, a travelling puppet-maker.", { title: "Copper Tide" }, { property: "cast-member", value: "Yui Amamiya", character: "Kurenai" }],
  ["Leire Goikoetxea stars once more as night-shift surgeon Amaia Etxeberria.", { title: "Copper Tide" }, { property: "cast-member", value: "Leire Goikoetxea", character: "Amaia Etxeberria" }],
  ["Renata Villaseñor leads the telenovela as Ximena Robles.", { title: "Copper Tide" }, { property: "cast-member", value: "Renata Villaseñor", character: "Ximena Robles" }],
  ["Sergi Montfort joins for the final season as customs officer Adrián Balaguer.", { title: "Copper Tide" }, { property: "cast-member", value: "Sergi Montfort", character: "Adrián Balaguer" }],
  // A role taken up again or a show boarded, told with the verb's plain form or a "set to": "will reprise her role as", "is set to resume his role as", "has boarded the series as".
  ["Idalia Brennock will reprise her role as Kate Penrose in the second season.", { title: "Copper Tide" }, { property: "cast-member", value: "Idalia Brennock", character: "Kate Penrose" }],
  ["Osric Vantongeren is set to resume his role as Inspector Agnes Cole.", { title: "Copper Tide" }, { property: "cast-member", value: "Osric Vantongeren", character: "Inspector Agnes Cole" }],
  ["Rosalind Achterberg has boarded the series as Maggie Flynn.", { title: "Copper Tide" }, { property: "cast-member", value: "Rosalind Achterberg", character: "Maggie Flynn" }],
  ["Perrin Hallworth has been tapped to play Walter Greer, the town's mayor.", { title: "Copper Tide" }, { property: "cast-member", value: "Perrin Hallworth", character: "Walter Greer" }],
  // The regulars a newcomer joins are the cast too; so are actors who "return as the investigators" and one "upped to series regular".
  ["He joins series regulars Sienna Parkhurst and Ronan Delgado.", { title: "Copper Tide", before: ["Tobiah Vale has joined the cast of Copper Tide."] }, { property: "cast-member", value: "Ronan Delgado" }],
  ["Anneke Krüger and Lukas Brennecke return as the investigators.", { title: "Copper Tide" }, { property: "cast-member", value: "Lukas Brennecke" }],
  ["Beatrix Lindqvist has been upped to series regular for the second season.", { title: "Copper Tide" }, { property: "cast-member", value: "Beatrix Lindqvist" }],
  // A capitalized word describing the part ("former Army investigator") is not the part's name.
  ["Colm Danner will return as former Army investigator Jack Vantresca.", { title: "Copper Tide" }, { property: "cast-member", value: "Colm Danner", character: "Jack Vantresca" }],
  // "They join A and B", "will both return", "joins as his estranged daughter", a described part "played by", "cast in a recurring role as".
  ["They join Aidan Creaghan and Maeve Dohertyson.", { title: "Copper Tide", before: ["New cast members include Fintan Moylan as the warlord Conall."] }, { property: "cast-member", value: "Maeve Dohertyson" }],
  ["Showrunner Ines Moreau confirmed that Yannick Thibaudet and Soraya Bellweather will both return.", { title: "Copper Tide" }, { property: "cast-member", value: "Soraya Bellweather" }],
  ["Newcomer Sadie Lundqvist joins as his estranged daughter.", { title: "Copper Tide" }, { property: "cast-member", value: "Sadie Lundqvist", characterNote: "his estranged daughter" }],
  ["Copper Tide stars Yoo Ga-young as a store owner who falls for the son of her biggest competitor, played by Nam Joon-seo.", { title: "Copper Tide" }, { property: "cast-member", value: "Nam Joon-seo" }],
  ["Greta Hollander has been cast in a recurring role as a federal prosecutor, Allison Pryor.", { title: "Copper Tide" }, { property: "cast-member", value: "Greta Hollander", character: "Allison Pryor" }],
  ["Declan Fairbourne co-starred as her rival, the mill owner Ambrose Vane.", { title: "Copper Tide" }, { property: "cast-member", value: "Declan Fairbourne", character: "Ambrose Vane" }],
  ["The new season brings back Loretta Banksy and Gina Tillmann as estranged sisters Pearl and Cora Dupree.", { title: "Copper Tide" }, { property: "cast-member", value: "Loretta Banksy", character: "Pearl" }],
  // The one who leaves stands before a clause that names the part.
  ["Osmund Sayer, who played Jonah Reed, has exited the series.", { title: "Copper Tide" }, { property: "cast-member", value: "Osmund Sayer" }],
  ["Delphine Okafor and Aaron Vasquez-Thorne co-star.", { title: "Copper Tide" }, { property: "cast-member", value: "Aaron Vasquez-Thorne" }],
  // A longer description of the part before the character, an appositive after a possessive, a family name as a word of it.
  ["The drama stars Perpetua Lindgard as retired lifeboat skipper Morag Ellis.", { title: "Copper Tide" }, { property: "cast-member", value: "Perpetua Lindgard", character: "Morag Ellis" }],
  ["Osric Daventry returns as Morag's embittered younger brother, Fergus.", { title: "Copper Tide" }, { property: "cast-member", value: "Osric Daventry", character: "Fergus" }],
  ["Tilde Marwick plays her grudging deputy, Constable Ivo Banks.", { title: "Copper Tide" }, { property: "cast-member", value: "Tilde Marwick", character: "Constable Ivo Banks" }],
  ["Selin Akbaba plays the Demirel family's eldest daughter Aylin.", { title: "Copper Tide" }, { property: "cast-member", value: "Selin Akbaba", character: "Aylin" }],
  ["Gülay Tekin plays the Demirel matriarch Sevim.", { title: "Copper Tide" }, { property: "cast-member", value: "Gülay Tekin", character: "Sevim" }],
  ["Park Eun-chae co-stars as Ha-rin's nosy landlady Yang Bok-ja.", { title: "Copper Tide" }, { property: "cast-member", value: "Park Eun-chae", character: "Yang Bok-ja" }],
  // A cast roundup's "who's who" line.
  ["Helen Lindgard — Morag Ellis", { title: "Copper Tide", before: ["Here is the full cast of Copper Tide, introduced at the story conference on Saturday."] }, { property: "cast-member", value: "Helen Lindgard", character: "Morag Ellis" }],
  // A review's "is superb as", a part described after "is", "co-starred as", "have boarded".
  ["Saga Lindqvist is superb as Elin Vik, a ship's engineer.", { title: "Copper Tide" }, { property: "cast-member", value: "Saga Lindqvist", character: "Elin Vik" }],
  ["Yiğit Özbey is the nervous conductor Rüstem.", { title: "Copper Tide" }, { property: "cast-member", value: "Yiğit Özbey", character: "Rüstem" }],
  ["Marisol Quintero-Black co-starred as Lorena Vance.", { title: "Copper Tide" }, { property: "cast-member", value: "Marisol Quintero-Black", character: "Lorena Vance" }],
  ["Nadia Ferreira-Stone and Tobias Grell have boarded the eight-episode season.", { title: "Copper Tide" }, { property: "cast-member", value: "Tobias Grell" }],
  // More ways to tell a part: "rounds out the leads as", ", back as", "leads the Hulu medical drama as", "once more plays",
  // "recurred in Season 2 as", "will join the cast in season three as", "is unsettling as".
  ["Qiao Lanfen rounds out the leads as Princess Yunshu.", { title: "Copper Tide" }, { property: "cast-member", value: "Qiao Lanfen", character: "Princess Yunshu" }],
  ["Critics praised Dara Quill, back as her deputy Ambrose Tully.", { title: "Copper Tide" }, { property: "cast-member", value: "Dara Quill", character: "Ambrose Tully" }],
  ["Helen Okafor, who leads the Hulu medical drama as trauma surgeon Dr. Noor Castellane, posted a photo.", { title: "Copper Tide" }, { property: "cast-member", value: "Helen Okafor", character: "Dr. Noor Castellane" }],
  ["Morwenna Clegg once more plays Dr Ruth Ashdown, the county coroner.", { title: "Copper Tide" }, { property: "cast-member", value: "Morwenna Clegg", character: "Dr Ruth Ashdown" }],
  ["Wendell Stroud, who recurred in Season 2 as the crooked sheriff Amos Tully, has been upped to series regular.", { title: "Copper Tide" }, { property: "cast-member", value: "Wendell Stroud", character: "Amos Tully" }],
  ["Newcomer Hollis Bergqvist will join the cast in season three as Dana's estranged brother, Eli.", { title: "Copper Tide" }, { property: "cast-member", value: "Hollis Bergqvist", character: "Eli" }],
  ["Ville Kärkkäinen is unsettling as the tanker's master, Arvo Laine.", { title: "Copper Tide" }, { property: "cast-member", value: "Ville Kärkkäinen", character: "Arvo Laine" }],
  // A show's hosts told with "hosted by".
  ["The eight-episode show, hosted by comedian Bang Chul-soo, premiered on May 20.", { title: "Copper Tide" }, { property: "cast-member", value: "Bang Chul-soo", characterNote: "host" }],
  // A part whose kind is told and whose character is not.
  ["New to the cast are Owen Tran as a smuggler named Pike and Sofia Marin in an undisclosed role.", { title: "Copper Tide" }, { property: "cast-member", value: "Sofia Marin" }],
  ["Tae Ji-ho will appear in a recurring role.", { title: "Copper Tide", before: ["Copper Tide returns in May."] }, { property: "cast-member", value: "Tae Ji-ho" }],
  // An aside that describes the show itself, with no career around it, still gives its cast.
  ["Copper Tide, the coastal drama starring Lena Moss and Odell Price, returns in May.", { title: "Copper Tide" }, { property: "cast-member", value: "Odell Price" }],
  ["Harbour Lights has cast Yoon Ha-rim as the new harbour master.", { title: "Harbour Lights" }, { property: "cast-member", value: "Yoon Ha-rim", characterNote: "the new harbour master" }],
  ["The streamer has also tapped Kang Min-seo to play Oh Da-eun, the ferry captain.", { title: "Harbour Lights" }, { property: "cast-member", value: "Kang Min-seo", character: "Oh Da-eun" }],
  ["Yoon Ha-rim will star opposite Kang Min-seo in the second season.", { title: "Harbour Lights" }, { property: "cast-member", value: "Yoon Ha-rim" }],
  ["Lee Jung-jae returns as Seong Gi-hun in the second season.", { title: "Squid Game" }, { property: "cast-member", value: "Lee Jung-jae", character: "Seong Gi-hun" }],
  ["Jenna Ortega stars as Wednesday Addams in the Netflix series.", { title: "Wednesday" }, { property: "cast-member", value: "Jenna Ortega", character: "Wednesday Addams" }],
  ["Kim Soo-hyun plays Baek Hyun-woo, the legal director of a conglomerate.", { title: "Queen of Tears" }, { property: "cast-member", value: "Kim Soo-hyun", character: "Baek Hyun-woo" }],
  ["Baek Hong-hae (Kim Ji-won) is the heiress of the Queens Group.", { title: "Queen of Tears", before: ["Queen of Tears stars Kim Soo-hyun."] }, { property: "cast-member", value: "Kim Ji-won", character: "Baek Hong-hae" }],
  ["The series stars Song Kang, Lee Jin-wook and Lee Si-young.", { title: "Sweet Home" }, { property: "cast-member", value: "Lee Si-young" }],
  ["Starring Han So-hee and Park Seo-joon, the thriller is set in 1945.", { title: "Gyeongseong Creature" }, { property: "cast-member", value: "Park Seo-joon" }],
  ["Park Bo-young has joined the cast of the drama.", { title: "Daily Dose of Sunshine" }, { property: "cast-member", value: "Park Bo-young" }],
  ["Pedro Pascal plays Joel Miller, a smuggler.", { title: "The Last of Us" }, { property: "cast-member", value: "Pedro Pascal", character: "Joel Miller" }],
  ["Tilda Marsh, who plays Ellie, returns for season 2.", { title: "The Last of Us" }, { property: "cast-member", value: "Tilda Marsh", character: "Ellie" }],
  ["Kaitlyn Dever has been cast as Abby in the second season.", { title: "The Last of Us" }, { property: "cast-member", value: "Kaitlyn Dever", character: "Abby" }],
  ["Ko Min-jae, who played one of the cheats, asked to come back.", { title: "Ashen Vow" }, { property: "cast-member", value: "Ko Min-jae", characterNote: "one of the cheats" }],
  ["Go Youn-jung will portray Jang Hee-soo in the drama.", { title: "Moving" }, { property: "cast-member", value: "Go Youn-jung", character: "Jang Hee-soo" }],
  ["Zendaya and Sydney Sweeney star in Euphoria.", { title: "Euphoria" }, { property: "cast-member", value: "Sydney Sweeney" }],
  ["Park Hae-soo replaces Wi Ha-joon as Detective Hwang.", { title: "Squid Game" }, { property: "recast", value: "Park Hae-soo" }],
  ["Wi Ha-joon in Squid Game", { title: "Squid Game" }, { property: "cast-member", value: "Wi Ha-joon" }],
  ["Lee Byung-hun reprises his role as the Front Man.", { title: "Squid Game" }, { property: "cast-member", value: "Lee Byung-hun", character: "Front Man" }],
  ["Jung Ho-yeon played Kang Sae-byeok in the first season.", { title: "Squid Game" }, { property: "cast-member", value: "Jung Ho-yeon", character: "Kang Sae-byeok" }],
  ["Nam Joo-hyuk stars as Baek Yi-jin opposite Kim Tae-ri.", { title: "Twenty-Five Twenty-One" }, { property: "cast-member", value: "Nam Joo-hyuk", character: "Baek Yi-jin" }],
  ["Ryu Seung-ryong, Han Hyo-joo and Zo In-sung star in Moving.", { title: "Moving" }, { property: "cast-member", value: "Han Hyo-joo" }],
  ["Anya Taylor-Joy plays Beth Harmon, a chess prodigy.", { title: "The Queen's Gambit" }, { property: "cast-member", value: "Anya Taylor-Joy", character: "Beth Harmon" }],
  ["The cast also includes Gwendoline Christie, Riki Lindhome and Fred Armisen.", { title: "Wednesday" }, { property: "cast-member", value: "Riki Lindhome" }],
  ["Starring Yang Si-woo, the thriller follows a man framed for murder.", { title: "The Worst of Evil" }, { property: "cast-member", value: "Yang Si-woo" }],
  ["Kim Go-eun will play Han Ah-reum in the legal drama.", { title: "Counsel Han" }, { property: "cast-member", value: "Kim Go-eun", character: "Han Ah-reum" }],
  ["Sydney Sweeney returns as Cassie Howard in season 3.", { title: "Euphoria" }, { property: "cast-member", value: "Sydney Sweeney", character: "Cassie Howard" }],
  ["The story follows Baek Yi-jin (played by Nam Joo-hyuk) and Na Hee-do.", { title: "Twenty-Five Twenty-One" }, { property: "cast-member", value: "Nam Joo-hyuk", character: "Baek Yi-jin" }],
  ["IU plays Oh Ae-sun in the Netflix drama.", { title: "When Life Gives You Tangerines" }, { property: "cast-member", value: "IU", character: "Oh Ae-sun" }],
  // Invented shows and people, one per shape the rules read.
  ["Also in the cast are Mara Lindqvist, Tobias Renner and Odile Faure.", { title: "Saltmarsh" }, { property: "cast-member", value: "Tobias Renner" }],
  ["The thriller's supporting cast includes, among others, Han Seo-ri and Baek Jun-ho.", { title: "Night Ledger" }, { property: "cast-member", value: "Baek Jun-ho" }],
  ["Fronted by veteran actresses Oh Mi-rae and Seo Da-in, the drama follows two rival chefs.", { title: "Salt and Fire" }, { property: "cast-member", value: "Seo Da-in" }],
  ["The original cast also counts Ryu Ha-neul (Gong Seo-jin) and Jin Tae-oh (Ma Dal-bong).", { title: "Moonlit Market" }, { property: "cast-member", value: "Jin Tae-oh", character: "Ma Dal-bong" }],
  ["Hattie Morrow (Mum Sylvia Pike) and Declan Ashe (Uncle Roy, aka 'the menace') all return for the new run.", { title: "Pike Lane" }, { property: "cast-member", value: "Hattie Morrow", character: "Sylvia Pike" }],
  ["We will soon say goodbye to Ines (Carla Montero) and Rafa (Pedro Lusa).", { title: "Switchboard" }, { property: "cast-member", value: "Carla Montero", character: "Ines" }],
  ["Ronan Vale, a ruthless smuggler, is played by Oskar Lind.", { title: "Harbour Lights" }, { property: "cast-member", value: "Oskar Lind", character: "Ronan Vale" }],
  ["Dario, played by newcomer Luca Ferri, falls in with a gang.", { title: "Borgata", before: ["Luca Ferri joins the story as Dario."] }, { property: "cast-member", value: "Luca Ferri", character: "Dario" }],
  ["Kenji Arata is back in the cast as Sora Mizuno.", { title: "Village of Crows" }, { property: "cast-member", value: "Kenji Arata", character: "Sora Mizuno" }],
  ["Aiko Tanabe again plays Rin Mizuno, Sora's sister.", { title: "Village of Crows" }, { property: "cast-member", value: "Aiko Tanabe", character: "Rin Mizuno" }],
  ["Wu Lan and Zhou Bai return to play Mei Ling and Chen Jun.", { title: "Court of Jade" }, { property: "cast-member", value: "Zhou Bai", character: "Chen Jun" }],
  ["The role of Sultan Alp has gone to Kerem Yalın, a stage veteran.", { title: "Frontier Oath" }, { property: "cast-member", value: "Kerem Yalın", character: "Sultan Alp" }],
  ["Defne Aras, who brings the character of Leyla Hatun to life, spoke to reporters.", { title: "Frontier Oath" }, { property: "cast-member", value: "Defne Aras", character: "Leyla Hatun" }],
  ["The trailer features Arjun Mehra, the actor behind Bhola Singh in the crime saga.", { title: "Dust Road" }, { property: "cast-member", value: "Arjun Mehra", character: "Bhola Singh" }],
  ["Returning alongside her, among others, are Margaux Blanc and Théo Roussel.", { title: "The Gentleman Thief" }, { property: "cast-member", value: "Théo Roussel" }],
  ["Joining him in the show's sprawling ensemble are Yoon Bo-ra and Kang Min-jae.", { title: "Civil Servants" }, { property: "cast-member", value: "Kang Min-jae" }],
  ["Nadia Okafor will not be back for season two, but Grace Ilori and Tunde Bello will.", { title: "Lagos Nights" }, { property: "cast-member", value: "Tunde Bello" }],
  ["Kwon Ha-eun in talks to star in a new legal drama with Do Yun-seok?", { title: "Objection" }, { property: "cast-member", value: "Do Yun-seok", certainty: "rumored" }],
  ["Lead actress Fiona Gale is directing two episodes of the new season.", { title: "Red Hollow" }, { property: "cast-member", value: "Fiona Gale" }],
  ["Priya Nair and Dev Kapoor will play, respectively, a judge and her estranged son.", { title: "Verdict" }, { property: "cast-member", value: "Dev Kapoor" }],
  ["Kim Do-hyun's co-star is actress Lim Ga-young (Blue Spring!) as Yoo Da-som, a rookie manager.", { title: "Idol Rescue" }, { property: "cast-member", value: "Lim Ga-young", character: "Yoo Da-som" }],
  ["Omar Haddad stepped in for Felix Marsh as Captain Rook in season two.", { title: "Tides of Ash" }, { property: "cast-member", value: "Omar Haddad", character: "Captain Rook" }],
  // Invented shows and people, for rules that lacked a positive row.
  ["Role Cast Member Where Else Can You Find Them? Ro Dae-sik Kwak Jun-seo Velvet Harbor | Paper Crowns Bae Soo-ah Jang Ye-rim Ember Street", { title: "Copper Tide" }, { property: "cast-member", value: "Jang Ye-rim", character: "Bae Soo-ah" }],
  ["With Yoon Ha-ram, Baek Seo-yul and Choi Min-gyu in the cast, the drama has plenty of star power.", { title: "Copper Tide" }, { property: "cast-member", value: "Baek Seo-yul" }],
  ["Ryu Ga-eun and Pyo Gi-ryong's Copper Tide is back for a second run.", { title: "Copper Tide" }, { property: "cast-member", value: "Ryu Ga-eun" }],
  ["The heroine is betrayed by Kwak Jun-seo's Dokgo.", { title: "Copper Tide", before: ["Copper Tide stars Kwak Jun-seo."] }, { property: "cast-member", value: "Kwak Jun-seo", character: "Dokgo" }],
  ["His character is Ro Dae-sik, a disgraced customs officer.", { title: "Copper Tide", before: ["Pyo Gi-ryong joins the cast of Copper Tide."] }, { property: "cast-member", value: "Pyo Gi-ryong", character: "Ro Dae-sik" }],
  ["In “Velvet Harbor”, Kang Mi-so, played by Oh Se-ra, runs the harbour bar.", { title: "Copper Tide", before: ["'Velvet Harbor' was a hit."] }, { property: "cast-member", subject: "Velvet Harbor", value: "Oh Se-ra", character: "Kang Mi-so" }],
  ["The thriller features Mina Cole, Arlo Penn, Tessa Vane and Ruth Lowe as the grown-up survivors.", { title: "Copper Tide" }, { property: "cast-member", value: "Tessa Vane" }],
  ["Mina Cole, Arlo Penn to return for Copper Tide 2; Han Do-yeon, Seo Ji-hwan join cast", { title: "Copper Tide" }, { property: "cast-member", value: "Seo Ji-hwan" }],
  ["Here are the characters who survive into the last run: Kang Mi-so (Oh Se-ra) and Rook Dalton (Tessa Vane).", { title: "Copper Tide" }, { property: "cast-member", value: "Tessa Vane", character: "Rook Dalton" }],
  ["Arlo Penn and Ruth Lowe starred in the debut season of Copper Tide", { title: "Copper Tide" }, { property: "cast-member", value: "Ruth Lowe" }],
  // cast.pairs after a longer verb phrase: names and roles paired in order.
  ["On Tuesday, Bae Ju-won and Lim Ha-eun were confirmed to take up their roles as Do Gyeong-min and Yang So-ri once more.", { title: "Copper Tide" }, { property: "cast-member", value: "Lim Ha-eun", character: "Yang So-ri" }],
  // cast.plays: a relation word and a comma before the character's name ("as his partner, Freya Holt").
  ["Returning stars include Idris Kane as Inspector Cole Morrow and Annika Sørensen as his partner, Freya Holt.", { title: "Copper Tide" }, { property: "cast-member", value: "Annika Sørensen", character: "Freya Holt" }],
  // cast.plays: "who has played C since …".
  ["Hattie Crane, who has played DS Laura Finch since the show began in 2019, has left the series.", { title: "Copper Tide" }, { property: "cast-member", value: "Hattie Crane", character: "DS Laura Finch" }],
  // "Leads" before the names is their role, not part of a name.
  ["Leads Krit Amnuaydechkorn and Phuwin Tangsakyuen will reprise their roles as Pran and Chai.", { title: "Copper Tide" }, { property: "cast-member", value: "Krit Amnuaydechkorn", character: "Pran" }],
  // cast.note: "joining as" a role described.
  ["The new season picks up two years later, with Ryu Jun-yeol joining as a mysterious informant.", { title: "Copper Tide" }, { property: "cast-member", value: "Ryu Jun-yeol", characterNote: "a mysterious informant" }],
  // cast.paren: a rank before the outer name marks it as the character.
  ["The finale left Captain Reyes (Marisol Tan) stranded on the desert moon.", { title: "Copper Tide" }, { property: "cast-member", value: "Marisol Tan", character: "Captain Reyes" }],
  // cast.in-talks: an agency's words for an offer not yet taken.
  ["Actress Kim Tae-ri has been offered the lead role in the drama and is positively reviewing the offer, her agency said.", { title: "Copper Tide" }, { property: "cast-member", value: "Kim Tae-ri", certainty: "rumored" }],
  ["Actor Byeon Woo-seok is also reportedly considering a role as her childhood friend.", { title: "Copper Tide" }, { property: "cast-member", value: "Byeon Woo-seok", certainty: "rumored" }],
  // cast.host: a competition's host and judges; "June" before a surname is a given name, not a month.
  ["Food Network has ordered a fourth cycle of Copper Tide, with host Padma Rao returning alongside judges Marco Bellini and June Park.", { title: "Copper Tide" }, { property: "cast-member", value: "June Park", characterNote: "judge" }],
  // cast.performance: a performance "as" a character.
  ["Seo Jun-ho, meanwhile, pulled off a striking transformation as Doyun, a priest who hunts spirits.", { title: "Copper Tide" }, { property: "cast-member", value: "Seo Jun-ho", character: "Doyun" }],
  // cast.recast: a season named between the newcomer and the actor replaced.
  ["Kang Tae-min steps in for the new season in place of Yoon Ha-ri, who led season 1.", { title: "Copper Tide" }, { property: "cast-member", value: "Yoon Ha-ri" }],
  // cast.paren: the actor's other work, not a slot of its own, after "of".
  ["The clip opens with Han Mi-rae (Oh Seo-yeon of The Lantern), a teacher at a coastal school.", { title: "Copper Tide" }, { property: "cast-member", value: "Oh Seo-yeon", character: "Han Mi-rae" }],
  // cast.other-age: another actor plays the same character younger or older.
  ["Nolan Price returns as the smuggler Ravi, whose teenage self is played by Ezra Quint.", { title: "Copper Tide" }, { property: "cast-member", value: "Ezra Quint", character: "Ravi" }],
  // cast.respectively: a list of actors paired in order with a list of parts, descriptions between.
  ["Ana Ruiz, Lía Soto and Eva Mora star as the eldest Marta Vidal, the middle sister Clara Vidal and the baby Inés Vidal, respectively.", { title: "Copper Tide" }, { property: "cast-member", value: "Lía Soto", character: "Clara Vidal" }],
  // cast.plays: a longer description, a plural possessive, or a description holding a capitalised word before ", Name".
  ["Dana Frost stars as his one-time law-school rival turned boss, Claire Whitby.", { title: "Copper Tide" }, { property: "cast-member", value: "Dana Frost", character: "Claire Whitby" }],
  ["Oh Mi-sook plays the twins' grandmother, Kang Soon-ja.", { title: "Copper Tide" }, { property: "cast-member", value: "Oh Mi-sook", character: "Kang Soon-ja" }],
  ["Joining them is Arjun Bhalla, who plays a Rajya Sabha member, Harish Kohli.", { title: "Copper Tide" }, { property: "cast-member", value: "Arjun Bhalla", character: "Harish Kohli" }],
  // A job inside a part ("club manager", "a minister") describes the character, not a person outside the show.
  ["The clip ends on Seo Ha-na, who plays club manager Min Ye-jin, laughing.", { title: "Copper Tide" }, { property: "cast-member", value: "Seo Ha-na", character: "Min Ye-jin" }],
  // cast.list: a longer description before ", Name" makes that name the part, not another star.
  ["The show also features Ko Dae-ho as the spirit of a famous old swordsman, Lord Baek Jin-su, and Yoon Bo-ra as his niece.", { title: "Copper Tide" }, { property: "cast-member", value: "Yoon Bo-ra" }],
  // cast.paren: a reviewer's adjective before the actor inside the brackets.
  ["Her son, Robbie (a terrific Owen Pryce), was the last to see her.", { title: "Copper Tide" }, { property: "cast-member", value: "Owen Pryce", character: "Robbie" }],
  // cast.paren: in running prose a full name in brackets after another full name is the actor of that character.
  ["In the finale, Yusuf Demirkan (Kaan Yalçınkaya) at last learned the truth about the wreck.", { title: "Copper Tide" }, { property: "cast-member", value: "Kaan Yalçınkaya", character: "Yusuf Demirkan" }],
  // cast.plays: a part in a relative clause is no part of a rumour the main clause tells.
  ["Tarık Bozdağ, who plays the scheming harbourmaster Cemal Ağa, is rumoured to be leaving.", { title: "Copper Tide" }, { property: "cast-member", value: "Tarık Bozdağ", character: "Cemal Ağa" }],
  // cast.plays: "is the <someone>'s owner, Name".
  ["Veteran Ōtsuka Gen is the inn's owner, Kamiya Sōichirō.", { title: "Copper Tide" }, { property: "cast-member", value: "Ōtsuka Gen", character: "Kamiya Sōichirō" }],
  // cast.list: a part described with another character's possessive before ", Name" is no second star.
  ["Rosa Tan returns alongside Jack Warrick as Jodie's mentor, Uncle Roy Kemp.", { title: "Copper Tide" }, { property: "cast-member", value: "Jack Warrick", character: "Roy Kemp" }],
  // cast.actor-possessive: a review's "A's cartographer, B", "A's sky pirate B", "A's character, B".
  ["The pilot gives Wynne Calloway's lighthouse keeper, Agnes Toll, the best scenes.", { title: "Copper Tide" }, { property: "cast-member", value: "Wynne Calloway", character: "Agnes Toll" }],
  ["Bastien Roux's smuggler Captain Vey steals every scene he is in.", { title: "Copper Tide" }, { property: "cast-member", value: "Bastien Roux", character: "Captain Vey" }],
  ["Priya Halden's character, Inspector Moss, is written out early.", { title: "Copper Tide" }, { property: "cast-member", value: "Priya Halden", character: "Inspector Moss" }],
  // cast.described-paren: a described part, its actor in brackets after it.
  ["The drama follows a disgraced ferry pilot (Corin Ashdown) who takes one last job.", { title: "Copper Tide" }, { property: "cast-member", value: "Corin Ashdown" }],
  // cast.pronoun-plays: the part of the person the sentence before named.
  ["She plays the harbour doctor Fen Marlow in all eight episodes.", { title: "Copper Tide", before: ["The network confirmed the news, according to star Tilda Orrin."] }, { property: "cast-member", value: "Tilda Orrin", character: "Fen Marlow" }],
  // cast.paren: a rank inside the brackets marks the part, the name outside the actor.
  ["Maren Ostrova (Sergeant Lola Briggs) and Teo Vance (Father Ned Carrow) both return.", { title: "Copper Tide" }, { property: "cast-member", value: "Teo Vance", character: "Father Ned Carrow" }],
  // A rank written short stays in the part's name.
  ["Dulcie Frame co-stars as the base's commander, Lt. Cmdr. Ines Varga.", { title: "Copper Tide" }, { property: "cast-member", value: "Dulcie Frame", character: "Lt. Cmdr. Ines Varga" }],
  // cast.list after "returning cast"; "A, B and C also return."
  ["The new season stars returning cast Fern Aldana, Rico Batiste and Joy Marchetti.", { title: "Copper Tide" }, { property: "cast-member", value: "Rico Batiste" }],
  ["Luka Brandt, Oona Sallis and Pim Verhoef also return.", { title: "Copper Tide" }, { property: "cast-member", value: "Oona Sallis" }],
  // "A (Other Show) will take over the role of B": the brackets hold A's earlier work.
  ["Tavi Okonedo (Salt Road) will take over the role of Benny.", { title: "Copper Tide" }, { property: "cast-member", value: "Tavi Okonedo", character: "Benny" }],
  // "Co-star A (B)": called a star, the name outside is the actor; "Writer and star C" writes too.
  ["Co-star Mirela Dascalu (Anca Popa) said goodbye on set.", { title: "Copper Tide" }, { property: "cast-member", value: "Mirela Dascalu", character: "Anca Popa" }],
  ["Writer and star Teodor Vasko announced the final series.", { title: "Copper Tide" }, { property: "crew-member", value: "Teodor Vasko", job: "writer" }],
  // "has a small role as …": a part described.
  ["Hamish Cole has a small role as the village postman.", { title: "Copper Tide" }, { property: "cast-member", value: "Hamish Cole" }],
  // A name of several words describing the part before a lower-case word and the part's name.
  ["It stars Joaquín Ribera as Coast Guard officer Maite Ugarte.", { title: "Copper Tide" }, { property: "cast-member", value: "Joaquín Ribera", character: "Maite Ugarte" }],
  // "Leads A (B)": called leads, the names outside are the actors.
  ["Leads Mei-Lin Soh (Ada Fong) and Rafe Donnet (Brother Anselm) would be back.", { title: "Copper Tide" }, { property: "cast-member", value: "Mei-Lin Soh", character: "Ada Fong" }],
];

export const crewCases: [string, CaseOptions, Wanted][] = [
  // The passive with the medium between verb and "by": "was developed for television by X" (the novel's author is no crew).
  ["Copper Tide was developed for television by Ruth Okonkwo-Hale from the novel by Anne Stilwell.", { title: "Copper Tide" }, { property: "crew-member", value: "Ruth Okonkwo-Hale", job: "creator" }],
  // A credit in parentheses between the name and the job; "written by its creator, X"; "who is also its showrunner".
  ["Kenta Morishima (Starfall Academy) is directing the anime at Studio Pale.", { title: "Copper Tide" }, { property: "crew-member", value: "Kenta Morishima", job: "director" }],
  ["Copper Tide is written by its creator, Bethan Morgans.", { title: "Copper Tide" }, { property: "crew-member", value: "Bethan Morgans", job: "writer" }],
  ["The series was created by Priya Venkataraman, who is also its showrunner.", { title: "Copper Tide" }, { property: "crew-member", value: "Priya Venkataraman", job: "showrunner" }],
  // A job done for a company.
  ["Teresa Galdós and Julián Roca executive produce for Faro Norte Producciones.", { title: "Copper Tide" }, { property: "crew-member", value: "Julián Roca", job: "executive producer" }],
  // The work and its makers: "Direction is shared by", "from scripts by", "in the hands of".
  ["Direction is shared by Tomás Echeverría and Lía Montalvo.", { title: "Copper Tide" }, { property: "crew-member", value: "Lía Montalvo", job: "director" }],
  ["It is directed by Selim Karaoğlu from scripts by Gülşen Aktaş and Burak Ertan.", { title: "Copper Tide" }, { property: "crew-member", value: "Burak Ertan", job: "writer" }],
  // Serving, staying on, promoted; an adverb before the verb; two people at once.
  ["Series creator Mack Devereaux again serves as showrunner and executive producer.", { title: "Copper Tide" }, { property: "crew-member", value: "Mack Devereaux", job: "executive producer" }],
  ["Ada Arrieta and Iñigo Solano also serve as showrunners.", { title: "Copper Tide" }, { property: "crew-member", value: "Ada Arrieta", job: "showrunner" }],
  ["Filming resumes under Rafe Okonkwo-Lind, a co-executive producer on both seasons, who has been promoted to showrunner.", { title: "Copper Tide" }, { property: "crew-member", value: "Rafe Okonkwo-Lind", job: "showrunner" }],
  // Returning to a job; being in charge of the series composition.
  ["Ayumi Tsukishiro is returning to direct the anime.", { title: "Copper Tide" }, { property: "crew-member", value: "Ayumi Tsukishiro", job: "director" }],
  ["Tessa Marlowe returns to write the season.", { title: "Copper Tide" }, { property: "crew-member", value: "Tessa Marlowe", job: "writer" }],
  ["Kenta Hoshino is again in charge of the series composition.", { title: "Copper Tide" }, { property: "crew-member", value: "Kenta Hoshino", job: "writer" }],
  // "executive produces alongside X": the partner shares the job.
  ["Jonah Reyes executive produces alongside Kim Dalton.", { title: "Copper Tide" }, { property: "crew-member", value: "Kim Dalton", job: "executive producer" }],
  // Anime credits: the series composer writes the series.
  ["Returning staff include director Kenji Morita and series composer Aya Hoshino.", { title: "Copper Tide" }, { property: "crew-member", value: "Aya Hoshino", job: "writer" }],
  // A credit keeps the sentence's doubt: a denial stays a denial, a rumour a rumour; a bare statement is a report.
  ["The studio denied that Copper Tide is directed by Moon Seol-ah.", { title: "Copper Tide" }, { property: "crew-member", value: "Moon Seol-ah", job: "director", certainty: "denied" }],
  ["Copper Tide is reportedly directed by Moon Seol-ah.", { title: "Copper Tide" }, { property: "crew-member", value: "Moon Seol-ah", job: "director", certainty: "rumored" }],
  ["The series is written by Yoon Hae-sook, the writer of Heirs of the Tide.", { title: "Ashen Vow" }, { property: "crew-member", value: "Yoon Hae-sook", job: "writer" }],
  ["Directing the series is Bae Jin-ho, who previously directed Stranger.", { title: "Ashen Vow" }, { property: "crew-member", value: "Bae Jin-ho", job: "director" }],
  ["Squid Game creator Hwang Dong-hyuk wrote and directed every episode.", { title: "Squid Game" }, { property: "crew-member", value: "Hwang Dong-hyuk", job: "creator" }],
  ["The drama is directed by Jang Young-woo and Kim Hee-won.", { title: "Queen of Tears" }, { property: "crew-member", value: "Jang Young-woo", job: "director" }],
  ["Showrunner Tony Gilroy says the second season is the last.", { title: "Andor" }, { property: "crew-member", value: "Tony Gilroy", job: "showrunner" }],
  ["Created by Dan Erickson, the show follows office workers.", { title: "Severance" }, { property: "crew-member", value: "Dan Erickson", job: "creator" }],
  ["Writer Park Ji-eun penned the script for the drama.", { title: "Queen of Tears" }, { property: "crew-member", value: "Park Ji-eun", job: "writer" }],
  ["Ashen Vow director Bae Jin-ho was accused of bullying.", { title: "Ashen Vow" }, { property: "crew-member", value: "Bae Jin-ho", job: "director" }],
  ["The series was created by Matt Duffer and Ross Duffer.", { title: "Stranger Things" }, { property: "crew-member", value: "Ross Duffer", job: "creator" }],
  ["The drama is written by Kim Eun-hee and directed by Kim Seong-hun.", { title: "Kingdom" }, { property: "crew-member", value: "Kim Seong-hun", job: "director" }],
  ["The drama is written by Kim Eun-hee and directed by Kim Seong-hun.", { title: "Kingdom" }, { property: "crew-member", value: "Kim Eun-hee", job: "writer" }],
  ["Moving is written by Kang Full, who also wrote the original webtoon.", { title: "Moving" }, { property: "crew-member", value: "Kang Full", job: "writer" }],
  ["Directed by Lee Eung-bok, the series reunites him with writer Yoon Hae-sook.", { title: "Ashen Vow" }, { property: "crew-member", value: "Lee Eung-bok", job: "director" }],
  ["Mike Flanagan serves as showrunner and director of the limited series.", { title: "The Fall of the House of Usher" }, { property: "crew-member", value: "Mike Flanagan", job: "showrunner" }],
  ["Showrunner Jonathan Nolan said the new season goes bigger.", { title: "Westworld" }, { property: "crew-member", value: "Jonathan Nolan", job: "showrunner" }],
  ["The series is produced by Studio Dragon and written by Park Ji-eun.", { title: "Queen of Tears" }, { property: "crew-member", value: "Park Ji-eun", job: "writer" }],
  ["Writer Yoon Hae-sook returns with a new fantasy drama.", { title: "Genie, Make a Wish" }, { property: "crew-member", value: "Yoon Hae-sook", job: "writer" }],
  ["Director Lee Jae-kyoo is back behind the camera for the second season.", { title: "All of Us Are Dead" }, { property: "crew-member", value: "Lee Jae-kyoo", job: "director" }],
  ["The series comes from creator Shonda Rhimes.", { title: "Bridgerton" }, { property: "crew-member", value: "Shonda Rhimes", job: "creator" }],
  ["PD Shin Won-ho directs the medical drama.", { title: "Hospital Playlist" }, { property: "crew-member", value: "Shin Won-ho", job: "director" }],
  ["Composer Jung Jae-il wrote the score again.", { title: "Squid Game" }, { property: "crew-member", value: "Jung Jae-il", job: "composer" }],
  ["The series is directed by Hwang Dong-hyuk.", { title: "Squid Game" }, { property: "crew-member", value: "Hwang Dong-hyuk", job: "director" }],
  ["Producer Lee Jin-hee said the team is preparing carefully.", { title: "Soul Forge" }, { property: "crew-member", value: "Lee Jin-hee", job: "producer" }],
  ["The thriller was penned by Chung Seo-kyung.", { title: "Little Women" }, { property: "crew-member", value: "Chung Seo-kyung", job: "writer" }],
  ["Helmed by Mo Wan-il, the drama premieres in June.", { title: "The World of the Married" }, { property: "crew-member", value: "Mo Wan-il", job: "director" }],
  // Invented people and shows.
  ["Oh Ji-ho, who directed season 1, and Seo Yu-na, who wrote its script, return for season 2.", { title: "Fox Tales" }, { property: "crew-member", value: "Seo Yu-na", job: "writer" }],
  ["Producing duties on the next season go to Daisuke Mori.", { title: "Crow Village" }, { property: "crew-member", value: "Daisuke Mori", job: "producer" }],
  ["Colin Marsh is returning to co-write and direct the show.", { title: "Gentry" }, { property: "crew-member", value: "Colin Marsh", job: "director" }],
  ["Marsh is back again as executive producer, co-writer and director.", { title: "Gentry", before: ["Colin Marsh made the first season."] }, { property: "crew-member", value: "Colin Marsh", job: "executive producer" }],
  ["The executive producers are Marsh, Will Dane and Ruth Lowe for one company; Omar Pike for another; and Ada Brook.", { title: "Gentry", before: ["Colin Marsh made the first season."] }, { property: "crew-member", value: "Ada Brook", job: "executive producer" }],
  ["The executive producers are Marsh, Will Dane and Ruth Lowe for Sandhill Pictures.", { title: "Gentry", before: ["Colin Marsh made the first season."] }, { property: "crew-member", value: "Will Dane", job: "executive producer" }],
  ["\"We never planned more than four,\" showrunner Paula Grey told a trade paper.", { title: "Lake House" }, { property: "crew-member", value: "Paula Grey", job: "showrunner" }],
  ["| Director | Somchai Rattanakul |", { title: "Temple Money" }, { property: "crew-member", value: "Somchai Rattanakul", job: "director" }],
  // Invented shows and people, for rules that lacked a positive row.
  ["Dennis Holt's Copper Tide is back for a second run.", { title: "Copper Tide" }, { property: "crew-member", value: "Dennis Holt", job: "creator" }],
  ["The Dennis Holt-directed thriller returns in May.", { title: "Copper Tide" }, { property: "crew-member", value: "Dennis Holt", job: "director" }],
  ["Han Do-yeon is back at the helm for the second season.", { title: "Copper Tide" }, { property: "crew-member", value: "Han Do-yeon", job: "director" }],
  // A share of the episodes as what was directed or written, a verb left out for the second name, a job and its partners.
  ["Ottilie Brandt directed six of the ten episodes.", { title: "Copper Tide" }, { property: "crew-member", value: "Ottilie Brandt", job: "director" }],
  ["Henrik Solberg wrote three of the season's new episodes.", { title: "Copper Tide" }, { property: "crew-member", value: "Henrik Solberg", job: "writer" }],
  ["Rufus Adeyemi is back as writer, and Ines Kowalczyk directs the first three.", { title: "Copper Tide" }, { property: "crew-member", value: "Ines Kowalczyk", job: "director" }],
  ["Okonkwo Reyes writes again, and Maren Holt directs.", { title: "Copper Tide" }, { property: "crew-member", value: "Maren Holt", job: "director" }],
  ["Lucinda Farrow directed four episodes and Tomasz Wieczorek the other four.", { title: "Copper Tide" }, { property: "crew-member", value: "Tomasz Wieczorek", job: "director" }],
  ["Copper Tide is created by Ambrose Kell, who serves as showrunner and executive produces with Dalia Fenn and Oren Macy.", { title: "Copper Tide" }, { property: "crew-member", value: "Oren Macy", job: "executive producer" }],
  ["Ambrose Kell serves as showrunner alongside Priya Vantongeren.", { title: "Copper Tide" }, { property: "crew-member", value: "Priya Vantongeren", job: "showrunner" }],
  ["Ambrose Kell created the series and serves as its showrunner.", { title: "Copper Tide" }, { property: "crew-member", value: "Ambrose Kell", job: "showrunner" }],
  // An adverb between "will" and the verb: "will again serve as", "will also return as".
  ["Creator Ambrose Kell will again serve as showrunner, and production begins in the spring.", { title: "Copper Tide" }, { property: "crew-member", value: "Ambrose Kell", job: "showrunner" }],
  ["Dalia Fenn will also return as head writer.", { title: "Copper Tide" }, { property: "crew-member", value: "Dalia Fenn", job: "writer" }],
  ["The series is made by Gullwing Pictures, with Hattie Brenner as executive producer.", { title: "Copper Tide" }, { property: "crew-member", value: "Hattie Brenner", job: "executive producer" }],
  ["The series is made by Gullwing Pictures, with Hattie Brenner as executive producer alongside Ambrose Kell.", { title: "Copper Tide" }, { property: "crew-member", value: "Ambrose Kell", job: "executive producer" }],
  ["Dalia Fenn and Oren Macy executive produce for Cormorant Bay Productions.", { title: "Copper Tide" }, { property: "crew-member", value: "Oren Macy", job: "executive producer" }],
  // Siblings after a plural job word, a second job in the clause after them; a writer's partner in a relative clause; a
  // second verb's partner ("created the series and wrote it with B").
  ["Creators Ramón and Daniel Echeverri, who write every episode, have teased the finale.", { title: "Copper Tide" }, { property: "crew-member", value: "Ramón Echeverri", job: "writer" }],
  ["The series is created by Neeraj Sethi, who has written Season 2 with Sumit Kalra, and directed by Ishita Raval.", { title: "Copper Tide" }, { property: "crew-member", value: "Sumit Kalra", job: "writer" }],
  ["Ottilie Brandt created the series and wrote it with Mauricio Tellez.", { title: "Copper Tide" }, { property: "crew-member", value: "Mauricio Tellez", job: "writer" }],
  // crew.by: the list goes on past a job word and a "who" aside.
  ["Copper Tide is executive produced by Ana Ruiz, director Tom Vale, who directed the pilot, and Eva Mora for Lionsgate Television.", { title: "Copper Tide" }, { property: "crew-member", value: "Eva Mora", job: "executive producer" }],
  ["Copper Tide is executive produced by Ana Ruiz, director Tom Vale, who directed the pilot, and Eva Mora for Lionsgate Television.", { title: "Copper Tide" }, { property: "crew-member", value: "Tom Vale", job: "executive producer" }],
  // A partner described by another job still shares the executive producer's credit.
  ["Ruiz executive produces with Gabe Farrow and director Noor Haddad, who helmed the pilot.", { title: "Copper Tide", before: ["Ana Ruiz created Copper Tide."] }, { property: "crew-member", value: "Noor Haddad", job: "executive producer" }],
  // crew.also: a further job of the sentence's subject, or of a name after "with".
  ["Tobin Hale, who directed four episodes of Season 2, returns to direct the premiere and will also executive produce.", { title: "Copper Tide" }, { property: "crew-member", value: "Tobin Hale", job: "executive producer" }],
  ["It is penned by Farhan Qazi and Tanvi Joglekar, with Qazi also credited as creator.", { title: "Copper Tide" }, { property: "crew-member", value: "Farhan Qazi", job: "creator" }],
  // A second job after "and" without "also": "and will serve as showrunner", "to direct … and executive produce".
  ["Pell wrote all six scripts and will serve as showrunner.", { title: "Copper Tide", before: ["Copper Tide comes from writer Imre Pell."] }, { property: "crew-member", value: "Imre Pell", job: "showrunner" }],
  ["Odalys Ferrer, who cut her teeth on commercials, is attached to direct the first two hours and executive produce.", { title: "Copper Tide" }, { property: "crew-member", value: "Odalys Ferrer", job: "executive producer" }],
  // crew.verb: two verbs that end the clause ("who writes and executive produces.").
  ["The drama comes from Linnea Strand, who writes and executive produces.", { title: "Copper Tide" }, { property: "crew-member", value: "Linnea Strand", job: "executive producer" }],
  // crew.with-as: "with B returning as director".
  ["With Hollis Crane returning as director, the new season shoots in spring.", { title: "Copper Tide" }, { property: "crew-member", value: "Hollis Crane", job: "director" }],
  // crew.duty: "returns to handle the series scripts".
  ["Yuki Nagano returns to handle the series scripts.", { title: "Copper Tide" }, { property: "crew-member", value: "Yuki Nagano", job: "writer" }],
  // crew.job-name: every job of a list before the name; a surname with a prefix of its own capital ("MacCallum").
  ["We caught up with its creator, writer and showrunner, Fiona MacCallum-Reyes, in the edit suite.", { title: "Copper Tide" }, { property: "crew-member", value: "Fiona MacCallum-Reyes", job: "creator" }],
  // A title of address is no part of a director's name.
  ["Copper Tide is directed by Direk Rommel Ilagan, with Kristine Dimaano as head writer.", { title: "Copper Tide" }, { property: "crew-member", value: "Rommel Ilagan", job: "director" }],
  // The job named before a person is in the article's show, whatever earlier work the sentence names after.
  ["Creator Ruben Aalders previously wrote for the Dutch thriller Koudvuur.", { title: "Copper Tide" }, { property: "crew-member", subject: "Copper Tide", value: "Ruben Aalders", job: "creator" }],
];

export const knownForCases: [string, CaseOptions, Wanted][] = [
  ["The actor is known for his work on Night Ledger and Copper Tide.", { title: "Ashen Vow", before: ["Ryu Seong-jin joins the cast of Ashen Vow."] }, { property: "known-for", subject: "Ryu Seong-jin", value: "Copper Tide" }],
  ["Kwon Do-yoon was recently seen in the Disney+ original series Salt Road.", { title: "Ashen Vow" }, { property: "known-for", subject: "Kwon Do-yoon", value: "Salt Road" }],
  ["Yoon Hae-sook, who previously wrote Goblin and Mr. Sunshine, returns.", { title: "Ashen Vow" }, { property: "known-for", subject: "Yoon Hae-sook", value: "Goblin" }],
  ["Bae Jin-ho previously directed the dramas Blue Hour, Red Dust, and Memories of the Harbour.", { title: "Ashen Vow" }, { property: "known-for", subject: "Bae Jin-ho", value: "Memories of the Harbour" }],
  ["She is best known for Crash Landing on You.", { title: "Queen of Tears", before: ["Baek Ye-rin is in talks to join Queen of Tears."] }, { property: "known-for", subject: "Baek Ye-rin", value: "Crash Landing on You" }],
  ["The drama reunites the cast with Heirs of the Tide writer Yoon Hae-sook.", { title: "Ashen Vow" }, { property: "known-for", subject: "Yoon Hae-sook", value: "Heirs of the Tide" }],
  ["Nam Ji-a starred in the Korean film adaptation of Paper Crown.", { title: "Ashen Vow" }, { property: "known-for", subject: "Nam Ji-a", value: "Paper Crown" }],
  // Invented shows and people.
  ["The new season is written by Moon Seol-ah, the writer behind Paper Crowns and Ember Street.", { title: "Copper Tide" }, { property: "known-for", subject: "Moon Seol-ah", value: "Ember Street" }],
];

export const creditTraps: [string, CaseOptions, Wanted][] = [
  // Found by review: the next actor of a list is no character; the actor replaced is no character; a city one is cast in is no show.
  ["Harbor Lights stars Ava Stone as a detective, Ben Park as her partner.", { title: "Harbor Lights" }, { property: "cast-member", value: "Ava Stone", character: "Ben Park" }],
  ["In Harbor Lights, Mia Cole steps into the shoes of Ava Stone, who left after season 1.", { title: "Harbor Lights" }, { property: "cast-member", character: "Ava Stone" }],
  ["Harbor Lights star Mia Cole was cast in Vancouver, where filming began in March.", { title: "Harbor Lights" }, { property: "cast-member", subject: "Vancouver" }],
  // A part on stage, and an earlier part in another show.
  ["Jamie Lorimer is set to play Macbeth at the Citizens Theatre in Glasgow from May.", { title: "Copper Tide" }, { property: "cast-member", character: "Macbeth" }],
  ["Desmond Okoro, who appeared as Marcus in Peacock's Tenement Kings, will recur as Detective Hal Brennan.", { title: "Copper Tide" }, { property: "cast-member", subject: "Copper Tide", character: "Marcus" }],
  // "seen as" a kind of person is no role.
  ["Ada Brennan is seen as a frontrunner for the lead.", { title: "Copper Tide" }, { property: "cast-member", character: "a frontrunner" }],
  // crew.work-by: the makers of another work.
  ["The film's direction is handled by Ada Arrieta.", { title: "Copper Tide" }, { property: "crew-member", value: "Ada Arrieta" }],
  // The possessor of a relation is not the character.
  ["Orla Devane returns as Cecily's sister-in-law, Margaret.", { title: "Copper Tide" }, { property: "cast-member", character: "Cecily" }],
  // cast.role-kind: a part in another work, or one in a past year.
  ["Sofia Marin also stars in a supporting role in “Velvet Harbor”, which opens in May.", { title: "Copper Tide" }, { property: "cast-member", subject: "Copper Tide", value: "Sofia Marin" }],
  ["Sofia Marin will appear in a guest role in the film Paper Lanterns.", { title: "Copper Tide" }, { property: "cast-member", subject: "Copper Tide", value: "Sofia Marin" }],
  // cast.host: a judge in a court story is no one's cast.
  ["The judge Mara Quinn dismissed the lawsuit against the studio on Monday.", { title: "Copper Tide" }, { property: "cast-member", value: "Mara Quinn" }],
  // cast.subject-verb: the title just before the verb is what returns, not a name before it.
  ["GMMTV announced on November 4 that the hit BL drama \"Copper Tide\" will return for a second season.", { title: "Copper Tide" }, { property: "cast-member", value: "BL" }],
  // cast.plays: a place after "from" ends a role's description; it is no character.
  ["New cast members include Tomas Varga, who will play a detective transferred from Belfast.", { title: "Copper Tide" }, { property: "cast-member", character: "Belfast" }],
  // cast.list: a part told in words ends the list, and so does a new verb: a place or a producer after it is no star.
  ["Copper Tide stars Oh Se-ra and Pyo Gi-ryong as rival ranchers in 1880s Texas.", { title: "Copper Tide" }, { property: "cast-member", value: "Texas" }],
  ["Copper Tide stars Oh Se-ra as a retired con man and is executive produced by Dana Whitcombe.", { title: "Copper Tide" }, { property: "cast-member", value: "Dana Whitcombe" }],
  // cast.list: a character named after a relation word is no cast member.
  ["Returning stars include Idris Kane as Inspector Cole Morrow and Annika Sørensen as his partner, Freya Holt.", { title: "Copper Tide" }, { property: "cast-member", value: "Freya Holt" }],
  // cast.performance: a turn as a character in another work.
  ["Lena Moss delivered a chilling turn as Mara in Glass Orchard.", { title: "Copper Tide", before: ["Glass Orchard, the Hulu drama, ended in 2022."] }, { property: "cast-member", value: "Lena Moss", character: "Mara" }],
  // cast.other-age: an actor's younger self is the younger self of the actor's role, which this sentence does not name.
  ["Nolan Price, whose younger self is played by Ezra Quint, leads the drama.", { title: "Copper Tide", before: ["Copper Tide stars Nolan Price and Mia Dahl."] }, { property: "cast-member", value: "Ezra Quint", character: "Nolan Price" }],
  // cast.list: the cast of a work in someone's career, described in an aside.
  ["Abroad, Lena Moss is best known for roles in Glasswork, the spy thriller starring Odell Price, and in a period film.", { title: "Copper Tide", before: ["Copper Tide stars Lena Moss."] }, { property: "cast-member", value: "Odell Price" }],
  ["Hanne Vik previously starred in Cold Harbour, a crime drama starring Mats Lunde and Ida Berg.", { title: "Copper Tide", before: ["Copper Tide stars Hanne Vik."] }, { property: "cast-member", value: "Mats Lunde" }],
  ["Night Ledger has cast Kang Min-seo as its new villain.", { title: "Harbour Lights", before: ["Night Ledger returns in the spring."] }, { property: "cast-member", subject: "Harbour Lights", value: "Kang Min-seo" }],
  ["This is attorney Jang Se-hun of the firm Daeyang, speaking for director Bae Jin-ho.", { title: "Ashen Vow" }, { property: "cast-member" }],
  ["Seo Hae-rin's Hae-on finally took revenge on the rival who tormented her (Cha Jae-won).", { title: "Ashen Vow" }, { property: "cast-member", value: "Cha Jae-won" }],
  ["Nora Quill is a Senior Editor at Screen Ledger.", { title: "Ashen Vow" }, { property: "crew-member" }],
  ["Reborn stars Song Joong-ki as the chaebol heir.", { title: "Ashen Vow", before: ["Some readers compared it to Reborn."] }, { property: "cast-member", subject: "Ashen Vow", value: "Song Joong-ki" }],
  ["The series is streaming on Netflix.", { title: "Ashen Vow" }, { property: "known-for", value: "Netflix" }],
  ["Director Gong Tae-ho praised the series on social media.", { title: "Moving", before: ["Moving is streaming on Disney+."] }, { property: "crew-member", value: "Gong Tae-ho" }],
  ["The new drama also stars Jung Ha-ri of Spring Rain and Min Ye-jun from Under the Old Bridge.", { title: "Class Duty" }, { property: "cast-member", value: "Spring Rain" }],
  ["The books of celebrated French writer Henri Lamotte inspired the show.", { title: "Gentleman Burglar" }, { property: "crew-member", value: "Henri Lamotte" }],
  ["The executive producers are Marsh and Ruth Lowe for Sandhill Pictures.", { title: "Gentry" }, { property: "crew-member", value: "Sandhill Pictures" }],
  ["The show is based on writer Lin Qiao's prize-winning fantasy novel of the same name.", { title: "Three Moons" }, { property: "crew-member", value: "Lin Qiao" }],
  ["Complete Drama, the company Marsh founded with Ella Wren, Nora Pike, and Rachel Stone, is staying in business.", { title: "Ghost Hunters Inc" }, { property: "cast-member", value: "Ella Wren" }],
  ["Later the hero dies at the hands of Ravi Sethi's Munna.", { title: "Dust Road", before: ["Ravi Sethi stars as the hero's rival."] }, { property: "cast-member", value: "Munna" }],
  // Invented shows and people: each rule's trigger where its claim would be wrong.
  // cast.table: the first name of each pair is the role, not a cast member.
  ["Role Cast Member Where Else Can You Find Them? Ro Dae-sik Kwak Jun-seo Velvet Harbor | Paper Crowns Bae Soo-ah Jang Ye-rim Ember Street", { title: "Copper Tide" }, { property: "cast-member", value: "Bae Soo-ah" }],
  // cast.plays: a past role in another show.
  ["Before this, Kwak Jun-seo played Ro Dae-sik in “Velvet Harbor”.", { title: "Copper Tide", before: ["Copper Tide stars Kwak Jun-seo."] }, { property: "cast-member", value: "Kwak Jun-seo", character: "Ro Dae-sik" }],
  // cast.plays: fans' guess at a role names the actor, not the character.
  ["Many fans believe Yoon Ha-ram is playing Seo Ji-hwan in the new season.", { title: "Copper Tide" }, { property: "cast-member", value: "Yoon Ha-ram", character: "Seo Ji-hwan" }],
  // cast.note, cast.role-of, cast.played-by: a denied or rumored casting is not reported as fact.
  ["Her agency denied that Jang Ye-rim will play a nurse in the drama.", { title: "Copper Tide" }, { property: "cast-member", value: "Jang Ye-rim", certainty: ["reported", "confirmed"] }],
  ["The studio denied that the role of Kang Mi-so has gone to Oh Se-ra.", { title: "Copper Tide" }, { property: "cast-member", value: "Oh Se-ra", certainty: ["reported", "confirmed"] }],
  ["Rumors suggest Kang Mi-so will be played by Oh Se-ra.", { title: "Copper Tide" }, { property: "cast-member", value: "Oh Se-ra", certainty: ["reported", "confirmed"] }],
  // cast.pairs: a family word is how the household calls the character, not part of the name.
  ["Ryu Ga-eun and Pyo Gi-ryong play Grandma Baek Seo-yul and Uncle Choi Min-gyu.", { title: "Copper Tide" }, { property: "cast-member", character: "Grandma Baek Seo-yul" }],
  // cast.subject-verb: "starred in" another show.
  ["Seo Ji-hwan starred in Velvet Harbor before moving to film.", { title: "Copper Tide" }, { property: "cast-member", value: "Seo Ji-hwan" }],
  // cast.possessive-title: the author of the source novel.
  ["The series adapts Moon Seol-ah's novel Copper Tide.", { title: "Copper Tide" }, { property: "crew-member", value: "Moon Seol-ah" }],
  // cast.caption: a photo from another show.
  ["Moon Seol-ah in “Velvet Harbor”", { title: "Copper Tide" }, { property: "cast-member", subject: "Copper Tide", value: "Moon Seol-ah" }],
  // cast.recast: the recast names the newcomer, not the actor replaced.
  ["Pyo Gi-ryong replaces Kwak Jun-seo as Ro Dae-sik.", { title: "Copper Tide" }, { property: "recast", value: "Kwak Jun-seo" }],
  // cast.paren: after a cast lead-in, the names outside the brackets are the actors.
  ["Among the cast are Kwak Jun-seo (Ro Dae-sik) and Jang Ye-rim (Bae Soo-ah).", { title: "Copper Tide" }, { property: "cast-member", value: "Ro Dae-sik" }],
  // cast.exit: the part named in a relative clause is not who leaves.
  ["Osmund Sayer, who played Jonah Reed, has exited the series.", { title: "Copper Tide" }, { property: "cast-member", value: "Jonah Reed" }],
  // cast.subject-verb: the show "returns as" something; the name before it is who said so.
  ["Director Mia Holtby said the show returns as a limited series.", { title: "Copper Tide" }, { property: "cast-member", value: "Mia Holtby" }],
  // cast.list: a list ends at the clause's next verb; a place after it is no star, nor is the outlet a report is credited to.
  ["The comedy, written by and starring Niamh Costigan, followed four strangers forced to share a Peckham flat.", { title: "Copper Tide" }, { property: "cast-member", value: "Peckham" }],
  ["Stars Mathis Delorme and Inès Benali are expected to return, according to the French outlet Le Parisien.", { title: "Copper Tide" }, { property: "cast-member", value: "Le Parisien" }],
  // cast.subject-verb: a title's translation in brackets, a word before a noun, a job word before a name, a part named earlier.
  ["Canal+ has confirmed that its spy series Copper Tide (The Watchers) will return for a third season.", { title: "Copper Tide" }, { property: "cast-member", value: "Watchers" }],
  ["Fan accounts claim former child star Ruby Calderwood has joined the cast of Copper Tide.", { title: "Copper Tide" }, { property: "cast-member", value: "Fan" }],
  ["Copper Tide showrunner Nikolas Pattersby is set to return.", { title: "Copper Tide" }, { property: "cast-member", value: "Nikolas Pattersby" }],
  ["Colette Vantongeren plays the manager, Odile Renard, in every season of Copper Tide, and is expected to return.", { title: "Copper Tide" }, { property: "cast-member", value: "Odile Renard" }],
  // cast.plays: the described part's own name, not the capitalized word describing it.
  ["Colm Danner will return as former Army investigator Jack Vantresca.", { title: "Copper Tide" }, { property: "cast-member", character: "Army" }],
  // cast.plays: of two actors brought back as two parts, the second is not the first part.
  ["The new season brings back Loretta Banksy and Gina Tillmann as estranged sisters Pearl and Cora Dupree.", { title: "Copper Tide" }, { property: "cast-member", value: "Gina Tillmann", character: "Pearl" }],
  // cast.list: "she joins" a company is no cast list of the show.
  ["She joins Netflix after a decade at the BBC.", { title: "Copper Tide" }, { property: "cast-member" }],
  // crew.by: the author of the novel a show is developed from.
  ["Copper Tide was developed for television by Ruth Okonkwo-Hale from the novel by Anne Stilwell.", { title: "Copper Tide" }, { property: "crew-member", value: "Anne Stilwell" }],
  // cast.exit: leaving something that is not the show.
  ["Producer Han Do-yeon left the agency in March.", { title: "Copper Tide" }, { property: "cast-member", value: "Han Do-yeon" }],
  // cast.inverted: a possessive is not a list item.
  ["Back in theaters this week is Baek Seo-yul's debut film.", { title: "Copper Tide" }, { property: "cast-member", value: "Baek Seo-yul" }],
  // cast.own-character: "his character" of a writer is one he wrote.
  ["His character, Ro Dae-sik, is the emotional core of the story.", { title: "Copper Tide", before: ["Copper Tide is written by Seo Ji-hwan."] }, { property: "cast-member", value: "Seo Ji-hwan" }],
  // cast.in-talks: casting not yet settled.
  ["Ryu Ga-eun is in talks to appear in the drama.", { title: "Copper Tide" }, { property: "cast-member", value: "Ryu Ga-eun", certainty: ["reported", "confirmed"] }],
  // cast.lead-noun: another show's lead giving an opinion.
  ["Velvet Harbor lead actor Kwak Jun-seo praised the series on social media.", { title: "Copper Tide" }, { property: "cast-member", value: "Kwak Jun-seo" }],
  // crew.by: the source novel's author.
  ["The drama is based on a novel written by Moon Seol-ah.", { title: "Copper Tide" }, { property: "crew-member", value: "Moon Seol-ah" }],
  // crew.verb: a partner with a job word of their own keeps it.
  ["Han Do-yeon co-wrote the series with showrunner Seo Ji-hwan.", { title: "Copper Tide" }, { property: "crew-member", value: "Seo Ji-hwan", job: "writer" }],
  // crew.appositive: the writer of another show.
  ["Moon Seol-ah, the writer of Velvet Harbor, has a new project.", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "crew-member", subject: "Copper Tide", value: "Moon Seol-ah" }],
  // crew.title-job: the job belongs to the title before it.
  ["Velvet Harbor director Han Do-yeon is not involved in Copper Tide.", { title: "Copper Tide" }, { property: "crew-member", subject: "Copper Tide", value: "Han Do-yeon" }],
  // crew.helm: quoted speech about someone in general.
  ["Seo Ji-hwan said, “I would trust Oh Se-ra at the helm of any project, because she listens.”", { title: "Copper Tide" }, { property: "crew-member", value: "Oh Se-ra" }],
  // crew.duty: writing duties on another show.
  ["Writing duties for “Velvet Harbor” fall to Moon Seol-ah.", { title: "Copper Tide" }, { property: "crew-member", subject: "Copper Tide", value: "Moon Seol-ah" }],
  // crew.appointed: a producer on another show.
  ["Jang Ye-rim was a producer on “Velvet Harbor” before joining the studio.", { title: "Copper Tide" }, { property: "crew-member", subject: "Copper Tide", value: "Jang Ye-rim" }],
  // crew.to-direct: directing another show's season.
  ["Moon Seol-ah is set to direct the second season of Velvet Harbor.", { title: "Copper Tide" }, { property: "crew-member", subject: "Copper Tide", value: "Moon Seol-ah" }],
  // crew.inverted: a possessive is not a list item.
  ["Directing the finale is Choi Min-gyu's former assistant, Jang Ye-rim.", { title: "Copper Tide" }, { property: "crew-member", value: "Choi Min-gyu" }],
  // crew.infobox: a cast row credits actors, not crew.
  ["| Cast | Oh Se-ra, Pyo Gi-ryong |", { title: "Copper Tide" }, { property: "crew-member", value: "Pyo Gi-ryong" }],
  // known-for.works, known-for.appositive, known-for.title-job: the show the article is about is no "other work".
  ["Kwak Jun-seo is best known for Copper Tide.", { title: "Copper Tide" }, { property: "known-for", subject: "Kwak Jun-seo", value: "Copper Tide" }],
  ["Moon Seol-ah, the writer of Copper Tide, has a new project.", { title: "Copper Tide" }, { property: "known-for", value: "Copper Tide" }],
  ["Copper Tide writer Moon Seol-ah is working on a new drama.", { title: "Copper Tide" }, { property: "known-for", value: "Copper Tide" }],
  // Found by the coverage work: each was a wrong claim before its guard.
  ["Ryu Ga-eun and Pyo Gi-ryong play the parents of Baek Seo-yul and Choi Min-gyu.", { title: "Copper Tide" }, { property: "cast-member", value: "Ryu Ga-eun", character: "Baek Seo-yul" }],
  ["Returning to the director's chair are Han Do-yeon and Seo Ji-hwan.", { title: "Copper Tide" }, { property: "cast-member", value: "Han Do-yeon" }],
  ["Writer Seo Ji-hwan returns for the new season of Copper Tide.", { title: "Copper Tide" }, { property: "cast-member", value: "Seo Ji-hwan" }],
  ["Ryu Ga-eun is in talks to join the cast of Copper Tide.", { title: "Copper Tide" }, { property: "cast-member", value: "Ryu Ga-eun", certainty: "reported" }],
  ["Jang Ye-rim, who played a nurse in “Velvet Harbor”, spoke at the event.", { title: "Copper Tide", before: ["'Velvet Harbor' was a hit."] }, { property: "cast-member", subject: "Copper Tide", value: "Jang Ye-rim" }],
  ["Oh Se-ra, the actress behind Kang Mi-so in “Velvet Harbor”, spoke at the event.", { title: "Copper Tide", before: ["'Velvet Harbor' was a hit."] }, { property: "cast-member", subject: "Copper Tide", value: "Oh Se-ra" }],
  ["Han Do-yeon directed the pilot of “Velvet Harbor”.", { title: "Copper Tide", before: ["'Velvet Harbor' was a hit."] }, { property: "crew-member", subject: "Copper Tide", value: "Han Do-yeon" }],
  ["Moon Seol-ah, the writer of “Velvet Harbor”, has a new project.", { title: "Copper Tide", before: ["'Velvet Harbor' was a hit."] }, { property: "crew-member", subject: "Copper Tide", value: "Moon Seol-ah" }],
  ["With Oh Se-ra at the helm of the agency, the actors signed quickly.", { title: "Copper Tide" }, { property: "crew-member", value: "Oh Se-ra" }],
  ["Moon Seol-ah is set to direct a feature film next year.", { title: "Copper Tide" }, { property: "crew-member", value: "Moon Seol-ah" }],
  ["THE first two runs of Copper Tide won awards, and the drama is back.", { title: "Copper Tide" }, { property: "cast-member", value: "THE" }],
  // crew.with-as: a job given to a company is no person's credit; with a job after "as", the name is no actor.
  ["The series comes from Sable Reach Productions, with Hattie Brenner as executive producer.", { title: "Copper Tide" }, { property: "crew-member", value: "Sable Reach Productions" }],
  ["The series is made by Gullwing Pictures, with Hattie Brenner as executive producer.", { title: "Copper Tide" }, { property: "cast-member", value: "Hattie Brenner" }],
  ["The pilot was produced by Casa Niebla Producciones.", { title: "Copper Tide" }, { property: "crew-member", value: "Casa Niebla Producciones" }],
  // A description of the part that runs into a partner ("… alongside B") names no character.
  ["Teodoro Vial stars as executive assistant alongside Marta Quiroga.", { title: "Copper Tide" }, { property: "cast-member", value: "Teodoro Vial", character: "Marta Quiroga" }],
  // A nationality before the part is no character's name, and the actor after "as" no second star.
  ["The ensemble stars Perpetua Lindgard as former customs officer Morag Ellis.", { title: "Copper Tide" }, { property: "cast-member", value: "Morag Ellis" }],
  // cast.dash-line: a name after the dash that the article credits as crew is no character ("Showrunner — Writer" lists).
  ["Helen Lindgard — Morag Ellis", { title: "Copper Tide", before: ["Morag Ellis wrote every episode of Copper Tide."] }, { property: "cast-member", value: "Helen Lindgard" }],
  // cast.plays: a job before the name after "is" makes no part ("is executive producer X"), nor a relation told with "of".
  ["Helen Park is executive producer Jim Kale.", { title: "Copper Tide" }, { property: "cast-member", value: "Helen Park" }],
  ["Dara Quill is the daughter of Ada Brisbane.", { title: "Copper Tide" }, { property: "cast-member", character: "Ada Brisbane" }],
  // cast.plays: "is <adjective> as" is said of a part; "is known as", "is billed as" are not.
  ["Dara Quill is best known as the voice of a cartoon fox.", { title: "Copper Tide" }, { property: "cast-member", value: "Dara Quill", character: "Copper Tide" }],
  ["Helen Okafor is billed as Madame Zora on the posters.", { title: "Copper Tide" }, { property: "cast-member", value: "Helen Okafor", character: "Madame Zora" }],
  // crew.verb: the partner of a second verb is not the first verb's ("created the series and wrote it with B" makes B no creator);
  // a partner list ends where another credit begins.
  ["Ottilie Brandt created the series and wrote it with Mauricio Tellez.", { title: "Copper Tide" }, { property: "crew-member", value: "Mauricio Tellez", job: "creator" }],
  ["The series is created by Neeraj Sethi, who has written Season 2 with Sumit Kalra, and directed by Ishita Raval.", { title: "Copper Tide" }, { property: "crew-member", value: "Ishita Raval", job: "writer" }],
  ["The series is created by Neeraj Sethi, who has written Season 2 with Sumit Kalra, and directed by Ishita Raval.", { title: "Copper Tide" }, { property: "cast-member", value: "Sumit Kalra" }],
  // Found by review (2026-12-02): "is <verb>ing X" and "is <adjective> as X <verb>s" make no part; a job on another work is
  // no job here; a description that hunts someone down names no character.
  ["Mara Quinn is dating Tom Hale.", { title: "Copper Tide" }, { property: "cast-member", character: "Tom Hale" }],
  ["Mara Quinn is suing Tom Hale, the show's former producer.", { title: "Copper Tide" }, { property: "cast-member", character: "Tom Hale" }],
  ["Mara Quinn is cautious as Tom Hale, her co-star, pushes for a new season.", { title: "Copper Tide" }, { property: "cast-member", character: "Tom Hale" }],
  ["Tom Hale is confident as executive producer Dana Frost prepares the second season.", { title: "Copper Tide" }, { property: "cast-member", character: "Dana Frost" }],
  ["Executive producers Dana Frost and Tom Hale, who directed the Night Ferry finale, are back.", { title: "Copper Tide" }, { property: "crew-member", value: "Tom Hale", job: "director" }],
  ["Dana Frost wrote most of the episodes of Night Ferry before joining the show.", { title: "Copper Tide" }, { property: "crew-member", value: "Dana Frost", job: "writer" }],
  ["Mara Quinn plays a small-town cop hunting down Tom Hale, a fugitive.", { title: "Copper Tide" }, { property: "cast-member", character: "Tom Hale" }],
  // cast.possessive-title: the author of an anime's source, with the original title in brackets before "manga".
  ["The official website for the television anime of Rei Kanzaki's “Copper Tide” (“Akagane no Shio”) manga revealed a teaser.", { title: "Copper Tide" }, { property: "crew-member", value: "Rei Kanzaki" }],
  // cast.respectively: titles, not parts, after the verb; a count that does not pair one to one; "the father, B as" is no part of A.
  ["Tom Hale and Ann Lee star in Harbour Lights and Glass Orchard, respectively.", { title: "Copper Tide" }, { property: "cast-member", character: "Glass Orchard" }],
  ["Tom Hale and Ann Lee play Joe Park, Sue Kim and Bo Han, respectively.", { title: "Copper Tide" }, { property: "cast-member", value: "Ann Lee", character: "Bo Han" }],
  ["The cast includes Tom Hale as the father, Jane Roe as the mother.", { title: "Copper Tide" }, { property: "cast-member", value: "Tom Hale", character: "Jane Roe" }],
  ["The clip ends on Seo Ha-na, who plays club manager Min Ye-jin, laughing.", { title: "Copper Tide" }, { property: "cast-member", value: "Min Ye-jin" }],
  ["The show also features Ko Dae-ho as the spirit of a famous old swordsman, Lord Baek Jin-su, and Yoon Bo-ra as his niece.", { title: "Copper Tide" }, { property: "cast-member", value: "Lord Baek Jin-su" }],
  // A rumour about a part, told in the main clause, still names no character; a second star after "his partner," is no part.
  ["Tarık Bozdağ is rumoured to be playing the harbourmaster Cemal Ağa.", { title: "Copper Tide" }, { property: "cast-member", value: "Tarık Bozdağ", character: "Cemal Ağa" }],
  ["Rosa Tan returns alongside Jack Warrick as Jodie's mentor, Uncle Roy Kemp.", { title: "Copper Tide" }, { property: "cast-member", value: "Uncle Roy Kemp" }],
  // A name that starts a clause of its own ends a list of credits; an aside naming another person is no part of the subject.
  ["It is written by Ann Lee, and Tom Hale directs.", { title: "Copper Tide" }, { property: "crew-member", value: "Tom Hale", job: "writer" }],
  ["It is written by Ann Lee, and Tom Hale directs.", { title: "Copper Tide" }, { property: "crew-member", value: "Ann Lee", job: "director" }],
  ["Copper Tide is executive produced by Ana Ruiz, director Tom Vale, who directed the pilot, and Eva Mora.", { title: "Copper Tide" }, { property: "crew-member", value: "Ana Ruiz", job: "director" }],
  // crew.also: "also" of someone the sentence does not open with, and not credited, gives no job.
  ["The network backs the show, and will also executive produce.", { title: "Copper Tide" }, { property: "crew-member", job: "executive producer" }],
  ["Fans love Tom Hale, and Ann Lee will also direct.", { title: "Copper Tide" }, { property: "crew-member", value: "Tom Hale", job: "director" }],
  // A second job needs the sentence's subject to be credited: a fan who "will serve as" nothing here.
  ["Critics adored Tom Hale, and the network will serve as producer.", { title: "Copper Tide" }, { property: "crew-member", value: "Tom Hale", job: "producer" }],
  ["With Tom Hale returning as host, the quiz show is back.", { title: "Copper Tide" }, { property: "crew-member", value: "Tom Hale", job: "director" }],
  // Found by review (2026-12-02, afternoon): names inside a description are no parts; a part played in the pilot or
  // another show is not the rumoured one; a maker's brackets hold an earlier work; an actor after a credits list is no
  // director; a job on the source work is no job here.
  ["Tom Hale, Ann Lee and Mark Rossi play the brothers of Joe Park, Sue Kim and Len Ford respectively.", { title: "Copper Tide" }, { property: "cast-member", value: "Tom Hale", character: "Joe Park" }],
  ["Kim Da-eun and Park Ji-hoon play a lawyer who works for Choi Min-su and a detective chasing Lee Hana, respectively.", { title: "Copper Tide" }, { property: "cast-member", value: "Kim Da-eun", character: "Choi Min-su" }],
  ["Joe Park and Sue Kim were played in the film by Greg Tan and Lisa Moy, respectively.", { title: "Copper Tide" }, { property: "cast-member", character: "Greg Tan" }],
  ["Fans are speculating that Mark Rossi, who played Len Ford in the pilot, will play Joe Park's father.", { title: "Copper Tide" }, { property: "cast-member", value: "Mark Rossi", character: "Joe Park" }],
  ["Rumours say Mark Rossi, who played Len Ford in Harbor Lights, could join as the villain.", { title: "Copper Tide" }, { property: "cast-member", value: "Mark Rossi", character: "Len Ford" }],
  ["The pilot was directed by Greg Tan (Harbor Lights) and written by Lisa Moy (Glass Bay).", { title: "Copper Tide" }, { property: "cast-member", character: "Greg Tan" }],
  ["Directed by Greg Tan, who made Harbor Lights, and Tom Hale in his first lead role, the drama is a slow burn.", { title: "Copper Tide" }, { property: "crew-member", value: "Tom Hale" }],
  ["The novel's author, Lisa Moy, is consulting on the series, with Greg Tan also credited as creator of the original comic.", { title: "Copper Tide" }, { property: "crew-member", value: "Greg Tan", job: "creator" }],
  ["Directors Greg Tan and Lisa Moy played Joe Park and Sue Kim respectively in the pilot of a different show, Red Line.", { title: "Copper Tide" }, { property: "cast-member", character: "Joe Park" }],
  // cast.actor-possessive: the actor's own life and work ("A's agency, B", "A's co-star B", "A's new series B") name no part.
  ["Wynne Calloway's agency, Bright Harbor Entertainment, confirmed the news.", { title: "Copper Tide" }, { property: "cast-member", value: "Wynne Calloway" }],
  ["Wynne Calloway's co-star Dorian Fell shared a photo.", { title: "Copper Tide" }, { property: "cast-member", value: "Wynne Calloway", character: "Dorian Fell" }],
  ["Wynne Calloway's husband, Dorian Fell, attended the premiere.", { title: "Copper Tide" }, { property: "cast-member", value: "Wynne Calloway", character: "Dorian Fell" }],
  ["Wynne Calloway's last telenovela, Marea Baja, ended its run in May.", { title: "Copper Tide", before: ["Wynne Calloway joins the cast of Copper Tide."] }, { property: "cast-member", value: "Wynne Calloway", character: "Marea Baja" }],
  // crew.also: a job "on" another show is that show's.
  ["Hollis Crane created Copper Tide and will serve as showrunner on Netflix's “Salt Road.”", { title: "Copper Tide" }, { property: "crew-member", subject: "Copper Tide", value: "Hollis Crane", job: "showrunner" }],
  // cast.described-paren: a place, a spokesperson or another work in brackets is no actor.
  ["The drama is set in a port city (Port Alder) on the northern coast.", { title: "Copper Tide" }, { property: "cast-member", value: "Port Alder" }],
  ["The network's spokesperson (Dana Pruitt) declined to comment.", { title: "Copper Tide" }, { property: "cast-member", value: "Dana Pruitt" }],
  // cast.pronoun-plays: a part in another work is not this show's.
  ["She played the nurse Ivy Cole in Harbor Lights.", { title: "Copper Tide", before: ["Tilda Orrin joins the cast of Copper Tide."] }, { property: "cast-member", value: "Tilda Orrin", character: "Ivy Cole" }],
  // An agency that speaks for an actor, and an offer told by it, make no actor of the agency.
  ["A source from her agency, Moonridge Entertainment, said she received an offer to star in Copper Tide.", { title: "Copper Tide" }, { property: "cast-member", value: "Moonridge" }],
  ["Tavi Okonedo (Salt Road) will take over the role of Benny.", { title: "Copper Tide" }, { property: "cast-member", value: "Salt Road" }],
  ["He joins Fern Aldana and Rico Batiste when filming starts in Lisbon next week.", { title: "Copper Tide" }, { property: "cast-member", value: "Lisbon" }],
  // A possessive after "as" owns the part: "a small role as Ruth's father" names no Ruth.
  ["Hamish Cole has a small role as Ruth's father.", { title: "Copper Tide" }, { property: "cast-member", value: "Hamish Cole", character: "Ruth" }],
  // A company's name in another language ("Anka Yapım") is no producer's.
  ["The series is produced by Kartal Yapım and directed by Selin Aksoy.", { title: "Copper Tide" }, { property: "crew-member", value: "Kartal Yapım" }],
];
