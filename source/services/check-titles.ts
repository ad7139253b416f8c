import type {CheckId} from '../diagnosis/types.js';

/** What each check is called on screen, in both front ends. */
export const checkTitles: Record<CheckId, string> = {
  environment: 'Region and hosts',
  token: 'Access token',
  identity: 'Who the token belongs to',
  permissions: 'Permission to read users',
  sso: 'Single sign-on',
};
