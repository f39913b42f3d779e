/**
 * A reshuffle told with the office a person leaves written as the title
 * before their name: "dropping Labour CS X", "Trade CS X … takes over Foreign
 * Affairs", "Her place at Trade goes … to Health CS Y" gave current offices
 * (batch AC's reshuffle). The docket left is former; near misses (an acting
 * docket taken on beside one's own, a chairmanship taken over, the same docket
 * renamed) keep the office current. Short invented texts, offices written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);
const dated = 'Published March 4, 2026\n\n';

describe('the docket a reshuffle takes a person out of', () => {
  it.each([
    ['"dropping Labour CS X"', 'The President reshuffled the Cabinet, dropping Labour CS Muthama Kioko Nzau and moving two others.', 'Nzau', 'Cabinet Secretary, Labour (former)'],
    ['"is also firing Lands PS X"', 'The President is also firing Lands PS Wanjiru Njeri Kamau over the audit.', 'Kamau', 'Principal Secretary, Lands (former)'],
    ['"Trade CS X, who …, takes over Foreign Affairs"', 'Trade CS Nyambura Wairimu Kago, who has held the docket since 2023, takes over Foreign Affairs with immediate effect.', 'Kago', 'Cabinet Secretary, Trade (former)'],
    ['"Her place at Trade goes, …, to Health CS Y"', 'Her place at Trade goes, also with immediate effect, to Health CS Dr Halima Abdi Gure.', 'Gure', 'Cabinet Secretary, Health (former)'],
    ['"Energy CS X has been moved to Defence"', 'Energy CS Kiprop Rono Kibet has been moved to Defence.', 'Kibet', 'Cabinet Secretary, Energy (former)'],
    ['"sending Agriculture CS X to the diplomatic service"', 'The President reshuffled the Cabinet, sending Agriculture CS Tajeu Kores Lemein to the diplomatic service.', 'Lemein', 'Cabinet Secretary, Agriculture (former)'],
    ['"moving Energy CS X to Defence"', 'The President reshuffled the Cabinet, moving Energy CS Kiprop Rono Chelimo to Defence.', 'Chelimo', 'Cabinet Secretary, Energy (former)'],
    ['"Trade CS X, who was moved from Trade to Defence in the reshuffle,"', 'Trade CS Lagat Kiprotich Bett, who was moved from Trade to Defence in the reshuffle, said he was ready.', 'Bett', 'Cabinet Secretary, Trade (former)'],
    ['"Trade CS X has been moved from the Trade ministry to Defence"', 'Trade CS Lagat Kiprotich Bett has been moved from the Trade ministry to Defence.', 'Bett', 'Cabinet Secretary, Trade (former)'],
  ])('is former: %s', (_label, sentence, name, office) => {
    expect(facts(`${dated}${sentence}`, name)).toContain(office);
  });

  it.each([
    ['"takes over as acting Health CS": a docket beside one\'s own', 'Interior CS Wambui Njoki Karanja takes over as acting Health CS.', 'Karanja', 'Cabinet Secretary, Interior (current)'],
    ['"takes over the chairmanship of the council"', 'Water CS Otieno Were Oduor takes over the chairmanship of the council.', 'Oduor', 'Cabinet Secretary, Water (current)'],
    ['"takes over Mining and Blue Economy": the same docket, renamed', 'Mining CS Kamau Ndegwa Mbugua takes over Mining and Blue Economy.', 'Mbugua', 'Cabinet Secretary, Mining (current)'],
    ['"He sent Interior CS X to Kisumu": a place, no docket', 'He sent Interior CS Wambui Njoki Karanja to Kisumu, where she met elders.', 'Karanja', 'Cabinet Secretary, Interior (current)'],
    ['"Defence CS X, who was moved from Trade to Defence": the docket taken up', 'Defence CS Lagat Kiprotich Bett, who was moved from Trade to Defence in the reshuffle, said he was ready.', 'Bett', 'Cabinet Secretary, Defence (current)'],
    ['"Trade CS X, who moved from Nairobi to Kisumu in 2019": a home moved', 'Trade CS Lagat Kiprotich Bett, who moved from Nairobi to Kisumu in 2019, said he was ready.', 'Bett', 'Cabinet Secretary, Trade (current)'],
    ['"was dropping his children at school"', 'Governor Kiptoo Kibet Rono was dropping his children at school when the call came.', 'Rono', 'Governor (current)'],
  ])('stays current: %s', (_label, sentence, name, office) => {
    expect(facts(`${dated}${sentence}`, name)).toContain(office);
  });
});
