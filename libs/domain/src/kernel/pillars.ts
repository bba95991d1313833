/**
 * The four pillars of the UN Global Counter-Terrorism Strategy (A/RES/60/288), with their official
 * names (docs/facts/strategy.md 3.1). The JPoA has one section per pillar, so every deliverable and every
 * assistance record is classified by exactly one of them.
 */
export const PILLARS = {
  I: 'Measures to address the conditions conducive to the spread of terrorism',
  II: 'Measures to prevent and combat terrorism',
  III: "Measures to build States' capacity to prevent and combat terrorism and to strengthen the role of the United Nations system in that regard",
  IV: 'Measures to ensure respect for human rights for all and the rule of law as the fundamental basis of the fight against terrorism',
} as const;

export type Pillar = keyof typeof PILLARS;
export const PILLAR_CODES = Object.keys(PILLARS) as Pillar[];
export const isPillar = (value: string): value is Pillar => Object.hasOwn(PILLARS, value);
