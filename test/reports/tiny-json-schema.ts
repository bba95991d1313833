/**
 * Just enough of JSON Schema (2020-12) for the report schemas: type (with null), const, enum,
 * pattern, minimum/maximum, required, properties, additionalProperties: false, items,
 * minItems/maxItems, oneOf and local $ref. Returns every violation with its path; [] when valid.
 */
type Schema = Record<string, unknown>;

export function validate(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Schema)[key], root);
    if (!target) return [`${path}: unresolved ${schema.$ref}`];
    return validate(target as Schema, value, root, path);
  }
  const errors: string[] = [];
  if (schema.oneOf) {
    const passing = (schema.oneOf as Schema[]).filter((s) => validate(s, value, root, path).length === 0);
    if (passing.length !== 1) errors.push(`${path}: matches ${passing.length} of oneOf`);
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: expected ${String(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value))
    errors.push(`${path}: ${String(value)} not in enum`);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const actual =
      value === null
        ? 'null'
        : Array.isArray(value)
          ? 'array'
          : Number.isInteger(value)
            ? 'integer'
            : typeof value;
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!ok) return [...errors, `${path}: expected ${types.join('|')}, got ${actual}`];
  }
  if (
    typeof value === 'string' &&
    typeof schema.pattern === 'string' &&
    !new RegExp(schema.pattern).test(value)
  )
    errors.push(`${path}: '${value}' does not match ${schema.pattern}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(`${path}: too few items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      errors.push(`${path}: too many items`);
    if (schema.items)
      value.forEach((item, i) =>
        errors.push(...validate(schema.items as Schema, item, root, `${path}[${i}]`)),
      );
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in object)) errors.push(`${path}: missing ${key}`);
    for (const [key, child] of Object.entries(object)) {
      if (properties[key]) errors.push(...validate(properties[key], child, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected ${key}`);
    }
  }
  return errors;
}
