import { ReactFlowProvider } from '@xyflow/react';
import { AnalysisBridge } from './analysis/AnalysisBridge.tsx';
import { AnalysisProgress } from './analysis/AnalysisProgress.tsx';
import { Canvas } from './canvas/Canvas.tsx';
import { ClipboardBridge } from './canvas/ClipboardBridge.tsx';
import { GlossaryPanel } from './glossary/GlossaryPanel.tsx';
import { TopBar } from './layout/TopBar.tsx';
import { LessonAuthoring } from './lessons/authoring/LessonAuthoring.tsx';
import { LessonPanel } from './lessons/LessonPanel.tsx';
import { ExampleTeaches } from './lessons/ExampleTeaches.tsx';
import { Dock } from './panels/Dock.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { Palette } from './panels/Palette.tsx';

/** The page layout: top bar, palette, canvas (with the open lesson and the glossary beside it), inspector and the bottom dock. Nothing else lives here. */
export function App() {
  return (
    <ReactFlowProvider>
      <div className="app">
        <TopBar />
        <Palette />
        <Canvas />
        <LessonPanel />
        <GlossaryPanel />
        <ExampleTeaches />
        <LessonAuthoring />
        <Inspector />
        <Dock />
        <AnalysisProgress />
        <AnalysisBridge />
        <ClipboardBridge />
      </div>
    </ReactFlowProvider>
  );
}
