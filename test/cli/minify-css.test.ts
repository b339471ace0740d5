import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssTemplates } from '../../scripts/minify-css.mjs';

describe('the build’s CSS minifier', () => {
  it('drops comments and the whitespace around braces, semicolons, commas, colons and child combinators', () => {
    assert.equal(
      minifyCss(`
        /* tokens */
        :host { display: block ; }
        .a , .b > .c { margin: 0 auto; }  /* trailing */
      `),
      ':host{display:block}.a,.b>.c{margin:0 auto}',
    );
  });

  it('keeps what changes meaning: a descendant space before a pseudo-class, quoted text, !important', () => {
    assert.equal(minifyCss(`.a :hover { content: '  two  spaces  /* not a comment */'; }`), `.a :hover{content:'  two  spaces  /* not a comment */'}`);
    assert.equal(minifyCss(`.b { font: 1rem/1.2 "A  B", serif; color: red !important; }`), `.b{font:1rem/1.2 "A  B",serif;color:red!important}`);
    assert.equal(minifyCss(`.q { content: "say \\"hi\\" ;}" }`), `.q{content:"say \\"hi\\" ;}"}`);
  });

  it('inside parentheses, collapses whitespace to one space and no further (var() fallbacks, calc(), media features)', () => {
    assert.equal(
      minifyCss(`@media (forced-colors:  active) and (min-width: 30em) { .w { width: calc( 100%  -  2px ); --x: var(--y,  #fff); } }`),
      '@media (forced-colors: active) and (min-width: 30em){.w{width:calc(100% - 2px);--x:var(--y, #fff)}}',
    );
  });

  it('as a Vite plugin, rewrites css templates of the sources and nothing else', () => {
    const plugin = minifyCssTemplates();
    const transform = (code: string, id: string) => (plugin.transform as (c: string, i: string) => { code: string } | null)(code, id);
    const source = "const s = css`\n  :host { display: block; }\n`;\nconst t = html`<p> a  b </p>`;\nconst u = mycss`x { }`;";
    assert.equal(
      transform(source, '/repo/src/ui/x.ts')!.code,
      "const s = css`:host{display:block}`;\nconst t = html`<p> a  b </p>`;\nconst u = mycss`x { }`;",
    );
    assert.equal(transform(source, '/repo/node_modules/lit/x.js'), null);
    // A template with an interpolation is left as written.
    assert.equal(transform('const s = css`:host { color: ${unsafeCSS(c)}; }`;', '/repo/src/x.ts'), null);
  });
});
