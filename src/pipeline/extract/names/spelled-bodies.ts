/**
 * The bodies offices are held in, written out: an acronym the article defines
 * ("East African Legislative Assembly (EALA)"), or one it never defines but
 * spells out elsewhere, is the body's name on the role.
 */
import type { CountryPack } from '../../pack';
import type { Mention } from '../../types';
import { isPackParty } from './name-kinds';

/**
 * "EALA MP X" after "East African Legislative Assembly (EALA)": an office is
 * held in the body the article named in full; and where it never defines the
 * acronym, in the one name it writes whose words the acronym's letters open
 * ("Kenyan EALA MP X … the East African Legislative Assembly would table").
 * Returns each acronym so spelled out, with its name.
 */
export function spellOutBodies(mentions: Mention[], bodies: Map<string, string>, definitions: Map<string, 'party' | 'other'>, paragraphs: readonly string[], pack: CountryPack): Map<string, string> {
  const spelled = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    for (const role of [mention.role, ...(mention.roles ?? [])]) {
      const written = role?.organisation;
      if (!role || !written) continue;
      const defined = definitions.get(written);
      const body = defined === 'other' ? bodies.get(written) : defined === undefined && ACRONYM.test(written) && !isPackParty(written.toLowerCase(), pack) ? spelledOut(written, paragraphs) : undefined;
      if (body) {
        spelled.set(written, body);
        role.organisation = body;
      }
    }
  }
  return spelled;
}

const ACRONYM = /^\p{Lu}{3,6}$/u;

/** The one name the article writes whose capitalised words open with the acronym's letters, in order; none if it writes none or two. */
function spelledOut(acronym: string, paragraphs: readonly string[]): string | undefined {
  const pattern = new RegExp(`\\b${[...acronym].map((letter) => `${letter}\\p{Ll}+`).join('(?:\\s+(?:of|the|and|for|on))*\\s+')}\\b`, 'gu');
  const found = new Set(paragraphs.flatMap((paragraph) => [...paragraph.matchAll(pattern)].map((match) => match[0])));
  return found.size === 1 ? [...found][0] : undefined;
}
