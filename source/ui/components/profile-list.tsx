import {Box, Text} from 'ink';
import type {Profile} from '../../store/types.js';

function lastResult(profile: Profile): string {
  const check = profile.lastCheck;
  if (!check) return 'never checked';
  const day = check.at.slice(0, 10);
  if (check.ok) return `PASS ${day}`;

  return `FAIL ${day}${check.codes.length ? `: ${check.codes.join(', ')}` : ''}`;
}

export interface ProfileListProps {
  readonly profiles: readonly Profile[];
  readonly highlight: number;
}

/** The saved profiles: name, region, client id and the last result. */
export function ProfileList({profiles, highlight}: ProfileListProps) {
  return (
    <Box flexDirection="column">
      {profiles.map((profile, index) => {
        const isHighlighted = index === highlight;

        return (
          <Box key={profile.name} flexDirection="column">
            <Text color={isHighlighted ? 'cyan' : ''} bold={isHighlighted}>
              {isHighlighted ? '› ' : '  '}
              {profile.name}
              <Text dimColor>
                {'  '}
                {profile.region ?? profile.domain}
              </Text>
            </Text>
            <Text dimColor wrap="truncate-end">
              {'    '}
              {profile.clientId} · {lastResult(profile)}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
