import assert from 'node:assert/strict';
import {test} from 'node:test';
import {filterRegions} from '../../source/wizard/index.js';

const deployments = [
  {region: 'eu-west-1', domain: 'mypurecloud.ie'},
  {region: 'eu-west-2', domain: 'euw2.pure.cloud'},
  {region: 'us-east-1', domain: 'mypurecloud.com'},
];

test('typing narrows the deployments by region or domain', () => {
  assert.equal(filterRegions(deployments, '').length, 3);
  assert.deepEqual(
    filterRegions(deployments, 'EU-W').map((d) => d.region),
    ['eu-west-1', 'eu-west-2'],
  );
  assert.deepEqual(
    filterRegions(deployments, '.ie').map((d) => d.region),
    ['eu-west-1'],
  );
  assert.deepEqual(filterRegions(deployments, 'https://x.example'), []);
});
