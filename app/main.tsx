// First: no schema may be parsed before zod is told the page allows no eval (see no-eval.ts).
import '../src/model/no-eval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './theme/theme.css';
import './styles.css';
import { App } from './App.tsx';
import { startDocument } from './document/startup.ts';
import { rememberOpenLesson } from './lessons/remember-open-lesson.ts';
import { useEditor } from './store/store.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void startDocument();
rememberOpenLesson();
void useEditor.getState().restoreLesson();
