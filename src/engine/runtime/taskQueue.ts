// The order in which the browser engine sends work to DuckDB's worker.
// Tasks start in the order they were queued. An exclusive task (a script of
// several statements — a transaction spans them —, a file registration)
// starts only when everything before it has finished, and nothing starts
// while it runs. A pipelined task (one statement) starts as soon as the
// tasks before it have started, unless an exclusive one is running: the
// worker runs the statements it has been sent one after another, so a
// caller that queues several queries (analyze.ts) keeps the worker busy
// while this thread turns earlier results into records. A caller that
// awaits each call, as loads do, sees no difference.
//
// When a task finishes, the tasks it held back are started before its
// caller hears back: the worker never waits for this thread's next piece of work.

export interface TaskQueue {
  run<T>(task: () => Promise<T>, mode: 'exclusive' | 'pipelined'): Promise<T>;
}

interface Waiting {
  mode: 'exclusive' | 'pipelined';
  start(): void;
}

export function createTaskQueue(): TaskQueue {
  const waiting: Waiting[] = [];
  let running = 0;
  let exclusiveRunning = false;

  function pump(): void {
    for (;;) {
      const head = waiting[0];
      if (!head || exclusiveRunning) return;
      if (head.mode === 'exclusive' && running > 0) return;
      waiting.shift();
      running += 1;
      if (head.mode === 'exclusive') exclusiveRunning = true;
      head.start();
    }
  }

  return {
    run<T>(task: () => Promise<T>, mode: 'exclusive' | 'pipelined'): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const finish = (settle: () => void): void => {
          running -= 1;
          if (mode === 'exclusive') exclusiveRunning = false;
          pump();
          settle();
        };
        waiting.push({
          mode,
          start: () => {
            let started: Promise<T>;
            try {
              started = task();
            } catch (error) {
              started = Promise.reject(error);
            }
            started.then(
              (value) => finish(() => resolve(value)),
              (error: unknown) => finish(() => reject(error)),
            );
          },
        });
        pump();
      });
    },
  };
}
