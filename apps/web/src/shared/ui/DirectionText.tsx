import type { Direction } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';

const ARROWS: Record<Direction, string> = { higher: '↑', lower: '↓', target: '◎' };

/** "↑ Higher is better" and the like; the arrow is decoration, the words carry the meaning. */
export function DirectionText({ direction }: { direction: Direction }) {
  const { t } = useTranslation();
  return (
    <span className="direction">
      <span className="direction__arrow" aria-hidden="true">
        {ARROWS[direction]}
      </span>{' '}
      {t(`direction.${direction}`)}
    </span>
  );
}
