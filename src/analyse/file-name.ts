/**
 * A file's name written where an address could be ("README.md", "BENCHMARK.md", `config.sh`): some
 * file extensions are real top-level domains too (".md" Moldova, ".py" Paraguay, ".sh", ".rs"), so a
 * list of domains cannot tell them apart (docs/fresh-errors.md, round 21, class SPUR). The form does:
 *
 * - a stem in capitals ("README", "BENCHMARK", "THREAT_MODEL"): hosts are written in lower case or as a
 *   name ("GetAutoReply.in"), a repository's standing files in capitals;
 * - an extension that names a document or a script far more often than a country's site (".md", ".py");
 * - code typography: the name in backticks;
 *
 * and it is bare: no scheme, no "www.", no page after it, one dot.
 */

/** Extensions that are also top-level domains: a file's, when the form says so. */
const FILE_EXTENSIONS = new Set(['md', 'py', 'sh', 'rs', 'pl', 'pm', 'ps', 'ml', 'tf', 'mk', 'so', 'cc', 'sc', 'in', 'txt', 'yaml', 'yml', 'json', 'toml', 'csv'])
/** Extensions read as a file whatever the stem: a document or a script, rarely a site. */
const FILE_FIRST = new Set(['md', 'py'])

/** Whether `value`, at `start` of `text`, is a file's name rather than a bare address. */
export function fileName(value: string, text: string, start: number): boolean {
  const m = /^([\w-]+)\.([a-z]+)$/i.exec(value)
  if (!m) return false
  const ext = m[2].toLowerCase()
  if (!FILE_EXTENSIONS.has(ext) || m[2] !== ext) return false
  if (FILE_FIRST.has(ext) || text.charAt(start - 1) === '`') return true
  return /[A-Z]/.test(m[1]) && !/[a-z]/.test(m[1])
}
