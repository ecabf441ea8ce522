'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult, type ActionResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { createMarket } from '@/lib/markets/create-market';
import { deleteMarket } from '@/lib/markets/delete-market';
import { commitClusterImport, previewClusterImport, type ImportFile } from '@/lib/markets/import-clusters';
import { saveAnalysis } from '@/lib/markets/save-analysis';
import { addCluster, removeCluster, updateCluster } from '@/lib/markets/save-cluster';
import { addFirm, removeFirm, updateFirm } from '@/lib/markets/save-firm';
import { addScenario, removeScenario, updateScenario } from '@/lib/markets/save-scenario';
import type { ClusterInput, FirmInput, ImportMode, MarketInput, SaveAnalysisInput, ScenarioInput } from '@/lib/markets/schemas';
import { updateMarket } from '@/lib/markets/update-market';

type Actor = NonNullable<Awaited<ReturnType<typeof sessionUserOrNull>>>;

async function run<T>(caseId: string, fn: (actor: Actor) => Promise<T>, revalidate = true): Promise<ActionResult<T>> {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => fn(actor));
  if (res.ok && revalidate) revalidatePath(`/cases/${caseId}`, 'layout');
  return res;
}

export async function createMarketAction(caseId: string, input: MarketInput) {
  return run(caseId, (actor) => createMarket({ actor, caseId, input }));
}
export async function updateMarketAction(caseId: string, marketId: string, input: MarketInput & { version: number }) {
  return run(caseId, (actor) => updateMarket({ actor, caseId, marketId, input }));
}
export async function deleteMarketAction(caseId: string, marketId: string, version: number) {
  return run(caseId, (actor) => deleteMarket({ actor, caseId, marketId, version }));
}

export async function addFirmAction(caseId: string, marketId: string, input: FirmInput) {
  return run(caseId, (actor) => addFirm({ actor, caseId, marketId, input }));
}
export async function updateFirmAction(caseId: string, marketId: string, input: FirmInput & { firmId: string; version: number }) {
  return run(caseId, (actor) => updateFirm({ actor, caseId, marketId, input }));
}
export async function removeFirmAction(caseId: string, marketId: string, firmId: string, version: number) {
  return run(caseId, (actor) => removeFirm({ actor, caseId, marketId, firmId, version }));
}

export async function addClusterAction(caseId: string, marketId: string, input: ClusterInput) {
  return run(caseId, (actor) => addCluster({ actor, caseId, marketId, input }));
}
export async function updateClusterAction(caseId: string, marketId: string, input: ClusterInput & { clusterId: string; version: number }) {
  return run(caseId, (actor) => updateCluster({ actor, caseId, marketId, input }));
}
export async function removeClusterAction(caseId: string, marketId: string, clusterId: string, version: number) {
  return run(caseId, (actor) => removeCluster({ actor, caseId, marketId, clusterId, version }));
}

export async function addScenarioAction(caseId: string, marketId: string, input: ScenarioInput) {
  return run(caseId, (actor) => addScenario({ actor, caseId, marketId, input }));
}
export async function updateScenarioAction(caseId: string, marketId: string, input: ScenarioInput & { scenarioId: string; version: number }) {
  return run(caseId, (actor) => updateScenario({ actor, caseId, marketId, input }));
}
export async function removeScenarioAction(caseId: string, marketId: string, scenarioId: string, version: number) {
  return run(caseId, (actor) => removeScenario({ actor, caseId, marketId, scenarioId, version }));
}

export async function saveAnalysisAction(caseId: string, marketId: string, input: SaveAnalysisInput) {
  return run(caseId, (actor) => saveAnalysis({ actor, caseId, marketId, input }));
}

/** The file travels as FormData so the server hashes the bytes exactly as uploaded. */
async function fileFrom(form: FormData): Promise<ImportFile | null> {
  const f = form.get('file');
  if (!(f instanceof File)) return null;
  return { name: f.name.slice(0, 200), bytes: new Uint8Array(await f.arrayBuffer()) };
}

const NO_FILE: ActionResult<never> = { ok: false, message: 'Choose a CSV file to import.', fieldErrors: { file: 'Choose a CSV file to import.' } };

export async function previewImportAction(caseId: string, marketId: string, form: FormData) {
  const file = await fileFrom(form);
  if (!file) return NO_FILE;
  // A preview writes nothing, so there is nothing to revalidate.
  return run(caseId, (actor) => previewClusterImport({ actor, caseId, marketId, file, mode: String(form.get('mode')) as ImportMode }), false);
}

export async function commitImportAction(caseId: string, marketId: string, form: FormData) {
  const file = await fileFrom(form);
  if (!file) return NO_FILE;
  return run(caseId, (actor) =>
    commitClusterImport({
      actor,
      caseId,
      marketId,
      file,
      mode: String(form.get('mode')) as ImportMode,
      sha256: String(form.get('sha256') ?? ''),
      clustersStamp: String(form.get('clustersStamp') ?? ''),
    }),
  );
}
