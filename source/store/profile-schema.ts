import {checkSchema} from './check-schema.js';
import {maxProfileNameLength} from './profile-name.js';

const lastCheckSchema = {
  type: 'object',
  required: ['at', 'ok', 'codes'],
  additionalProperties: false,
  properties: {
    at: {type: 'string'},
    ok: {type: 'boolean'},
    codes: {type: 'array', items: {type: 'string'}},
  },
} as const;

/**
 * One profile on disk. `additionalProperties: false` is deliberate: a field
 * the tool does not know (a secret pasted in by hand, say) makes the file
 * invalid instead of being carried along.
 */
const profileSchema = {
  type: 'object',
  required: [
    'name',
    'regionInput',
    'region',
    'domain',
    'clientId',
    'createdAt',
    'lastCheck',
  ],
  additionalProperties: false,
  properties: {
    name: {type: 'string'},
    regionInput: {type: 'string'},
    region: {type: ['string', 'null']},
    domain: {type: 'string'},
    clientId: {type: 'string'},
    createdAt: {type: 'string'},
    lastCheck: {anyOf: [{type: 'null'}, lastCheckSchema]},
  },
} as const;

/** The top-level keys of the profile file, as conf's `schema` wants them. */
export const profileFileSchema = {
  profiles: {
    type: 'object',
    propertyNames: {
      pattern: '^[A-Za-z0-9._-]+$',
      maxLength: maxProfileNameLength,
    },
    additionalProperties: profileSchema,
  },
};

const fileSchema = {type: 'object', properties: profileFileSchema};

/**
 * Throws as conf does when given a schema, which it no longer is: conf
 * would compile it with ajv at every start.
 */
export function assertLayout(value: unknown): void {
  const problem = checkSchema(fileSchema, value);
  if (problem) throw new Error(`Config schema violation: ${problem}`);
}
