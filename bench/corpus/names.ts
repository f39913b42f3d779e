/**
 * Invented name pools for the synthetic cast, by community, and the real
 * politicians' names the cast must never produce.
 */

export interface Community {
  name: string;
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Maa naming: men's surnames are written "Ole Sitonik". */
  ole?: boolean;
  /** False where Christian first names are rare. */
  christian?: boolean;
}

/** First names, middle names and surnames by community. Surnames of well-known politicians are left out on purpose. */
export const COMMUNITIES: readonly Community[] = [
  {
    name: 'Kikuyu',
    male: ['Kamande', 'Githinji', 'Njuguna', 'Gachanja', 'Kinyanjui', 'Mureithi', 'Wachira', 'Gathogo', 'Kiragu', 'Macharia', 'Gichuru', 'Kahiga'],
    female: ['Wanjiru', 'Wairimu', 'Nyambura', 'Wambui', 'Njeri', 'Wangari', 'Waithira', 'Gathoni', 'Nduta', 'Wanjugu', 'Wacuka', 'Wangui'],
    surnames: ['Kamau', 'Njoroge', 'Mwangi', 'Kariuki', 'Ngugi', 'Kimani', 'Waweru', 'Gicheru', 'Thuku', 'Mbugua', 'Gachoka', "Ng'aruiya", "Wang'ondu", 'Kibathi', 'Munyua'],
  },
  {
    name: 'Luo',
    male: ['Otieno', 'Ochieng', 'Odhiambo', 'Onyango', 'Omondi', 'Ouma', 'Okoth', 'Oduor', 'Opiyo', 'Owuor', 'Ogutu', 'Obiero'],
    female: ['Akinyi', 'Achieng', 'Adhiambo', 'Awuor', 'Anyango', 'Atieno', 'Auma', 'Apiyo', 'Akoth', 'Aoko', 'Amondi', 'Akello'],
    surnames: ['Ogada', 'Okech', 'Awiti', 'Onduso', "Ojwang'", 'Ogola', 'Oloo', 'Obura', 'Nyamwaya', 'Odongo', "Ochang'a", 'Owiti', 'Adongo', 'Otolo', 'Okore'],
  },
  {
    name: 'Luhya',
    male: ['Wafula', 'Wekesa', 'Barasa', 'Wanyonyi', 'Simiyu', 'Makokha', 'Shikanda', 'Masinde', 'Mukhwana', 'Sitati', 'Wasike', 'Mukabana'],
    female: ['Nafula', 'Nasimiyu', 'Naliaka', 'Nekesa', 'Nanjala', 'Khasoa', 'Naswa', 'Atsieno', 'Imali', 'Kavetsa', 'Muhonja', 'Nabwire'],
    surnames: ['Lusweti', 'Situma', 'Wangila', 'Wanyama', 'Makhanu', 'Okwaro', 'Mmbone', 'Khisa', 'Shiundu', 'Amukowa', 'Lukorito', 'Mulongo', 'Shikokoti', "Mang'oli", 'Kundu'],
  },
  {
    name: 'Kamba',
    male: ['Mutinda', 'Musyoki', 'Kioko', 'Mbithi', 'Munyao', 'Kyalo', 'Mulwa', 'Nzioka', 'Mwanzia', 'Kilunda', 'Mutiso', 'Kasina'],
    female: ['Mwende', 'Kaluki', 'Mwikali', 'Nthenya', 'Ndinda', 'Mueni', 'Syokau', 'Katunge', 'Kavata', 'Mumbua', 'Nduku', 'Wayua'],
    surnames: ['Ndambuki', 'Nzioki', 'Muli', 'Musau', 'Kitonga', 'Kivuva', 'Maluki', 'Nzomo', 'Mwaniki', 'Kimeu', 'Kyengo', 'Wambua', 'Mutisya', 'Ndolo', 'Kasyoki'],
  },
  {
    name: 'Kalenjin',
    male: ['Kiprono', 'Kiplagat', 'Kipkemboi', 'Kibet', 'Kiprotich', 'Kipngetich', 'Kimutai', 'Kipsang', 'Kiptanui', 'Kigen', 'Kiptoo', 'Kipyegon'],
    female: ['Chebet', 'Jepkosgei', 'Jepchirchir', 'Chepkoech', 'Chelangat', 'Jerono', 'Chepngeno', 'Jelimo', 'Cherono', 'Chemutai', 'Jepkemoi', 'Cherotich'],
    surnames: ['Rotich', 'Korir', 'Lagat', 'Bett', 'Limo', 'Kirui', 'Too', 'Kiprop', 'Tanui', 'Sang', 'Chumo', 'Kemboi', 'Mitei', "Ng'etich", 'Koech'],
  },
  {
    name: 'Kisii',
    male: ['Nyakundi', 'Ondieki', 'Omwenga', 'Makori', 'Ombati', 'Momanyi', 'Ondari', 'Mosiria', 'Obiri', 'Nyaanga', 'Oigara', 'Nyabuto'],
    female: ['Kerubo', 'Moraa', 'Nyaboke', 'Kemunto', 'Bonareri', 'Nyanchama', 'Kwamboka', "Mong'ina", 'Nyakerario', 'Bochaberi', 'Gesare', 'Nyamoita'],
    surnames: ['Mokaya', 'Getare', 'Nyamweya', 'Ombui', 'Mogaka', 'Nyasimi', 'Mosota', "Nyamang'i", "Gesang'i", "Mosong'o", 'Oyaro', 'Magara', "Nyang'wara", 'Orina', 'Nyambane'],
  },
  {
    name: 'Meru and Embu',
    male: ['Mugambi', 'Kinoti', 'Gitonga', 'Mwiti', 'Kirimi', 'Muriuki', 'Njeru', 'Mutembei', 'Murithi', 'Mbaabu', 'Nkanata', 'Kobia'],
    female: ['Kathure', 'Nkatha', 'Kendi', 'Makena', 'Karimi', 'Gacheri', 'Kagendo', 'Kinya', 'Nkirote', 'Mukami', 'Ciambaka', 'Kawiria'],
    surnames: ['Mwirigi', 'Marete', 'Kiautha', 'Mutuma', 'Kaberia', 'Mburugu', 'Kirinya', 'Gatobu', 'Muthuri', 'Ntoiti', 'Mbogori', 'Njagi', 'Nthiga', 'Kiambati', 'Rwigi'],
  },
  {
    name: 'Maasai',
    ole: true,
    male: ['Koileken', 'Sankale', 'Meiteyian', 'Nkoitiko', 'Leshan', 'Lankas', 'Kasaine', 'Sironka', 'Tajeu', 'Koikai', 'Parkesian', 'Saruni'],
    female: ['Naserian', 'Nashipae', 'Sintamei', 'Nalotuesha', 'Naanyu', 'Resiato', 'Nakuti', 'Silantoi', 'Noonkipa', 'Seneiya', 'Namunyak', 'Soila'],
    surnames: ['Sitonik', 'Parmuat', 'Meikuaya', 'Koonyo', 'Tumpes', 'Seketian', 'Nkurrunah', 'Lemiso', 'Kiserian', 'Nkamasiai', 'Mepukori', 'Tinkoi'],
  },
  {
    name: 'Mijikenda',
    male: ['Kazungu', 'Chengo', 'Karisa', 'Katana', 'Kahindi', 'Mwaro', 'Charo', 'Kenga', 'Ngala', 'Tsuma', 'Mwachiro', 'Kombe'],
    female: ['Kadzo', 'Dama', 'Sidi', 'Kache', 'Mapenzi', 'Mwanajuma', 'Rehema', 'Zawadi', 'Saumu', 'Kabibi', 'Mwanaisha', 'Kahonzi'],
    surnames: ['Mwaruwa', 'Chivatsi', 'Jefwa', 'Kalume', 'Mweri', 'Thoya', 'Ngumbao', 'Mangi', 'Mbaru', 'Dzombo', 'Karembo', 'Mwatsuma', 'Nzaro', 'Kiraga', 'Shauri'],
  },
  {
    name: 'Somali',
    christian: false,
    male: ['Abdirahman', 'Ibrahim', 'Abdikadir', 'Mohamud', 'Hassan', 'Yusuf', 'Osman', 'Bashir', 'Ismail', 'Abdiwahab', 'Siyad', 'Mahat'],
    female: ['Amina', 'Halima', 'Sahra', 'Hodan', 'Ubah', 'Nasra', 'Ifrah', 'Deka', 'Hawa', 'Sadia', 'Ruqiya', 'Fardowsa'],
    surnames: ['Gedi', 'Warsame', 'Dahir', 'Hirsi', 'Noor', 'Guleid', 'Kassim', 'Elmi', 'Jibril', 'Barre', 'Gure', 'Abdille', 'Shurie', 'Dekow', 'Hussein'],
  },
  {
    name: 'Turkana',
    male: ['Ekai', 'Lokwang', 'Ekiru', 'Ewoi', 'Ekidor', 'Lokorio', 'Etabo', 'Lokaale', 'Eripete', 'Losike', 'Ebenyo', 'Akoule'],
    female: ['Nakiru', 'Akai', 'Nawoi', 'Akiru', 'Ebei', 'Napeyok', 'Akaran', 'Nakwawi', 'Ekaran', 'Namoit', 'Arot', 'Nabong'],
    surnames: ['Ekitela', 'Longole', 'Lomulen', 'Eregae', 'Nakapelo', 'Ekeno', 'Lotukoi', 'Lochodo', 'Apua', 'Ereng', 'Lokolio', 'Emanikor'],
  },
];

