/**
 * The list of changes a rewrite returns says what the rewrite did, each change once (issue 17: "the
 * result explains itself"). A CRM shows this list beside the rewrite, so a change told twice, or one
 * told but not made, is a wrong explanation.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {linter, OBSERVE, rewritten} from './rewrite-harness.js'
import type {Channel} from '../src/types.js'

const CHANNELS = new Set(['email', 'followup', 'linkedin-connect', 'linkedin-inmail', 'sms'])
const corpus = readFileSync(new URL('../fixtures/corpus/messages.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as {id: string; channel: string; subject?: string | null; text: string})

describe('each change is told once', () => {
  test('no rewrite of the team corpus lists the same change twice', () => {
    const twice: string[] = []
    for (const m of corpus) {
      const input = {text: m.text, ...(m.subject ? {subject: m.subject} : {}), ...(CHANNELS.has(m.channel) ? {channel: m.channel as Channel} : {})}
      const seen = new Set<string>()
      for (const c of linter.rewrite(input).changes) {
        const key = `${c.kind} ${c.before} -> ${c.after}`
        if (seen.has(key)) twice.push(`${m.id}: ${key.slice(0, 80)}`)
        seen.add(key)
      }
    }
    expect(twice).toEqual([])
  })

  test('a guide line a second pass plans again (the subject rewritten in the first) is told once', () => {
    const text = "Hi Sam,\n\nHope the week is going well! I'll be brief since I know you're busy.\n\nCould I grab 20 minutes on your calendar next week? I'd like to hear your plans for next year and share a few ideas.\n\nCheers,\nJo"
    const inserted = linter.rewrite({text, subject: 'Got 20 minutes?', channel: 'email'}).changes.filter((c) => c.after === OBSERVE)
    expect(inserted).toHaveLength(1)
  })
})

describe('a chase said anew after a guide line', () => {
  const draft = 'Hi Ines - following up on Corvane rota discussion. Night shifts start in May. Still worth a quick chat?'

  test('is written as its own sentence, with a capital', () => {
    expect(rewritten(draft, 'followup')).toBe(`Hi Ines - ${OBSERVE} We discussed the Corvane rota. Night shifts start in May. Worth a look?`)
  })

  test('is listed once, as the words the rewrite holds', () => {
    const out = linter.rewrite({text: draft, channel: 'followup'})
    const restated = out.changes.filter((c) => c.before === 'following up on Corvane rota discussion.')
    expect(restated).toEqual([expect.objectContaining({kind: 'replaced', after: 'We discussed the Corvane rota.'})])
    expect(out.text).toContain(restated[0].after)
  })
})
