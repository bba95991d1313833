import { IsString } from 'class-validator';
import { MoneyDto } from '../dto/assistance.dto';
import {
  InvalidInputException,
  MAX_BODY_DEPTH,
  inheritedKeyErrors,
  shapeErrors,
  validationPipe,
} from './validation';

class TitleDto {
  @IsString()
  title!: string;
}

const refusal = async (body: unknown) => {
  try {
    await validationPipe.transform(body, { type: 'body', metatype: TitleDto });
  } catch (error) {
    if (error instanceof InvalidInputException) return error.fieldErrors;
    throw error;
  }
  return undefined;
};

const deep = (levels: number): unknown => (levels === 0 ? 1 : { nested: [deep(levels - 1)] });

describe('shapeErrors', () => {
  it('names a too-deep value under an empty key [""], as the validation errors name it', () => {
    expect(shapeErrors({ '': deep(40) }, MAX_BODY_DEPTH)).toEqual([
      {
        field: expect.stringMatching(/^\[""\]\.nested\[0\]/),
        message: `nested deeper than ${MAX_BODY_DEPTH} levels`,
      },
    ]);
    expect(shapeErrors({ a: { '': deep(40) } }, MAX_BODY_DEPTH)[0]?.field).toMatch(/^a\[""\]\.nested\[0\]/);
  });

  it('names prototype keys wherever they are, and accepts shallow bodies', () => {
    expect(shapeErrors(JSON.parse('{"a":{"__proto__":{"x":1}}}'), MAX_BODY_DEPTH)).toEqual([
      { field: 'a.__proto__', message: 'property __proto__ should not exist' },
    ]);
    expect(shapeErrors({ title: 'x', list: [1, { a: 2 }] }, MAX_BODY_DEPTH)).toEqual([]);
  });
});

describe('keys naming an inherited member of Object.prototype', () => {
  it('are found at any depth, not in arrays', () => {
    expect(inheritedKeyErrors({ title: 'x', valueOf: 1, a: { toString: {} }, list: ['toString'] })).toEqual([
      { field: 'valueOf', message: 'property valueOf should not exist' },
      { field: 'a.toString', message: 'property toString should not exist' },
    ]);
    expect(inheritedKeyErrors({ title: 'x', nested: [{ ok: 1 }] })).toEqual([]);
  });

  it('are refused by the pipe as unknown fields, named with every other bad field', async () => {
    // class-validator alone takes them for declared fields and the whitelist drops them silently.
    expect(await refusal({ title: 'x', toString: { polluted: true } })).toEqual([
      { field: 'toString', message: 'property toString should not exist' },
    ]);
    expect(await refusal({ hasOwnProperty: 1 })).toEqual([
      { field: 'hasOwnProperty', message: 'property hasOwnProperty should not exist' },
      { field: 'title', message: 'title must be a string' },
    ]);
    expect(await refusal({ title: 'x' })).toBeUndefined();
  });
});

describe('amounts with decimals', () => {
  const money = async (value: unknown) => {
    try {
      await validationPipe.transform({ value, currency: 'USD' }, { type: 'body', metatype: MoneyDto });
    } catch (error) {
      if (error instanceof InvalidInputException) return error.fieldErrors.map((e) => e.field);
      throw error;
    }
    return [];
  };

  it('refuses values printed in exponent notation as 400 naming the field, not a crash', async () => {
    // class-validator's maxDecimalPlaces threw a TypeError on these (no '.' in "-5e-323").
    expect(await money(-5e-323)).toContain('value');
    expect(await money(1e-7)).toEqual(['value']);
    expect(await money('12')).toContain('value');
  });

  it('accepts up to four decimals and refuses a fifth', async () => {
    expect(await money(1.2345)).toEqual([]);
    expect(await money(250000)).toEqual([]);
    expect(await money(1.23456)).toEqual(['value']);
  });
});
