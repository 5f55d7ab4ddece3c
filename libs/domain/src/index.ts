export * from './disaggregation';
export * from './observation-rules';
export * from './workflow';
export * from './city-rules';
export * from './plausibility';
export * from './framework-rules';
export * from './settings-problem';
export * from './csv';
