import { MAX_BODY_DEPTH, shapeErrors } from './validation';

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
