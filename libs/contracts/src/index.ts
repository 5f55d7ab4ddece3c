export * from './codes';
export * from './errors';
export * from './dto';
export * from './routes';
export * from './auth';
export * from './workflow';
export * from './plausibility';
export * from './admin';
