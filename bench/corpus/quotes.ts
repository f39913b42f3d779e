/** Invented things politicians say, for direct quotes: no name of a person in any of them, so quotes never add to the ground truth. */
import type { Person } from './cast';
import type { Scene } from './scene';

type QuoteLine = (s: Scene, speaker: Person) => string;

export const QUOTES: readonly QuoteLine[] = [
  () => 'We will not be intimidated by anyone. The people know who stood with them when it mattered',
  (s) => `The people of ${s.county} are not for sale, and they will make their decision at the ballot`,
  () => 'Our doors remain open, but we will not negotiate through the media',
  () => 'I have served this party for many years and nobody will lecture me about loyalty',
  (s) => `What we are seeing in ${s.town} is an attempt to divide us, and it will fail`,
  (s) => `${cap(s.issue())} is not about individuals. It is about the future of this country`,
  () => 'Who gave them the mandate to negotiate on our behalf?',
  (s) => `We have resolved as ${s.party(s.mainParty)} that we shall speak with one voice`,
  () => 'Let them come out and tell Kenyans what they have done with the money',
  () => 'We are not going to sit back and watch as our people are taken for granted',
  () => 'The party has rules, and anyone who breaks them will face the disciplinary committee',
  (s) => `I want to assure the residents of ${s.county} that the projects we started will be completed`,
  () => 'This is a matter for the courts, and we shall respect whatever decision they make',
  () => 'Nobody owns the votes of this region. Leaders must earn them',
  () => 'We have been patient for too long. Enough is enough',
  (s, p) => `I will not resign. I was elected by the people, and ${p.gender === 'm' ? 'a man' : 'a woman'} of integrity does not run away from a fight`,
  (s) => `The ${s.party(s.mainParty)} secretariat has received every complaint and each one will be addressed`,
  () => 'Our opponents are panicking because they know the ground has shifted',
  () => 'We must put the interests of Kenyans above those of politicians',
  () => 'There is no going back on this. The decision was made by the organs of the party',
  () => 'We told them from the start that this arrangement would not work',
  () => 'If they want a fight, they will get one at the ballot',
  () => 'Young people are tired of promises. They want jobs, not speeches',
  () => 'The farmers in this region have suffered enough, and we will not keep quiet',
  () => 'Let us stop the politics of insults and focus on service delivery',
  () => 'I am ready to sit down with anyone who is genuinely interested in unity',
  () => 'We shall table a motion to stop this madness, and we have the numbers',
  () => 'The budget cuts have hurt our hospitals and schools, and someone must take responsibility',
  () => 'I have no personal problem with anybody. My quarrel is with the policies',
  () => 'We are consulting widely and will announce our position in due course',
];

export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
