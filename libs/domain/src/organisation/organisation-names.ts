/**
 * How a free-text organisation name is compared: Unicode-normalised (NFKC, so full-width and
 * composed forms agree), lower-cased and without any whitespace, so that "UNOCT / UNCCT",
 * "unoct/uncct" and "UNOCT/UNCCT" are one key. Case and spacing are how legacy spellings of the
 * same provider differ in practice; anything else (punctuation, "and UNRCCA") stays significant.
 */
export function organisationKey(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
