/** The worker thread's entry (tinypool): the same processFile as the single-thread run. */
import {processFile, type FileTask, type FileOutcome} from './process.js'

export default function run(task: FileTask): Promise<FileOutcome> {
  return processFile(task)
}
