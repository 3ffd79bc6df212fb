/**
 * A label in lines short enough to stay near the pointer: English broken between words at about
 * 44 characters, Japanese (no spaces to break at) every 24 characters.
 */
export function wrapLabel(text: string): string[] {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) {
    const lines: string[] = [];
    for (let i = 0; i < text.length; i += 24) lines.push(text.slice(i, i + 24));
    return lines;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > 44) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
