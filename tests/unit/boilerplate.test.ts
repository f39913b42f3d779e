/**
 * Web furniture line by line: credits, captions, signatures and author notes
 * go; story sentences that merely mention a photo or a reporter stay.
 */
import { describe, expect, it } from 'vitest';
import { isFurniture, removeBoilerplate } from '../../src/pipeline/read/boilerplate';

describe('furniture', () => {
  it.each([
    'Additional reporting by Dennis Wafula',
    '(Reporting by Wanjiru Kamau and Collins Oduor; Editing by Esther Njeri)',
    'Compiled by Amos Kiprop | Nation Media Group',
    '— Dickens Oloo, Kisumu',
    'Mutheu Kavata is a political analyst and columnist.',
    'Supporters run from tear gas outside the airport on Tuesday. PHOTO: Jared Kiprono',
    'The governor addresses residents at the stadium on Sunday. [Photo by Evans Otieno]',
    '*Elders during the endorsement on Wednesday. Courtesy of Ibrahim Adan*',
    'By Otieno Juma, June 21, 2025',
  ])('removes %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'The senator said reporting by county officials had been slow since January.',
    '“We are not analysts, we are leaders,” said Governor Kiprono Bett, who is a former teacher.',
    'Mr Otieno is a senior figure in the party and a close ally of the governor.',
    'The MCA held up a photo: an empty ward in a Kisumu hospital where patients share beds.',
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
