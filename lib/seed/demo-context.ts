/** What every part of the demo workspace is seeded against: the demo case and the demo people. */
export interface DemoContext {
  caseId: string;
  userIds: Record<string, string>; // by demo email
}
