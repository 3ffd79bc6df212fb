import { useEffect, useState } from 'react';

/**
 * `value`, handed on one task after it changes. The canvas passes its edges through this:
 * React Flow takes new nodes and new edges as two updates of its store, each running a
 * selector per drawn element, and on a large design the two together made one long task after
 * every edit. Apart, each fits in a frame; the edges follow the nodes a frame later at most.
 */
export function useTrailing<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const timer = setTimeout(() => setShown(value), 0);
    return () => clearTimeout(timer);
  }, [value, shown]);
  return shown;
}
