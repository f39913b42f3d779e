/**
 * Web furniture line by line: credits, captions, signatures and author notes
 * go; story sentences that merely mention a photo or a reporter stay.
 */
import { describe, expect, it } from 'vitest';
import { isFurniture, removeBoilerplate } from '../../src/pipeline/read/boilerplate';

describe('furniture', () => {
  it.each([
    'Additional reporting by Dennis Wafula',
    'Additional reporting from Dennis Wafula and Agencies',
    'Kiprotich Rono Kibet contributed to this report.',
    'Wanjiru Kamau and Otieno Barasa contributed to this story',
    '(Reporting by Wanjiru Kamau and Collins Oduor; Editing by Esther Njeri)',
    'Compiled by Amos Kiprop | Nation Media Group',
    '— Dickens Oloo, Kisumu',
    'Mutheu Kavata is a political analyst and columnist.',
    'Supporters run from tear gas outside the airport on Tuesday. PHOTO: Jared Kiprono',
    'The governor addresses residents at the stadium on Sunday. [Photo by Evans Otieno]',
    '*Elders during the endorsement on Wednesday. Courtesy of Ibrahim Adan*',
    'By Otieno Juma, June 21, 2025',
    'By Achieng Wanga Oduor | Wednesday, October 12th 2016 at 00:00 GMT +3',
    '**Kiprotich Langat Sang**, Kenyans.co.ke',
    'Amina Halake Dida | nation.africa',
    // Kiswahili bylines: "Na" is "by".
    'Na Wanjala Wekesa Makokha',
    'NA CHEBET KOSGEI NA OTIENO BARASA | TAIFA LEO',
  ])('removes %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'The senator said reporting by county officials had been slow since January.',
    '“We are not analysts, we are leaders,” said Governor Kiprono Bett, who is a former teacher.',
    'Mr Otieno is a senior figure in the party and a close ally of the governor.',
    'The MCA held up a photo: an empty ward in a Kisumu hospital where patients share beds.',
    // "Na" as "and", opening a sentence of the story.
    'Na Gavana Wekesa alisema chama kitashinda kiti hicho.',
    // A name and a place, or a name and a party, are no writer and outlet.
    'Governor Kiprono Bett, Kericho.',
    'Wanjiku Muthoni Kariuki, ODM',
    // A politician's contribution is the story's.
    'Governor Kiprono Bett contributed to the fund, the report says.',
    'Senator Wanjiru Kamau contributed to this debate in the House.',
  ])('keeps %j', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe('links to other stories, in Kiswahili too', () => {
  it('removes a "SOMA PIA: headline" line ("read also"), whose headline would otherwise give names', () => {
    const lines = ['Wazee walikutana Hola.', '', 'SOMA PIA: Wazee wa Malindi waonya wanasiasa', '', 'The rally went on.'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(['Wazee walikutana Hola.', 'The rally went on.']);
  });
});

describe('readers\' comments under a story', () => {
  it('removes a "COMMENTS (3)" block of "Name · 2h" entries, whose commenters would otherwise become people', () => {
    const lines = ['Amimo will remain the ward MCA.', '', 'COMMENTS (2)', '', 'Jaber Odhiambo Otieno · 2h', 'Kisumu politics ni drama kila siku.', '', 'Atieno wa Kondele · 45m', 'Congratulations Mheshimiwa! Women can lead.'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(['Amimo will remain the ward MCA.']);
  });

  it('removes a "Reactions:" block of "@handle: text" lines, and keeps the line after it', () => {
    const lines = ['She won the ticket.', '', 'Reactions:', '', '@OtienoJaluo: She deserves it.', '', '@Nyar_Kisumu254: Ndonga was robbed, we all saw it.', '', 'The party will hand her the certificate on Friday.'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(['She won the ticket.', 'The party will hand her the certificate on Friday.']);
  });

  it('removes a "Netizens react" block of writers alone on a line, "**Name:**", their words in the paragraph after', () => {
    const lines = ['The senator will summon the governor.', '', '## Netizens react', '', 'Kenyans on social media had mixed reactions:', '', '**@NyeriFirst:**', '', '"The senator is right."', '', '**Wairimu Njoki Kamau:**', '', '"Politics of 2027 has started early."', '', 'Former Governor Mwangi Kariuki Ndegwa also weighed in.'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(['The senator will summon the governor.', 'Former Governor Mwangi Kariuki Ndegwa also weighed in.']);
  });

  it('removes a "Comments (3)" block of "Name: words" lines, one comment a line', () => {
    const lines = ['The Bill goes to a vote on Tuesday.', '', 'Comments (3)', '', 'Wafula Simiyu Barasa: "Both sides are the same. They only care about their allowances."', 'Achieng Adhiambo: Wanga is right on this one.'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(['The Bill goes to a vote on Tuesday.']);
  });

  it('removes a "Netizens react" block that follows a "Read also" list straight after its links', () => {
    const lines = ['Her husband chairs the county board.', '', '**Read also**', '', '- [Kakamega Governor Sacks Three CECs in Mini Reshuffle](#)', '', '## Netizens react', '', '**Brian Wekesa:**', '', '"Kumbe siasa ni hivi."', '', '**Mercy Akinyi:**', '', '"She did the right thing."'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(['Her husband chairs the county board.']);
  });

  it('keeps a story line after a heading that opens no comments', () => {
    const lines = ['Reactions', '', 'Governor Kiprono Bett said the ruling would be appealed.'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(['Governor Kiprono Bett said the ruling would be appealed.']);
  });
});

describe('the desk\'s credits', () => {
  it.each([
    ['a reporting credit closed by a full stop', 'Reporting by Chebet Jerop Kirui; additional reporting by Kiprono Kipchumba Kosgei.'],
    ['a proofreading credit', '_Proofreading by Otieno Baraka Ouma, copy editor at TUKO.co.ke._'],
    ['a fact-checking credit', 'Fact-checked by Wanjiru Njeri Kamau'],
  ])('removes %s, whose names would otherwise become people', (_label, credit) => {
    expect(removeBoilerplate(['The burial is on Saturday.', '', credit]).filter(Boolean)).toEqual(['The burial is on Saturday.']);
  });
});

describe('a byline with no "By"', () => {
  it('removes a writer\'s name on a line of its own right above the date and time of publication', () => {
    const lines = ['Ombogo Clinches ODM Ticket', '', 'Dennis Owino Oyieko', 'Tuesday, May 3, 2022 at 6:14 PM', '', 'The party named its candidate.'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(['Ombogo Clinches ODM Ticket', 'Tuesday, May 3, 2022 at 6:14 PM', 'The party named its candidate.']);
  });

  it('keeps a name line followed by a story line', () => {
    const lines = ['Dennis Owino Oyieko', 'won the seat on Tuesday, May 3, 2022.'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(lines);
  });
});

describe('readers\' comments in Kiswahili', () => {
  it('removes a "Maoni ya wasomaji" block whose entries are timed "saa 2" ("2 hours")', () => {
    const lines = ['The Bill goes to the committee next week.', '', 'Maoni ya wasomaji', '', 'Juma Omari Hamisi · saa 2', 'Bandari ni yetu kweli!', '', 'Fatma Said · dakika 45', 'Wabunge wamechelewa sana.'];
    expect(removeBoilerplate(lines).filter(Boolean)).toEqual(['The Bill goes to the committee next week.']);
  });
});

describe("a line that promotes another story of the outlet's", () => {
  // Its headline names people the story never speaks of: "Also in Sunday Nation: Former Speaker X recalls …".
  it.each([
    'Also in Sunday Nation: Former Speaker Rosemary Wanjeri Kamotho recalls the early days of devolution',
    "ALSO IN TODAY'S STANDARD: Senator Wafula Kisiangani Barasa on the sugar bill",
    'Also on Citizen Digital: Governor Achieng Auma Odera opens new market',
    'Inside: How MCA Njeri Wambui Kamau built a ward machine',
    'In other news: Former MP Kiptoo Langat Rotich joins UDA',
    "Don't miss: Nominated MP Halima Abdi Guyo on women in politics",
    'Tomorrow in the Nation: Former Governor Mutua Kioko Nzeki speaks',
  ])('removes %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'Also in attendance: Governor Achieng Auma Odera and Senator Wafula Kisiangani Barasa.',
    'Also in the race: former MP Kiptoo Langat Rotich, who quit ODM in March.',
    'Also on the list: Nominated MCA Njeri Wambui Kamau.',
    'Inside the hall, Governor Achieng Auma Odera said the party was united.',
    'In other words: the governor has no majority in the assembly.',
  ])('keeps %j', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});
