import { describe, expect, it } from 'vitest';
import { roleLine, roleTitle } from '../../src/site/format';

describe('roleTitle: one casing for role titles', () => {
  it('capitalises each word, after hyphens too, and leaves acronyms and small words', () => {
    expect(roleTitle('leader')).toBe('Leader');
    expect(roleTitle('deputy secretary-general')).toBe('Deputy Secretary-General');
    expect(roleTitle('Leader of the Opposition')).toBe('Leader of the Opposition');
    expect(roleTitle('MP')).toBe('MP');
    expect(roleLine({ title: 'leader', organisation: 'Wiper' })).toBe('Leader, Wiper');
  });
});
