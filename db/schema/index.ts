export * from './auth';
export * from './cases';
export * from './audit';
export * from './markets';
export * from './reviews';
export * from './checklists';
export * from './documents';
