/** Capitalized words that open sentences or stand in headlines but never start or end a person's name. */
export const notNameWords = new Set(
  [
    // chart names: "the Non-English Top 10"
    "Non-English", "English-language", "Non-English-language",
    // function words and sentence openers
    "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "It's", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your",
    "In", "On", "At", "As", "By", "For", "From", "Of", "To", "With", "Without", "Into", "After", "Before", "During", "Since", "Until", "Over", "Under", "About", "Among", "Amid",
    "And", "But", "Or", "Nor", "So", "Yet", "If", "When", "While", "Where", "Why", "How", "What", "Who", "Whom", "Which", "Whose", "Will", "Would", "Could", "Should", "Can", "May", "Might", "Must",
    "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Do", "Does", "Did", "Not", "No", "Yes", "All", "Both", "Each", "Every", "Some", "Any", "Many", "Most", "More", "Other", "Another",
    "Also", "Even", "Still", "Just", "Only", "Now", "Then", "Here", "There", "Meanwhile", "However", "Moreover", "Besides", "Plus", "Additionally", "Although", "Though", "Because", "Unlike", "Like",
    "According", "Despite", "Following", "Including", "Starring", "Featuring", "Fronted", "Headlined", "Led", "Directed", "Written", "Created", "Produced", "Adapted", "Based", "Set", "Speaking",
    "Returning", "Joining", "Leading", "Playing", "Reprising", "Rounding", "Completing", "Coming", "Catch", "Watch", "Read", "See", "Stay", "Click", "Download", "Make", "Predict", "Get", "Check",
    "Update", "Updated", "Source", "Sources", "Photo", "Photos", "Image", "Credit", "Courtesy", "Pictured", "Advertisement", "Related", "Tags", "Home", "Related", "Previous", "Next", "Post",
    "Season", "Seasons", "Series", "Part", "Parts", "Episode", "Episodes", "Ep", "Chapter", "Volume", "Vol", "Book", "Film", "Movie", "Show", "Drama", "Top", "No", "Number", "List", "Week", "Weekly",
    "Netflix", "Original", "Originals", "Limited", "TV", "Television", "News", "Entertainment", "Hollywood", "Bollywood", "Splash", "Culture", "Arts", "Review", "Reviews", "Exclusive", "Breaking",
    "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Korean", "South", "North", "American", "British", "Japanese", "Chinese", "Spanish", "Indian", "Turkish", "Thai", "French", "German", "Italian", "English", "Filipino", "Brazilian", "Mexican",
    "K-drama", "K-dramas", "K-pop", "Emmy", "Emmys", "Oscar", "Oscars", "Golden", "Globe", "Globes", "Award", "Awards", "BAFTA", "Baeksang", "Nielsen", "Rotten", "Tomatoes", "IMDb", "Metacritic", "Douban", "MyDramaList", "TİAK", "TIAK", "Kantar",
    "Instagram", "Twitter", "Facebook", "YouTube", "TikTok", "Weibo", "Reddit", "Snapchat", "X", "Viewers", "Fans", "Critics", "Audiences", "Variety", "Deadline",
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Detective", "Officer", "Captain", "Chief", "Inspector", "Doctor", "Professor", "General", "Agent",
    "Director", "Writer", "Screenwriter", "Creator", "Showrunner", "Producer", "Executive", "Actor", "Actress", "Star", "Stars", "Singer", "Rapper", "Idol", "Member", "CEO", "PD", "EP",
    "Christmas", "Easter", "Halloween", "Thanksgiving", "Valentine's", "New", "Year", "Day", "Night", "Weekend", "Summer", "Winter", "Spring", "Fall", "Autumn",
    "Here's", "Heres", "There's", "What's", "Who's", "Let's", "Don't", "Can't", "Won't", "Isn't", "Aren't", "Wasn't", "Doesn't", "Didn't", "Hasn't", "Haven't", "I'm", "We're", "You're", "They're",
    "Everything", "Nothing", "Something", "Anything", "Everyone", "Someone", "Nobody", "Fingers", "Oddly", "Remarkably", "Sadly", "Luckily", "Unfortunately", "Fortunately", "Interestingly",
    "Last", "First", "Second", "Third", "Final", "Later", "Earlier", "Elsewhere", "Overall", "Worldwide", "Globally", "Already", "Again", "Once", "Twice", "Soon", "Today", "Tonight", "Tomorrow", "Yesterday",
  ].map((w) => w),
);

