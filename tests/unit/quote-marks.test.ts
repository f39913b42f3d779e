import { describe, expect, it } from 'vitest';
import { doubleSingleQuotes } from '../../src/pipeline/text/quote-marks';

describe('doubleSingleQuotes', () => {
  it('reads a quotation in single curly marks as one in double marks, at the same offsets', () => {
    const text = '‘We will not be intimidated by anyone,’ Wanjiru Kamau-Otieno said.';
    const read = doubleSingleQuotes(text);
    expect(read).toBe('“We will not be intimidated by anyone,” Wanjiru Kamau-Otieno said.');
    expect(read.length).toBe(text.length);
    expect(read.indexOf('Wanjiru')).toBe(text.indexOf('Wanjiru'));
  });

  it('leaves apostrophes as they are: possessives, elisions and a plural possessive inside a quote', () => {
    expect(doubleSingleQuotes('Odinga’s allies met in Kisumu’s Jomo Kenyatta grounds.')).toBe('Odinga’s allies met in Kisumu’s Jomo Kenyatta grounds.');
    expect(doubleSingleQuotes('She said: ‘The farmers’ union backs the plan, and so do we.’')).toBe('She said: “The farmers’ union backs the plan, and so do we.”');
  });

  it('keeps single marks inside a double-quoted passage: a quote within the quote', () => {
    const text = '“He told us ‘go home and wait’, and we did not,” Otieno Wafula said.';
    expect(doubleSingleQuotes(text)).toBe(text);
  });

  it('opens a quote that starts a paragraph and is not closed in it, as a quote over several paragraphs runs', () => {
    expect(doubleSingleQuotes('‘We have been patient with the county for three years')).toBe('“We have been patient with the county for three years');
    expect(doubleSingleQuotes('The word ‘betrayal was used')).toBe('The word ‘betrayal was used');
  });

  it('reads two quotations of one sentence, split by the attribution', () => {
    expect(doubleSingleQuotes('‘We are ready,’ said Zawadi Mwakilema, ‘and we will win this seat.’')).toBe('“We are ready,” said Zawadi Mwakilema, “and we will win this seat.”');
  });
});
