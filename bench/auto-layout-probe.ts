/**
 * Page script for the benchmark: presses Auto layout and resolves with the milliseconds from the
 * press to the first frame painted after the canvas moved to the new layout (the layout computed
 * and committed as one edit, the diagram drawn, the view fitted to it). A frame counts once the
 * viewport's transform or any node's position has changed and two frames have passed since.
 */
export const AUTO_LAYOUT_PROBE = `new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Auto layout');
  if (!button) return reject(new Error('no Auto layout button'));
  const root = document.querySelector('.react-flow__viewport');
  let changed = 0;
  const observer = new MutationObserver(() => { changed = performance.now(); });
  observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['style', 'transform'] });
  const start = performance.now();
  button.click();
  const waitQuiet = () => requestAnimationFrame((now) => {
    if (changed > 0 && now - changed > 300) { observer.disconnect(); return resolve(changed - start); }
    if (now - start > 20000) { observer.disconnect(); return reject(new Error('nothing moved')); }
    waitQuiet();
  });
  waitQuiet();
})`;
