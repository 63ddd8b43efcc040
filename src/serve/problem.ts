/** RFC 9457 problem documents: every error the service answers is one, naming the field at fault. */
import type * as z from '#zod'

export const PROBLEM_TYPE = 'application/problem+json'

export interface FieldError {
  /** JSON Pointer (RFC 6901) into the request body; '' is the body as a whole. */
  pointer: string
  detail: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  errors?: FieldError[]
}

/** The problem types, as URNs: stable names a client can switch on (nothing to fetch). */
export const PROBLEMS = {
  invalidJson: {type: 'urn:outreach-lint:problem:invalid-json', title: 'The body is not valid JSON', status: 400},
  invalidRequest: {type: 'urn:outreach-lint:problem:invalid-request', title: 'The request does not match the schema', status: 400},
  unsupportedMediaType: {type: 'urn:outreach-lint:problem:unsupported-media-type', title: 'The body must be application/json', status: 415},
  bodyTooLarge: {type: 'urn:outreach-lint:problem:body-too-large', title: 'The body is over the size limit', status: 413},
  batchTooLarge: {type: 'urn:outreach-lint:problem:batch-too-large', title: 'The batch has more messages than the limit', status: 413},
  timeBudget: {type: 'urn:outreach-lint:problem:time-budget-exceeded', title: 'The request took longer than its time budget', status: 503},
  stopping: {type: 'urn:outreach-lint:problem:stopping', title: 'The service is stopping', status: 503},
  unknownRule: {type: 'urn:outreach-lint:problem:unknown-rule', title: 'No such rule', status: 404},
  notFound: {type: 'about:blank', title: 'Not Found', status: 404},
  methodNotAllowed: {type: 'about:blank', title: 'Method Not Allowed', status: 405},
  internal: {type: 'about:blank', title: 'Internal Server Error', status: 500}
} as const

export function problem(kind: keyof typeof PROBLEMS, detail: string, errors?: FieldError[]): Problem {
  return errors ? {...PROBLEMS[kind], detail, errors} : {...PROBLEMS[kind], detail}
}

function pointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

/** The field errors of a failed zod parse; an unknown key is pointed at itself. */
function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({pointer: pointer([...issue.path, key]), detail: `unknown field "${key}"`}))
      : [{pointer: pointer(issue.path), detail: issue.message}]
  )
}

/** A 400 for a body that failed its schema: the detail names the first field at fault. */
export function invalidRequest(error: z.ZodError): Problem {
  const errors = fieldErrors(error)
  const first = errors[0]
  return problem('invalidRequest', `${first.pointer || '(body)'}: ${first.detail}`, errors)
}
