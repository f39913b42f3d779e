/**
 * Where a title is held, as the words around it write its place: a place before it or after "for" ("Kibwezi MP", "MP
 * for Kibwezi"), a body after "of" ("Speaker of the Kericho County Assembly"), a level of the administration ("Rift
 * Valley Provincial Commissioner"), a ward's rep (its MCA), a branch beside its party, a portfolio that is no place
 * ("Baringo Agriculture CEC"); and the words that give no office whatever their place ("a youth leader in Naivasha").
 */
import { withoutPortfolio } from './offices/portfolios';

/** "Speaker of the Kericho County Assembly": a title, then the body it is held in, named by its head word. */
const SCOPED_BODY = /^(.+?)\s+of\s+(?:the\s+)?((?!(?:County|National|Regional)\s+\S+$)(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:Assembly|Senate|Parliament|Committee|Council|Commission|Board|Authority|Tribunal|Caucus|Forum))$/u;

/** "MP for Kibwezi", "Senator for Kitui": a seat and the place it is held for. */
const SEAT_FOR = /^(MP|MCA|Senator|Woman Representative)\s+for\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)$/u;

/** "Cabinet Secretary for Agriculture", "County Executive for Health": an office and its portfolio. */
const PORTFOLIO_FOR = /^(Cabinet Secretary|Principal Secretary|County Executive|Chief Officer)\s+for\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?){0,3}\p{Lu}[\p{L}'’-]*)$/u;

/** Groups of people whose "leader" holds no office: "youth leader", "community leader". */
const GROUP_LED = /^(?:youth|women|community|opinion|religious|church|clan|business)$/i;
const DEMONYM = /^(?:Kenyan|Ugandan|Tanzanian|Rwandan|Burundian|Somali|Ethiopian|South Sudanese|Congolese)\s+(?=\S)/;
/** A word in capitals in a place ("UDA", "ODM Kisumu"): a party's acronym, never a county's name. */
export const PARTY_ACRONYM = /(?:^|\s)\p{Lu}[\p{Lu}\p{N}-]+(?:\s|$)/u;

/**
 * Other words news English has for a title, read as that title ("Mbotela county boss X", "the Kitui county chief": the
 * county's Governor). The evidence audit (src/eval/evidence-audit.ts) reads the same table, so that "said the county
 * boss" names the Governor there too.
 */
export const TITLE_WORDINGS: Readonly<Record<string, readonly string[]>> = { Governor: ['County Boss', 'County Chief'] };

/** The title and its place as the words settle them, or undefined for words that name no office. */
export function scopeTitle(title: string, place: string | undefined): { title: string; place?: string } | undefined {
  // "Nakuru County Woman Representative": the county is the place the office is held in.
  if (place && /^County (?=(?:Deputy )?Governor$|Woman Representative$|Senator$)/.test(title)) title = title.slice('County '.length);
  // "Rift Valley Provincial Commissioner": the level of the administration is the title's word, not part of the place.
  // ("Provincial Commissioner X": the level alone, no place; "Kimilili Sub-County Administrator": the sub-county's.)
  const level = place && /^(?:(?:Deputy\s+)?Commissioner|Administrator)$/.test(title) ? /^(?:(.+?)\s+)?(Provincial|Regional|District|Sub-County|Ward)$/.exec(place) : null;
  if (level) {
    title = `${level[2]} ${title}`;
    place = level[1];
  }
  // "Kipsang Ward Rep X": a ward's representative is its MCA; "Mbotela county boss X", "the Kitui county chief", "the
  // former county boss, X", the county's Governor ("the county chief of staff", "county chief officer" are titles of their
  // own, never read as this one).
  // (Only with the ward's name: a bare "Ward" before "Rep" is read as the run's place by the name readers, and taken out
  // of the run it would leave a person called "Ward".)
  if (/^(?:Ward\s+)?Representative$/.test(title) && (/^Ward\s/.test(title) || (place !== undefined && /\sWard$/.test(place)))) {
    title = 'MCA';
    place = place?.replace(/\s+Ward$/, '');
  }
  // ("the ODM Siaya branch chairman": a branch's office is the party's; the readers of the party's possessive settle
  // "the ODM's Kisumu branch chairman".)
  const branchOf = place && /^Branch\s/.test(title) ? PARTY_ACRONYM.exec(place)?.[0].trim() : undefined;
  if (branchOf) {
    title = title.slice('Branch '.length);
    place = branchOf;
  }
  // ("former county Youth CEC X": the portfolio, not a kind of County Executive.)
  if (/^(?:Youth|Women) County Executive$/.test(title)) title = 'County Executive';
  if (TITLE_WORDINGS.Governor?.includes(title)) {
    // ("the UDA county boss", "ODM Kisumu county boss": a party's boss in the county, whatever its office there, no Governor.)
    if (place !== undefined && PARTY_ACRONYM.test(place)) return undefined;
    title = 'Governor';
  }
  if (place && /\sCounty$/.test(place)) place = place.replace(/\sCounty$/, '');
  // ("Baringo Agriculture CEC", "a former county Finance executive": the portfolio before the title is no place.)
  const county = place ? withoutPortfolio(title, place) : undefined;
  if (county) ({ title, place } = county);
  // "Bungoma County Executive for Health": a county office is held in the county; its portfolio is no second organisation.
  if (place && /^County\s.+\sfor\s/.test(title)) title = title.replace(/\s+for\s.*$/, '');
  // "Ugandan EALA MP": the holder's country is no part of the body the seat is in.
  if (place && DEMONYM.test(place)) place = place.replace(DEMONYM, '');
  // "Majority Leader of the Migori County Assembly": the body the office is held in, written after it
  // ("Director of Policy", "Leader of the Opposition" keep their "of": what follows is no body).
  // ("Speaker of the County Assembly": a body no name singles out stays in the title, as written.)
  // ("MP for Kibwezi X", "Senator for Kitui County X": a seat's place after "for" is where it is held, no word of the title.)
  const seatFor = place === undefined && title.includes(' for ') ? SEAT_FOR.exec(title) : null;
  if (seatFor) {
    title = seatFor[1] as string;
    place = (seatFor[2] as string).replace(/\s+County$/, '');
  }
  // ("Cabinet Secretary for Agriculture X": the ministry by its portfolio, as "Agriculture CS"; "County Executive for Health
  // X": a county office, its portfolio no place, as "Bungoma County Executive for Health".)
  const portfolio = place === undefined && title.includes(' for ') ? PORTFOLIO_FOR.exec(title) : null;
  if (portfolio) {
    title = portfolio[1] as string;
    if (!/^(?:County|Chief Officer)/.test(title)) place = portfolio[2] as string;
  }
  const scoped = place === undefined && title.includes(' of ') ? SCOPED_BODY.exec(title) : null;
  if (scoped) {
    title = scoped[1] as string;
    place = scoped[2] as string;
  }
  // ("a former youth leader in Naivasha", "Community leader X": who leads a group of people holds no office; "ODM youth
  // leader X", a party's, may be its league's.)
  const group = title === 'Leader' ? place : /^(\S+) Leader$/.exec(title)?.[1];
  if (group && GROUP_LED.test(group) && !(group !== place && place && PARTY_ACRONYM.test(place))) return undefined;
  return { title, place };
}
