// General-knowledge word lists that shape entity typing. They name kinds of things (countries, titles,
// organisation words), never the entities of any one story.

/** Countries, regions and large places commonly written bare in the news. */
export const PLACES = new Set(
  (
    'Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium ' +
    'Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark ' +
    'Ecuador Egypt England Eritrea Estonia Ethiopia Europe Finland France Gaza Georgia Germany Ghana Greece Guatemala Haiti ' +
    'Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo ' +
    'Kuwait Laos Latvia Lebanon Libya Lithuania Malaysia Mali Mexico Moldova Mongolia Morocco Mozambique Myanmar Nepal ' +
    'Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Peru Philippines Poland Portugal Qatar ' +
    'Romania Russia Rwanda Scotland Serbia Singapore Slovakia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania ' +
    'Thailand Tunisia Turkey Türkiye Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe Africa Asia ' +
    'America Americas Antarctica Arctic Baghdad Tehran Beirut Damascus Ankara Cairo Jerusalem Moscow Kyiv Kiev Beijing ' +
    'London Paris Berlin Washington Brussels Tokyo Delhi Istanbul Riyadh Doha Dubai Kabul Islamabad Mosul Basra Erbil ' +
    'Kurdistan Crimea Donbas California Texas Florida York Chicago Boston Sinai Golan Balkans Caucasus Sahel ' +
    'US U.S. USA U.S.A. UK U.K.'
  ).split(' '),
);

/** Multi-word places. */
export const PLACE_PHRASES = new Set([
  'United States',
  'United Kingdom',
  'United Arab Emirates',
  'Saudi Arabia',
  'South Africa',
  'North Korea',
  'South Korea',
  'New York',
  'New Jersey',
  'New Hampshire',
  'New Mexico',
  'North Carolina',
  'South Carolina',
  'North Dakota',
  'South Dakota',
  'West Virginia',
  'Rhode Island',
  'Middle East',
  'Gaza Strip',
  'West Bank',
  'Persian Gulf',
  'Red Sea',
  'Latin America',
  'Los Angeles',
  'San Francisco',
  'New Zealand',
  'Hong Kong',
  'Sri Lanka',
]);

/** Words that make a name an organisation. */
export const ORG_WORDS = new Set(
  (
    'Administration Agency Airlines Army Assembly Association Authority Bank Board Bureau Cabinet Center Centre Church ' +
    'College Command Commission Committee Company Congress Corporation Corps Council Court Department Embassy Federation ' +
    'Forces Foundation Fund Government Guard Institute League Media Ministry Navy Network News Office Organization ' +
    'Organisation Parliament Pentagon Police Post Press Reuters Senate School Service Times Tribunal Union University ' +
    'AFP CNN BBC NATO UN EU IRGC FBI CIA NSA WHO IMF OPEC Inc Ltd Corp Group Institute Journal Kremlin'
  ).split(' '),
);

/** Words that make a name an armed, political or religious group rather than an institution. */
export const GROUP_WORDS = new Set(
  (
    'Brigades Brigade Militia Militias Movement Party Resistance Front Hezbollah Hizbollah Hamas Taliban Houthis Houthi ' +
    'ISIS ISIL Qaeda Jihad Mobilization Mobilisation Islamists Rebels Coalition Alliance'
  ).split(' '),
);

