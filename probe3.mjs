import {createLinter} from './dist/index.js'
import {readFileSync} from 'node:fs'
const msgs = readFileSync('fixtures/corpus/messages.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const l = createLinter()
for (let r = 0; r < 3; r++) for (const m of msgs) l.lint({text: m.text, subject: m.subject ?? undefined, channel: m.channel})
const t = performance.now(); for (let r = 0; r < 10; r++) for (const m of msgs) l.lint({text: m.text, subject: m.subject ?? undefined, channel: m.channel}); console.log('ms/msg', ((performance.now() - t) / (10 * msgs.length)).toFixed(3))
