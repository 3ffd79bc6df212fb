import { useEffect, useRef, useState } from 'react';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { useEditor } from '../store/store.ts';
import { onFitRequest } from './fit-request.ts';

/**
 * Answers `requestFit` (Shift+1, Auto layout) once the canvas draws the store's document: it
 * draws a deferred copy, so a fit requested right after an edit (Auto layout's one move) would
 * otherwise frame the design as it was before the edit.
 */
export function useFitRequests(drawn: VpcLabDocument, fit: () => void): void {
  const [requests, setRequests] = useState(0);
  const answered = useRef(0);
  useEffect(() => onFitRequest(() => setRequests((n) => n + 1)), []);
  useEffect(() => {
    if (requests === answered.current || useEditor.getState().document !== drawn) return;
    const frame = requestAnimationFrame(() => {
      answered.current = requests;
      fit();
    });
    return () => cancelAnimationFrame(frame);
  }, [requests, drawn, fit]);
}
