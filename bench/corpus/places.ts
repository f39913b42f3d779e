/** The real places, bodies and outlets the synthetic articles mention: none of them is a person or a party, so all are traps. */

export const COUNTIES = [
  'Mombasa', 'Kwale', 'Kilifi', 'Tana River', 'Lamu', 'Taita Taveta', 'Garissa', 'Wajir', 'Mandera', 'Marsabit', 'Isiolo', 'Meru',
  'Tharaka Nithi', 'Embu', 'Kitui', 'Machakos', 'Makueni', 'Nyandarua', 'Nyeri', 'Kirinyaga', "Murang'a", 'Kiambu', 'Turkana',
  'West Pokot', 'Samburu', 'Trans Nzoia', 'Uasin Gishu', 'Elgeyo Marakwet', 'Nandi', 'Baringo', 'Laikipia', 'Nakuru', 'Narok',
  'Kajiado', 'Kericho', 'Bomet', 'Kakamega', 'Vihiga', 'Bungoma', 'Busia', 'Siaya', 'Kisumu', 'Homa Bay', 'Migori', 'Kisii',
  'Nyamira', 'Nairobi',
] as const;

/** Constituencies and the county each lies in. */
export const CONSTITUENCIES: readonly (readonly [string, string])[] = [
  ['Kitutu Chache North', 'Kisii'], ['Lurambi', 'Kakamega'], ['Kisumu East', 'Kisumu'], ['Nyando', 'Kisumu'], ['Kibwezi West', 'Makueni'],
  ['Mathioya', "Murang'a"], ['Ruaraka', 'Nairobi'], ['Embakasi East', 'Nairobi'], ['Westlands', 'Nairobi'], ['Dagoretti North', 'Nairobi'],
  ["Lang'ata", 'Nairobi'], ['Kasarani', 'Nairobi'], ['Bomachoge Borabu', 'Kisii'], ['Mumias East', 'Kakamega'], ['Butere', 'Kakamega'],
  ['Funyula', 'Busia'], ['Kanduyi', 'Bungoma'], ['Sirisia', 'Bungoma'], ['Kapseret', 'Uasin Gishu'], ['Soy', 'Uasin Gishu'],
  ['Turbo', 'Uasin Gishu'], ['Ainabkoi', 'Uasin Gishu'], ['Marakwet West', 'Elgeyo Marakwet'], ['Mogotio', 'Baringo'],
  ['Eldama Ravine', 'Baringo'], ['Naivasha', 'Nakuru'], ['Molo', 'Nakuru'], ['Njoro', 'Nakuru'], ['Rongai', 'Nakuru'],
  ['Kajiado North', 'Kajiado'], ['Narok West', 'Narok'], ['Magarini', 'Kilifi'], ['Ganze', 'Kilifi'], ['Kaloleni', 'Kilifi'],
  ['Rabai', 'Kilifi'], ['Nyali', 'Mombasa'], ['Likoni', 'Mombasa'], ['Changamwe', 'Mombasa'], ['Mvita', 'Mombasa'], ['Voi', 'Taita Taveta'],
  ['Mwatate', 'Taita Taveta'], ['Wundanyi', 'Taita Taveta'], ['Garissa Township', 'Garissa'], ['Lafey', 'Mandera'], ['Wajir East', 'Wajir'],
  ['Laisamis', 'Marsabit'], ['Saku', 'Marsabit'], ['Igembe South', 'Meru'], ['Tigania West', 'Meru'], ['Imenti North', 'Meru'],
  ['Manyatta', 'Embu'], ['Mbeere North', 'Embu'], ['Kangundo', 'Machakos'], ['Mwala', 'Machakos'], ['Yatta', 'Machakos'],
  ['Masinga', 'Machakos'], ['Mbooni', 'Makueni'], ['Kilome', 'Makueni'], ['Kaiti', 'Makueni'], ['Mwingi Central', 'Kitui'],
  ['Kitui Rural', 'Kitui'], ['Gem', 'Siaya'], ['Alego Usonga', 'Siaya'], ['Rarieda', 'Siaya'], ['Ugenya', 'Siaya'], ['Bondo', 'Siaya'],
  ['Suba North', 'Homa Bay'], ['Ndhiwa', 'Homa Bay'], ['Rangwe', 'Homa Bay'], ['Awendo', 'Migori'], ['Uriri', 'Migori'], ['Kuria East', 'Migori'],
  ['Nyaribari Masaba', 'Kisii'], ['South Mugirango', 'Kisii'], ['West Mugirango', 'Nyamira'], ['Borabu', 'Nyamira'], ['Emuhaya', 'Vihiga'],
  ['Hamisi', 'Vihiga'], ['Sabatia', 'Vihiga'], ['Khwisero', 'Kakamega'], ['Malava', 'Kakamega'], ['Likuyani', 'Kakamega'],
  ['Navakholo', 'Kakamega'], ['Matayos', 'Busia'], ['Nambale', 'Busia'], ['Teso North', 'Busia'], ["Budalang'i", 'Busia'],
  ['Kiharu', "Murang'a"], ['Gatanga', "Murang'a"], ['Othaya', 'Nyeri'], ['Tetu', 'Nyeri'], ['Mukurweini', 'Nyeri'], ['Ndaragwa', 'Nyandarua'],
  ['Kinangop', 'Nyandarua'], ['Gichugu', 'Kirinyaga'], ['Mwea', 'Kirinyaga'], ['Juja', 'Kiambu'], ['Limuru', 'Kiambu'], ['Kabete', 'Kiambu'],
  ['Lari', 'Kiambu'], ['Turkana Central', 'Turkana'], ['Loima', 'Turkana'], ['Kapenguria', 'West Pokot'], ['Samburu West', 'Samburu'],
  ['Laikipia East', 'Laikipia'], ['Ainamoi', 'Kericho'], ['Belgut', 'Kericho'], ['Chepalungu', 'Bomet'], ['Sotik', 'Bomet'],
  ['Mosop', 'Nandi'], ['Emgwen', 'Nandi'], ['Kwanza', 'Trans Nzoia'], ['Saboti', 'Trans Nzoia'], ['Bura', 'Tana River'], ['Lamu West', 'Lamu'],
  ['Msambweni', 'Kwale'], ['Matuga', 'Kwale'], ['Isiolo North', 'Isiolo'], ['Chuka Igambang\'ombe', 'Tharaka Nithi'],
];

