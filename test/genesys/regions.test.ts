import assert from 'node:assert/strict';
import {test} from 'node:test';
import {listRegions, resolveEnvironment} from '../../source/genesys/regions.js';

const accepted =
  /Enter a region such as eu-west-1, a domain such as mypurecloud\.ie, or a/;

const ireland = {
  region: 'eu-west-1',
  domain: 'mypurecloud.ie',
  loginBaseUrl: 'https://login.mypurecloud.ie',
  apiBaseUrl: 'https://api.mypurecloud.ie',
  isKnown: true,
  isLocal: false,
};

const namesIreland = [
  'eu-west-1',
  ' EU-West-1 ',
  'mypurecloud.ie',
  'MyPureCloud.IE.',
  'api.mypurecloud.ie',
  'login.mypurecloud.ie/',
  'apps.mypurecloud.ie',
  '\tAPPS.MYPURECLOUD.IE\n',
  'apps.mypurecloud.ie/directory/#/admin/users',
  'https://apps.mypurecloud.ie/directory/#/engage/admin/integrations',
  'https://login.mypurecloud.ie/oauth/token',
  'https://api.mypurecloud.ie/api/v2/users/me?x=1',
  'HTTPS://API.MYPURECLOUD.IE:443/',
];

for (const input of namesIreland) {
  test(`${JSON.stringify(input)} names eu-west-1`, () => {
    assert.deepEqual(resolveEnvironment(input), {
      ok: true,
      environment: ireland,
    });
  });
}

test('every region the registry lists resolves by name and by domain', () => {
  const regions = listRegions();
  assert.ok(regions.length >= 17);

  for (const {region, domain} of regions) {
    for (const input of [region, domain, `https://apps.${domain}/`]) {
      const resolved = resolveEnvironment(input);
      assert.ok(resolved.ok, input);
      assert.equal(resolved.environment.region, region);
      assert.equal(resolved.environment.domain, domain);
      assert.equal(resolved.environment.apiBaseUrl, `https://api.${domain}`);
    }
  }
});

test('listRegions comes from the registry, sorted, with known pairs', () => {
  const regions = listRegions();
  const names = regions.map((entry) => entry.region);

  assert.deepEqual(names, [...names].sort());
  assert.deepEqual(
    regions.find((entry) => entry.region === 'ap-southeast-2'),
    {region: 'ap-southeast-2', domain: 'mypurecloud.com.au'},
  );
  assert.ok(names.includes('me-central-1'));
  assert.ok(names.includes('us-east-2'));
});

test('an unknown well-formed domain resolves with a warning', () => {
  for (const input of [
    'edee1.eusc-pure.cloud',
    'api.edee1.eusc-pure.cloud',
    'https://apps.edee1.eusc-pure.cloud/directory/',
  ]) {
    const resolved = resolveEnvironment(input);
    assert.ok(resolved.ok, input);
    assert.deepEqual(resolved.environment, {
      region: null,
      domain: 'edee1.eusc-pure.cloud',
      loginBaseUrl: 'https://login.edee1.eusc-pure.cloud',
      apiBaseUrl: 'https://api.edee1.eusc-pure.cloud',
      isKnown: false,
      isLocal: false,
    });
    assert.match(resolved.warning ?? '', /not in Genesys' list/);
  }
});

test('an unknown domain close to a known one suggests it', () => {
  const resolved = resolveEnvironment('mypurecloud.iee');

  assert.ok(resolved.ok);
  assert.equal(resolved.environment.isKnown, false);
  assert.match(resolved.warning ?? '', /did you mean mypurecloud\.ie\?/i);
});

const locals: Array<[string, string, string]> = [
  ['http://localhost:8080', 'localhost:8080', 'http://localhost:8080'],
  ['http://127.0.0.1:41234/', '127.0.0.1:41234', 'http://127.0.0.1:41234'],
  ['https://127.1.2.3:9443/x', '127.1.2.3:9443', 'https://127.1.2.3:9443'],
  ['http://[::1]:3000', '[::1]:3000', 'http://[::1]:3000'],
  ['HTTP://LOCALHOST', 'localhost', 'http://localhost'],
];

for (const [input, domain, origin] of locals) {
  test(`${input} is a local environment`, () => {
    assert.deepEqual(resolveEnvironment(input), {
      ok: true,
      environment: {
        region: null,
        domain,
        loginBaseUrl: origin,
        apiBaseUrl: origin,
        isKnown: false,
        isLocal: true,
      },
    });
  });
}

const rejections: Array<[string, RegExp]> = [
  ['', /No region given/],
  ['   ', /No region given/],
  ['http://mypurecloud.ie', /Plain http:\/\/ is accepted only for a local/],
  ['http://api.mypurecloud.ie/api/v2', /Plain http:\/\//],
  ['ftp://mypurecloud.ie', /Only https:\/\/ URLs/],
  ['https://', /cannot be read/],
  ['admin@example.com', /email address/],
  ['eu-west1', /did you mean eu-west-1\?/],
  ['euwest-1', /did you mean eu-west-1\?/],
  ['us-east1', /did you mean us-east-1\?/],
  ['ap-southeast2', /did you mean ap-southeast-2\?/],
  ['ireland', /^That is not a region name\. Enter/],
  ['hello', /^That is not a region name\. Enter/],
  ['localhost', /whole URL, such as http:\/\/localhost/],
  ['localhost:8080', /whole URL/],
  ['127.0.0.1:8080', /whole URL/],
  ['docs.genesys.cloud', /documentation/],
  ['https://developer.genesys.cloud/platform/api/', /documentation/],
  ['genesys.cloud', /documentation/],
  ['10.1.2.3', /IP address/],
  ['https://[2001:db8::1]/', /IP address/],
  ['https://api.mypurecloud.ie:8443', /standard https port/],
  ['my_org.example.com', /is not a domain/],
  ['mypurecloud.123', /not a region, a domain or a URL/],
  ['...', /not a domain|cannot|not a region/],
];

for (const [input, message] of rejections) {
  test(`${JSON.stringify(input)} is refused with the accepted forms`, () => {
    const resolved = resolveEnvironment(input);

    assert.equal(resolved.ok, false);
    assert.ok(!resolved.ok);
    assert.match(resolved.message, message);
    assert.match(resolved.message, accepted);
  });
}

test('a rejected secret-like input is not echoed back', () => {
  const secret = 'q8Zr0mXkT3vYw1LpN6sB2dHc9fJ4aE7u';
  const resolved = resolveEnvironment(secret);

  assert.ok(!resolved.ok);
  assert.ok(!resolved.message.includes(secret));
});