/** Christian first names, which many Kenyans carry beside a community name. */
export const CHRISTIAN_NAMES = {
  male: ['Cleophas', 'Benedict', 'Evans', 'Erastus', 'Silas', 'Fredrick', 'Dominic', 'Josphat', 'Leonard', 'Ezekiel', 'Bernard', 'Clement', 'Geoffrey', 'Nelson', 'Vincent', 'Ambrose', 'Cyprian', 'Julius', 'Titus', 'Lawrence', 'Wilfred', 'Samson', 'Gabriel', 'Hesbon'],
  female: ['Philomena', 'Tabitha', 'Jackline', 'Beatrice', 'Everlyne', 'Purity', 'Caroline', 'Lilian', 'Rosemary', 'Faith', 'Agnes', 'Hellen', 'Dorcas', 'Lydia', 'Eunice', 'Consolata', 'Priscilla', 'Teresia', 'Winfred', 'Josephine', 'Mercy', 'Pauline', 'Scholastica', 'Roselyn'],
} as const;

/**
 * Surnames and full names of real politicians, checked against every
 * generated name: an invented cast must not put words in a real person's mouth.
 */
export const REAL_SURNAMES = new Set(
  [
    'Odinga', 'Oginga', 'Ruto', 'Kenyatta', 'Kibaki', 'Moi', 'Musyoka', 'Kalonzo', 'Mudavadi', 'Wetangula', 'Karua', 'Gachagua',
    'Kindiki', 'Murkomen', 'Sakaja', "Matiang'i", 'Joho', 'Sonko', 'Mbuvi', 'Ngilu', 'Kilonzo', 'Mbadi', 'Sifuna', 'Atwoli',
    'Oparanya', 'Savula', 'Duale', 'Omtatah', 'Orengo', 'Kioni', 'Wamalwa', 'Waiguru', 'Kuria', 'Nyoro', 'Cheruiyot', 'Kiunjuri',
    'Mutua', 'Kagwe', 'Keter', 'Midiwo', 'Mbui', "Ichung'wah", 'Malala', 'Osotsi', 'Khalwale', 'Onyonka', 'Otiende', 'Amollo',
    'Owino', 'Salasya', 'Namwamba', 'Shitanda', 'Lusaka', 'Natembeya', 'Kingi', "Mung'aro", 'Jumwa', 'Mvurya', 'Maalim', 'Keynan',
    'Haji', 'Lenku', 'Kaparo', 'Ntimama', 'Sankok', 'Tunai', 'Ntutu', 'Nkaissery', 'Nanok', 'Lonyangapuo', 'Lotodo', 'Aukot',
    'Linturi', 'Munya', 'Kiraitu', 'Mwangaza', 'Muriungi', 'Murungi', 'Osoro', 'Nyachae', 'Arati', 'Ongwae', 'Nyagarama',
    "Nyong'o", "Kajwang'", 'Wandayi', 'Omanga', 'Wanga', 'Kositany', 'Cherargei', 'Sudi', 'Ndeti', 'Muthama', 'Kibwana', 'Biwott',
    'Mwandawiro', 'Mghanga', 'Mbarire', 'Wahome', 'Chelugui', 'Tuya', 'Passaris', 'Kimunya', 'Muturi', 'Wetang\'ula', 'Eseli',
    'Echesa', 'Washiali', 'Ottichilo', 'Khaniri', 'Kabogo', 'Waititu', 'Kamanda', 'Lesuuda', 'Lenolkulal', 'Lempurkel', 'Mohamed',
    // Added with the invented names (invented-names.ts), whose syllables could spell these.
    'Obado', 'Oburu', 'Otuoma', 'Rasanga', 'Ojaamong', 'Ayacko', 'Ojode', 'Ojiambo', 'Awori', 'Wako', 'Kituyi', 'Kombo', 'Wakoli',
    'Mwaura', 'Michuki', 'Karume', 'Kamotho', 'Muite', 'Ngunjiri', 'Githae', 'Kimemia', 'Gakuya', 'Wamatangi', 'Nyagah', 'Wambora',
    'Mwiraria', 'Imanyara', 'Njuki', 'Kones', 'Kosgey', 'Kosgei', 'Rutto', 'Tolgos', 'Chepkonga', 'Kutuny', 'Metito', 'Ethuro',
    'Mwakwere', 'Mwadime', 'Baya', 'Obure', 'Ongeri', 'Angwenyi', 'Marende', 'Nyenze', 'Mwau', 'Roba', 'Korane', 'Kerrow',
  ].map((name) => name.toLowerCase()),
);

export const REAL_FULL_NAMES = new Set(
  [
    'Farah Maalim', 'Aden Duale', 'Adan Keynan', 'Kipchumba Murkomen', 'Ken Lusaka', 'Sally Kosgei', 'Amason Kingi', 'Yusuf Haji', 'Junet Mohamed',
    'Hassan Omar', 'Ahmed Abdullahi', 'Yusuf Hassan', 'Ali Roba',
  ].map((name) => name.toLowerCase()),
);

/** True when a generated name is, or shares its surname with, a politician the cast must not name. */
export function isRealPolitician(fullName: string, surname: string): boolean {
  const surnameWords = surname.toLowerCase().replace(/^ole /, '').split('-');
  return REAL_FULL_NAMES.has(fullName.toLowerCase()) || surnameWords.some((word) => REAL_SURNAMES.has(word));
}
