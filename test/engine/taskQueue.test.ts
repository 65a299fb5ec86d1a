// The browser engine's order of work (engine/taskQueue.ts): tasks start in
// the order queued, a script of several statements runs alone, single
// statements go to the worker back to back, and the next task starts
// before the caller of a finished one hears back.
import { describe, expect, it } from 'vitest';
import { createTaskQueue } from '../../src/engine/runtime/taskQueue';

/** A task the test finishes by hand, logging when it starts. */
function manual(log: string[], name: string, result: string | Error = name): { task: () => Promise<string>; finish: () => void } {
  let finish = (): void => undefined;
  return {
    task: () => {
      log.push(`start ${name}`);
      return new Promise<string>((resolve, reject) => {
        finish = () => (result instanceof Error ? reject(result) : resolve(result));
      });
    },
    finish: () => finish(),
  };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('createTaskQueue', () => {
  it('starts pipelined tasks back to back, at once, in order', async () => {
    const queue = createTaskQueue();
    const log: string[] = [];
    const a = manual(log, 'a');
    const b = manual(log, 'b');
    const c = manual(log, 'c');
    const results = [queue.run(a.task, 'pipelined'), queue.run(b.task, 'pipelined'), queue.run(c.task, 'pipelined')];
    expect(log).toEqual(['start a', 'start b', 'start c']);
    c.finish();
    b.finish();
    a.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
  });

  it('runs an exclusive task alone: after everything before it, before anything after it', async () => {
    const queue = createTaskQueue();
    const log: string[] = [];
    const a = manual(log, 'a');
    const x = manual(log, 'x');
    const b = manual(log, 'b');
    const ra = queue.run(a.task, 'pipelined');
    const rx = queue.run(x.task, 'exclusive');
    const rb = queue.run(b.task, 'pipelined');
    expect(log).toEqual(['start a']);
    a.finish();
    await ra;
    expect(log).toEqual(['start a', 'start x']);
    x.finish();
    await rx;
    expect(log).toEqual(['start a', 'start x', 'start b']);
    b.finish();
    expect(await rb).toBe('b');
  });

  it('starts the next task before the caller of the finished one resumes', async () => {
    const queue = createTaskQueue();
    const log: string[] = [];
    const x = manual(log, 'x');
    const a = manual(log, 'a');
    const b = manual(log, 'b');
    const done = queue.run(x.task, 'exclusive').then(() => log.push('caller of x resumes'));
    void queue.run(a.task, 'pipelined');
    void queue.run(b.task, 'pipelined');
    x.finish();
    await done;
    expect(log).toEqual(['start x', 'start a', 'start b', 'caller of x resumes']);
  });

  it('gives each caller its own failure and goes on with the rest', async () => {
    const queue = createTaskQueue();
    const log: string[] = [];
    const a = manual(log, 'a', new Error('Binder Error: no such table'));
    const x = manual(log, 'x');
    const ra = queue.run(a.task, 'pipelined');
    const rx = queue.run(x.task, 'exclusive');
    a.finish();
    await expect(ra).rejects.toThrow('Binder Error: no such table');
    x.finish();
    expect(await rx).toBe('x');
    // A task that throws before returning a promise fails alone too.
    await expect(
      queue.run(() => {
        throw new Error('thrown at once');
      }, 'exclusive'),
    ).rejects.toThrow('thrown at once');
    const later = manual(log, 'later');
    const rl = queue.run(later.task, 'pipelined');
    await flush();
    later.finish();
    expect(await rl).toBe('later');
    expect(log).toEqual(['start a', 'start x', 'start later']);
  });
});
