import assert from 'node:assert/strict';
import {test} from 'node:test';
import {ReportScreen} from '../../source/ui/screens/report.js';
import type {Size} from '../helpers/ink.js';
import {keys, renderScreen} from '../helpers/ink.js';
import {tallReport} from './report-fixtures.js';

function report(size: Size) {
  return renderScreen(
    <ReportScreen
      report={tallReport()}
      receivedAt={Date.now()}
      onRerun={() => undefined}
      onHome={() => undefined}
      onQuit={() => undefined}
      onSaveBundle={async () => '/tmp/bundle.md'}
    />,
    size,
  );
}

/** The verdict, every check's status and the keys are all on screen. */
function assertFits(frame: string, {columns, rows}: Size) {
  const lines = frame.split('\n');
  assert.ok(lines.length < rows, `${lines.length} rows:\n${frame}`);
  for (const line of lines) assert.ok(line.length <= columns, line);
  assert.match(lines[0] ?? '', /genesys-auth · Report/);
  assert.match(frame, /2 checks failed/);
  assert.equal(frame.match(/(PASS|FAIL|SKIP) /g)?.length, 5);
  assert.match(frame, /q quit/);
}

for (const size of [
  {columns: 100, rows: 30},
  {columns: 60, rows: 24},
]) {
  test(`a tall report fits ${size.columns}x${size.rows}, a card at a time`, async () => {
    const screen = await report(size);
    const first = await screen.waitFor(/Diagnosis 1 of 2 · lines 1-/);
    assertFits(first, size);
    assert.match(first, /Card for invalid-client/);
    assert.match(first, /Tab next diagnosis · ↑↓ scroll/);
    assert.doesNotMatch(first, /Card for timeout/);

    await screen.press(keys.down);
    assertFits(await screen.waitFor(/lines 2-/), size);
    await screen.press(keys.tab);
    const second = await screen.waitFor(/Diagnosis 2 of 2 · lines 1-/);
    assertFits(second, size);
    assert.match(second, /Card for timeout/);

    for (let line = 0; line < 30; line += 1) await screen.press(keys.down);
    const end = await screen.waitFor(/lines \d+-(\d+) of \1/);
    assertFits(end, size);
    assert.match(end, /5\. Run the checks again/);
    await screen.unmount();
  });
}
