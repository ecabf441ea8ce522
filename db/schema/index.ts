export * from './auth';
export * from './cases';
export * from './audit';
