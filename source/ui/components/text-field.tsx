import {Text, useInput} from 'ink';

export interface TextFieldProps {
  /** The text to show; whoever owns it applies the edits. */
  readonly value: string;
  /**
   * Keys typed, Backspace as `\b` and Ctrl-U as `\u0015`. They carry no
   * value: keys can arrive before the next render, and even reach a field
   * that is no longer on screen, so only the owner's current text counts.
   */
  readonly onEdit: (input: string) => void;
  /** Enter, without the value for the same reason. */
  readonly onSubmit: () => void;
  /** Shows a bullet per character instead of the text. */
  readonly isMasked?: boolean;
  readonly placeholder?: string;
  readonly isDisabled?: boolean;
}

const maxBullets = 32;

function shown(value: string, isMasked: boolean): string {
  if (!isMasked) return value;
  const bullets = '•'.repeat(Math.min(value.length, maxBullets));

  return value.length > maxBullets ? `${bullets}…` : bullets;
}

/** A one-line input; the cursor stays at the end, as in a shell. */
export function TextField(props: TextFieldProps) {
  const {value, onEdit, onSubmit, isMasked = false} = props;

  useInput(
    (input, key) => {
      if (key.return) {
        onSubmit();

        return;
      }

      // One key alone is parsed by Ink; several in one chunk come raw.
      if (key.backspace || key.delete) {
        onEdit('\b');

        return;
      }

      if (key.ctrl && input === 'u') {
        onEdit('\u0015');

        return;
      }

      if (key.ctrl || key.meta || key.escape || key.tab) return;
      // Arrows and other keys without text belong to whoever lists choices.
      if (input !== '') onEdit(input);
    },
    {isActive: !props.isDisabled},
  );

  return (
    <Text>
      <Text color="cyan">› </Text>
      {value === '' && props.placeholder ? (
        <Text dimColor>{props.placeholder}</Text>
      ) : (
        <Text>{shown(value, isMasked)}</Text>
      )}
      {props.isDisabled ? null : <Text inverse> </Text>}
    </Text>
  );
}
