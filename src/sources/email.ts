/**
 * An e-mail file (.eml): the Subject header and the text/plain part, else the HTML part as the text a
 * reader sees. postal-mime decodes quoted-printable, base64 and charsets, so the body linted is the
 * decoded body: line and column of a finding count in that decoded body (line 1 is its first line),
 * not in the raw file, and fixes are never written back into an e-mail.
 */
import PostalMime from 'postal-mime'
import {htmlToText} from './html.js'
import {SourceError, type SourceResult} from './types.js'

export async function readEmail(bytes: Uint8Array): Promise<SourceResult> {
  let email
  try {
    email = await PostalMime.parse(bytes)
  } catch (error) {
    throw new SourceError(`cannot read e-mail: ${(error as Error).message.split('\n')[0]}`)
  }
  if (email.headers.length === 0) throw new SourceError('cannot read e-mail: no headers (expected "Subject: ..." and a blank line before the body)')
  let text = email.text
  if (text === undefined || text.trim() === '') text = email.html ? htmlToText(email.html) : ''
  const input = {text: text.replace(/\r\n?/g, '\n'), subject: email.subject ?? null}
  return {documents: [{input, writable: false}], errors: []}
}
