import type { Locator, Page } from '@playwright/test';

/**
 * Counts what a person does, for the whiteboard-speed journey (issue 17): every press of the
 * mouse button is a click (a drag is one press), a choice in a select is two clicks (open it,
 * pick), every key pressed is a keystroke, and the characters of a name typed are not counted.
 */
export class Counter {
  clicks = 0;
  keystrokes = 0;
  nameCharacters = 0;

  constructor(readonly page: Page) {
    const mouse = page.mouse;
    const down = mouse.down.bind(mouse);
    // Drags (drawing a connection) go through page.mouse: each press counts.
    mouse.down = async (options) => {
      this.clicks++;
      await down(options);
    };
  }

  async click(locator: Locator, options?: Parameters<Locator['click']>[0]): Promise<void> {
    this.clicks++;
    await locator.click(options);
  }

  async select(locator: Locator, value: string): Promise<void> {
    this.clicks += 2;
    await locator.selectOption(value);
  }

  async press(key: string): Promise<void> {
    this.keystrokes++;
    await this.page.keyboard.press(key);
  }

  /** Types text that is not a name: every character is a keystroke. */
  async type(text: string): Promise<void> {
    this.keystrokes += text.length;
    await this.page.keyboard.type(text);
  }

  /** Types a name: the person would type it whatever the tool, so it is not counted. */
  async typeName(text: string): Promise<void> {
    this.nameCharacters += text.length;
    await this.page.keyboard.type(text);
  }
}
