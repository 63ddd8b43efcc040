/** Lint inputs made of the sample drafts and of the built-in rules' own examples, for tests that compare linters. */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {type LintInput} from '../src/index.js'
import {builtinExamples} from '../src/examples.js'

const samples = join(import.meta.dirname, '..', 'fixtures', 'samples')

/** The text of every sample draft, by file name. */
export function sampleTexts(): string[] {
  return readdirSync(samples).map((name) => readFileSync(join(samples, name), 'utf8'))
}

/** Every example, valid and invalid, of every built-in rule, as lint inputs. */
export function ruleExampleInputs(): LintInput[] {
  const inputs: LintInput[] = []
  for (const examples of builtinExamples().values()) {
    for (const example of [...examples.invalid, ...examples.valid]) {
      const {match: _match, output: _output, ...input} = typeof example === 'string' ? {text: example} : example
      inputs.push(input)
    }
  }
  return inputs
}
