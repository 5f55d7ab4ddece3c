/** Border of the map's markers in a score band: dark, so that light band colours (yellow) stand out on the map. */
export const MARKER_BORDER = '#1f2933';
