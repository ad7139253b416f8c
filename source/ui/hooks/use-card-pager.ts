import type {Key} from 'ink';
import {useState} from 'react';
import type {Diagnosis} from '../../diagnosis/types.js';
import type {CardLine} from '../card-lines.js';
import {cardLines} from '../card-lines.js';
import {cardChrome} from '../components/diagnosis-card.js';
import {isKey} from '../keys.js';
import type {Action} from '../keys.js';
import type {CardPage} from '../report-layout.js';
import {pageCard} from '../report-layout.js';

/** The card on show, the part of it that fits, and the keys to move. */
export interface CardPager {
  lines: CardLine[];
  page: CardPage;
  /** The pager's keys that do something now, for the footer. */
  actions: Action[];
  handleKey(input: string, key: Key): void;
}

/**
 * One diagnosis card at a time, cut to `rows` rows: Tab goes to the next
 * card (Shift-Tab back), ↑ and ↓ scroll the one on show.
 */
export function useCardPager(
  diagnoses: readonly Diagnosis[],
  columns: number,
  rows: number,
): CardPager {
  const [place, setPlace] = useState({index: 0, offset: 0});
  const count = diagnoses.length;
  const index = Math.min(place.index, Math.max(0, count - 1));
  const diagnosis = diagnoses[index];
  const lines = diagnosis ? cardLines(diagnosis, columns - cardChrome) : [];
  const {offset} = place;
  const page = pageCard(lines.length, {index, count, offset}, rows);
  const lastStart = lines.length - page.visible;
  const actions: Action[] = [
    ...(count > 1 ? (['nextDiagnosis'] as const) : []),
    ...(page.canScroll ? (['scroll'] as const) : []),
  ];

  function handleKey(input: string, key: Key) {
    if (count > 1 && isKey('nextDiagnosis', input, key)) {
      const step = key.shift ? count - 1 : 1;
      setPlace((current) => ({
        index: (current.index + step) % count,
        offset: 0,
      }));
    }

    if (page.canScroll && isKey('scroll', input, key)) {
      const step = key.upArrow ? -1 : 1;
      setPlace((current) => {
        const from = Math.min(current.offset, lastStart);

        return {
          index: current.index,
          offset: Math.max(0, Math.min(lastStart, from + step)),
        };
      });
    }
  }

  return {lines, page, actions, handleKey};
}
