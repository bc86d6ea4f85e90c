/** The brief's inline style sheet: readable on a phone, no external assets. */
export const HTML_STYLE = `
:root{color-scheme:light}
body{overflow-wrap:break-word;font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62rem;margin:auto;padding:1rem;color:#1a1a1a;background:#fff}
h1,h2,h3{line-height:1.25}h2{margin-top:2rem;border-bottom:2px solid #1a1a1a}h3{margin-top:1.5rem}
a{color:#0b57d0}a:focus{outline:3px solid #fbbc04}
.cite{font-size:.8em;vertical-align:super;text-decoration:none;margin-left:.1em}
.summary p{margin:.4rem 0}
.fact{margin:.3rem 0}.count{display:inline-block;min-width:2.6em;font-weight:600}
.bar{display:inline-block;height:.6em;background:#188038;margin-right:.5em;vertical-align:middle}
.conflict{border-left:4px solid #c5221f;padding:.25rem .75rem;margin:.75rem 0;background:#fdf3f2}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.5rem;list-style:none;padding:0}
.sides li{background:#fff;border:1px solid #e0c0bd;padding:.5rem}.value{font-size:1.15em;font-weight:700}
.quote{margin:.75rem 0}.variant{margin:.25rem 0 .25rem 1rem}.changed{color:#c5221f;font-weight:600}
del{color:#c5221f;background:#fce8e6}ins{color:#137333;background:#e6f4ea;text-decoration:none}
.background{color:#5f6368}
.article{border-top:1px solid #ddd;margin-top:1rem}
.sentence:target{background:#fde293;outline:2px solid #f9ab00}
.loaded{background:#fce8e6}.muted{color:#5f6368}
table{border-collapse:collapse;width:100%;overflow-wrap:anywhere}td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
nav ul{padding-left:1.2rem}
@media (max-width:40rem){body{padding:.5rem;font-size:15px}.sides{grid-template-columns:1fr}td,th{padding:.25rem .2rem}}
`;
