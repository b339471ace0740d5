/**
 * A corpus of injection payloads for the XSS tests (test/security/xss.test.ts): markup with
 * script tags and event handlers, SVG and MathML tricks, mutation-XSS shapes, attribute and
 * template break-outs, and hostile URLs (`javascript:` with tabs, newlines, entities, mixed
 * case, percent-encoding, control characters; `data:`, `vbscript:` and other schemes).
 *
 * Every payload that could run script sets the sentinel `__xss` (on `window`, `parent`,
 * `top`, `self` or `globalThis`) to its own number, so a test that sees the sentinel set knows
 * which payload ran. Each entry is a function of that number.
 */

/** Script that sets the sentinel on the page's window, from wherever it runs. */
const js = (n: number, on: 'window' | 'parent' | 'top' | 'self' | 'globalThis' = 'window') => `${on}.__xss=${n}`;
/** The same as character references (`&#119;&#105;…`), decimal or hex. */
const entities = (text: string, hex = false) =>
  [...text].map((c) => (hex ? `&#x${c.codePointAt(0)!.toString(16)};` : `&#${c.codePointAt(0)};`)).join('');
const base64 = (text: string) => btoa(text);
/** `%xx` for every character. */
const percent = (text: string) => [...text].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
/** `String.fromCharCode(…)` of the text, for filters that look for quotes or the sentinel's name. */
const charCodes = (text: string) => `String.fromCharCode(${[...text].map((c) => c.charCodeAt(0)).join(',')})`;

type Payload = (n: number) => string;

/** Markup: script elements. */
const scripts: Payload[] = [
  (n) => `<script>${js(n)}</script>`,
  (n) => `<SCRIPT>${js(n)}</SCRIPT>`,
  (n) => `<ScRiPt>${js(n)}</sCrIpT>`,
  (n) => `<script src="data:text/javascript,${js(n)}"></script>`,
  (n) => `<script/src="data:,${js(n)}"></script>`,
  (n) => `<script type="module">${js(n)}</script>`,
  (n) => `<scr<script>ipt>${js(n)}</scr</script>ipt>`,
  (n) => `</title><script>${js(n)}</script>`,
  (n) => `</textarea><script>${js(n)}</script>`,
  (n) => `</style><script>${js(n)}</script>`,
  (n) => `</script><script>${js(n)}</script>`,
  (n) => `<script>eval(atob('${base64(js(n))}'))</script>`,
  (n) => `<script\x20type="text/javascript">${js(n)};</script>`,
  (n) => `<<script>${js(n)};//<</script>`,
  (n) => `<script>/*</script><script>*/${js(n)}</script>`,
];

