/**
 * The Ink front end, as commands load it: through their context, from
 * cli.tsx. The bundle keeps each command in a CommonJS file compiled with
 * a code cache, where import() cannot run, and the front end in ES
 * modules (Yoga loads with a top-level await), so only the entry imports
 * them.
 */
export const frontEnd = {
  /** The app: home, setup, demo. */
  app: () => import('../ui/start.js'),
  /** The live view of `check` on a terminal. */
  liveCheck: () => import('../ui/live-check.js'),
};

export type FrontEnd = typeof frontEnd;
