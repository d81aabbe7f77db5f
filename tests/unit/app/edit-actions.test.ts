// The undo and redo shortcuts: Ctrl or Cmd with Z, Shift for redo, and Ctrl+Y.
import { describe, expect, it } from 'vitest';
import { shortcutOf } from '../../../src/app/edit-actions';

const key = (init: Partial<KeyboardEvent>) =>
  ({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, key: '', ...init }) as KeyboardEvent;

describe('shortcutOf', () => {
  it('reads Ctrl/Cmd+Z as undo, with Shift as redo, and Ctrl+Y as redo', () => {
    expect(shortcutOf(key({ ctrlKey: true, key: 'z' }))).toBe('undo');
    expect(shortcutOf(key({ metaKey: true, key: 'z' }))).toBe('undo');
    expect(shortcutOf(key({ ctrlKey: true, shiftKey: true, key: 'Z' }))).toBe('redo');
    expect(shortcutOf(key({ metaKey: true, shiftKey: true, key: 'Z' }))).toBe('redo');
    expect(shortcutOf(key({ ctrlKey: true, key: 'y' }))).toBe('redo');
  });

  it('leaves every other key alone', () => {
    expect(shortcutOf(key({ key: 'z' }))).toBeNull();
    expect(shortcutOf(key({ ctrlKey: true, altKey: true, key: 'z' }))).toBeNull();
    expect(shortcutOf(key({ metaKey: true, key: 'y' }))).toBeNull();
    expect(shortcutOf(key({ ctrlKey: true, key: 'c' }))).toBeNull();
  });
});
