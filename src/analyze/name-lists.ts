// More general-knowledge word lists for the entity tagger's gazetteer features: common given names, US states,
// world cities, and lower-case words that mark the kind of thing a name is. None is drawn from evaluation data.

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Common given names across languages, as they appear in English news. */
export const GIVEN_NAMES = words(`
Aaron Abdul Abdullah Abu Adam Adrian Ahmad Ahmed Alan Albert Alex Alexander Alexandra Alexei Ali Alice Alicia Amanda
Amir Amy Andrea Andrew Andrei Angela Ann Anna Anne Anthony Antonio Antony Ashley Barack Barbara Ben Benjamin Bernie
Bill Bob Boris Brad Brandon Brian Bruce Carl Carlos Carol Caroline Catherine Charles Charlie Chris Christian Christina
Christine Christopher Claire Colin Craig Dan Daniel Darren David Dennis Diana Donald Donna Dmitry Edward Elizabeth
Ellen Emily Emma Emmanuel Eric Erik Fatima Francis Frank Fred Gary George Gordon Greg Hamid Hannah Hans Harry Hassan
Heather Helen Henry Hillary Hossein Hugo Hussein Ian Ibrahim Igor Isaac Ivan Jack Jacob James Jamie Jane Janet Jason
Javier Jean Jeff Jennifer Jeremy Jessica Jim Joan Joe John Jonathan Jordan Jorge Jose Joseph Josh Joshua Juan Julia
Julian Julie Justin Karen Kate Katherine Keith Kelly Ken Kevin Khalid Kim Kristen Larry Laura Lauren Lee Leonid Linda
Lisa Lloyd Louis Luis Luke Mahmoud Marco Margaret Maria Marie Mark Martin Mary Matt Matthew Maxim Melissa Michael
Michelle Mike Mikhail Mohamed Mohammad Mohammed Muhammad Nancy Natalia Nathan Nicholas Nick Nicolas Nikolai Nicola
Oleg Oliver Olivia Omar Pamela Patricia Patrick Paul Pedro Peter Philip Pierre Rachel Ralph Rebecca Richard Rick
Robert Roberto Robin Roger Ron Ronald Rose Ryan Saddam Salman Sam Samuel Sara Sarah Scott Sean Sergei Sergey Sharon
Simon Stephen Steve Steven Susan Tamara Thomas Tim Timothy Todd Tom Tony Victor Victoria Vladimir Walter William
Xi Yuri Yusuf Zhang
`);

/** US states written as one word (California, Texas, Florida, Georgia and Washington are among PLACES too). */
export const US_STATES = words(`
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana
Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
`);

/** US states and major world cities, single words. */
export const MORE_PLACES = words(`
Alabama Alaska Arizona Arkansas Colorado Connecticut Delaware Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky
Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma
Oregon Pennsylvania Tennessee Utah Vermont Virginia Wisconsin Wyoming Manhattan Brooklyn Atlanta Dallas Houston Miami
Seattle Denver Detroit Philadelphia Phoenix Baltimore Toronto Montreal Vancouver Ottawa Sydney Melbourne Madrid
Barcelona Rome Milan Vienna Prague Warsaw Budapest Athens Lisbon Dublin Amsterdam Stockholm Oslo Helsinki Copenhagen
Geneva Zurich Munich Frankfurt Hamburg Lagos Nairobi Johannesburg Shanghai Seoul Pyongyang Bangkok Manila Jakarta
Karachi Mumbai Bombay Kolkata Hanoi Havana Caracas Bogota Lima Santiago Mexico Brasilia Rio Sudan Tripoli Tunis Aden
Sanaa Amman Gaza Aleppo Homs Idlib Raqqa Fallujah Kirkuk Tikrit Ramadi Najaf Karbala Haifa Tel Mecca Medina Asia
Oceania Siberia Scandinavia Hollywood Vatican Ontario Quebec Alberta Bavaria Catalonia Tibet Xinjiang Kashmir
Punjab Bengal Darfur Kurdistan Chechnya Georgia Britain Holland Persia Burma Serbia Sweden Lebanon
`);

/** Lower-case words that end organisation names in running text ("the Justice Department", "Acme Inc"). */
export const ORG_SUFFIXES = words(`
inc corp corporation company co ltd llc plc group bank university college institute school association society
council committee commission department ministry agency bureau office party union league foundation fund club
team church hospital airlines airways news times post journal press network channel museum court army navy
force forces police authority board federation organization organisation center centre administration
`);

/** Widely known organisations written bare in the news: companies, outlets, parties, bodies. */
export const KNOWN_ORGANIZATIONS = words(`
Google Alphabet Apple Microsoft Amazon Facebook Meta Twitter Instagram WhatsApp YouTube TikTok Snapchat Reddit
Spotify Netflix Uber Airbnb Tesla SpaceX Samsung Huawei Xiaomi Sony Nintendo Toyota Honda Nissan Volkswagen BMW
Mercedes Ford Chrysler Boeing Airbus Lockheed Raytheon Intel Nvidia AMD IBM Oracle Cisco Qualcomm Yahoo eBay PayPal
Visa Mastercard Walmart Starbucks McDonald's KFC Nike Adidas Disney Pfizer Moderna AstraZeneca Novartis Bayer Shell
BP Exxon ExxonMobil Chevron Gazprom Rosneft Aramco Goldman JPMorgan Citigroup Barclays HSBC Vodafone Verizon
Reuters AFP AP BBC CNN NBC CBS ABC Fox MSNBC NPR PBS Bloomberg Guardian Telegraph Independent Economist Politico
Axios Slate Vox Breitbart Newsweek Time Forbes Fortune Wired Vice BuzzFeed HuffPost Al-Jazeera Jazeera Xinhua TASS
Interfax Haaretz Kommersant Spiegel Figaro Monde dpa ANSA EFE NATO UN UNESCO UNICEF UNHCR WHO WTO IMF OPEC OECD ASEAN
FIFA UEFA IOC NASA ESA FBI CIA NSA DHS DOJ EPA FDA CDC IRS ICE Pentagon Kremlin Congress Senate Parliament Knesset
Duma Bundestag Labour Tories Conservatives Democrats Republicans GOP Likud Fatah Hamas Hezbollah Taliban Interpol
Europol Amnesty Greenpeace Oxfam Harvard Yale Stanford Oxford Cambridge MIT Princeton Columbia
`);

/** Other well-known places missing from the country and city lists. */
export const KNOWN_PLACES = words(`
Earth Moon Mars Jupiter Venus Saturn Mercury Pacific Atlantic Mediterranean Nile Amazon Danube Thames Rhine Euphrates
Tigris Jordan Himalayas Alps Andes Sahara Everest Caribbean Baltic Balkans Scandinavia Siberia Patagonia Normandy
`);
