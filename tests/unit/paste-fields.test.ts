import { describe, expect, it } from 'vitest';
import { FieldState, makeField } from '../../src/lib/paste-fields';

describe('makeField', () => {
  it('names the side of an ID card a field is about', () => {
    expect(makeField('frontMultiWarning')).toEqual({ name: 'frontMultiWarning', role: 'bits', side: 'front' });
    expect(makeField('BackWarnCode')).toEqual({ name: 'BackWarnCode', role: 'warning', side: 'back' });
    expect(makeField('ErrorCode')).toEqual({ name: 'ErrorCode', role: 'code' });
  });
  it('notes what the name shows of the service', () => {
    expect(makeField('X-ErrNo')).toEqual({ name: 'X-ErrNo', role: 'code', sign: 'x-errno' });
    expect(makeField('Comparestatus').sign).toBe('faceid');
    expect(makeField('Response.Error.Code').sign).toBe('api3');
  });
});

describe('FieldState', () => {
  const code = makeField('code');
  const warning = makeField('warning');

  it('gives a value to a name once ":" or "=" follows it, and only the first value', () => {
    const state = new FieldState();
    state.onName(code);
    expect(state.owner()).toBeUndefined();
    state.onSeparator();
    expect(state.owner()).toBe(code);
    state.onValue();
    expect(state.owner()).toBeUndefined();
  });
  it('gives a number to a known name followed by a space only', () => {
    const state = new FieldState();
    state.onName(code);
    state.onNumberAfterName();
    expect(state.owner()).toBe(code);
    state.onName(makeField('Sim'));
    state.onNumberAfterName();
    expect(state.owner()).toBeUndefined();
  });
  it('keeps every value of a list under its field, until the list closes', () => {
    const state = new FieldState();
    state.onName(warning);
    state.onSeparator();
    expect(state.openList()).toBe(warning);
    for (let i = 0; i < 3; i++) {
      expect(state.owner()).toBe(warning);
      state.onValue();
      state.onDelimiter();
    }
    state.closeList();
    expect(state.owner()).toBeUndefined();
  });
  it('keeps values joined by delimiters or spaces under a warning field', () => {
    const state = new FieldState();
    state.onName(warning);
    state.onSeparator();
    state.onValue();
    expect(state.owner()).toBe(warning); // "warning: -9110 -9114"
    state.onStop();
    expect(state.owner()).toBeUndefined();
  });
  it('forgets the field at a brace', () => {
    const state = new FieldState();
    state.onName(code);
    state.onSeparator();
    state.onBrace();
    expect(state.owner()).toBeUndefined();
  });
});
