#!/usr/bin/env node
// docxtemplater side of the benchmark: renders the converted house template
// (make_template.py) from make_json.py's JSON, R times in one process, and prints the
// median of each step, as docket-bench-render does:
//
//   node render.js TEMPLATE.docx DATA.json OUT.docx [--repeat R]
//   dxt repeats=R load_ms=… compile_ms=… render_ms=… zip_ms=… write_ms=… total_ms=…
//       (the same as _cpu_ms) first_total_ms=… first_total_cpu_ms=… peak_rss_mib=…
//
// load: read the template and JSON.parse the data; compile: PizZip + new Docxtemplater
// (parses and compiles the template); render; zip: generate the package (DEFLATE level 6,
// as docket); write. The angular expression parser is docxtemplater's documented way to
// write {meta.title}; the filters below do at render time what docket's filters and rich
// text do (dates, currency, lists of words, role labels, prose to paragraphs).
"use strict";
const fs = require("fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");
const expressionParser = require("docxtemplater/expressions.js");

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MEMBER_ROLES = { "cabinet-member": "Cabinet member responsible", "lead-member": "Lead member",
  "portfolio-holder": "Portfolio holder", chair: "Chair", "vice-chair": "Vice-chair" };
const IMPLICATION_TYPES = { financial: "Financial", legal: "Legal", equalities: "Equalities",
  climate: "Climate change", risk: "Risk management", "crime-disorder": "Crime and disorder",
  policy: "Policy", hr: "Human resources", procurement: "Procurement", property: "Property",
  health: "Health and wellbeing", "data-protection": "Data protection",
  "human-rights": "Human rights", safeguarding: "Safeguarding", consultation: "Consultation",
  other: "Other" };
const LIST_STYLES = { false: ["ListBullet", "ListBullet2", "ListBullet3"],
  true: ["ListNumber", "ListNumber2", "ListNumber3"] };

function isoDate(s) {
  const [y, m, d] = s.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function escapeXml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function paragraph(style, text) {
  const ppr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  return `<w:p>${ppr}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}
const gbpFormats = new Map();

const filters = {
  dateFull(s) {
    if (!s) return "";
    const d = isoDate(s);
    return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  },
  dateLong(s) {
    if (!s) return "";
    const d = isoDate(s);
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  },
  // As docket's `currency GBP`: pence only when the amount has them ("£1,250,000", "£12.50").
  gbp(value) {
    const pence = Number.isInteger(Number(value)) ? 0 : 2;
    if (!gbpFormats.has(pence)) {
      gbpFormats.set(pence, new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP",
        minimumFractionDigits: pence, maximumFractionDigits: pence }));
    }
    return gbpFormats.get(pence).format(Number(value));
  },
  joinWords(items, sep, last) {
    if (!items || items.length === 0) return "";
    if (items.length === 1) return items[0];
    return items.slice(0, -1).join(sep) + last + items[items.length - 1];
  },
  memberRole: (role) => MEMBER_ROLES[role] || "Member responsible",
  implicationType: (type) => IMPLICATION_TYPES[type] || "Other",
  // Prose blocks -> paragraphs in the style of the paragraph the tag replaces; list items
  // take the house list styles by level (docket gives lists their own numbering).
  prose(blocks, style) {
    if (!blocks || blocks.length === 0) return "";
    let xml = "";
    for (const b of blocks) {
      if (b.p !== undefined) xml += paragraph(style, b.p);
      else xml += paragraph(LIST_STYLES[b.ordered][Math.min(b.level, 2)], b.li);
    }
    return xml;
  },
  // /report/kpis/kpi[d:statusKey = 'red'] across every kpis element.
  withStatus(kpisList, key) {
    const out = [];
    for (const set of kpisList || []) for (const k of set.kpi) if (k.statusKey === key) out.push(k);
    return out;
  },
};

function parseArgs(argv) {
  const args = { repeat: 5, positional: [] };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === "--repeat") args.repeat = Number(argv[++i]);
    else args.positional.push(argv[i]);
  }
  if (args.positional.length !== 3 || !(args.repeat >= 1)) {
    console.error("usage: node render.js TEMPLATE.docx DATA.json OUT.docx [--repeat R]");
    process.exit(2);
  }
  [args.template, args.data, args.output] = args.positional;
  return args;
}

// Wall and CPU (user + system) milliseconds since the last lap, per step.
function stopwatch(times) {
  const wallNow = () => Number(process.hrtime.bigint()) / 1e6;
  const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
  let wall = wallNow(), cpu = cpuNow();
  const start = { wall, cpu };
  return {
    lap(step) {
      const w = wallNow(), c = cpuNow();
      times.push(step, w - wall, c - cpu);
      wall = w;
      cpu = c;
    },
    total() { times.push("total", wallNow() - start.wall, cpuNow() - start.cpu); },
  };
}

function renderOnce(args, times) {
  const watch = stopwatch(times);
  const templateBytes = fs.readFileSync(args.template);
  const data = JSON.parse(fs.readFileSync(args.data, "utf8"));
  watch.lap("load");
  const doc = new Docxtemplater(new PizZip(templateBytes), {
    paragraphLoop: true,
    linebreaks: false,
    parser: expressionParser.configure({ filters }),
    nullGetter: () => "",
  });
  watch.lap("compile");
  doc.render(data);
  watch.lap("render");
  const out = doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE",
    compressionOptions: { level: 6 } });
  watch.lap("zip");
  fs.writeFileSync(args.output, out);
  watch.lap("write");
  watch.total();
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Step -> {wall: [], cpu: []}, in the order first seen.
class Times {
  constructor() { this.steps = new Map(); }
  push(step, wall, cpu) {
    if (!this.steps.has(step)) this.steps.set(step, { wall: [], cpu: [] });
    this.steps.get(step).wall.push(wall);
    this.steps.get(step).cpu.push(cpu);
  }
  line(label, repeats) {
    const f = [];
    for (const [k, v] of this.steps) f.push(`${k}_ms=${median(v.wall).toFixed(2)}`);
    for (const [k, v] of this.steps) f.push(`${k}_cpu_ms=${median(v.cpu).toFixed(2)}`);
    const total = this.steps.get("total");
    f.push(`first_total_ms=${total.wall[0].toFixed(2)}`, `first_total_cpu_ms=${total.cpu[0].toFixed(2)}`);
    const peakMiB = process.resourceUsage().maxRSS / 1024;  // maxRSS is in KiB
    return `${label} repeats=${repeats} ${f.join(" ")} peak_rss_mib=${peakMiB.toFixed(1)}`;
  }
}

function main() {
  const args = parseArgs(process.argv);
  const times = new Times();
  for (let i = 0; i < args.repeat; i++) renderOnce(args, times);
  console.log(times.line("dxt", args.repeat));
}

main();
