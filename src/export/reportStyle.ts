/** The report's whole style sheet, inline: the file must read the same offline, printed, or mailed to an editor. */
export const reportStyle = `
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #1d1d1d; background: #fff; margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem 4rem; }
h1, h2, h3, h4, nav, table, .meta { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
h1 { font-size: 1.7rem; margin-bottom: .25rem; } h2 { border-bottom: 2px solid #1d1d1d; margin-top: 2.5rem; } h3 { margin: 0 0 .25rem; }
nav a { margin-right: 1rem; } a { color: #0b5cad; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #ddd; }
.claim { border-top: 1px solid #bbb; padding: 1rem 0; } .meta { color: #555; font-size: .85rem; }
.status { font-family: system-ui, sans-serif; font-size: .8rem; font-weight: 600; padding: .05rem .4rem; border-radius: .3rem; border: 1px solid; white-space: nowrap; }
.status-corroborated { color: #14532d; background: #dcfce7; } .status-disputed { color: #7c2d12; background: #ffedd5; }
.status-refuted { color: #7f1d1d; background: #fee2e2; } .status-claimed { color: #1e3a8a; background: #dbeafe; } .status-unverified { color: #404040; background: #f1f1f1; }
.stance-asserts { color: #166534; } .stance-denies { color: #991b1b; } .stance-doubts { color: #9a3412; } .stance-reports { color: #525252; }
blockquote { margin: 0; } .corrected-by { font-family: system-ui, sans-serif; font-size: .75rem; color: #6b21a8; } q { quotes: '“' '”'; }
@media print { nav { display: none; } .claim { break-inside: avoid; } }
`;
