import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { acceleratorId, marketCase } from './markets-fixtures';
import { listAuditEvents } from '@/lib/audit/list-events';
import { addFirm, updateFirm } from '@/lib/markets/save-firm';
import { addCluster, removeCluster, updateCluster } from '@/lib/markets/save-cluster';

useTestDatabase();

describe('Activity names each entity as it was called at the time', () => {
  it('takes the name from the event itself, else from the latest earlier event of that entity', async () => {
    const { counsel: actor, caseId, marketId } = await marketCase();
    const h100 = await acceleratorId('NVIDIA H100 SXM');
    const { id: firmId } = await addFirm({ actor, caseId, marketId, input: { name: 'xAI', ultimateParent: '' } });
    const base = { firmId, site: '', acceleratorId: h100, countLow: null, countHigh: null, status: 'operational' as const, asOf: '2025-06-30', source: '' };
    const { id } = await addCluster({ actor, caseId, marketId, input: { ...base, name: 'Colossus', countCentral: 100_000 } });
    await updateCluster({ actor, caseId, marketId, input: { ...base, name: 'Colossus', countCentral: 150_000, clusterId: id, version: 0 } });
    await updateCluster({ actor, caseId, marketId, input: { ...base, name: 'Colossus 2', countCentral: 150_000, clusterId: id, version: 1 } });
    await updateCluster({ actor, caseId, marketId, input: { ...base, name: 'Colossus 2', countCentral: 200_000, clusterId: id, version: 2 } });
    await removeCluster({ actor, caseId, marketId, clusterId: id, version: 3 });
    await updateFirm({ actor, caseId, marketId, input: { name: 'xAI', ultimateParent: 'X.AI Holdings', firmId, version: 0 } });

    const rows = await listAuditEvents({ actor, caseId });
    const cluster = rows.filter((r) => r.entityId === id).reverse();
    expect(cluster.map((r) => [r.action, r.entityName])).toEqual([
      ['cluster.create', 'Colossus'],
      ['cluster.update', 'Colossus'],
      ['cluster.update', 'Colossus 2'],
      ['cluster.update', 'Colossus 2'],
      ['cluster.delete', 'Colossus 2'],
    ]);
    expect(rows.find((r) => r.action === 'firm.update')?.entityName).toBe('xAI');
    // On a page that holds only the later events, the name still comes from the trail before it.
    const page = await listAuditEvents({ actor, caseId, filter: { action: 'cluster.update' }, limit: 1 });
    expect(page.map((r) => r.entityName)).toEqual(['Colossus 2']);
  });
});
