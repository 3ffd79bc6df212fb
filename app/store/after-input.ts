/**
 * Runs an edit in a task of its own, after the task that handled the input, in the order the
 * inputs came.
 *
 * Why: Chromium dispatches a click that follows a mouse move at the start of a frame, and often
 * draws that frame in the same task, so whatever the click's handler does is added to the frame's
 * style, layout, paint and layerization: on a design of a thousand resources that frame alone
 * costs 20 to 40 ms, and the edit's own work (applying it, posting it to the worker, rendering
 * the inspector) as much again. Run after the input, the two are separate tasks, each short,
 * and the frame that follows the click presents the press at once (web.dev's "yield after
 * input" advice for Interaction to Next Paint).
 *
 * Only for edits whose control keeps no state of its own: a button. A controlled field (a
 * checkbox, a select) must render its new value in the input's own task, or React puts the old
 * one back for a frame. The edit is the one its button showed (its closure is from the render
 * the person saw); it runs a frame at most after the click, long before another click could come.
 */
export function afterInput(edit: () => void): void {
  queue.push(edit);
  if (queue.length === 1) post(drain);
}

const queue: (() => void)[] = [];

/**
 * One task runs every edit queued before it; edits queued while it runs wait for the next. An
 * edit that throws does not stop the ones after it (the error is rethrown on its own).
 */
function drain(): void {
  const edits = queue.splice(0);
  for (const edit of edits) {
    try {
      edit();
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  }
}

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}

/** A new task, before other pending work where the browser can say so (`scheduler.postTask`). */
function post(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(task, { priority: 'user-blocking' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
}
