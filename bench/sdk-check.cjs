#!/usr/bin/env node
// The baseline the check is measured against: Genesys' official JS SDK
// doing the same token request and tokens/me call against the emulator.
// Usage: node bench/sdk-check.cjs <emulator url> (client id and secret in
// GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET).
/* global require, process, URL */
'use strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const platformClient = require('purecloud-platform-client-v2');

async function main() {
  const url = new URL(process.argv[2]);
  const client = platformClient.ApiClient.instance;
  client.setGateway({
    host: url.hostname,
    protocol: url.protocol.replace(':', ''),
    port: url.port,
  });
  await client.loginClientCredentialsGrant(
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  );
  const me = await new platformClient.TokensApi().getTokensMe();
  process.stdout.write(
    `${JSON.stringify({ok: true, client: me.OAuthClient?.id ?? null})}\n`,
  );
}

main().catch((error) => {
  const status = error && typeof error === 'object' ? error.status : null;
  process.stderr.write(`SDK check failed (status ${status ?? 'none'})\n`);
  process.exitCode = 1;
});
