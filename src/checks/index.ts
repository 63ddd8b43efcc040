/** The check kinds: each rule file names one of these in `check`. */
import type {LinterRule} from '../rules/format.js'
import {categories} from './categories.js'
import {language} from './language.js'
import {link} from './link.js'
import {list} from './list.js'
import {metric} from './metric.js'
import {pattern} from './pattern.js'
import {phrase} from './phrase.js'
import {placeholder} from './placeholder.js'
import {ratio} from './ratio.js'
import {recipientFacts} from './recipient-facts.js'
import {requiredSignal} from './required-signal.js'
import {role} from './role.js'
import type {CheckKind, CompileEnv, CompiledCheck} from './types.js'

const KINDS: {[K in LinterRule['check']]: CheckKind<Extract<LinterRule, {check: K}>>} = {
  phrase,
  pattern,
  ratio,
  metric,
  'required-signal': requiredSignal,
  'recipient-facts': recipientFacts,
  placeholder,
  link,
  list,
  role,
  categories,
  language
}

export function compileCheck(rule: LinterRule, env: CompileEnv): CompiledCheck {
  return (KINDS[rule.check] as CheckKind)(rule, env)
}
