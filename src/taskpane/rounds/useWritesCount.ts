import * as React from "react";
import type { DocumentHost } from "../../host/types";

/**
 * A restore or counter written from the Their changes tab is a write to the copy too: counted per
 * document (a newly opened document starts at 0), and each one asks whether the document changed.
 * Returns the count for the active document and the callback to call after each write.
 */
export function useWritesCount(active: DocumentHost | null, afterWrite: () => Promise<unknown> | void): [number, () => void] {
  const activeRef = React.useRef(active);
  activeRef.current = active;
  const [writes, setWrites] = React.useState<{ host: DocumentHost | null; n: number }>({ host: null, n: 0 });
  const onWrite = React.useCallback(() => {
    setWrites((w) => ({ host: activeRef.current, n: (w.host === activeRef.current ? w.n : 0) + 1 }));
    void afterWrite();
  }, [afterWrite]);
  return [writes.host === active ? writes.n : 0, onWrite];
}
