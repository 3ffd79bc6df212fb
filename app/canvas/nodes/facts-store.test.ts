import { describe, expect, it } from 'vitest';
import { NO_FACTS, type NodeFacts } from '../node-facts.ts';
import { FactsStore } from './facts-store.ts';

const facts = (...details: string[]): NodeFacts => ({ details });

describe('FactsStore', () => {
  it('calls the listeners of the ids whose facts changed, and only those', () => {
    const store = new FactsStore();
    const a = facts('10.0.1.0/24');
    const b = facts('10.0.2.0/24');
    store.publish(
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    const calls: string[] = [];
    store.subscribe('a', () => calls.push('a'));
    store.subscribe('b', () => calls.push('b'));
    store.subscribeAll(() => calls.push('any'));

    const privateA = { ...a, public: false };
    store.publish(
      new Map([
        ['a', privateA],
        ['b', b],
      ]),
    );
    expect(calls).toEqual(['a', 'any']);
    expect(store.get('a')).toBe(privateA);
  });

  it('calls no one when every entry is the same object, even in a new map', () => {
    const store = new FactsStore();
    const a = facts('x');
    store.publish(new Map([['a', a]]));
    let calls = 0;
    store.subscribe('a', () => calls++);
    store.subscribeAll(() => calls++);
    store.publish(new Map([['a', a]]));
    expect(calls).toBe(0);
  });

  it('tells the whole-map listeners when a node comes or goes, and answers no facts for an unknown id', () => {
    const store = new FactsStore();
    let calls = 0;
    store.subscribeAll(() => calls++);
    store.publish(new Map([['a', facts('x')]]));
    store.publish(new Map());
    expect(calls).toBe(2);
    expect(store.get('a')).toBe(NO_FACTS);
  });

  it('stops calling a listener once it unsubscribes', () => {
    const store = new FactsStore();
    let calls = 0;
    const stop = store.subscribe('a', () => calls++);
    stop();
    store.publish(new Map([['a', facts('x')]]));
    expect(calls).toBe(0);
  });
});
