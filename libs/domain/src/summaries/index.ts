export * from './summary-inputs';
export * from './summaries';
