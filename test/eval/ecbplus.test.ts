import { describe, expect, it } from 'vitest';
import { claimOfMention } from '../../scripts/eval/ecbplus.js';
import { joinSentence, readDocument, readTopic } from '../../scripts/eval/ecbplusRead.js';
import { spanOfStatement } from '../../scripts/eval/ecbplusRunAnalyze.js';

const xml = `<Document doc_name="1_1ecb.xml">
<token t_id="1" sentence="0" number="0">\`\`</token><token t_id="2" sentence="0" number="1">Reid</token>
<token t_id="3" sentence="0" number="2">checked</token><token t_id="4" sentence="0" number="3">in</token>
<token t_id="5" sentence="0" number="4">,</token><token t_id="6" sentence="0" number="5">''</token>
<token t_id="7" sentence="0" number="6">her</token><token t_id="8" sentence="0" number="7">rep</token>
<token t_id="9" sentence="0" number="8">said</token><token t_id="10" sentence="0" number="9">.</token>
<token t_id="11" sentence="1" number="0">She</token><token t_id="12" sentence="1" number="1">left</token>
<Markables>
<ACTION_OCCURRENCE m_id="20"  ><token_anchor t_id="3"/><token_anchor t_id="4"/></ACTION_OCCURRENCE>
<ACTION_REPORTING m_id="21"  ><token_anchor t_id="9"/></ACTION_REPORTING>
<NEG_ACTION_OCCURRENCE m_id="22"  ><token_anchor t_id="12"/></NEG_ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="23"  ><token_anchor t_id="2"/></HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="30" RELATED_TO="" TAG_DESCRIPTOR="t1_rehab" instance_id="ACT1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1" ><source m_id="20" /><target m_id="30" /></CROSS_DOC_COREF>
</Relations>
</Document>`;

describe('ECB+ reading', () => {
  it('joins tokens back as written, with each token span', () => {
    const { line, spans } = joinSentence(['``', 'Reid', 'checked', 'in', ',', "''", 'her', 'rep', 'said', '26', '-', 'year', 'at', '1', ':', '30', '.']);
    expect(line).toBe('"Reid checked in," her rep said 26-year at 1:30.');
    expect(line.slice(...spans[2])).toBe('checked');
  });

  it('reads event mentions (ACTION_*, NEG_ACTION_*) and their cross-document instance', () => {
    const doc = readDocument(xml, 1, '1_1ecb');
    expect(doc.text).toBe('"Reid checked in," her rep said.\nShe left');
    expect(doc.title).toBe('"Reid checked in," her rep said.');
    expect(doc.mentions.map((m) => [m.id, m.instance, m.tokens.map((t) => doc.text.slice(t.start, t.end)).join(' ')])).toEqual([
      ['1_1ecb:20', 'ACT1', 'checked in'],
      ['1_1ecb:21', null, 'said'],
      ['1_1ecb:22', null, 'left'],
    ]);
  });

  it('refuses the held-out test topics before opening anything', () => {
    expect(() => readTopic('/nonexistent', 36)).toThrow(/held-out test split/);
    expect(() => readTopic('/nonexistent', 45)).toThrow(/not a development topic/);
  });
});

describe('mentions to claims', () => {
  const span = (claim: string, start: number, end: number, from: 'trigger' | 'statement') => ({ claim, article: 'a', start, end, from });

  it('takes a trigger that overlaps any word of the mention', () => {
    expect(claimOfMention([[10, 17], [18, 20]], [span('c1', 16, 25, 'trigger'), span('c2', 0, 5, 'trigger')])).toEqual({ claim: 'c1', from: 'trigger' });
  });

  it('takes a statement span only when it contains the whole mention, the narrowest first', () => {
    const spans = [span('wide', 0, 100, 'statement'), span('narrow', 5, 30, 'statement'), span('cut', 12, 40, 'statement')];
    expect(claimOfMention([[10, 17]], spans)).toEqual({ claim: 'narrow', from: 'statement' });
    expect(claimOfMention([[200, 210]], spans)).toEqual({ claim: null, from: null });
  });

  it('reads the trigger when a claim statement has one, else the statement span', () => {
    expect(spanOfStatement('c', { article: 'a', start: 0, end: 40, trigger: { start: 8, end: 18, text: 'was killed' } })).toMatchObject({ start: 8, end: 18, from: 'trigger' });
    expect(spanOfStatement('c', { article: 'a', start: 0, end: 40 })).toMatchObject({ start: 0, end: 40, from: 'statement' });
  });
});
