import { CURRENCY_MINOR_UNITS, NON_MONEY_CODES } from './currencies';

export * from './currencies';

/**
 * Code lists the domain checks against. They are data, not behaviour: the officially assigned
 * ISO 3166-1 alpha-2 country codes as validator.js lists them (class-validator uses the same list
 * at the HTTP edge, so the edge and the domain agree), and the ISO 4217 codes of currencies.ts.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

export const ISO_3166_ALPHA2 = words(
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW',
);

/** Every ISO 4217 code, money or not (currencies.ts says which is which and their minor units). */
export const ISO_4217: ReadonlySet<string> = new Set([...CURRENCY_MINOR_UNITS.keys(), ...NON_MONEY_CODES]);

/** The five Central Asian States that are parties to the JPoA (docs/facts/frameworks.md 1.4, docs/facts/states.md 5). */
export const CENTRAL_ASIAN_STATES = [
  { code: 'KZ', name: 'Kazakhstan' },
  { code: 'KG', name: 'Kyrgyzstan' },
  { code: 'TJ', name: 'Tajikistan' },
  { code: 'TM', name: 'Turkmenistan' },
  { code: 'UZ', name: 'Uzbekistan' },
] as const;

export type CentralAsianStateCode = (typeof CENTRAL_ASIAN_STATES)[number]['code'];

export const isStateCode = (code: string): boolean => ISO_3166_ALPHA2.has(code);
export const isCurrencyCode = (code: string): boolean => ISO_4217.has(code);
