// First: no schema may be parsed before zod is told the page allows no eval (see no-eval.ts).
import '../src/model/no-eval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './theme/theme.css';
import './styles.css';
import { App } from './App.tsx';
import { joinFromAddress } from './collab/live-session.ts';
import { startDocument } from './document/startup.ts';
import { followLessonIntents } from './lessons/lesson-intents.ts';
import { endAuthoringOnLesson } from './lessons/authoring/authoring-store.ts';
import { openLessonFromAddress } from './lessons/authoring/lesson-address.ts';
import { rememberProgress } from './lessons/progress.ts';
import { rememberOpenLesson } from './lessons/remember-open-lesson.ts';
import { useEditor } from './store/store.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// A lesson link is read after the saved work is back, so the lesson opens over it (one Undo away).
// A room link is joined last: the room's design then replaces what the page showed.
void startDocument().then(openLessonFromAddress).then(joinFromAddress);
rememberOpenLesson();
rememberProgress();
followLessonIntents();
endAuthoringOnLesson();
void useEditor.getState().restoreLesson();
