import {
  CURRENCY_MINOR_UNITS,
  ISO_4217,
  MAX_CURRENCY_DECIMALS,
  NON_MONEY_CODES,
  decimalPlacesOf,
  formatMinorUnits,
  isMoneyCurrency,
  minorUnitsOf,
  parseMinorUnits,
  toMinorUnits,
} from '@ct/domain';

describe('ISO 4217 currencies and minor units', () => {
  it('knows the minor units of the currencies that differ from two decimals', () => {
    expect(minorUnitsOf('JPY')).toBe(0);
    expect(minorUnitsOf('KRW')).toBe(0);
    expect(minorUnitsOf('KWD')).toBe(3);
    expect(minorUnitsOf('BHD')).toBe(3);
    expect(minorUnitsOf('CLF')).toBe(4);
    expect(minorUnitsOf('EUR')).toBe(2);
    for (const code of ['KZT', 'KGS', 'TJS', 'TMT', 'UZS']) expect(minorUnitsOf(code)).toBe(2);
    expect(MAX_CURRENCY_DECIMALS).toBe(4);
  });

  it('does not count metals, units of account, test and "no currency" codes as money', () => {
    for (const code of ['XXX', 'XAU', 'XAG', 'XPT', 'XPD', 'XTS', 'XDR']) {
      expect(isMoneyCurrency(code)).toBe(false);
      expect(minorUnitsOf(code)).toBeUndefined();
      expect(ISO_4217.has(code)).toBe(true);
    }
    for (const code of NON_MONEY_CODES) expect(CURRENCY_MINOR_UNITS.has(code)).toBe(false);
    expect(isMoneyCurrency('usd')).toBe(false);
  });

  it('counts decimals on the decimal form, exponents included', () => {
    expect([1, 100.5, 19.99, 1.234, 0.0001, 1e-7, 1e21, 2.5e-3].map(decimalPlacesOf)).toEqual([
      0, 1, 2, 3, 4, 7, 0, 4,
    ]);
  });

  it('converts exactly to and from minor units in each currency', () => {
    expect(toMinorUnits(19.99, 'EUR')).toBe(1999n); // 19.99 * 100 is 1998.9999999999998
    expect(toMinorUnits(1.234, 'KWD')).toBe(1234n);
    expect(toMinorUnits(1500, 'JPY')).toBe(1500n);
    expect(toMinorUnits(9999999999999.99, 'USD')).toBe(999999999999999n);
    expect(toMinorUnits(1.2345, 'CLF')).toBe(12345n);
    expect(formatMinorUnits(1999n, 'EUR')).toBe('19.99');
    expect(formatMinorUnits(1234n, 'KWD')).toBe('1.234');
    expect(formatMinorUnits(1500n, 'JPY')).toBe('1500');
    expect(formatMinorUnits(-5n, 'USD')).toBe('-0.05');
    for (const [amount, currency] of [
      ['19.99', 'EUR'],
      ['1.234', 'KWD'],
      ['1500', 'JPY'],
      ['-0.05', 'USD'],
    ] as const)
      expect(formatMinorUnits(parseMinorUnits(amount, currency), currency)).toBe(amount);
  });

  it('reads amounts recorded before the rule: extra decimals rounded, non-money codes at two', () => {
    expect(toMinorUnits(100.5, 'JPY')).toBe(101n);
    expect(toMinorUnits(100.4, 'JPY')).toBe(100n);
    expect(toMinorUnits(12.5, 'XAU')).toBe(1250n);
    expect(formatMinorUnits(1250n, 'XAU')).toBe('12.50');
  });
});
