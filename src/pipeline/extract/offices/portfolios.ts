/**
 * A county executive's portfolio written before the title ("Baringo Agriculture CEC", "a former county Finance
 * executive", "the Kisumu county Trade executive"): the portfolio is no place. The office is the county's (a County
 * Executive, as the README's "County Executive for Health" → County Executive of the county), held in the county the
 * words name, or in none when they name only the portfolio.
 */

/** The words of a county department's name, as they stand before the title. */
const PORTFOLIO_WORDS = new Set([
  'finance', 'treasury', 'health', 'agriculture', 'livestock', 'fisheries', 'trade', 'water', 'education', 'tourism', 'lands',
  'roads', 'transport', 'environment', 'youth', 'sports', 'gender', 'culture', 'housing', 'energy', 'infrastructure', 'ict',
  'planning', 'economic', 'public', 'works', 'service', 'services', 'administration', 'devolution', 'cooperatives',
  'co-operatives', 'industrialisation', 'industrialization', 'irrigation', 'mining', 'urban', 'development', 'physical',
  'and', 'county',
]);

/**
 * A county executive's title and place from words that may end in a portfolio: "Executive" of "Baringo Agriculture" is
 * the County Executive of Baringo; of "Finance", a County Executive of no place. Undefined when no portfolio ends the
 * place, or when a County Executive's place is its portfolio alone (the title is read as it is).
 */
export function withoutPortfolio(title: string, place: string): { title: string; place?: string } | undefined {
  if (title !== 'Executive' && title !== 'County Executive') return undefined;
  const words = place.trim().split(/\s+/);
  let end = words.length;
  while (end > 0 && PORTFOLIO_WORDS.has((words[end - 1] as string).toLowerCase())) end--;
  const portfolio = words.slice(end).filter((word) => !/^(?:and|county)$/i.test(word));
  if (portfolio.length === 0) return undefined;
  const rest = words.slice(0, end).filter((word) => !/^county$/i.test(word)).join(' ');
  if (rest) return { title: 'County Executive', place: rest };
  // ("Health CEC X" with no county named is left as read: the quote readers settle "the governor said" against it.)
  return title === 'Executive' ? { title: 'County Executive' } : undefined;
}
