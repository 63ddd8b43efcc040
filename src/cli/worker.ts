/**
 * The worker thread's entry (tinypool): the same processFile as the single-thread run, on a batch of
 * files per message, so the cost of passing messages is paid once per batch instead of per file.
 */
import {processFile, type FileTask, type FileOutcome} from './process.js'

export default async function run(tasks: FileTask[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = []
  for (const task of tasks) outcomes.push(await processFile(task))
  return outcomes
}
