/**
 * Composition is CPU work on the server's only thread. Composers call `step` between blocks
 * (and long tables between pages): it reports progress and yields to the event loop, so other
 * requests are served while a 100-page annex is being laid out.
 */
export type ProgressReporter = (fraction: number, stage: string) => void | Promise<void>;

export interface Stepper {
  step(fraction: number, stage: string): Promise<void>;
  /** Yield without reporting (inside a table). */
  breathe(): Promise<void>;
}

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function stepper(report?: ProgressReporter): Stepper {
  return {
    async step(fraction, stage) {
      await report?.(Math.max(0, Math.min(1, fraction)), stage);
      await yieldToEventLoop();
    },
    breathe: yieldToEventLoop,
  };
}
