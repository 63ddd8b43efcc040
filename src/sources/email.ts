/**
 * An e-mail file (.eml): the Subject header and the text/plain part, else the HTML part as the text a
 * reader sees. postal-mime decodes quoted-printable, base64 and charsets, so the body linted is the
 * decoded body: line and column of a finding count in that decoded body (line 1 is its first line),
 * not in the raw file, and fixes are never written back into an e-mail.
 *
 * postal-mime reads anything as an e-mail (a line of prose, UTF-16 text, random bytes), so a file is
 * first required to be one: a header block of fields from its first line to a blank line, and a body
 * that decodes to text.
 */
import PostalMime from 'postal-mime'
import {htmlToText} from './html.js'
import {SourceError, type SourceResult} from './types.js'

const LF = 10
const CR = 13
const COLON = 58

function isBlank(bytes: Uint8Array, i: number): boolean {
  return bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] === LF)
}

/**
 * The first line (from 1) of the header block that is neither a field ("Name: value", the name
 * printable ASCII without a colon) nor a folded continuation (starting with a space or a tab); 0
 * when the block is well formed. An mbox export's first line ("From sender date") is allowed.
 */
function badHeaderLine(bytes: Uint8Array): number {
  let i = 0
  let line = 1
  const from = [0x46, 0x72, 0x6f, 0x6d, 0x20] // "From "
  const mbox = from.every((b, k) => bytes[k] === b)
  while (i < bytes.length) {
    if (isBlank(bytes, i)) return line === 1 ? 1 : 0
    const folded = bytes[i] === 0x20 || bytes[i] === 0x09
    if (!(line === 1 && mbox) && (folded ? line === 1 : !isField(bytes, i))) return line
    while (i < bytes.length && bytes[i] !== LF) i++
    i++
    line++
  }
  return 0
}

function isField(bytes: Uint8Array, i: number): boolean {
  let j = i
  while (j < bytes.length && bytes[j] >= 33 && bytes[j] <= 126 && bytes[j] !== COLON) j++
  return j > i && bytes[j] === COLON
}

export async function readEmail(bytes: Uint8Array): Promise<SourceResult> {
  const bad = badHeaderLine(bytes)
  if (bad > 0) {
    throw new SourceError(`not an e-mail: line ${bad} is not a header field ("Name: value"); an .eml file starts with its headers, then a blank line, then the body`)
  }
  let email
  try {
    email = await PostalMime.parse(bytes)
  } catch (error) {
    throw new SourceError(`cannot read e-mail: ${(error as Error).message.split('\n')[0]}`)
  }
  if (email.headers.length === 0) throw new SourceError('cannot read e-mail: no headers (expected "Subject: ..." and a blank line before the body)')
  let text = email.text
  if (text === undefined || text.trim() === '') text = email.html ? htmlToText(email.html) : ''
  // U+FFFD: bytes its charset does not decode; NUL: binary. Either is not a body to lint as prose.
  if (/[\u0000\uFFFD]/.test(text)) throw new SourceError('cannot read e-mail: the body is not text (it has bytes that its charset does not decode)')
  const input = {text: text.replace(/\r\n?/g, '\n'), subject: email.subject ?? null}
  return {documents: [{input, writable: false}], errors: []}
}
