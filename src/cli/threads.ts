/**
 * How many worker threads a run uses when `--threads` does not say. A pool pays a fixed cost before
 * it gains anything: each worker is a V8 isolate of its own, which starts and JIT-compiles the linter
 * again (about 1.4 s of CPU per isolate for drafts like the bench's), while the one-thread run pays
 * that once. So the pool is worth it only past a number of files, and the fewer the cores the more
 * files it takes.
 *
 * Measured on a 2-core machine, drafts of about 370 characters, medians of 3-4 runs each:
 * - one thread: about 0.82 s + 0.40 ms per file; a pool of two: about 1.9 s + 0.25 ms per file;
 * - so a pool of two was 0.68x-0.71x as fast at 1,000-2,000 files, 0.91x-0.92x at 5,000-6,000,
 *   1.11x-1.13x at 8,000-10,000, 1.29x at 20,000 and 1.25x-1.56x at 50,000: the break-even is about
 *   7,000 files.
 *
 * Larger pools are not measured here (no such machine); their thresholds come from the same model:
 * the pool's extra fixed cost (1.1 s) / (0.40 ms x (1 - 1 / (0.81 x threads))), where 0.81 is the
 * 2-core pool's efficiency per file (0.40 / 0.25 / 2). Longer drafts make each file dearer, and the pool pays off sooner than this;
 * `--threads N` chooses.
 */

/** A pool never has more threads than this, whatever the cores. */
const MAX_THREADS = 8

/** More files than this before a pool of 2, 3, or 4 and more threads is the default. */
const MIN_FILES: ReadonlyArray<readonly [threads: number, files: number]> = [
  [2, 8_000],
  [3, 5_000],
  [4, 4_000]
]

/** The default number of worker threads for `files` files on `cores` cores; 0: lint in the main thread. */
export function defaultThreads(files: number, cores: number): number {
  const threads = Math.min(cores, MAX_THREADS)
  if (threads < 2) return 0
  let minFiles = MIN_FILES[0][1]
  for (const [t, f] of MIN_FILES) if (threads >= t) minFiles = f
  return files > minFiles ? threads : 0
}
