/** Where one value of a run's credentials came from. */
export type CredentialSource =
  'flag' | 'environment' | 'profile' | 'keychain' | 'stdin';

/** The environment variables, named as the gc CLI and Terraform name them. */
export const credentialVariables = {
  region: 'GENESYSCLOUD_REGION',
  clientId: 'GENESYSCLOUD_OAUTHCLIENT_ID',
  clientSecret: 'GENESYSCLOUD_OAUTHCLIENT_SECRET',
} as const;

/** The flag that gives each value. */
export const flagNames = {
  region: '--region',
  clientId: '--client-id',
  clientSecret: '--client-secret-stdin',
} as const;

/** The three values a run's credentials are made of. */
export type Field = keyof typeof flagNames;

/** Each value, named as output names it. */
export const fieldNames: Record<Field, string> = {
  region: 'region',
  clientId: 'client id',
  clientSecret: 'client secret',
};

/** Says where a value came from, as output shows it. */
export function describeSource(
  field: Field,
  source: CredentialSource,
  profileName: string | null,
): string {
  const where: Record<CredentialSource, string> = {
    flag: flagNames[field],
    stdin: 'standard input (--client-secret-stdin)',
    environment: credentialVariables[field],
    profile: `profile '${profileName}'`,
    keychain: `the keychain (profile '${profileName}')`,
  };

  return `${fieldNames[field]} from ${where[source]}`;
}

/** One line per value, such as "client id from GENESYSCLOUD_OAUTHCLIENT_ID". */
export function describeSources(credentials: {
  profile: {name: string} | null;
  sources: Record<Field, CredentialSource>;
}): string[] {
  const name = credentials.profile?.name ?? null;

  return (['region', 'clientId', 'clientSecret'] as const).map((field) =>
    describeSource(field, credentials.sources[field], name),
  );
}
