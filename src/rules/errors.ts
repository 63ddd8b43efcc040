/**
 * The error of a bad rule pack or config, zod-free, so code that only reports or catches it (the CLI,
 * the regex safety check, the engine) does not load the schema library.
 */

/** Line breaks and control characters of user text (keys, patterns) escaped: one printable line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * What a rule pack or config does that still works but should change (an option under its old
 * name): one line naming the file, the rule and what to write, as a ConfigError's message does.
 */
export interface ConfigWarning {
  message: string
  /** The file (or 'config') it is about. */
  source: string
}

export function configWarning(message: string, source: string): ConfigWarning {
  return {message: oneLine(message), source}
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly source?: string
  ) {
    super(oneLine(message))
    this.name = 'ConfigError'
  }
}
