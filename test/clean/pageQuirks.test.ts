import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/cleanArticle.js';

const html = (content: string) => cleanArticle({ source: 'test.html', format: 'html', content, encoding: 'utf-8' });

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the notice says the council will reopen the old mill road once the bridge repairs are finished.</p>`).join('\n');

describe('pages that break the parser or the reader', () => {
  it('reads a page with a PHP warning printed before its doctype', () => {
    const article = html(`<br />\n<b>Warning</b>: mysql_connect(): Access denied in <b>/www/plugin.php</b> on line <b>12</b><br />
      <!DOCTYPE html><html><head><title>Mill road</title></head><body><div class="post">${prose(4)}</div></body></html>`);
    expect(article.text).toContain('Paragraph 3 of the notice');
    expect(article.text).not.toContain('mysql_connect');
  });

  it('leaves out a tracking pixel whose <noscript> was escaped into text, and hidden elements', () => {
    const pixel = '&lt;img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1234567890&amp;ev=PageView&amp;noscript=1"/&gt;';
    const article = html(`<html><body><h1>Mill road</h1><p>${pixel}</p>${prose(4)}<div hidden><p>Subscribe to read the rest of this story today.</p></div>
      <p style="display: none">A hidden teaser that no reader of the page ever sees.</p></body></html>`);
    expect(article.text).toContain('Paragraph 3 of the notice');
    expect(article.text).not.toContain('<img');
    expect(article.text).not.toContain('Subscribe to read');
    expect(article.text).not.toContain('hidden teaser');
  });

  it('reads the article a page prints inside <noscript> for readers without JavaScript', () => {
    const article = html(`<html><body><h1>Mill road</h1><div class="post-body">
      <script type="text/template">${prose(4)}</script>
      <noscript>${prose(4)}</noscript></div>
      <noscript><p>Please enable JavaScript to see the comments.</p></noscript></body></html>`);
    expect(article.text).toContain('Paragraph 3 of the notice');
    expect(article.text).not.toContain('enable JavaScript');
  });

  it('reads a page that leaves out the <html> tag', () => {
    const article = html(`<!DOCTYPE html><head><title>Mill road</title></head><body class="single"><div class="post">${prose(4)}</div></body>`);
    expect(article.text).toContain('Paragraph 3 of the notice');
  });

  it('reads text that lies beside the body or in a second body', () => {
    const beside = html(`<!DOCTYPE html><html><head><title>Mill road</title></head><div id="page">${prose(4)}</div><body></body></html>`);
    expect(beside.text).toContain('Paragraph 3 of the notice');
    const second = html(`<!DOCTYPE html><html><head><title>Mill road</title><script>document.write("<body onload='boot()'>");</script></head>
      <noscript><style>.gallery { opacity: 1; }</style></noscript><body class="product"><div id="page">${prose(4)}</div></body></html>`);
    expect(second.text).toContain('Paragraph 3 of the notice');
  });

  it('joins words split by soft hyphens', () => {
    const article = html(`<html><body><article>${prose(3)}<p>Während Sie über den Markt schlen&shy;dern, spielt die Kapelle alte Wei­sen aus dem Dorf und der Region.</p></article></body></html>`);
    expect(article.text).toContain('Während Sie über den Markt schlendern, spielt die Kapelle alte Weisen');
  });

  it('drops ruby readings and keeps the base text whole', () => {
    const article = html(`<html><body><article><h1>法律</h1>
      <p><ruby>子<rt>こ</rt></ruby>どもへの<a href="#"><ruby><span>虐待</span><rt>ぎゃくたい</rt></ruby></a>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、親が子どもを教育するために、体罰を禁止することになりました。</p>
      <p>最近、親に虐待された子どもを児童相談所が守ることができなくて、子どもが亡くなる事件が続いています。このため、法律では児童相談所の力を強くしました。</p>
      </article></body></html>`);
    expect(article.text).toContain('子どもへの虐待をなくすための法律ができて、');
    expect(article.text).not.toContain('ぎゃくたい');
  });
});
