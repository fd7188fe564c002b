// Covers src/egress/output-tail.ts: only the last bytes of a stream are kept.
import { OutputTail } from '../../src/egress/output-tail.js';

test('keeps the last bytes across chunks and counts all of them', () => {
  const tail = new OutputTail(5);
  for (const chunk of ['abc', 'defg', 'hi']) tail.push(Buffer.from(chunk));
  expect(tail.text()).toBe('efghi');
  expect(tail.total).toBe(9);
});

test('a cut multi-byte character becomes U+FFFD instead of breaking the text', () => {
  const tail = new OutputTail(4);
  tail.push(Buffer.from('aé€'));
  expect(tail.text()).toBe('\uFFFD€');
});

test('a zero limit keeps nothing', () => {
  const tail = new OutputTail(0);
  tail.push(Buffer.from('abc'));
  expect(tail.text()).toBe('');
  expect(tail.total).toBe(3);
});
