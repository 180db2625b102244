// One flag per process, through the global object: the loader and the build's prerenderer run in
// different module graphs of the same process.
const key = Symbol.for('news-digest.derive-ahead');
const global = globalThis as { [key]?: Int32Array };

/** A fresh flag for a worker deriving texts ahead (see `deriveAhead`), which it reads before each record. */
export function newAheadFlag(): Int32Array {
  return (global[key] = new Int32Array(new SharedArrayBuffer(4)));
}

/** Tells the worker deriving texts ahead, if one runs, to stop after its current record. */
export function stopDerivingAhead(): void {
  if (global[key]) Atomics.store(global[key], 0, 1);
}
