import assert from 'node:assert/strict';
import {test} from 'node:test';
import {ReportScreen} from '../../source/ui/screens/report.js';
import {renderScreen, waitUntil} from '../helpers/ink.js';
import {rateLimitedReport} from './report-fixtures.js';

test('a report says pass and fail in words, with the evidence', async () => {
  const screen = await renderScreen(
    <ReportScreen
      report={rateLimitedReport(600)}
      receivedAt={Date.now()}
      onRerun={() => undefined}
      onHome={() => undefined}
      onQuit={() => undefined}
      onSaveBundle={async () => '/tmp/bundle.md'}
    />,
  );
  const frame = await screen.waitFor('1 check failed');

  assert.match(frame, /✔ PASS Access token/);
  assert.match(frame, /✖ FAIL Permission to read users/);
  assert.match(frame, /Genesys code: too\.many\.requests\.retry\.after/);
  assert.match(frame, /Correlation id: c0ffee-42/);
  assert.match(frame, /retrying in \d+ s/);
  assert.match(
    frame,
    /r run again · s save support bundle · Esc home · q quit/,
  );
  await screen.press('s');
  await screen.waitFor('Support bundle saved to /tmp/bundle.md');
  await screen.unmount();
});

test('the Retry-After countdown runs the checks again when it ends', async () => {
  let reruns = 0;
  const screen = await renderScreen(
    <ReportScreen
      report={rateLimitedReport(1)}
      receivedAt={Date.now()}
      onRerun={() => {
        reruns += 1;
      }}
      onHome={() => undefined}
      onQuit={() => undefined}
      onSaveBundle={async () => ''}
    />,
  );
  await screen.waitFor('retrying in 1 s');
  await waitUntil(() => reruns > 0, 4000);
  assert.match(screen.frame(), /retrying in 0 s/);
  await screen.unmount();
});