/** Words that end a company name, so "Bright Harbor Entertainment" or "Studio Dragon" is not a person. */
export const ORGANIZATION_WORD =
  "(?:Entertainment|Ent\\.|Studios?|Pictures|Productions?|Producciones|Produções|Produzioni|Productions|Producties|Produktion|Produktionen|Produkcja|Produktions|Yapım|Yapımcılık|Medya|Filmproduktion|Filmes|Films?|Studio|Media|Group|Company|Co\\.|Corp\\.?|Corporation|Inc\\.?|Ltd\\.?|LLC|Films?|Television|TV|Network|Networks|Channel|Agency|Records|Music|Labs?|Partners|Works|Animation|Games|Publishing|Press|News|Daily|Times|Post|Herald|Journal|Magazine|Ilbo|Sports|Dispatch|Agency|University|College|School|Academy|Hospital|Police|Station|Bureau|Ministry|Association|Foundation|Institute|Center|Centre|Club|Council|Committee|Office|Department|Service|Festival|Awards?|Channel|Street|Avenue|Road|Island|City|Province|Republic|Kingdom|Entertainment Group)";


/** Common given names of Western people: a run that starts with one of these is a person, not a title. */
export const commonGivenNames = new Set(
  (
    "Aaron Adam Adrian Adrien Aidan Alan Albert Alex Alexander Alexandra Alfie Alfred Alice Alicia Alison Allison Amanda Amber Amelia Amy Andrea Andrew Andy Angela Ann Anna Anne Anthony Anya Ariana Ashley Austin " +
    "Colleen Marisol Priya Tamsin Imogen Saoirse Niamh Siobhan Aoife Orla Ciara Cormac Fergus Hamish Ailsa Freya Maeve Sinead Bronwen Rowan Rupert Jasper Beatrix Harriet Marguerite Ines Inés Lucía Ximena Sofía Valeria Camila Renata Mariana Julián Andrés Tomás Rodrigo Arjun Rohan Rahul Vikram Aditya Kavya Meera Sunaina Pooja Neha Riya Kabir Karan Farhan Zara Selin Elif Zeynep Kwame Kofi Chidi Ngozi Tunde Imani Aaliyah Dashiell Ezra Silas Atticus Otto Elias Sigrid Nils Freja Linnea Mikael Pieter Anouk Yuki Yui Haruto Sota Ren Kenta Ayumi Sayaka Daiki Takumi Ryota Shota Misaki Haruka Nanami Kaito " +
    "Barbara Bella Ben Benjamin Beth Betty Bill Billy Blake Bob Bobby Brad Bradley Brandon Brenda Brian Brittany Brooke Bruce Bryan Caitlin Cameron Carl Carla Carol Caroline Carrie Catherine Charles Charlie Charlotte Chelsea Cherry Chloe Chloë Chris Christian Christina Christine Christopher Claire Clara Colin Connor Courtney Craig Daniel Danielle Danny David Dean Deborah Dennis Diana Diane Donald Dorothy Douglas Drew Dylan " +
    "Edward Elijah Elisabeth Elizabeth Ella Ellen Ellie Emily Emma Emilia Eric Erin Ethan Eva Evan Faye Florence Frances Frank Fred Gabriel Gabby Gary George Georgia Grace Graham Greg Gregory Hannah Harlan Harrison Harry Heather Helen Henry Hugh Ian Isaac Isabel Isabella Jack Jackie Jacob Jake James Jamie Jane Janet Janine Jason Jeff Jeffrey Jenna Jennifer Jenny Jeremy Jerry Jesse Jessica Jim Jimmy Joan Joanna Joe Joel John Johnny Jon Jonathan Jordan Joseph Josh Joshua Joy Judith Julia Julian Julie Justin " +
    "Karen Kate Katherine Kathleen Katie Keegan Keith Kelly Ken Kenneth Kevin Kim Kyle Laura Lauren Leah Lee Lena Leo Lily Linda Lisa Liz Logan Louis Louisa Lucas Lucy Luke Lydia Madison Maggie Marc Marcus Margaret Maria Marie Mark Martin Mary Matt Matthew Megan Melissa Michael Michelle Mike Millie Molly Morgan Nancy Natalie Natasha Nathan Nick Nicholas Nicole Nina Noah Nora Oliver Olivia Owen " +
    "Abigail Ada Adele Aditi Agnes Ahmet Aiden Akira Alana Alba Alberto Aldo Alec Alejandro Alessandro Alexa Alexis Alfonso Ali Alia Alma Alonso Alvaro Amir Amit Amitabh Ana " +
    "Ananya Anders Andre Andrei Andres Angelica Angelina Angelo Angus Anika Anil Anita Anjali Annie Anton Antonio Anupam Anushka Aoi Arjun Armando Arnold Arthur Arturo Asa Ashton " +
    "Astrid Aubrey Audrey Aurora Ava Axel Ayesha Ayse Barry Basil Beatrice Beatriz Benedict Benicio Berguzar Bernard Bernardo Bertie Bette Beverly Bianca Bjorn Blanca Bonnie Boris " +
    "Brady Brendan Brett Bridget Britt Bryce Burak Burt Byron Cagatay Caleb Callum Calvin Camila Camille Candice Cara Carey Carlo Carlos Carmen Carolina Casey Cate Cecilia Cedric " +
    "Celeste Celia Cem Cesar Chad Chandler Chantal Charlize Chiara Chidi Christoph Chuck Cillian Cindy Clarence Claude Claudia Clay Clement Cliff Clint Clive Cody Cole Colm " +
    "Conan Connie Constance Cooper Cora Corey Cory Courteney Cristiano Cristina Curtis Cynthia Daiki Dakota Dale Dallas Damian Damon Dan Dana Dani Daniela Dante Daphne Darius Darren " +
    "Dave Davide Debbie Declan Deepak Deepika Delia Demet Demi Denis Denise Denzel Derek Desmond Dev Devon Dexter Diego Dimitri Dinah Dmitri Dolores Dominic Dominique Don " +
    "Donna Dora Doris Duncan Dustin Dwayne Eddie Eden Edgar Edith Edmund Eduardo Edwin Eileen Elaine Eleanor Elena Eli Elias Elif Elisa Eliza Elle Elliot Elliott Eloise Elsa " +
    "Elsie Elton Elvira Emi Emil Emile Emilio Emmanuel Emre Engin Enrique Enzo Erica Erik Erika Ernest Ernesto Esme Esther Eugene Eugenio Evangeline Eve Evelyn Ewan Ezra Fabian Fabio " +
    "Farah Fatma Federico Felicity Felipe Felix Fernanda Fernando Finn Fiona Fionn Flora Francesca Francesco Francis Francisco Franco Franz Freddie Frederick Freya Frida Gael " +
    "Gaia Gareth Gavin Gemma Gene Genevieve Geoffrey Gerard Gerardo Gia Gianni Gideon Gil Gilbert Gillian Gina Giovanni Giulia Giuseppe Gladys Glen Glenn Gloria Gordon Grant Greta " +
    "Gretchen Guillermo Gustav Gwen Gwendoline Gwyneth Hailee Hailey Hal Halit Halle Hamish Hande Hank Hans Harold Harriet Haruka Haruki Harvey Hayden Heath Hector Heidi Helena " +
    "Henrik Herbert Hikaru Hilary Hilda Hiroshi Hiroyuki Holly Homer Horace Howard Hrithik Hugo Huma Hunter Ida Idris Ignacio Ilana Imelda Imogen Ines Inez Ingrid Irene Irfan Isabelle " +
    "Isaiah Ishaan Isla Ismael Ivan Jacinda Jacqueline Jada Jaden Jaideep Jaime Jamal Jana Janhvi Janice Jared Jarvis Jasmine Javier Jay Jayden Jean Jeanne Jemima Jerome Jesus Jill Jo " +
    "Joaquin Jodie Joey Johan Johann Jonah Jonas Jorge Jose Josef Josephine Joyce Juan Judd Jude Judi Judy Jules Juliana Juliet Juliette Julio Kai Kaitlyn Kaito Kamala Kara Kareena " +
    "Karim Karin Karl Kartik Kasia Kat Katarina Kathryn Katrina Katy Kay Kayla Kazuki Kazuya Keanu Keiko Keira Kelsey Kendall Kendra Kenji Kenny Kento Kerem Kerry Kiara Kieran " +
    "Kirk Kirsten Kit Kivanc Koji Kotaro Kristen Kristin Kriti Kumail Kurt Kylie Kyoko Lana Lance Lara Larry Laurence Laurent Lea Leila Leonard Leonardo Leslie Levent Levi Lewis Lia " +
    "Liam Lila Lillian Lina Lincoln Lindsay Lionel Liv Liza Lois Lola Lorenzo Loretta Lorraine Lottie Louie Lourdes Luca Lucia Luciana Luis Luisa Luna Lupita Lyle Lynn Mabel Mackenzie " +
    "Madeleine Madeline Madhuri Mae Mahershala Maisie Makoto Malcolm Mamoru Mandy Manisha Manoj Manuel Mara Marcel Marcela Marco Marcos Margot Mariah Mariana Marianne Marina Mario " +
    "Marion Marisa Marissa Marlon Marta Martha Martina Marty Marvin Masami Masato Mason Mateo Mathilde Matilda Matteo Mattias Maud Maura Maureen Maurice Max Maxine Maxwell Maya Mayu " +
    "Mehmet Mei Melanie Melinda Mercedes Meryl Metawin Mia Micah Michel Michela Miguel Mikael Mila Milan Miles Milly Mindy Miranda Miriam Misaki Mitchell Mohammed Mona Monica Monique " +
    "Moritz Moses Murat Muriel Murray Mustafa Myles Nadech Nadia Nadine Nana Naoki Naomi Natalia Nathalie Nawazuddin Neil Nell Nelson Nessa Niamh Nico Nicola Nicolas Nicolo Nigel " +
    "Nikhil Nikita Nikki Nikolaj Noel Noomi Norah Norma Norman Octavia Odessa Ola Olga Omar Orlando Oscar Otto Ozge Pablo Paddy Paige Paloma Pankaj Paolo Parker Pascal " +
    "Patrice Patsy Patti Pauline Pavel Penelope Percy Perry Petra Phil Philippa Phillip Phyllis Pierce Pierre Piper Pooja Pratik Preston Priya Priyanka Quentin Quinn Rachael Radhika " +
    "Rafael Rafe Rainn Raj Rajkummar Ramon Ranbir Randall Randy Ranveer Raquel Rashida Raul Ravi Ray Raymond Reba Reese Reggie Regina Rene Renee Rhea Rhys Ricardo Riccardo Richa " +
    "Richie Ricky Riley Rin Rina Rita Ritesh Riz Roberta Roberto Rodrigo Roland Rolf Roman Romeo Ronan Rory Rosa Rosalind Rosamund Rosario Rosie Ross Rowan Roxanne Roy Ruben Rudy " +
    "Rufus Rupert Russ Ryo Ryota Sabrina Sacha Sadie Sahil Saif Saki Sakura Salma Salman Salvador Sami Sammy Sanjay Santiago Sasha Satoshi Saul Scarlett Selena Serena Sergei Sergio " +
    "Serkan Seth Shah Shahid Shannon Shawn Sheila Shelby Shelley Sheridan Shirley Sho Shota Shraddha Shun Shweta Sid Sidney Sienna Sigourney Silvia Simon Simone Sobhita Sofia Sonakshi " +
    "Sonia Sonja Sota Spencer Stacy Stanley Stefan Stefano Stella Stellan Stuart Sue Susanna Sushant Suzanne Sven Sylvia Taapsee Tabitha Tabu Takashi Takeshi Tanya Tara Taron " +
    "Tatsuya Taylor Ted Teresa Terrence Terry Thandiwe Thea Theodore Tilda Toby Tomas Tommy Tomoya Toni Trevor Tristan Troy Tuba Uma Urassaya Ursula Vachirawit Valentina " +
    "Valeria Varun Vera Veronica Vicky Victor Vidya Vijay Vikram Vince Viola Virginia Vivian Vivienne Wade Wanda Warren Wendy Wesley Whitney Wilhelm Willa Willie Wilson Winona Winston " +
    "Xavier Yara Yasmin Yildiz Yolanda Yui Yuki Yuko Yuto Yuya Yvonne Zack Zara Zeynep Zoey Zoë Guy " +
    "Pamela Patricia Patrick Paul Paula Pedro Peter Philip Phoebe Rachel Ralph Rebecca Richard Rick Rob Robert Robin Roger Ron Ronald Rose Ruby Russell Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian Sharon Sophia Sophie Stephanie Stephen Steve Steven Susan Sydney Tessa Theo Thomas Tim Timothy Tina Todd Tom Tony Tracy Travis Tyler Valerie Vanessa Victoria Vincent Walter Wayne Will William Zach Zachary Zoe"
  ).split(" "),
);

/**
 * Common Chinese surnames in pinyin. "Zhou Bai", "Wu Lan": a surname and a one-word given name
 * read as a person, so "Wu Lan and Zhou Bai return" is two actors, not a show called that.
 * Surnames that are everyday English words ("He", "Ma", "Long") are left out.
 */
export const chineseSurnames = new Set(
  (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Deng Han Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Dai Fang Shi Tan Qin Bai Jia Xia Fu Zou Xiong Meng Qiu Qian Hou Yin Xue Lei Hao Gong Shao Wan Qi Mao Kong Mo Duan Lai Lv Gu Yan Yi Zhan Xing Ou Ni Niu Ge Zhuang Chang Liao Cui Mu Tao Jiao Shang Shu Zhai Zhong Zhu"
  ).split(" "),
);

/** "Zhou Bai", "Lin Xiaoyue", "Qin Hao": a Chinese surname, then a given name of one word. */
export function readsAsChineseName(name: string): boolean {
  const tokens = name.split(/\s+/);
  return tokens.length === 2 && chineseSurnames.has(tokens[0]!) && /^[\p{Lu}][a-zü']{1,9}$/u.test(tokens[1]!);
}