/** Markup: event handlers on ordinary elements. */
const handlers: Payload[] = [
  (n) => `<img src=x onerror=${js(n)}>`,
  (n) => `<img src="x" onerror="${js(n)}">`,
  (n) => `<IMG SRC=x ONERROR=${js(n)}>`,
  (n) => `<img src=x:x onerror=${js(n, 'parent')}//`,
  (n) => `<img/src/onerror=${js(n)}>`,
  (n) => `<img src=x onerror=&#119;&#105;&#110;&#100;&#111;&#119;.__xss=${n}>`,
  (n) => `<img src=x onerror="eval(${charCodes(js(n))})">`,
  (n) => `<img src=x onerror=\u0009${js(n)}>`,
  (n) => `<image src=x onerror=${js(n)}>`,
  (n) => `<body onload=${js(n)}>`,
  (n) => `<body onpageshow=${js(n)}>`,
  (n) => `<div onmouseover="${js(n)}">hover</div>`,
  (n) => `<input autofocus onfocus=${js(n)}>`,
  (n) => `<select autofocus onfocus=${js(n)}></select>`,
  (n) => `<textarea autofocus onfocus=${js(n)}></textarea>`,
  (n) => `<details open ontoggle=${js(n)}>`,
  (n) => `<video><source onerror=${js(n)}></video>`,
  (n) => `<video src=x onerror=${js(n)}></video>`,
  (n) => `<audio src=x onerror=${js(n)}>`,
  (n) => `<iframe onload=${js(n)}></iframe>`,
  (n) => `<iframe srcdoc="<script>${js(n, 'parent')}</script>"></iframe>`,
  (n) => `<iframe srcdoc="&lt;img src=x onerror=${js(n, 'parent')}&gt;"></iframe>`,
  (n) => `<object data="data:text/html,<script>${js(n, 'parent')}</script>"></object>`,
  (n) => `<embed src="javascript:${js(n, 'parent')}">`,
  (n) => `<marquee onstart=${js(n)}>x</marquee>`,
  (n) => `<style onload=${js(n)}></style>`,
  (n) => `<link rel=stylesheet href=x onerror=${js(n)}>`,
  (n) => `<form><button formaction=javascript:${js(n)}>x</button></form>`,
  (n) => `<a href="javascript:${js(n)}" id=xss>click</a>`,
  (n) => `<a href=jav&#x09;ascript:${js(n)}>click</a>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${js(n)}">`,
  (n) => `<base href="javascript:${js(n)}//">`,
  (n) => `<div style="background-image:url(javascript:${js(n)})">x</div>`,
  (n) => `<div style="width:expression(${js(n)})">x</div>`,
  (n) => `<x contenteditable onfocus=${js(n)} autofocus>x</x>`,
  (n) => `<body/onload=${js(n)}>`,
  (n) => `<img src=1 href=1 onerror="javascript:${js(n)}"></img>`,
  (n) => `<keygen autofocus onfocus=${js(n)}>`,
  (n) => `<isindex type=image src=1 onerror=${js(n)}>`,
  (n) => `<table background="javascript:${js(n)}">`,
  (n) => `<object type="text/x-scriptlet" data="javascript:${js(n)}"></object>`,
  (n) => `<img src="x` + '`' + `<script>${js(n)}</script>"` + '`' + `>`,
];

/** SVG and MathML. */
const svgAndMath: Payload[] = [
  (n) => `<svg onload=${js(n)}>`,
  (n) => `<svg/onload=${js(n)}>`,
  (n) => `<SVG ONLOAD=${js(n)}>`,
  (n) => `<svg><script>${js(n)}</script></svg>`,
  (n) => `<svg><script href="data:,${js(n)}"></script></svg>`,
  (n) => `<svg><script xlink:href="data:,${js(n)}"></script></svg>`,
  (n) => `<svg><animate onbegin=${js(n)} attributeName=x dur=1s>`,
  (n) => `<svg><set attributeName=onload to=${js(n)}></set></svg>`,
  (n) => `<svg><a xlink:href="javascript:${js(n)}"><text x=20 y=20>click</text></a></svg>`,
  (n) => `<svg><a href="javascript:${js(n)}"><circle r=40></circle></a></svg>`,
  (n) => `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${js(n, 'top')}'/></svg>#x"/></svg>`,
  (n) => `<svg><foreignObject><iframe srcdoc="<script>${js(n, 'parent')}</script>"></iframe></foreignObject></svg>`,
  (n) => `<svg><image href=x onerror=${js(n)}></image></svg>`,
  (n) => `<svg><style><img src=x onerror=${js(n)}></style></svg>`,
  (n) => `<svg><title><img src=x onerror=${js(n)}></title></svg>`,
  (n) => `<svg><animate attributeName=href values=javascript:${js(n)} /><a id=x><text x=20 y=20>x</text></a></svg>`,
  (n) => `<svg><desc><![CDATA[</desc><script>${js(n)}</script>]]></svg>`,
  (n) => `</text><script>${js(n)}</script><text>`,
  (n) => `</title></svg><img src=x onerror=${js(n)}>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${js(n)}></style></mglyph></table></mtext></math>`,
  (n) => `<math><mi xlink:href="javascript:${js(n)}">x</mi></math>`,
  (n) => `<math href="javascript:${js(n)}">click</math>`,
  (n) => `<math><maction actiontype="statusline" xlink:href="javascript:${js(n)}">x<mtext>y</mtext></maction></math>`,
  (n) => `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src=x onerror=${js(n)}>"></style></h1></mtext></math>`,
  (n) => `<math><annotation-xml encoding="text/html"><img src=x onerror=${js(n)}></annotation-xml></math>`,
];

