/**
 * The error of a bad rule pack or config, zod-free, so code that only reports or catches it (the CLI,
 * the regex safety check, the engine) does not load the schema library.
 */

/** Line breaks and control characters of user text (keys, patterns) escaped: one printable line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
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
