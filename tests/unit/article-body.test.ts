/**
 * The body under an article's headline: a headline that is the whole first
 * sentence is not said again; a headline cut from it ("…") leaves it whole.
 */
import { describe, expect, it } from 'vitest';
import { headlineFrom } from '../../src/pipeline/read/headline';
import { bodyAfterHeadline } from '../../src/pipeline/article-body';

const wekesa = '<a href="/people/amina-wekesa/" class="mention" data-entity="person">Amina Wekesa</a>';

describe('bodyAfterHeadline', () => {
  it('drops a first paragraph that is only the headline’s sentence', () => {
    const html = `<p id="p-1">${wekesa} quits the budget committee.</p>\n<p id="p-2">She spoke in Bungoma.</p>`;
    expect(bodyAfterHeadline(html, 'Amina Wekesa quits the budget committee')).toBe('<p id="p-2">She spoke in Bungoma.</p>');
  });

  it('starts the first paragraph after the sentence when more follows, keeping its anchor and links', () => {
    const html = `<p id="p-1">Budget talks collapse. ${wekesa} led members out.</p>`;
    expect(bodyAfterHeadline(html, 'Budget talks collapse')).toBe(`<p id="p-1">${wekesa} led members out.</p>`);
  });

  it('reads entities and spaces as the headline has them', () => {
    const html = '<p>Counties &amp; the\n“fair share” formula. MPs walk out.</p>';
    expect(bodyAfterHeadline(html, 'Counties & the “fair share” formula')).toBe('<p>MPs walk out.</p>');
  });

  it('opens again the tags the sentence leaves open', () => {
    expect(bodyAfterHeadline('<p><em>Talks collapse. MPs</em> walk out.</p>', 'Talks collapse')).toBe('<p><em>MPs</em> walk out.</p>');
  });

  it('leaves the body whole when the headline is a cut of the sentence, or only its first words', () => {
    const sentence =
      'Bungoma Woman Representative Amina Wekesa on Tuesday led members out of the budget committee, saying the formula for counties had to change.';
    const html = `<p>${sentence}</p>`;
    const cut = headlineFrom(sentence);
    expect(cut.endsWith('…')).toBe(true);
    expect(bodyAfterHeadline(html, cut)).toBe(html);
    expect(bodyAfterHeadline(html, 'Bungoma Woman Representative Amina Wekesa')).toBe(html);
  });

  it('matches the headline made from a short first sentence', () => {
    const html = '<p>Haki Party names Tom Barasa its new treasurer. The vote was unanimous.</p>';
    expect(bodyAfterHeadline(html, headlineFrom('Haki Party names Tom Barasa its new treasurer. The vote was unanimous.'))).toBe('<p>The vote was unanimous.</p>');
  });

  it('leaves a body that does not open with the headline as it is', () => {
    const html = '<p>The committee met on Tuesday.</p>';
    expect(bodyAfterHeadline(html, 'Wekesa quits')).toBe(html);
  });
});