/** County assembly wards. */
export const WARDS = [
  'Kileleshwa', 'Kilimani', 'Kahawa West', 'Githurai', 'Kariobangi North', 'Makongeni', 'Mwiki', 'Ziwani', 'Kondele', 'Nyalenda A',
  'Manyatta B', 'Kapsoya', 'Langas', 'Huruma', 'Bondeni', 'Majengo', 'Shauri Moyo', 'Township', 'Mjini', 'Marama West', 'Shieywe',
  'Mahiakalo', 'Kiamokama', 'Bogiakumu', 'Nyansiongo', 'Kabazi', 'Biashara', 'Viwandani', 'Mukuru kwa Njenga', 'Pumwani', 'Bahati',
  'Kabarnet', 'Olkalou', 'Kamukunji', 'Railways', 'Kayole North', 'Mtopanga', 'Frere Town', 'Tudor', 'Mnarani', 'Sabasaba',
  'Ganjoni', 'Kisauni', 'Mtwapa', 'Chemelil', 'Kolwa East', 'Migosi', 'Masogo', 'Ahero', 'Kobura',
];

/** Ministries, as the press names a Cabinet Secretary's docket. */
export const MINISTRIES = [
  'Agriculture', 'Interior', 'Health', 'Education', 'Roads and Transport', 'Energy', 'Lands', 'Water', 'Trade', 'ICT', 'Tourism',
  'Environment', 'Mining', 'Defence', 'Labour', 'Public Service', 'Cooperatives', 'Sports', 'Treasury', 'Foreign Affairs',
  'Gender', 'East African Community',
];

