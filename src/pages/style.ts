/**
 * The pages' only stylesheet, inlined: no external CSS, fonts or scripts, so a page works offline and
 * on any runtime. Colours meet WCAG AA (4.5:1 for text, 3:1 for the bar and focus ring); meaning never
 * rests on colour alone — every badge and bar has its words beside it.
 */
export const STYLE = `
:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#c9c9c9;--paper:#fff;--tint:#f4f5f7;--link:#0b57d0;--visited:#6b2fa3;--focus:#0b57d0;--head:#16324f;
--supports:#17703a;--contradicts:#b3261e;--mentions:#5f6368}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper)}
a{color:var(--link);text-underline-offset:.15em}
a:visited{color:var(--visited)}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:.5rem;top:-4rem;background:var(--paper);color:var(--link);padding:.5rem .75rem;z-index:10;border:2px solid var(--focus)}
.skip:focus{top:.5rem}
.wrap{max-width:50rem;margin:0 auto;padding:0 1rem}
.site-header{background:var(--head);color:#fff}
.site-header .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.25rem 1.5rem;padding-top:.6rem;padding-bottom:.6rem}
.site-header a{color:#fff}
.site-header a:focus-visible{outline-color:#ffd54f}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none}
.brand span{font-weight:400;font-size:.95rem;opacity:.9}
.site-header ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.site-header li a[aria-current]{font-weight:700}
search{display:block}
main{display:block;padding:1.25rem 0 2.5rem}
h1{font-size:1.65rem;line-height:1.25;margin:.25rem 0 .75rem}
h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.25rem 0 .4rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
p,ul,ol,dl,blockquote,table{margin:.5rem 0 1rem}
.lede{font-size:1.1rem;color:var(--muted)}
.kicker{margin:0;color:var(--muted);font-size:.95rem}
.muted{color:var(--muted)}
.notice{border:2px solid var(--ink);border-left-width:.5rem;padding:.6rem .9rem;background:var(--tint)}
.notice.warning{border-color:#8a4b00;background:#fff4e5}
.notice.danger{border-color:var(--contradicts);background:#fdecea}
.badge{display:inline-block;border:2px solid;border-radius:.35rem;padding:.2rem .6rem;margin:.25rem 0}
.badge strong{font-weight:700}
.badge.small{font-size:.9rem;padding:.05rem .45rem;margin:0}
.c-established{color:#0c4a25;background:#dff3e6;border-color:#17703a}
.c-supported{color:#0a3d75;background:#e3eefc;border-color:#0b57d0}
.c-asserted{color:#3b2a74;background:#efeafc;border-color:#6b4fbb}
.c-speculative{color:#5a3a00;background:#fff3d1;border-color:#8a5a00}
.c-contested{color:#6e2a00;background:#ffe9d9;border-color:#b3541e}
.c-refuted{color:#7d1a14;background:#fde3e1;border-color:#b3261e}
.c-unsourced{color:#333;background:#eceef1;border-color:#5f6368}
.evidence{margin:.5rem 0 1rem;max-width:28rem}
.bar{display:flex;gap:2px;height:.9rem;border:1px solid var(--ink);background:var(--paper);padding:1px}
.bar span{display:block;min-width:4px}
.seg-supports{background:var(--supports)}
.seg-contradicts{background:var(--contradicts)}
.seg-mentions{background:repeating-linear-gradient(135deg,var(--mentions) 0 3px,#fff 3px 5px)}
.legend{list-style:none;padding:0;margin:.35rem 0 0;display:flex;flex-wrap:wrap;gap:.1rem 1rem;font-size:.95rem}
.legend li::before{content:"";display:inline-block;width:.8rem;height:.8rem;margin-right:.35rem;vertical-align:-.05rem;border:1px solid var(--ink)}
.legend .supports::before{background:var(--supports)}
.legend .contradicts::before{background:var(--contradicts)}
.legend .mentions::before{background:repeating-linear-gradient(135deg,var(--mentions) 0 3px,#fff 3px 5px)}
.triple{font-size:.95rem;color:var(--muted)}
.tier{display:inline-block;border:1px solid var(--ink);border-radius:.3rem;padding:0 .4rem;font-size:.85rem;background:var(--tint)}
.claims{list-style:none;padding:0}
.claims>li{border-top:1px solid var(--line);padding:.75rem 0}
.claims>li:last-child{border-bottom:1px solid var(--line)}
.claims .statement{font-size:1.05rem;font-weight:600}
.claims p{margin:.3rem 0}
.stance{border-left:.4rem solid var(--line);padding-left:.9rem;margin:1.25rem 0}
.stance.supports{border-color:var(--supports)}
.stance.contradicts{border-color:var(--contradicts)}
.stance.mentions{border-color:var(--mentions);border-left-style:dashed}
.stance h3{margin-top:0}
.citations{padding-left:1.25rem}
.citations>li{margin:.6rem 0 1rem}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid var(--line);background:var(--tint);font-style:italic}
.links{margin:.2rem 0}
.tally{font-size:.9rem}
.tally span{white-space:nowrap}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0;overflow-wrap:anywhere}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--tint)}
form.search{background:var(--tint);border:1px solid var(--line);padding:1rem;border-radius:.4rem;margin:1rem 0}
.search-row{display:flex;gap:.5rem}
.search-row input{flex:1 1 auto;min-width:0}
details.filters{margin:.75rem 0 0}
details.filters summary{font-weight:600}
.search .actions{margin:.5rem 0 0}
.legend-box h2{font-size:1.1rem;border:0;margin:1.25rem 0 .4rem}
.confidence-legend{list-style:none;padding:0;margin:.25rem 0 .5rem;display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:.3rem 1.5rem}
.confidence-legend li{font-size:.95rem}
.confidence-legend a.badge{text-decoration:none;white-space:nowrap}
.confidence-legend a.badge:hover{text-decoration:underline}
.verdict{border:2px solid var(--line);border-left-width:.6rem;border-radius:.4rem;padding:.75rem 1rem;margin:1rem 0}
.verdict-badge{display:inline-block;margin:0 0 .25rem;padding:.3rem .8rem;border-radius:.35rem;border:2px solid;font-size:1.1rem}
.verdict-label{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em}
.verdict-meaning{font-size:.95rem}
.verdict .why h3{font-size:1rem;margin:.5rem 0 .2rem}
.verdict .why p{margin:0}
.verdict.v-supported{border-color:#17703a}.v-supported .verdict-badge{color:#0c4a25;background:#dff3e6;border-color:#17703a}
.verdict.v-refuted{border-color:#b3261e}.v-refuted .verdict-badge{color:#7d1a14;background:#fde3e1;border-color:#b3261e}
.verdict.v-contested{border-color:#b3541e}.v-contested .verdict-badge{color:#6e2a00;background:#ffe9d9;border-color:#b3541e}
.verdict.v-unverified,.verdict.v-no-match{border-color:#5f6368}.v-unverified .verdict-badge,.v-no-match .verdict-badge{color:#333;background:#eceef1;border-color:#5f6368}
.match-citations{list-style:none;padding:0 0 0 .9rem;margin:.4rem 0 0;border-left:3px solid var(--line);font-size:.95rem}
.match-citations li{margin:.2rem 0}
.alignment{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .6rem;margin:.4rem 0 0;font-size:.95rem}
.alignment dt{font-weight:600}
.alignment dd{margin:0}
.match-citations .stance-word{font-weight:600}
.match-citations .cites-supports .stance-word{color:var(--supports)}
.match-citations .cites-contradicts .stance-word{color:var(--contradicts)}
.match-citations .cites-mentions .stance-word{color:var(--muted)}
.error-detail{overflow-wrap:anywhere}
mark{background:#ffe97a;color:inherit;padding:0 .05em;border-radius:.15em}
.fields{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem 1rem;margin:.75rem 0}
label{display:block;font-weight:600;margin-bottom:.2rem}
.hint{display:block;color:var(--muted);font-size:.9rem;margin:-.15rem 0 .3rem}
input,select,textarea,button{font:inherit;color:inherit}
input[type=search],input[type=text],select,textarea{width:100%;padding:.45rem .55rem;border:2px solid #6b6b6b;border-radius:.3rem;background:#fff}
textarea{min-height:6rem;resize:vertical}
button{background:var(--head);color:#fff;border:2px solid var(--head);border-radius:.3rem;padding:.45rem 1.1rem;font-weight:600;cursor:pointer}
button:hover{background:#0d2236}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.pager{display:flex;justify-content:space-between;gap:1rem;margin-top:1rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;background:var(--tint);padding:0 .2em;border-radius:.2rem;overflow-wrap:anywhere}
details{margin:.5rem 0}
summary{cursor:pointer;font-weight:600}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--tint);padding:.75rem;border:1px solid var(--line);font-size:.85rem}
.site-footer{border-top:1px solid var(--line);color:var(--muted);font-size:.95rem;padding:1rem 0 2rem}
.site-footer a{color:#0a47a8}
@media (max-width:36rem){h1{font-size:1.4rem}.confidence-legend{grid-template-columns:1fr}dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}}
@media print{.site-header,.skip,form.search,.site-footer{display:none}a{color:inherit}}
`
  .trim()
  .replace(/\n/g, "");
