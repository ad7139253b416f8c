import {Text, useInput} from 'ink';

export interface TextFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSubmit: (value: string) => void;
  /** Shows a bullet per character instead of the text. */
  readonly isMasked?: boolean;
  readonly placeholder?: string;
  readonly isDisabled?: boolean;
}

const maxBullets = 32;

// Pasted text can carry line breaks or escape bytes; they are never part
// of a region, a client id or a secret.
function printable(input: string): string {
  return [...input].filter((char) => char >= ' ' && char !== '\u007F').join('');
}

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

      if (key.backspace || key.delete) {
        onChange(value.slice(0, -1));

        return;
      }

      if (key.ctrl && input === 'u') {
        onChange('');

        return;
      }

      if (key.ctrl || key.meta || key.escape || key.tab) return;
      const text = printable(input);
      if (text !== '') onChange(value + text);
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
