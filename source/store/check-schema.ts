/**
 * The few JSON Schema keywords the profile file's schema uses, checked by
 * hand. Compiling the schema with ajv, as conf does when given one, costs
 * about 40 ms at every start of every command that reads profiles.
 */
export interface Schema {
  type?: string | readonly string[];
  required?: readonly string[];
  properties?: Readonly<Record<string, Schema>>;
  additionalProperties?: boolean | Schema;
  propertyNames?: {pattern?: string; maxLength?: number};
  items?: Schema;
  anyOf?: readonly Schema[];
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';

  return typeof value;
}

function checkType(schema: Schema, value: unknown): string | null {
  if (schema.type === undefined) return null;

  const types = typeof schema.type === 'string' ? [schema.type] : schema.type;

  return types.includes(typeOf(value)) ? null : `must be ${types.join(',')}`;
}

function checkName(schema: Schema, name: string): string | null {
  const rule = schema.propertyNames;
  if (!rule) return null;
  if (rule.maxLength !== undefined && name.length > rule.maxLength) {
    return `property name '${name}' is too long`;
  }

  if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(name)) {
    return `property name '${name}' must match pattern "${rule.pattern}"`;
  }

  return null;
}

function checkObject(
  schema: Schema,
  value: Record<string, unknown>,
  at: string,
): string | null {
  for (const key of schema.required ?? []) {
    if (!(key in value))
      return `\`${at}\` must have required property '${key}'`;
  }

  for (const [key, child] of Object.entries(value)) {
    const problem = checkName(schema, key);
    if (problem) return `\`${at}\` ${problem}`;

    const path = at ? `${at}/${key}` : key;
    const known = schema.properties?.[key];
    if (known) {
      const inner = checkSchema(known, child, path);
      if (inner) return inner;
    } else if (schema.additionalProperties === false) {
      return `\`${at}\` must NOT have additional properties`;
    } else if (typeof schema.additionalProperties === 'object') {
      const inner = checkSchema(schema.additionalProperties, child, path);
      if (inner) return inner;
    }
  }

  return null;
}

/**
 * The first way `value` breaks `schema`, worded as ajv words it (for
 * example "`profiles/prod` must NOT have additional properties"), or null.
 */
export function checkSchema(
  schema: Schema,
  value: unknown,
  at = '',
): string | null {
  if (schema.anyOf) {
    const fits = schema.anyOf.some((option) => !checkSchema(option, value, at));
    if (!fits) return `\`${at}\` must match a schema in anyOf`;
  }

  const wrongType = checkType(schema, value);
  if (wrongType) return `\`${at}\` ${wrongType}`;

  if (Array.isArray(value) && schema.items) {
    for (const [index, item] of value.entries()) {
      const inner = checkSchema(schema.items, item, `${at}/${index}`);
      if (inner) return inner;
    }
  } else if (typeOf(value) === 'object') {
    return checkObject(schema, value as Record<string, unknown>, at);
  }

  return null;
}
