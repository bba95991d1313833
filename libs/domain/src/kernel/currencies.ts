/**
 * ISO 4217 currencies and their minor units: the one table every amount is checked, stored and
 * printed with. Source: ISO 4217 "List One: Currency, fund and precious metal codes", published by
 * the maintenance agency SIX Financial Information (https://www.six-group.com/en/products-services/
 * financial-information/data-standards.html), as amended up to 2025 (ZWG added 2024, XCG 2025).
 * The facts and their source: docs/facts/currencies.md 7.
 */
const withMinorUnits = (digits: number, list: string): [string, number][] =>
  list.split(' ').map((code) => [code, digits]);

/** Codes whose minor unit is not two decimals; every other money code below has two. */
const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DECIMALS = 'CLF UYW';
const TWO_DECIMALS =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL';

/** Money: the ISO 4217 codes with a minor unit, and how many decimals that unit is. */
export const CURRENCY_MINOR_UNITS: ReadonlyMap<string, number> = new Map([
  ...withMinorUnits(0, ZERO_DECIMALS),
  ...withMinorUnits(2, TWO_DECIMALS),
  ...withMinorUnits(3, THREE_DECIMALS),
  ...withMinorUnits(4, FOUR_DECIMALS),
]);

/**
 * ISO 4217 codes that are not money (minor unit "N.A." in List One): precious metals (XAU, XAG,
 * XPT, XPD), bond-market units (XBA-XBD), SDR and regional units of account (XDR, XSU, XUA), the
 * testing code XTS and XXX, "no currency". A grant in troy ounces of gold is not an amount.
 */
export const NON_MONEY_CODES: ReadonlySet<string> = new Set(
  'XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX'.split(' '),
);

/** The largest number of decimals any currency allows (CLF, UYW): the HTTP edge's bound. */
export const MAX_CURRENCY_DECIMALS = Math.max(...CURRENCY_MINOR_UNITS.values());

/**
 * Amounts recorded before currencies had their own minor units were checked for two decimals
 * (and a few used a non-money code): they are read with two, so old logs replay unchanged.
 */
const LEGACY_MINOR_UNITS = 2;

export const isMoneyCurrency = (code: string): boolean => CURRENCY_MINOR_UNITS.has(code);

/** Decimals of the currency's minor unit; undefined for codes that are not money. */
export const minorUnitsOf = (code: string): number | undefined => CURRENCY_MINOR_UNITS.get(code);

/** Decimals used to store and print an amount in `code`, old non-money codes included. */
const scaleOf = (code: string): number => minorUnitsOf(code) ?? LEGACY_MINOR_UNITS;

/**
 * The integer and fraction digits of a number's shortest decimal form (what a client wrote as
 * JSON), exponent notation expanded: 1e-7 is 0.0000001. Never `value * 100`, which is not exact in
 * binary (19.99 * 100 === 1998.9999999999998).
 */
function decimalDigits(value: number): { whole: string; fraction: string } {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e');
  const [integer = '0', decimals = ''] = mantissa.split('.');
  const digits = integer + decimals;
  const point = integer.length + Number(exponent);
  if (point <= 0) return { whole: '0', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { whole: digits + '0'.repeat(point - digits.length), fraction: '' };
  return { whole: digits.slice(0, point), fraction: digits.slice(point) };
}

/** How many decimals the number has as written (100.50 arrives as 100.5: one). */
export const decimalPlacesOf = (value: number): number =>
  decimalDigits(value).fraction.replace(/0+$/, '').length;

/**
 * The amount as an exact integer count of the currency's minor unit (cents, fils, yen). An amount
 * with more decimals than the currency allows is refused by the decider; one recorded before that
 * rule is rounded half up to the minor unit.
 */
export function toMinorUnits(value: number, currency: string): bigint {
  const scale = scaleOf(currency);
  const { whole, fraction } = decimalDigits(value);
  const kept = fraction.slice(0, scale).padEnd(scale, '0');
  let minor = BigInt(whole) * 10n ** BigInt(scale) + BigInt(kept === '' ? '0' : kept);
  if ((fraction[scale] ?? '0') >= '5') minor += 1n;
  return value < 0 ? -minor : minor;
}

/** Minor units printed with the currency's decimals: `1234.50` EUR, `1235` JPY, `1.234` KWD. */
export function formatMinorUnits(minor: bigint, currency: string): string {
  const scale = scaleOf(currency);
  const sign = minor < 0n ? '-' : '';
  const abs = minor < 0n ? -minor : minor;
  if (scale === 0) return `${sign}${abs}`;
  const unit = 10n ** BigInt(scale);
  return `${sign}${abs / unit}.${(abs % unit).toString().padStart(scale, '0')}`;
}

/** Parses an amount printed by formatMinorUnits back to minor units (report totals are summed so). */
export function parseMinorUnits(amount: string, currency: string): bigint {
  const scale = scaleOf(currency);
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const minor =
    BigInt(whole) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0').slice(0, scale) || '0');
  return negative ? -minor : minor;
}
