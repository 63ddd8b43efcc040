/** What the rewrite tables of each judged round share: the default linter and an idempotent rewrite. */
import {expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import type {Channel} from '../src/types.js'

export const linter = createLinter()

/** The guide line asking for what was noticed about the reader. */
export const OBSERVE = '[[What you noticed about them: one line that would be wrong if sent to anyone else.]]'

/** The draft's rewrite, checked to be one a second rewrite leaves as it is. */
export function rewritten(text: string, channel: Channel): string {
  const out = linter.rewrite({text, channel}).text
  expect(linter.rewrite({text: out, channel}).text).toBe(out)
  return out
}

/** A table of rows, [name, channel, draft, rewrite]: each draft's rewrite, idempotent. */
export function rewrites(rows: Array<[string, Channel, string, string]>): void {
  test.each(rows)('%s', (_name, channel, draft, expected) => {
    expect(rewritten(draft, channel)).toBe(expected)
  })
}
