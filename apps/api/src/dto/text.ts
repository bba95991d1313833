import { type ValidationOptions, registerDecorator } from 'class-validator';

/**
 * Characters free text must not carry. Stored notes end up in terminals (the CLI, logs), reports
 * and spreadsheets: a NUL truncates C strings, an ANSI escape (ESC, CSI U+009B) rewrites a
 * terminal, bidi overrides and isolates show a reader text in another order than it is stored
 * (CVE-2021-42574, "Trojan Source"), and a lone surrogate is not Unicode at all (it cannot be
 * encoded as UTF-8, so PostgreSQL and every UTF-8 consumer would mangle or refuse it).
 */
const C0_SINGLE_LINE = '\\u0000-\\u001F';
const C0_MULTI_LINE = '\\u0000-\\u0008\\u000B-\\u001F'; // keeps \t (U+0009) and \n (U+000A)
const DEL_AND_C1 = '\\u007F-\\u009F';
const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069';
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

const forbidden = (c0: string) => new RegExp(`[${c0}${DEL_AND_C1}${BIDI_CONTROLS}]|${LONE_SURROGATE}`);
const SINGLE_LINE = forbidden(C0_SINGLE_LINE);
const MULTI_LINE = forbidden(C0_MULTI_LINE);

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `value` is not plain text, or undefined when it is (non-strings are left to @IsString). */
export function plainTextProblem(value: unknown, multiline: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = (multiline ? MULTI_LINE : SINGLE_LINE).exec(value);
  if (!match) return undefined;
  const char = match[0];
  const code = char.charCodeAt(0);
  const what =
    code >= 0xd800 && code <= 0xdfff
      ? 'a lone surrogate'
      : (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
        ? 'a bidirectional override or isolate'
        : 'a control character';
  const allowed = multiline ? ' (only line feed and tab are allowed)' : '';
  return `must not contain ${what}: ${codePoint(char)} at index ${match.index}${allowed}`;
}

/**
 * Free text a person wrote: titles, names, places, notes, reasons, evidence. Refuses C0 controls
 * (except \n and \t when `multiline`), DEL and C1 controls, bidi overrides and isolates, and lone
 * surrogates, with a 400 naming the field and the offending code point. With `each: true` it
 * checks every string of an array. Lengths and emptiness stay with @MaxLength and @IsNotEmpty.
 */
export function IsPlainText(options: ValidationOptions & { multiline?: boolean } = {}): PropertyDecorator {
  const { multiline = false, ...validation } = options;
  return (target, propertyName) =>
    registerDecorator({
      name: multiline ? 'isPlainMultilineText' : 'isPlainText',
      target: target.constructor,
      propertyName: propertyName as string,
      options: validation,
      validator: {
        validate: (value: unknown) => plainTextProblem(value, multiline) === undefined,
        defaultMessage: (args) => {
          const value: unknown = args?.value;
          // With `each`, the message is built once for the whole array: name the first bad item.
          const items = Array.isArray(value) ? value : [value];
          const index = items.findIndex((item) => plainTextProblem(item, multiline) !== undefined);
          const where = Array.isArray(value) && index >= 0 ? `[${index}]` : '';
          const problem = plainTextProblem(items[index], multiline) ?? 'must be plain text';
          return `${args?.property ?? 'text'}${where} ${problem}`;
        },
      },
    });
}
