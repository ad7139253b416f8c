import type {Deployment} from './types.js';

/**
 * The deployments that match what has been typed so far, by region name or
 * domain. Text that looks pasted (a URL, a host) matches nothing here and
 * is resolved as typed instead.
 */
export function filterRegions(
  deployments: readonly Deployment[],
  typed: string,
): Deployment[] {
  const needle = typed.trim().toLowerCase();
  if (needle === '') return [...deployments];

  return deployments.filter(
    ({region, domain}) =>
      region.toLowerCase().includes(needle) ||
      domain.toLowerCase().includes(needle),
  );
}

/** How a deployment reads in a list: "eu-west-1  mypurecloud.ie". */
export function describeDeployment({region, domain}: Deployment): string {
  return `${region.padEnd(15)} ${domain}`;
}
