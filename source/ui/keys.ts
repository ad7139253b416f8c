import type {Key} from 'ink';

/** One key binding: what to press, what it does, and how to spot it. */
export interface Binding {
  /** How the footer names the key, such as "Enter" or "Esc". */
  keys: string;
  /** What it does, in a few words. */
  label: string;
  matches(input: string, key: Key): boolean;
}

const letter =
  (char: string) =>
  (input: string, key: Key): boolean =>
    !key.ctrl && !key.meta && input.toLowerCase() === char;

/**
 * Every key the app answers to. Screens handle keys through `isKey` and
 * list the ones that work in their footer, so the two cannot disagree.
 */
export const bindings = {
  continue: {
    keys: 'Enter',
    label: 'continue',
    matches: (_input, key) => key.return,
  },
  open: {keys: 'Enter', label: 'check', matches: (_input, key) => key.return},
  confirm: {keys: 'y', label: 'yes', matches: letter('y')},
  cancel: {keys: 'n', label: 'no', matches: letter('n')},
  back: {keys: 'Esc', label: 'back', matches: (_input, key) => key.escape},
  home: {keys: 'Esc', label: 'home', matches: (_input, key) => key.escape},
  choose: {
    keys: '↑↓',
    label: 'choose',
    matches: (_input, key) => key.upArrow || key.downArrow,
  },
  nextDiagnosis: {
    keys: 'Tab',
    label: 'next diagnosis',
    matches: (_input, key) => key.tab,
  },
  scroll: {
    keys: '↑↓',
    label: 'scroll',
    matches: (_input, key) => key.upArrow || key.downArrow,
  },
  checkAll: {keys: 'a', label: 'check all', matches: letter('a')},
  add: {keys: 'n', label: 'new profile', matches: letter('n')},
  change: {keys: 'e', label: 'edit', matches: letter('e')},
  forget: {keys: 'd', label: 'forget', matches: letter('d')},
  rerun: {keys: 'r', label: 'run again', matches: letter('r')},
  bundle: {keys: 's', label: 'save support bundle', matches: letter('s')},
  quitLetter: {keys: 'q', label: 'quit', matches: letter('q')},
  quit: {
    keys: 'Ctrl-C',
    label: 'quit',
    matches: (input, key) => key.ctrl && input === 'c',
  },
} satisfies Record<string, Binding>;

export type Action = keyof typeof bindings;

/** Whether a key press is the given action. */
export function isKey(action: Action, input: string, key: Key): boolean {
  return bindings[action].matches(input, key);
}

/** The footer line for the actions that work on a screen. */
export function describeKeys(actions: readonly Action[]): string {
  return actions
    .map((action) => `${bindings[action].keys} ${bindings[action].label}`)
    .join(' · ');
}

/** How the home screen's key to enter a lost client secret is named. */
export const secretRemedy = `Press ${bindings.change.keys} to enter it again.`;
