import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderBundle} from '../../source/diagnosis/bundle-markdown.js';
import {withoutCredentials} from '../../source/diagnosis/proxy-settings.js';
import {proxySettings} from '../../source/diagnosis/proxy-settings.js';
import {renderJson} from '../../source/diagnosis/render-json.js';
import {
  colorAllowed,
  renderText,
  unicodeAllowed,
} from '../../source/diagnosis/render-text.js';
import {sampleReport} from './sample-report.js';

const plain = {color: false, unicode: true};
const escape = '\u001B[';

test('text: one line per check with its word and symbol', () => {
  const text = renderText(sampleReport(), plain);

  assert.match(text, /^✔ PASS {2}environment /m);
  assert.match(text, /^✔ PASS {2}token /m);
  assert.match(text, /^⚠ WARN {2}identity /m);
  assert.match(text, /^✖ FAIL {2}permissions /m);
  assert.match(text, /^↷ SKIP {2}sso /m);
  assert.ok(!text.includes(escape));
});

test('text: diagnoses with evidence and numbered steps', () => {
  const text = renderText(sampleReport(), plain);

  assert.match(text, /\[missing-permissions\]/);
  assert.match(text, /Permissions: directory:user:view/);
  assert.match(text, /Correlation id: corr|Correlation id: c0ffee/);
  assert.match(text, /^ {3}1\. Open Admin > Integrations > OAuth/m);
  assert.match(text, /1 failed, 1 with a warning/);
});

test('text: ASCII symbols where Unicode cannot be drawn', () => {
  const text = renderText(sampleReport(), {color: false, unicode: false});

  assert.match(text, /^\+ PASS/m);
  assert.match(text, /^x FAIL/m);
  assert.doesNotMatch(text, /[✔⚠✖↷]/);
});

test('text: colour only when allowed', () => {
  assert.ok(
    renderText(sampleReport(), {...plain, color: true}).includes(escape),
  );
  const env = {TERM: 'xterm-256color'};
  assert.equal(colorAllowed({isTTY: true, env, noColorFlag: false}), true);
  assert.equal(colorAllowed({isTTY: false, env, noColorFlag: false}), false);
  assert.equal(colorAllowed({isTTY: true, env, noColorFlag: true}), false);
  assert.equal(
    colorAllowed({
      isTTY: true,
      env: {...env, NO_COLOR: '1'},
      noColorFlag: false,
    }),
    false,
  );
  assert.equal(unicodeAllowed({TERM: 'dumb'}, 'linux'), false);
  assert.equal(unicodeAllowed({TERM: 'xterm'}, 'linux'), true);
});

test('json: the documented shape, field by field', () => {
  const document = JSON.parse(renderJson(sampleReport()));

  assert.deepEqual(Object.keys(document), [
    'tool',
    'profile',
    'environment',
    'clientId',
    'ok',
    'startedAt',
    'durationMs',
    'token',
    'identity',
    'checks',
  ]);
  assert.deepEqual(Object.keys(document.environment), [
    'region',
    'domain',
    'loginBaseUrl',
    'apiBaseUrl',
    'isKnown',
  ]);
  assert.equal(document.durationMs, 613);
  const permissions = document.checks[3];
  assert.deepEqual(Object.keys(permissions), [
    'id',
    'status',
    'durationMs',
    'summary',
    'details',
    'requests',
    'diagnosis',
  ]);
  assert.deepEqual(Object.keys(permissions.requests[0]), [
    'method',
    'url',
    'status',
    'durationMs',
    'correlationId',
    'retryAfterSeconds',
  ]);
  assert.deepEqual(Object.keys(permissions.diagnosis), [
    'code',
    'title',
    'cause',
    'fix',
    'evidence',
  ]);
  assert.equal(permissions.diagnosis.code, 'missing-permissions');
  assert.equal(document.checks[4].diagnosis, null);
});

test('json: several reports are {ok, reports, problems}', () => {
  const passing = {...sampleReport(), ok: true};
  const document = JSON.parse(renderJson([passing, sampleReport()]));

  assert.equal(document.ok, false);
  assert.equal(document.reports.length, 2);
  assert.equal(document.reports[0].ok, true);
});

test('bundle: versions, hosts, every request and every diagnosis', () => {
  const markdown = renderBundle(
    [sampleReport()],
    {node: 'v20.19.0', os: 'Linux 6.1 x64', writtenAt: '2026-01-05T10:00Z'},
    proxySettings({HTTPS_PROXY: 'http://ada:pa55w0rd@proxy.corp:3128'}),
  );

  assert.match(markdown, /genesys-auth 0\.1\.0/);
  assert.match(markdown, /Node\.js: v20\.19\.0/);
  assert.match(markdown, /OS: Linux 6\.1 x64/);
  assert.match(markdown, /Login host: https:\/\/login\.mypurecloud\.ie/);
  assert.match(markdown, /HTTPS proxy: http:\/\/proxy\.corp:3128/);
  assert.doesNotMatch(markdown, /pa55w0rd|ada:/);
  assert.match(
    markdown,
    /\| GET \| https:\/\/api\.mypurecloud\.ie\/api\/v2\/users\/me \| 400 \|/,
  );
  assert.match(markdown, /\| no answer \|/);
  assert.match(markdown, /corr-\/api\/v2\/tokens\/me/);
  assert.match(markdown, /`no-user-context`/);
  assert.match(markdown, /`missing-permissions`/);
  assert.match(markdown, /fingerprint fp:1a2b/);
});

test('proxy URLs lose their credentials, whatever their form', () => {
  assert.equal(
    withoutCredentials('http://u:p@proxy:8080/'),
    'http://proxy:8080',
  );
  assert.equal(withoutCredentials('http://proxy:8080'), 'http://proxy:8080');
  assert.equal(withoutCredentials('u:p@proxy:8080'), 'proxy:8080');
  assert.equal(proxySettings({}).httpsProxy, null);
});
