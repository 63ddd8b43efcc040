/**
 * How many worker threads a run uses when `--threads` does not say. A pool pays a fixed cost before
 * it gains anything: each worker is a V8 isolate of its own, which starts and JIT-compiles the linter
 * again, while the one-thread run pays that once. So the pool is worth it only past an amount of
 * work, and the fewer the cores the more work it takes. Work is counted as the time one thread
 * would take, from each file's size, so a thousand long HTML templates get the pool that a thousand
 * short drafts do not.
 *
 * Measured on a 2-core machine (CLI, json report), medians of 3-4 runs each:
 * - drafts of about 370 characters: one thread about 0.82 s + 0.40 ms per file, a pool of two about
 *   1.9 s + 0.25 ms per file; the pool was 0.68x-0.71x as fast at 1,000-2,000 files, 0.91x-0.92x
 *   at 5,000-6,000, 1.11x-1.13x at 8,000-10,000, 1.29x at 20,000 and 1.25x-1.56x at 50,000;
 * - drafts of 30 KB: one thread about 16 ms per file; the pool was 0.90x as fast at 150 files,
 *   1.07x at 300 and 1.34x-1.44x at 1,000; longer drafts gain less from it (100 KB: 1.18x-1.27x at
 *   150 files; 300 KB: 1.0x-1.17x at 60), as two big heaps collect garbage side by side;
 * - so one file costs one thread about 0.21 ms plus 0.52 microseconds per byte, and the pool of two
 *   pays off past about 3.2 s of that work (8,000 short drafts; about 200 of 30 KB, where it is
 *   near even).
 *
 * Larger pools are not measured here (no such machine); their thresholds come from the same model:
 * the pool's extra fixed cost (1.1 s) / (1 - 1 / (0.81 x threads)) of the work, where 0.81 is the
 * 2-core pool's efficiency per file (0.40 / 0.25 / 2). `--threads N` chooses.
 */

/** A pool never has more threads than this, whatever the cores. */
const MAX_THREADS = 8

/** One thread's time for a file: a fixed part and a part per byte (ms). */
const FILE_MS = 0.21
const BYTE_MS = 0.00052

/** One thread's work (ms) past which a pool of 2, 3, or 4 and more threads is the default. */
const MIN_WORK_MS: ReadonlyArray<readonly [threads: number, ms: number]> = [
  [2, 3_200],
  [3, 2_000],
  [4, 1_600]
]

/** Files whose sizes are read to estimate the average: evenly spread, so a few milliseconds at most. */
const SAMPLE = 256

/** The size the estimate assumes when it is not told one: a short draft. */
const SHORT_DRAFT_BYTES = 370

/**
 * The default number of worker threads for `files` files on `cores` cores; 0: lint in the main
 * thread. `sizeOf(i)` is the size in bytes of file i, read for a sample of at most 256 files.
 */
export function defaultThreads(files: number, cores: number, sizeOf: (index: number) => number = () => SHORT_DRAFT_BYTES): number {
  const threads = Math.min(cores, MAX_THREADS)
  if (threads < 2 || files < 2) return 0
  let minWork = MIN_WORK_MS[0][1]
  for (const [t, ms] of MIN_WORK_MS) if (threads >= t) minWork = ms
  // Even files of no bytes would be enough work: no need to read a size.
  if (files * FILE_MS > minWork) return threads
  const sampled = Math.min(files, SAMPLE)
  let bytes = 0
  for (let k = 0; k < sampled; k++) bytes += sizeOf(Math.floor((k * files) / sampled))
  return files * (FILE_MS + (bytes / sampled) * BYTE_MS) > minWork ? threads : 0
}
