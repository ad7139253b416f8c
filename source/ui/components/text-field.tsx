import {Text, useInput} from 'ink';
import {applyTyping} from '../line-editing.js';

export interface TextFieldProps {
  readonly value: string;
  /**
   * Called with an update to apply as a functional state update, since
   * two keys can arrive before the next render.
   */
  readonly onChange: (update: (value: string) => string) => void;
  readonly onSubmit: (value: string) => void;
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
  const {value, onChange, onSubmit, isMasked = false} = props;

  useInput(
    (input, key) => {
      if (key.return) {
        onSubmit(value);

        return;
      }

      // One key alone is parsed by Ink; several in one chunk come raw.
      if (key.backspace || key.delete) {
        onChange((current) => applyTyping(current, '\b'));

        return;
      }

      if (key.ctrl && input === 'u') {
        onChange(() => '');

        return;
      }

      if (key.ctrl || key.meta || key.escape || key.tab) return;
      onChange((current) => applyTyping(current, input));
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
