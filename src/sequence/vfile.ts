/**
 * Sequences through the vfile API, as drafts go through the retext plugin: one vfile per step (its
 * value the step's text), and on each the findings that point into that step, the step rules' and then
 * the sequence rules', as vfile messages (ruleId, source 'outreach-lint', place, actual, expected,
 * note, url). A reporter or an editor that reads vfiles then shows a sequence like a set of drafts.
 */
import type {VFile} from 'vfile'
import {addVFileMessage} from '../engine/vfile.js'
import type {SequenceResult} from './types.js'

/** What `file.data.outreachLint` holds for a step: the step, its score, and its sequence's. */
export interface StepFileData {
  step: number
  channel: string
  lintedAs?: string
  day: number
  /** The step's own score as a single message (absent for a call). */
  score?: number
  deductions?: SequenceResult['deductions']
  sequence: {id?: string; score: number; deductions: SequenceResult['deductions']; days: number}
}

/**
 * Put a linted sequence's findings on `files`, one per step in step order (each file's value is that
 * step's text: the places count in it). Returns the files. A TypeError when the counts differ.
 */
export function sequenceToVFiles(result: SequenceResult, files: readonly VFile[]): readonly VFile[] {
  if (files.length !== result.steps.length) throw new TypeError(`outreach-lint: sequenceToVFiles: ${files.length} files for ${result.steps.length} steps (one file per step)`)
  const sequence = {...(result.id !== undefined ? {id: result.id} : {}), score: result.score, deductions: result.deductions, days: result.days}
  result.steps.forEach((step, i) => {
    const file = files[i]
    for (const m of step.result?.messages ?? []) addVFileMessage(file, m)
    for (const m of result.messages) if (m.step === step.step) addVFileMessage(file, m)
    const data: StepFileData = {
      step: step.step,
      channel: step.channel,
      ...(step.lintedAs ? {lintedAs: step.lintedAs} : {}),
      day: step.day,
      ...(step.result ? {score: step.result.score, deductions: step.result.deductions} : {}),
      sequence
    }
    file.data.outreachLint = data
  })
  return files
}
