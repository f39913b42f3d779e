import { describe, expect, it } from 'vitest';
import { headlineFrom } from '../../src/pipeline/read/headline';

describe('headlineFrom: where a long first sentence is cut', () => {
  it('cuts before a phrase, not inside a title and a name (seed 001)', () => {
    const title = headlineFrom(
      'ODM leader Raila Odinga has intensified his efforts to woo Amani National Congress Leader Musalia Mudavadi to back his fifth stab at the presidency.',
    );
    expect(title).toBe('ODM leader Raila Odinga has intensified his efforts to woo Amani National Congress Leader Musalia Mudavadi…');
  });

  it('never cuts before "of", which would leave half a title behind', () => {
    const title = headlineFrom(
      'Senators from across the country on Tuesday unanimously endorsed the former Deputy Chief Justice of Kenya Philomena Mwilu for a new role in the judiciary.',
    );
    expect(title).not.toMatch(/Justice…$/);
    expect(title).toBe('Senators from across the country on Tuesday unanimously endorsed the former Deputy Chief Justice of Kenya Philomena Mwilu…');
  });

  it('prefers a clause boundary to a phrase boundary', () => {
    const title = headlineFrom(
      'The Wiper Democratic Movement on Monday said it would field candidates in every county, a move that is likely to strain relations with its partners in the coalition.',
    );
    expect(title).toBe('The Wiper Democratic Movement on Monday said it would field candidates in every county…');
  });

  it('does not split "Kalonzo and Raila" at the "and" that joins the names', () => {
    const title = headlineFrom(
      'Delegates meeting in a packed hall in Machakos town on Saturday cheered when Kalonzo and Raila arrived together hours after the talks had collapsed.',
    );
    expect(title).not.toMatch(/Kalonzo…$/);
  });

  it('keeps a short first sentence whole, without its full stop', () => {
    expect(headlineFrom('Kalonzo meets Raila in Machakos. The talks lasted four hours.')).toBe('Kalonzo meets Raila in Machakos');
  });

  it('without any boundary, cuts at a space outside a run of capitalised words', () => {
    const title = headlineFrom(
      'Supporters chanted loudly outside Parliament Buildings yesterday afternoon demanding answers from Treasury Cabinet Secretary John Mbadi Ng’ongo himself.',
    );
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/\b(Treasury|Cabinet|Secretary|John|Mbadi)…$/);
  });
});
