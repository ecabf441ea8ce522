import Link from 'next/link';
import { ITEM_FILTERS, ITEM_FILTER_LABELS, type ItemFilter } from '@/lib/checklists/schemas';
import styles from '../checklists.module.css';

/** Filter links (bookmarkable GET parameters), the current one marked for assistive technology. */
export function ItemFilters(props: { basePath: string; current: ItemFilter }) {
  return (
    <nav aria-label="Filter items" className={styles.filters}>
      {ITEM_FILTERS.map((f) => (
        <Link key={f} href={f === 'all' ? props.basePath : `${props.basePath}?filter=${f}`} aria-current={props.current === f ? 'page' : undefined}>
          {ITEM_FILTER_LABELS[f]}
        </Link>
      ))}
    </nav>
  );
}

export function parseFilter(v: string | undefined): ItemFilter {
  return (ITEM_FILTERS as readonly string[]).includes(v ?? '') ? (v as ItemFilter) : 'all';
}
