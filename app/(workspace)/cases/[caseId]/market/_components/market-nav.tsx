import Link from 'next/link';
import styles from './market.module.css';

/** The case's markets as pills, with "New market" for counsel. */
export function MarketNav(props: { caseId: string; markets: { id: string; name: string }[]; currentId?: string; canCreate: boolean }) {
  return (
    <nav aria-label="Markets of this case">
      <ul className={styles.subnav}>
        {props.markets.map((m) => (
          <li key={m.id}>
            <Link href={`/cases/${props.caseId}/market/${m.id}`} aria-current={m.id === props.currentId ? 'page' : undefined}>
              {m.name}
            </Link>
          </li>
        ))}
        {props.canCreate ? (
          <li>
            <Link href={`/cases/${props.caseId}/market/new`}>+ New market</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
