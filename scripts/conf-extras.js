// conf validates its file with ajv when it is given a schema, and migrates
// it with semver when it is given migrations. genesys-auth uses neither (the
// profile file's layout is checked by hand in source/store/check-schema.ts),
// so the bundle replaces both with this module: ~170 kB that every command
// reading profiles would otherwise load. Using either fails loudly.
function notBundled() {
  throw new Error(
    "genesys-auth's bundle leaves out conf's schemas and migrations; " +
      'see scripts/conf-extras.js',
  );
}

export class Ajv2020 {
  constructor() {
    notBundled();
  }
}

const standIn = new Proxy({}, {get: () => notBundled});

export default standIn;
