/**
 * Evidence notes: short notes a city's officials attach to one indicator-year of their city, with an
 * optional link ("new adult-learning centres opened in 2022"). Charts show them as annotations and the
 * report lists them.
 */

/** Longest note text, in characters. */
export const EVIDENCE_NOTE_MAX_LENGTH = 500;
/** Longest link, in characters. */
export const EVIDENCE_NOTE_LINK_MAX_LENGTH = 2000;

export interface EvidenceNoteDto {
  id: number;
  /** City slug. */
  city: string;
  /** Indicator code. */
  indicator: string;
  year: number;
  text: string;
  /** An http(s) address backing the note, or null. */
  link: string | null;
  /** Display name of the official who wrote it. */
  author: string;
  createdAt: string;
  updatedAt: string;
  /** True when the city-year is approved, so that the public sees the note too. */
  published: boolean;
  /** True when the caller may edit or delete it (its author, or an administrator). */
  editable: boolean;
}

/**
 * GET /api/cities/:slug/evidence-notes. Without filters: every note of the city the caller may read
 * (the public: approved city-years only), by indicator, then year, then creation.
 */
export interface EvidenceNotesQuery {
  indicator?: string;
  /** Exactly this year. */
  year?: number;
  /** Years from and up to (inclusive), e.g. the years a chart shows. */
  from?: number;
  to?: number;
}

/** POST /api/cities/:slug/evidence-notes (officials of the city). */
export interface CreateEvidenceNoteRequest {
  indicator: string;
  year: number;
  /** 1 to EVIDENCE_NOTE_MAX_LENGTH characters after trimming. */
  text: string;
  /** An absolute http or https address; empty or null for none. */
  link?: string | null;
}

/** PATCH /api/evidence-notes/:id (its author or an administrator). Fields left out stay as they are. */
export interface UpdateEvidenceNoteRequest {
  text?: string;
  /** null or empty removes the link. */
  link?: string | null;
}