/** Towns that host rallies and meetings. */
export const TOWNS = [
  'Kisumu', 'Eldoret', 'Nakuru', 'Kakamega', 'Bungoma', 'Kisii', 'Kitui', 'Machakos', 'Nyeri', 'Meru', 'Embu', 'Kericho', 'Kapsabet',
  'Kitale', 'Garissa', 'Malindi', 'Voi', 'Narok', 'Kajiado', 'Homa Bay', 'Migori', 'Siaya', 'Busia', 'Nanyuki', 'Thika', 'Naivasha',
  'Bomet', 'Iten', 'Lodwar', 'Kilifi', "Murang'a", 'Nyahururu', 'Mumias', 'Webuye', 'Mwingi', 'Wote',
];

/** Grounds, stadiums and hotels where politicians meet. */
export const VENUES = [
  'Bukhungu Stadium', 'Kasarani Stadium', 'Gusii Stadium', 'Kinoru Stadium', 'Moi Stadium', 'Jomo Kenyatta Stadium', 'Kamukunji Grounds',
  'Jacaranda Grounds', 'Masinde Muliro Stadium', 'Tononoka Grounds', 'Afraha Stadium', 'Kipchoge Keino Stadium', 'Ruringu Stadium',
  'Bomas of Kenya', 'the Kenyatta International Convention Centre', 'Sarova Panafric Hotel', 'Safari Park Hotel', 'Windsor Golf Hotel',
  'Serena Hotel', 'Sarova Whitesands Hotel', 'Enashipai Resort', 'Lake Naivasha Resort', 'Imperial Hotel', 'Golf Hotel', 'Ciala Resort',
  'Kisumu Social Hall', 'Nyayo Stadium', 'Machakos People\'s Park', 'Uhuru Gardens', 'Kenya School of Government',
];

/** Bodies that are never a person or a party. */
export const INSTITUTIONS = [
  'IEBC', 'the Independent Electoral and Boundaries Commission', 'the National Assembly', 'the Senate', 'the High Court',
  'the Court of Appeal', 'the Supreme Court', 'the Registrar of Political Parties', 'the Political Parties Disputes Tribunal',
  'the Ethics and Anti-Corruption Commission', 'EACC', 'the Controller of Budget', 'the Auditor-General', 'the Council of Governors',
  'the Public Accounts Committee', 'the Budget and Appropriations Committee', 'the Salaries and Remuneration Commission',
  'the National Treasury', 'the Ministry of Health', 'the Ministry of Education', 'the Ministry of Agriculture', 'the Judiciary',
  'the Parliamentary Service Commission', 'the Kenya Revenue Authority', 'the Commission on Revenue Allocation',
];

/** Bodies by what they do, for sentences where only some fit. */
export const COURTS = ['the High Court', 'the Court of Appeal', 'the Political Parties Disputes Tribunal', 'the Employment and Labour Relations Court'];
export const INVESTIGATORS = ['the Ethics and Anti-Corruption Commission', 'EACC', 'the Directorate of Criminal Investigations', 'the Auditor-General'];
export const COMMITTEES = ['the Public Accounts Committee', 'the Senate', 'the Budget and Appropriations Committee', 'the party disciplinary committee', 'EACC'];
export const REGULATORS = ['IEBC', 'the Registrar of Political Parties', 'the National Cohesion and Integration Commission'];

/** News outlets, as in "told the Nation". */
export const OUTLETS = ['the Nation', 'the Standard', 'the Star', 'Citizen TV', 'NTV', 'KTN News', 'Radio Citizen', 'Capital FM', 'Taifa Leo', 'K24 TV', 'Ramogi FM', 'Inooro TV'];

/** Unions and lobbies that take political sides. */
export const UNIONS = ['KNUT', 'KUPPET', 'KMPDU', 'COTU', 'the Kenya National Union of Nurses', 'UASU', 'the Kenya Private Sector Alliance', 'the Law Society of Kenya'];

export const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'yesterday', 'last week', 'on Sunday afternoon', 'on Friday evening', 'earlier this week'];
