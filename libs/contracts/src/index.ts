export * from './codes';
export * from './errors';
export * from './dto';
export * from './routes';
