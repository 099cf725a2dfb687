import { describe, expect, it } from 'vitest';
import { snippetParts } from './search-files';

describe('snippetParts', () => {
  it('turns highlight marks into parts and keeps markup as plain text', () => {
    expect(snippetParts('the \u0002Calvin\u0003 cycle <script>x</script> \u0002fixes\u0003 carbon')).toEqual([
      { text: 'the ', highlight: false },
      { text: 'Calvin', highlight: true },
      { text: ' cycle <script>x</script> ', highlight: false },
      { text: 'fixes', highlight: true },
      { text: ' carbon', highlight: false },
    ]);
  });

  it('gives no parts when only the name matched', () => {
    expect(snippetParts(null)).toEqual([]);
  });
});
