export * from './command-metadata';
export * from './errors';
export * from './aggregate-store';
export * from './command-registry';
export * from './command-pipeline';
export * from './idempotency';
