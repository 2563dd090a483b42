import { describe, expect, it } from 'vitest';
import { feedXmlProblems } from '../../src/lib/checks/published/feed-xml';

describe('feed check run by the build', () => {
  it('accepts a well-formed feed and refuses one with a control character or an unclosed tag, naming the file', () => {
    expect(feedXmlProblems('dist/feed.xml', '<feed><title>西城</title></feed>')).toEqual([]);
    expect(feedXmlProblems('dist/feed.xml', '<feed><title>西城\u000b</title></feed>')[0]).toMatch(/^dist\/feed\.xml: .*not well-formed XML: .*0x0b/);
    expect(feedXmlProblems('dist/en/feed.xml', '<feed><title>x</feed>')[0]).toMatch(/^dist\/en\/feed\.xml: .*not well-formed XML/);
  });
});
