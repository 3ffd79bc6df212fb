import type { ResizeParams } from '@xyflow/react';
import { createContext, useContext } from 'react';

/** Called when a container resize ends, with the new box relative to its parent. */
export type ResizeEndHandler = (id: string, params: ResizeParams) => void;

export const ResizeEndContext = createContext<ResizeEndHandler>(() => {});

/** The canvas's resize handler, for container nodes. */
export const useResizeEnd = (): ResizeEndHandler => useContext(ResizeEndContext);
