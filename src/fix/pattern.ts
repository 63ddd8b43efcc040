/** `s` as a regular expression matching itself: every character with a meaning in a pattern escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
