export * from './disaggregation';
export * from './observation-rules';