/** Mutation XSS, comments, templates, raw-text elements. */
const mutation: Payload[] = [
  (n) => `<noscript><p title="</noscript><img src=x onerror=${js(n)}>"></noscript>`,
  (n) => `<!--<img src="--><img src=x onerror=${js(n)}//">`,
  (n) => `<!--><img src=x onerror=${js(n)}>-->`,
  (n) => `<template><script>${js(n)}</script></template><img src=x onerror=${js(n)}>`,
  (n) => `<xmp><p title="</xmp><img src=x onerror=${js(n)}>">`,
  (n) => `<textarea><p title="</textarea><img src=x onerror=${js(n)}>">`,
  (n) => `<style><style/><img src=x onerror=${js(n)}>`,
  (n) => `<a title="a"></a><img src=x onerror=${js(n)}>`,
  (n) => `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${js(n)}>`,
  (n) => `<![CDATA[<img src=x onerror=${js(n)}>]]>`,
  (n) => `<?xml version="1.0"?><img src=x onerror=${js(n)}>`,
  (n) => `<plaintext><img src=x onerror=${js(n)}>`,
];

/** Break-outs from attribute values, JS strings and templates; markers of template engines and of Lit itself. */
const breakouts: Payload[] = [
  (n) => `" onmouseover="${js(n)}`,
  (n) => `' onfocus='${js(n)}' autofocus '`,
  (n) => `"><img src=x onerror=${js(n)}>`,
  (n) => `'><svg/onload=${js(n)}>`,
  (n) => `\`><img src=x onerror=${js(n)}>`,
  (n) => `" autofocus onfocus="${js(n)}" x="`,
  (n) => `"/><script>${js(n)}</script>`,
  (n) => `';${js(n)};//`,
  (n) => `";${js(n)};//`,
  (n) => `\\';${js(n)};//`,
  (n) => `</script><svg onload=${js(n)}>`,
  (n) => `\${${js(n)}}`,
  (n) => `{{constructor.constructor('${js(n)}')()}}`,
  (n) => `<%= ${js(n)} %>`,
  (n) => `#{${js(n)}}`,
  (n) => `<!--?lit$123456$--><img src=x onerror=${js(n)}>`,
  (n) => `lit$123456$<img src=x onerror=${js(n)}>`,
  (n) => `?lit$123456$" onerror="${js(n)}`,
  (n) => `<?lit$0$><img src=x onerror=${js(n)}>`,
  (n) => `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${js(n)} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${js(n)}//>\\x3e`,
  (n) => `'"--></style></script><script>${js(n)}</script>`,
  (n) => `&lt;img src=x onerror=${js(n)}&gt;`,
  (n) => `&#60;img src=x onerror=${js(n)}&#62;`,
  (n) => `\u003cimg src=x onerror=${js(n)}\u003e`,
  (n) => `<img src=x onerror=${js(n)}>`.normalize('NFKC').replace('<', '\uFF1C').replace('>', '\uFF1E'),
  () => `__proto__`,
  () => `constructor`,
  () => `toString`,
  () => `hasOwnProperty`,
];

