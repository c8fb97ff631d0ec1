// Work held until the frame is shown: after the next animation frame, in a task of its own,
// and never held for ever.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { afterNextPaint } from '../../src/app/after-next-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Fake timers and a visible page whose animation frames the test runs by hand. */
function visiblePage(): FrameRequestCallback[] {
  vi.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('document', { hidden: false });
  return frames;
}

describe('afterNextPaint(task)', () => {
  test('never runs the task at once, and runs it after the next animation frame', () => {
    const frames = visiblePage();
    const task = vi.fn();
    afterNextPaint(task);
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled(); // no frame yet
    frames.shift()!(0);
    expect(task).not.toHaveBeenCalled(); // not inside the frame: after its paint
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1); // once, the fallback cleared
  });

  test('a frame that never comes (the page hidden meanwhile) holds the task back 250 ms at most, and it runs once', () => {
    const frames = visiblePage();
    const task = vi.fn();
    afterNextPaint(task);
    vi.advanceTimersByTime(249);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    frames.shift()!(0); // the frame comes late
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  test('without frames (a hidden page, no window), still runs the task, later', () => {
    vi.useFakeTimers();
    vi.stubGlobal('document', { hidden: true });
    const task = vi.fn();
    afterNextPaint(task);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