/** Titles and roles written before a person's name. */
export const TITLES = [
  'Secretary of State',
  'Secretary of Defense',
  'Defense Secretary',
  'Foreign Minister',
  'Prime Minister',
  'Deputy Prime Minister',
  'Defence Minister',
  'Defense Minister',
  'President',
  'Vice President',
  'Former President',
  'ex-President',
  'Supreme Leader',
  'Congressman',
  'Congresswoman',
  'National Security Adviser',
  'National Security Advisor',
  'First Lady',
  'first lady',
  'Former First Lady',
  'Chancellor',
  'Governor',
  'Gov.',
  'Lt. Gov.',
  'Lieutenant Governor',
  'Sheriff',
  'Rev.',
  'Reverend',
  'Rabbi',
  'Senator',
  'Sen.',
  'Rep.',
  'Representative',
  // "as well as Senators Kirsten Gillibrand and Kamala Harris" (BASIL e71d149d, NYT): a plural title before the first of
  // several names is that person's role, not part of the name.
  'Senators',
  'Sens.',
  'Reps.',
  'Representatives',
  'Speaker',
  'House Speaker',
  'Majority Leader',
  'Minority Leader',
  'Senate Majority Leader',
  // "Senate Republican Leader Mitch McConnell" (BASIL 08bb9bee, Fox News) was typed an organization as one name.
  'Senate Republican Leader',
  'Senate Democratic Leader',
  'House Republican Leader',
  'House Democratic Leader',
  'Republican Leader',
  'Democratic Leader',
  'Senate Minority Leader',
  'House Majority Leader',
  'House Minority Leader',
  'Majority Whip',
  'Minority Whip',
  'Senate Majority Whip',
  'Senate Minority Whip',
  'House Majority Whip',
  'House Minority Whip',
  'Attorney General',
  'Deputy Attorney General',
  'Assistant Attorney General',
  'Solicitor General',
  // "Special Counsel Robert Mueller" was a person of its own beside Robert Mueller, and "AG Barr" (Klobuchar's
  // tweet, BASIL e71d149d) another beside William Barr.
  'Special Counsel',
  'special counsel',
  'AG',
  'Inspector General',
  'Surgeon General',
  'Ambassador',
  'Minister',
  'Secretary',
  'General',
  'Gen.',
  'Lt. Gen.',
  'Maj. Gen.',
  'Brig. Gen.',
  'Col.',
  'Lt. Col.',
  'Capt.',
  'Sgt.',
  'Admiral',
  'Adm.',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Pope',
  'Sheikh',
  'Sayyed',
  'Ayatollah',
  'Judge',
  'Justice',
  'Mayor',
  'Dr.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Prof.',
  'Chief',
  'Commander',
  'Spokesman',
  'Chairman',
  'Chairwoman',
  'Spokeswoman',
  'spokesman',
  'spokeswoman',
  'Editor',
  'Correspondent',
  'White House Correspondent',
  'CEO',
];

/** Capitalised words that start sentences or headlines without naming anything. */
export const NOT_NAMES = new Set(
  (
    'The A An This That These Those He She It They We I You His Her Its Their Our My Your But And Or Nor So Yet For In On ' +
    'At By To From With Without As If When While After Before Since Until Although Though However Meanwhile Moreover ' +
    'Therefore Thus Also Both Either Neither Each Every All Some Many Most Much More Less Few Several Such No Not Yes There ' +
    'Here Where What Which Who Whom Whose Why How Once Unabashed Likewise Still Even Only Just Now Then Today Yesterday ' +
    'Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Speaking Slamming According Following During Despite Amid Among Under Over Against ' +
    'Through Into Upon About Between Within Across Remembering Fix Listen Read Watch Sign Subscribe Follow Click Share ' +
    'One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions ' +
    'Iranian Iraqi American Israeli Turkish Syrian Lebanese Palestinian Russian Ukrainian Chinese British French German ' +
    'European Arab Muslim Shia Shiite Sunni Kurdish Western Eastern Northern Southern Democrat ' +
    'Republican Zionist Mr Mrs Ms Dr'
  )
    .split(' ')
    // "I’m John Hickenlooper" (NeuS val): a contraction opening a sentence, in either apostrophe.
    .concat(
      "I'm I've I'll I'd We're We've We'll You're You've He's She's It's They're They've That's There's Here's What's Let's"
        .split(' ')
        .flatMap((w) => [w, w.replace("'", '’')]),
    ),
);

/** Demonyms and other adjectives that carry a location, for roles like "Iraqi Prime Minister". */
export const DEMONYMS: Record<string, string> = {
  American: 'United States',
  US: 'United States',
  'U.S.': 'United States',
  Iraqi: 'Iraq',
  Iranian: 'Iran',
  Israeli: 'Israel',
  Turkish: 'Turkey',
  Syrian: 'Syria',
  Lebanese: 'Lebanon',
  Palestinian: 'Palestine',
  Russian: 'Russia',
  Ukrainian: 'Ukraine',
  Chinese: 'China',
  British: 'United Kingdom',
  French: 'France',
  German: 'Germany',
  Egyptian: 'Egypt',
  Saudi: 'Saudi Arabia',
  Jordanian: 'Jordan',
  Qatari: 'Qatar',
  Yemeni: 'Yemen',
};

