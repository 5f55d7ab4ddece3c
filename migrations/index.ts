import { InitialSchema1795535797729 } from './1795535797729-InitialSchema';

/** Every migration, oldest first. A new migration must be added here; the drift check in CI catches a forgotten one. */
export const MIGRATIONS = [InitialSchema1795535797729];
