/** Capitalized words that open sentences or stand in headlines but never start or end a person's name. */
export const notNameWords = new Set(
  [
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
    "K-drama", "K-dramas", "K-pop", "Emmy", "Emmys", "Oscar", "Oscars", "Golden", "Globe", "Globes", "Award", "Awards", "BAFTA", "Baeksang", "Nielsen", "Rotten", "Tomatoes", "IMDb", "Metacritic",
    "Instagram", "Twitter", "Facebook", "YouTube", "TikTok", "Weibo", "Reddit", "Snapchat", "X", "Viewers", "Fans", "Critics", "Audiences", "Variety", "Deadline",
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Detective", "Officer", "Captain", "Chief", "Inspector", "Doctor", "Professor", "General", "Agent",
    "Director", "Writer", "Screenwriter", "Creator", "Showrunner", "Producer", "Executive", "Actor", "Actress", "Star", "Stars", "Singer", "Rapper", "Idol", "Member", "CEO", "PD", "EP",
    "Christmas", "Easter", "Halloween", "Thanksgiving", "Valentine's", "New", "Year", "Day", "Night", "Weekend", "Summer", "Winter", "Spring", "Fall", "Autumn",
    "Here's", "Heres", "There's", "What's", "Who's", "Let's", "Don't", "Can't", "Won't", "Isn't", "Aren't", "Wasn't", "Doesn't", "Didn't", "Hasn't", "Haven't", "I'm", "We're", "You're", "They're",
    "Everything", "Nothing", "Something", "Anything", "Everyone", "Someone", "Nobody", "Fingers", "Oddly", "Remarkably", "Sadly", "Luckily", "Unfortunately", "Fortunately", "Interestingly",
    "Last", "First", "Second", "Third", "Final", "Later", "Earlier", "Elsewhere", "Overall", "Worldwide", "Globally", "Already", "Again", "Once", "Twice", "Soon", "Today", "Tonight", "Tomorrow", "Yesterday",
  ].map((w) => w),
);

/** Words that end a company name, so "Happy Tribe Entertainment" or "Studio Dragon" is not a person. */
export const ORGANIZATION_WORD =
  "(?:Entertainment|Ent\\.|Studios?|Pictures|Productions?|Media|Group|Company|Co\\.|Corp\\.?|Corporation|Inc\\.?|Ltd\\.?|LLC|Films?|Television|TV|Network|Networks|Channel|Agency|Records|Music|Labs?|Partners|Works|Animation|Games|Publishing|Press|News|Daily|Times|Post|Herald|Journal|Magazine|Ilbo|Sports|Dispatch|Agency|University|College|School|Academy|Hospital|Police|Station|Bureau|Ministry|Association|Foundation|Institute|Center|Centre|Club|Council|Committee|Office|Department|Service|Festival|Awards?|Channel|Street|Avenue|Road|Island|City|Province|Republic|Kingdom|Entertainment Group)";

/** Role words that stand before a person's name and tell what they are ("Director Park", "actress Kim"). */
export const TITLE_WORD_BEFORE_NAME = /^(?:director|writer|screenwriter|showrunner|creator|producer|actor|actress|star|singer|rapper|idol|PD|CEO|executive|host|comedian|narrator)$/i;

/** Common given names of Western people: a run that starts with one of these is a person, not a title. */
export const commonGivenNames = new Set(
  (
    "Aaron Adam Adrian Adrien Aidan Alan Albert Alex Alexander Alexandra Alfie Alfred Alice Alicia Alison Allison Amanda Amber Amelia Amy Andrea Andrew Andy Angela Ann Anna Anne Anthony Anya Ariana Ashley Austin " +
    "Barbara Bella Ben Benjamin Beth Betty Bill Billy Blake Bob Bobby Brad Bradley Brandon Brenda Brian Brittany Brooke Bruce Bryan Caitlin Cameron Carl Carla Carol Caroline Carrie Catherine Charles Charlie Charlotte Chelsea Cherry Chloe Chloë Chris Christian Christina Christine Christopher Claire Clara Colin Connor Courtney Craig Daniel Danielle Danny David Dean Deborah Dennis Diana Diane Donald Dorothy Douglas Drew Dylan " +
    "Edward Elijah Elisabeth Elizabeth Ella Ellen Ellie Emily Emma Emilia Eric Erin Ethan Eva Evan Faye Florence Frances Frank Fred Gabriel Gabby Gary George Georgia Grace Graham Greg Gregory Hannah Harlan Harrison Harry Heather Helen Henry Hugh Ian Isaac Isabel Isabella Jack Jackie Jacob Jake James Jamie Jane Janet Janine Jason Jeff Jeffrey Jenna Jennifer Jenny Jeremy Jerry Jesse Jessica Jim Jimmy Joan Joanna Joe Joel John Johnny Jon Jonathan Jordan Joseph Josh Joshua Joy Judith Julia Julian Julie Justin " +
    "Karen Kate Katherine Kathleen Katie Keegan Keith Kelly Ken Kenneth Kevin Kim Kyle Laura Lauren Leah Lee Lena Leo Lily Linda Lisa Liz Logan Louis Louisa Lucas Lucy Luke Lydia Madison Maggie Marc Marcus Margaret Maria Marie Mark Martin Mary Matt Matthew Megan Melissa Michael Michelle Mike Millie Molly Morgan Nancy Natalie Natasha Nathan Nick Nicholas Nicole Nina Noah Nora Oliver Olivia Owen " +
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

/** "Zhou Bai", "Zhang Ruoyin", "Xiao Zhan": a Chinese surname, then a given name of one word. */
export function readsAsChineseName(name: string): boolean {
  const tokens = name.split(/\s+/);
  return tokens.length === 2 && chineseSurnames.has(tokens[0]!) && /^[\p{Lu}][a-zü']{1,9}$/u.test(tokens[1]!);
}