/** Words that make a name a place ("Ain al-Asad Airbase", "Tahrir Square"). */
export const PLACE_WORDS = new Set(
  'Airbase Base Airport Square Street Avenue Province County Parish Township Camp Bridge River Valley Mountains Island Islands Sea Gulf Strait Border Crossing Hospital Stadium'.split(
    ' ',
  ),
);

/**
 * Last words of newspapers' and magazines' names ("The Shelton Weekly reported", BASIL 85475456: the paper, not a person named
 * Weekly, nor the town of Shelton).
 */
export const PUBLICATION_WORDS = new Set(
  'Weekly Times Post Journal Herald Tribune Gazette News Chronicle Courier Observer Dispatch Inquirer Sentinel Telegraph Examiner Bulletin Register Ledger Magazine'.split(
    ' ',
  ),
);

/** Lower-case words that, just before a name, say what kind of thing it names ("the militia group Ashab al-Kahf"). */
export const TYPE_CUES: Record<string, 'group' | 'organization' | 'location' | 'person'> = {
  group: 'group',
  militia: 'group',
  militias: 'group',
  movement: 'group',
  party: 'group',
  faction: 'group',
  organization: 'organization',
  organisation: 'organization',
  company: 'organization',
  firm: 'organization',
  agency: 'organization',
  outlet: 'organization',
  newspaper: 'organization',
  city: 'location',
  town: 'location',
  village: 'location',
  province: 'location',
  region: 'location',
  cleric: 'person',
  leader: 'person',
  spokesman: 'person',
  spokeswoman: 'person',
};

/** Acronyms of common things, not organisations ("tumour DNA", "a TV presenter"). */
export const COMMON_ACRONYMS = new Set(
  'DNA RNA TV CEO CFO GDP AI PM MP OK UFO PC IT ID IQ HIV AIDS CCTV GPS DVD CD VAT BC AD UV LGBT CO LED USB SMS PR HR VIP MVP IPO'.split(
    ' ',
  ),
);

/** Adjectives that open an institution's or party's name ("Russian Secret Service", "Republican Party"). */
export const NAME_ADJECTIVES = new Set([
  ...Object.keys(DEMONYMS),
  ...'European Arab Muslim Shia Shiite Sunni Kurdish Western Eastern Northern Southern Democratic Republican Zionist'.split(
    ' ',
  ),
]);

/** Capitalised phrases that name no one and nothing ("their last ditch Hail Mary"). */
export const NAMELESS_PHRASES = new Set(['Hail Mary']);

/** Words for a US party as an adjective ("Democratic leaders", "Arkansas Republican Gov."): no name on their own. */
export const PARTY_ADJECTIVES = new Set(['Democratic', 'Republican', 'Democrat']);

/**
 * A party-and-state tag after a US lawmaker's name ("R-Iowa", "D-N.Y.", "R-Ky."): the AP's state abbreviations
 * and the states written out, so that "D-Day" is no tag.
 */
export const PARTY_STATE_TAG =
  /^[DRI]-(?:Ala|Alaska|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Hawaii|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Maine|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Ohio|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Texas|Utah|Vt|Va|Wash|W\.Va|Wis|Wyo|P\.R|D\.C)\.?$/;

/**
 * A state lawmaker's party and home district after the name ("Sen. Steve Gallardo, D-Phoenix", BASIL 58ed2376, "(R-Phoenix)"): any
 * place may follow the party letter, so the tag is known by standing as an aside after a name, not by its place.
 */
export const PARTY_DISTRICT_TAG = /^[DRI]-(?!Day\b)\p{Lu}[\p{L}.'’]*$/u;

/** Last words of names that are neither people, organisations nor places: treaties, prizes, contests, shows. */
export const OTHER_NAME_WORDS = new Set(
  'Agreement Accord Accords Treaty Amendment Act Cup Championship Championships Prize Award Awards Games Olympics Festival Protocol Show'.split(
    ' ',
  ),
);
