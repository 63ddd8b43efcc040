/**
 * The changed-on-disk check of --fix, in process: a write into a draft in the moment between the
 * last comparison and the rename (simulated by running it inside the rename) is never lost.
 */
import {appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import * as fs from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it, vi} from 'vitest'

/** Runs inside the next rename, before it (then forgotten). */
let beforeRename: ((from: string, to: string) => void) | undefined

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>()
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      const hook = beforeRename
      beforeRename = undefined
      hook?.(String(from), String(to))
      real.renameSync(from, to)
    }
  }
})

const {writeAtomic} = await import('../src/cli/write.js')
const dir = mkdtempSync(join(tmpdir(), 'outreach-lint-race-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('the changed-on-disk check of --fix', () => {
  it('a line appended between the last comparison and the rename is kept, and the fixes are not written', () => {
    const path = join(dir, 'draft.txt')
    const linted = 'Hi Kim, I hope this email finds you well.\n'
    writeFileSync(path, linted)
    beforeRename = (_from, to) => appendFileSync(to, 'A line written meanwhile.\n')
    expect(() => writeAtomic(path, 'Hi Kim.\n', {expect: Buffer.from(linted)})).toThrow(
      'changed on disk while it was being fixed; the change is kept and the fixes are not (run again)'
    )
    expect(readFileSync(path, 'utf8')).toBe(linted + 'A line written meanwhile.\n')
    expect(readdirSync(dir).filter((n) => n.endsWith('.outreach-lint.tmp'))).toEqual([])
  })

  it('a draft changed before the last comparison is not written', () => {
    const path = join(dir, 'early.txt')
    writeFileSync(path, 'Hi Kim, I hope this email finds you well. Edited.\n')
    expect(() => writeAtomic(path, 'Hi Kim.\n', {expect: Buffer.from('Hi Kim, I hope this email finds you well.\n')})).toThrow(
      'changed on disk while it was being linted; not written (run again)'
    )
    expect(readFileSync(path, 'utf8')).toBe('Hi Kim, I hope this email finds you well. Edited.\n')
  })

  it('an unchanged draft is replaced by its fixes', () => {
    const path = join(dir, 'same.txt')
    writeFileSync(path, 'Hi Kim, I hope this email finds you well.\n')
    writeAtomic(path, 'Hi Kim.\n', {expect: Buffer.from('Hi Kim, I hope this email finds you well.\n')})
    expect(readFileSync(path, 'utf8')).toBe('Hi Kim.\n')
    expect(readdirSync(dir).filter((n) => n.endsWith('.outreach-lint.tmp'))).toEqual([])
  })
})
