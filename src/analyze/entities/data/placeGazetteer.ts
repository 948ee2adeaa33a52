/** Splits a '|'-separated list written across lines. */
function list(text: string): string[] {
  return text.split('|').map((name) => name.trim()).filter(Boolean);
}

// 'in Syria', 'the US', 'Iran’s parliament'
const countries = list(`
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|
Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|
Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|
Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|
Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|
Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|
Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|Holland|
New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palestine|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|
Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|
Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|
United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|
United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|
Kurdistan|Gaza|West Bank|Crimea|Chechnya|Tibet|Hong Kong|Puerto Rico|Greenland
`);

// 'in Tehran', 'Moscow still verifying', 'the June 3 London attack'
const capitalsAndCities = list(`
Kabul|Tirana|Algiers|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Manama|Dhaka|Minsk|Brussels|Sarajevo|Brasilia|Sofia|
Ottawa|Santiago|Beijing|Bogota|Zagreb|Havana|Nicosia|Prague|Copenhagen|Cairo|Tallinn|Addis Ababa|Helsinki|Paris|Tbilisi|
Berlin|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Tokyo|Amman|
Astana|Nairobi|Kuwait City|Bishkek|Riga|Beirut|Tripoli|Vilnius|Kuala Lumpur|Bamako|Valletta|Mexico City|Chisinau|Ulaanbaatar|
Rabat|Amsterdam|The Hague|Wellington|Abuja|Lagos|Pyongyang|Oslo|Muscat|Islamabad|Karachi|Lahore|Ramallah|Lima|Manila|Warsaw|
Lisbon|Doha|Bucharest|Moscow|Riyadh|Jeddah|Mecca|Medina|Dakar|Belgrade|Bratislava|Ljubljana|Mogadishu|Pretoria|Johannesburg|
Cape Town|Seoul|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Bern|Geneva|Zurich|Damascus|Aleppo|Homs|Taipei|Dushanbe|Bangkok|
Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kiev|Kyiv|Abu Dhabi|Dubai|London|Washington|Montevideo|Tashkent|Caracas|Hanoi|Sanaa|
Aden|Harare|Mosul|Basra|Erbil|Kirkuk|Fallujah|Ramadi|Tikrit|Raqqa|Palmyra|Idlib|Deir Ezzor|Benghazi|Alexandria|Gaza City|
Kandahar|Herat|Mumbai|Kolkata|Chennai|Bangalore|Shanghai|Hong Kong|Shenzhen|Guangzhou|Osaka|Sydney|Melbourne|Toronto|
Montreal|Vancouver|New York|New York City|Los Angeles|Chicago|Houston|San Francisco|Seattle|Boston|Miami|Atlanta|Dallas|
Detroit|Philadelphia|Las Vegas|San Jose|San Diego|Denver|Sao Paulo|Rio de Janeiro|St Petersburg|St. Petersburg|Munich|
Frankfurt|Hamburg|Milan|Naples|Lyon|Marseille|Toulouse|Manchester|Birmingham|Liverpool|Edinburgh|Glasgow|Belfast|Brussels|
|Seville|Valencia|Kazan|Sochi|Vladivostok|Novosibirsk|Latakia|Tartus|Hama|Daraa|Sirte
`);

// 'the Middle East', 'Europe', 'the Euphrates'
const regions = list(`
Africa|Asia|Europe|North America|South America|Latin America|Oceania|Antarctica|Arctic|Middle East|Near East|Far East|
Balkans|Caucasus|Levant|Gulf|Persian Gulf|Sahara|Sahel|Scandinavia|Mediterranean|Atlantic|Pacific|Indian Ocean|Red Sea|
Black Sea|Caspian Sea|Euphrates|Tigris|Nile|Danube|Siberia|Kashmir|Punjab|Sinai|Golan Heights|Anbar|Nineveh|Kurdistan Region|
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming
`);

export const knownPlaces: ReadonlySet<string> = new Set([...countries, ...capitalsAndCities, ...regions]);

/**
 * Adjectives of nationality and allegiance. Alone they are not mentions
 * ('Russian air strike', 'Iraqi officials', 'Sunni Arab tribes'); in front of
 * an organisation they belong to its name ('Russian Defense Ministry').
 */
export const demonyms: ReadonlySet<string> = new Set(list(`
Afghan|Albanian|Algerian|American|Arab|Arabian|Argentine|Armenian|Asian|Australian|Austrian|Belgian|Brazilian|British|
Bulgarian|Canadian|Chinese|Chechen|Christian|Colombian|Croatian|Cuban|Czech|Danish|Dutch|Egyptian|Emirati|English|
Ethiopian|European|Finnish|French|Georgian|German|Greek|Hungarian|Indian|Indonesian|Iranian|Iraqi|Irish|Islamist|Israeli|
Italian|Japanese|Jewish|Jordanian|Kazakh|Kenyan|Korean|Kurdish|Kuwaiti|Lebanese|Libyan|Malaysian|Mexican|Moroccan|
Muslim|Nigerian|Norwegian|Pakistani|Palestinian|Persian|Polish|Portuguese|Qatari|Romanian|Russian|Saudi|Scottish|Serbian|
Shia|Shiite|Somali|Spanish|Sudanese|Sunni|Swedish|Swiss|Syrian|Taiwanese|Thai|Tunisian|Turkish|Turkmen|Ukrainian|Uzbek|
Venezuelan|Vietnamese|Welsh|Western|Yemeni|Yazidi|Alawite|Druze|Salafi|Jihadist|Kurd|Shiite|Coptic|Catholic|Orthodox|
Sunnite|Soviet|African|Latin|Middle Eastern|Gulf|Allied
`));

/**
 * The last word of a place name: 'Euphrates River', 'Old City',
 * 'Deir Ezzor Province', 'Golan Heights'. Lowercase.
 */
export const placeHeads: ReadonlySet<string> = new Set([
  'river', 'valley', 'province', 'governorate', 'region', 'district', 'county', 'city', 'town', 'village', 'mountains',
  'mountain', 'mount', 'hills', 'heights', 'sea', 'ocean', 'gulf', 'bay', 'lake', 'island', 'islands', 'peninsula', 'desert',
  'coast', 'strait', 'canal', 'street', 'square', 'avenue', 'road', 'bridge', 'airport', 'airbase', 'base', 'camp', 'border',
  'crossing', 'plain', 'plains', 'basin', 'delta', 'state', 'territory', 'territories', 'neighborhood', 'neighbourhood',
]);

/**
 * Lowercase words that introduce a place: 'in Raqqa', 'near Baghouz',
 * 'the city of Homs', 'province of Deir Ezzor'. 'to' and 'at' are left out:
 * 'told to Reuters', 'at Apple'.
 */
export const placePrepositions: ReadonlySet<string> = new Set([
  'in', 'near', 'outside', 'inside', 'across', 'around', 'towards', 'toward', 'into', 'throughout',
]);

/** 'the city of Homs', 'the eastern Syrian province of Deir Ezzor'. */
export const placeNounsBeforeOf: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'hamlet', 'province', 'region', 'district', 'state', 'country', 'capital', 'island', 'suburb',
]);

/** A lowercase noun after the name: 'the Jazeera region', 'Mosul’s Tayran neighborhood', 'the Euphrates river'. */
export const placeNounsAfter: ReadonlySet<string> = new Set([
  'region', 'province', 'city', 'town', 'village', 'hamlet', 'district', 'area', 'desert', 'valley', 'river', 'neighborhood',
  'neighbourhood', 'suburb', 'governorate', 'border', 'mountains', 'countryside',
]);
