// Loaded with --import into the CLI processes the bench times over many files: when the process
// exits, it writes the CPU time of all its threads (user + system, microseconds) to the file named
// by OUTREACH_LINT_BENCH_CPU. Worker threads load it too (they inherit execArgv); only the main
// thread writes, since process.cpuUsage() counts the whole process.
import {writeFileSync} from 'node:fs'
import {isMainThread} from 'node:worker_threads'

const file = process.env.OUTREACH_LINT_BENCH_CPU
if (file && isMainThread) {
  process.on('exit', () => {
    const {user, system} = process.cpuUsage()
    writeFileSync(file, String(user + system))
  })
}