/** URLs: `javascript:` in every disguise, `data:`, `vbscript:` and other schemes. */
const urls: Payload[] = [
  (n) => `javascript:${js(n)}`,
  (n) => `JAVASCRIPT:${js(n)}`,
  (n) => `JaVaScRiPt:${js(n)}`,
  (n) => ` javascript:${js(n)}`,
  (n) => `\u0000javascript:${js(n)}`,
  (n) => `\u0001javascript:${js(n)}`,
  (n) => `\u001fjavascript:${js(n)}`,
  (n) => `\tjavascript:${js(n)}`,
  (n) => `java\tscript:${js(n)}`,
  (n) => `java\nscript:${js(n)}`,
  (n) => `java\rscript:${js(n)}`,
  (n) => `jav\u0009a\u000Ascr\u000Dipt:${js(n)}`,
  (n) => `javascript\t:${js(n)}`,
  (n) => `javascript\n:${js(n)}`,
  (n) => `javascript:\n${js(n)}`,
  (n) => `javascript://%0a${js(n)}`,
  (n) => `javascript://example.org/%0a${js(n)}`,
  (n) => `javascript:${percent(js(n))}`,
  (n) => `javascript:void(${js(n)})`,
  (n) => `javascript:eval(atob('${base64(js(n))}'))`,
  (n) => `jav&#x09;ascript:${js(n)}`,
  (n) => `jav&#x0A;ascript:${js(n)}`,
  (n) => `jav&#x0D;ascript:${js(n)}`,
  (n) => `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${js(n)}`,
  (n) => `${entities('javascript:', true)}${js(n)}`,
  (n) => `javascript&colon;${js(n)}`,
  (n) => `&Tab;javascript:${js(n)}`,
  (n) => `%20javascript:${js(n)}`,
  (n) => `%0ajavascript:${js(n)}`,
  (n) => `%09javascript:${js(n)}`,
  (n) => `javascript%3A${js(n)}`,
  (n) => `%6A%61%76%61%73%63%72%69%70%74%3A${js(n)}`,
  (n) => `\u00a0javascript:${js(n)}`,
  (n) => `\u2028javascript:${js(n)}`,
  (n) => `\ufeffjavascript:${js(n)}`,
  (n) => `javascript\u0000:${js(n)}`,
  (n) => `data:text/html,<script>${js(n, 'parent')}</script>`,
  (n) => `data:text/html;base64,${base64(`<script>${js(n, 'parent')}</script>`)}`,
  (n) => `DATA:text/html,<script>${js(n, 'top')}</script>`,
  (n) => ` data:text/html,<script>${js(n, 'parent')}</script>`,
  (n) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${js(n, 'parent')}"/>`,
  (n) => `data:application/javascript,${js(n)}`,
  (n) => `da\tta:text/html,<script>${js(n, 'parent')}</script>`,
  (n) => `vbscript:msgbox(${n})`,
  (n) => `VBScript:Execute("${js(n)}")`,
  (n) => `vbs\tcript:msgbox(${n})`,
  (n) => `livescript:${js(n)}`,
  (n) => `mocha:${js(n)}`,
  (n) => `feed:javascript:${js(n)}`,
  (n) => `view-source:javascript:${js(n)}`,
  (n) => `jar:javascript:${js(n)}!/`,
  () => `file:///etc/passwd`,
  () => `blob:https://example.org/00000000-0000-0000-0000-000000000000`,
  () => `filesystem:https://example.org/temporary/x`,
  () => `about:blank`,
  (n) => `javascript:alert(${n})`,
  (n) => `javas\u0000cript:${js(n)}`,
  (n) => `javascript:${js(n)}//http://example.org`,
  (n) => `https://example.org/"><script>${js(n)}</script>`,
  (n) => `https://example.org/?q=<img src=x onerror=${js(n)}>`,
  (n) => `//example.org/%0a<script>${js(n)}</script>`,
  (n) => `\\\\example.org\\<svg onload=${js(n)}>`,
  (n) => `/path?x=javascript:${js(n)}`,
  (n) => `#"><img src=x onerror=${js(n, 'self')}>`,
  (n) => `./javascript:${js(n, 'globalThis')}`,
];

/** Every payload, numbered from 1 (the number is what it writes into the sentinel). */
export const PAYLOADS: readonly string[] = [...scripts, ...handlers, ...svgAndMath, ...mutation, ...breakouts, ...urls].map((make, i) =>
  make(i + 1),
);

/** How many payloads of each kind (for the report). */
export const PAYLOAD_KINDS = {
  scripts: scripts.length,
  handlers: handlers.length,
  svgAndMath: svgAndMath.length,
  mutation: mutation.length,
  breakouts: breakouts.length,
  urls: urls.length,
} as const;
