#!/usr/bin/env python3
"""Turns bench/work/raw.txt (written by run.sh) into markdown tables: prints them and writes
bench/results.md with the machine description.

    python3 bench/summarise.py bench/work/raw.txt bench/work/machine.txt bench/results.md
"""
import statistics
import sys
from collections import defaultdict

# Targets (bench/README.md): 40 KPIs within 25 ms whole process; 100,000 rows within 1.5 s
# whole process and 256 MiB peak memory. The pack (n = 0 in raw.txt): under a second, memory a
# small multiple of the output.
TARGETS = {40: (25.0, None), 100000: (1500.0, 256.0)}


def read(path):
    whole = defaultdict(list)  # (n, tool) -> [(wall_ms, cpu_ms, rss_mib)]
    inproc = {}                # (n, tool) -> {key: float}
    cold = defaultdict(list)   # (n, tool) -> [{key: float}]
    sizes = defaultdict(dict)  # n -> {key: bytes}
    load = {}                  # n -> (start, end) 1-minute load averages
    for line in open(path, encoding="utf-8"):
        kind, n, *rest = line.split()
        n = int(n)
        if kind == "whole":
            tool, wall, user, sys_, rss = rest
            whole[(n, tool)].append((float(wall) * 1000, (float(user) + float(sys_)) * 1000, int(rss) / 1024))
        elif kind in ("inproc", "cold"):
            tool, fields = rest[0], dict(f.split("=") for f in rest[1:])
            values = {k: float(v) for k, v in fields.items()}
            (inproc.__setitem__((n, tool), values) if kind == "inproc" else cold[(n, tool)].append(values))
        elif kind == "size":
            sizes[n][rest[0]] = int(rest[1])
        elif kind == "check":
            sizes[n]["same_text"] = rest[0]
        elif kind == "load":
            load[n] = (rest[0], load.get(n, ("", ""))[1])
        elif kind == "load_end":
            load[n] = (load.get(n, ("", ""))[0], rest[0])
    return whole, inproc, cold, sizes, load


def med(values):
    return statistics.median(values) if values else float("nan")


nan = float("nan")


def ms(v):
    if v != v:  # not measured (docxtemplater skipped)
        return "–"
    return f"{v:,.0f}" if v >= 100 else f"{v:,.1f}"


def tables(whole, inproc, cold, sizes, load):
    ns = sorted({n for n, _ in whole if n > 0})  # n = 0: the pack
    out = []

    def w(n, tool, i):
        return med([r[i] for r in whole.get((n, tool), [])])

    def ratio(a, b):
        if a != a or b != b:  # not measured
            return "–"
        return f"{a / b:.1f}×" if a / b >= 1 else f"{a / b:.2f}×"

    out.append("### Whole process: medians, wall / CPU (user + system) in ms, peak RSS in MiB\n")
    out.append("| KPI rows | docket | docket peak RSS | floor (DOM) | floor peak RSS | docket ÷ floor (wall; CPU) "
               "| SAX floor | SAX floor peak RSS | docket ÷ SAX floor (wall; CPU) | docxtemplater | docxtemplater peak RSS | docket ÷ docxtemplater (wall; CPU) "
               "| docket --version (process start only) | runs | load average (start → end) |")
    out.append("|" + "---:|" * 15)
    for n in ns:
        d = [w(n, "docket", i) for i in range(3)]
        f = [w(n, "floor", i) for i in range(3)]
        sf = [w(n, "floorsax", i) for i in range(3)]
        x = [w(n, "dxt", i) for i in range(3)]
        out.append(
            f"| {n:,} | {ms(d[0])} / {ms(d[1])} | {d[2]:.0f} | {ms(f[0])} / {ms(f[1])} | {f[2]:.0f} "
            f"| {ratio(d[0], f[0])} ; {ratio(d[1], f[1])} | {ms(sf[0])} / {ms(sf[1])} | {sf[2]:.0f} "
            f"| {ratio(d[0], sf[0])} ; {ratio(d[1], sf[1])} | {ms(x[0])} / {ms(x[1])} | {x[2]:.0f} "
            f"| {ratio(d[0], x[0])} ; {ratio(d[1], x[1])} | {ms(w(n, 'startup', 0))} / {ms(w(n, 'startup', 1))} "
            f"| {len(whole.get((n, 'docket'), []))} "
            f"| {load[n][0]} → {load[n][1]} |")

    out.append("\n### In-process: medians, wall / CPU in ms (no process start, no library loading)\n")
    out.append("| KPI rows | docket (template + data + render) | floor (parse data + package round trip) "
               "| docket ÷ floor (wall; CPU) | SAX floor | docket ÷ SAX floor (wall; CPU) | docxtemplater, first run in the process | docxtemplater, warm "
               "| docket ÷ docxtemplater warm (wall; CPU) |")
    out.append("|" + "---:|" * 9)
    for n in ns:
        d, f, x, sx = (inproc.get((n, t), {}) for t in ("docket", "floor", "dxt", "floorsax"))
        sw, sc = sx.get("total_ms", nan), sx.get("total_cpu_ms", nan)
        c = cold.get((n, "dxt"), [])
        dw, dc = d.get("total_ms", nan), d.get("total_cpu_ms", nan)
        fw, fc = f.get("total_ms", nan), f.get("total_cpu_ms", nan)
        xw, xc = x.get("total_ms", nan), x.get("total_cpu_ms", nan)
        cw, cc = med([v["first_total_ms"] for v in c]), med([v["first_total_cpu_ms"] for v in c])
        out.append(f"| {n:,} | {ms(dw)} / {ms(dc)} | {ms(fw)} / {ms(fc)} | {ratio(dw, fw)} ; {ratio(dc, fc)} "
                   f"| {ms(sw)} / {ms(sc)} | {ratio(dw, sw)} ; {ratio(dc, sc)} "
                   f"| {ms(cw)} / {ms(cc)} | {ms(xw)} / {ms(xc)} | {ratio(dw, xw)} ; {ratio(dc, xc)} |")

    out.append("\n### Targets\n")
    out.append("| target | measured | met? |")
    out.append("|---|---|---|")
    for n, (t_ms, t_mib) in TARGETS.items():
        if n not in ns:
            continue
        d_wall, d_cpu, d_rss = (w(n, "docket", i) for i in range(3))
        out.append(f"| {n:,} KPIs: whole process ≤ {t_ms:,.0f} ms | wall {ms(d_wall)} ms, CPU {ms(d_cpu)} ms "
                   f"| {'yes' if d_wall <= t_ms else 'no'} (wall {d_wall / t_ms:.1f}×, CPU {d_cpu / t_ms:.1f}× the target) |")
        if t_mib:
            out.append(f"| {n:,} KPIs: peak memory ≤ {t_mib:.0f} MiB | {d_rss:.0f} MiB "
                       f"| {'yes' if d_rss <= t_mib else 'no'} ({d_rss / t_mib:.1f}× the target) |")

    if (0, "pack") in whole:
        p_wall, p_cpu, p_rss = (w(0, "pack", i) for i in range(3))
        out_mib = sizes[0]["pack_docx"] / 2**20
        out.append(f"| pack of {sizes[0]['pack_items']} papers: whole process < 1,000 ms | wall {ms(p_wall)} ms, "
                   f"CPU {ms(p_cpu)} ms | {'yes' if p_wall < 1000 else 'no'} (wall {p_wall / 1000:.1f}×, "
                   f"CPU {p_cpu / 1000:.1f}× the target) |")
        out.append(f"| pack: peak memory a small multiple of the output | {p_rss:.0f} MiB for "
                   f"{out_mib:.1f} MiB of DOCX ({sizes[0]['pack_document_xml'] / 2**20:.0f} MiB of document.xml) "
                   f"| {p_rss / out_mib:.1f}× the .docx, {p_rss / (sizes[0]['pack_document_xml'] / 2**20):.1f}× "
                   f"its document.xml |")

        out.append("\n### Pack: docket pack (public, DOCX only) against the floor, whole process\n")
        out.append("Medians, wall / CPU in ms, peak RSS in MiB. The floor reads and writes the same "
                   "sources one after another in one process (inflate, parse, serialise, deflate), "
                   "without merging.\n")
        out.append("| papers | sources (MB) | docket pack | peak RSS | output .docx (MB) | floor | floor peak RSS "
                   "| docket ÷ floor (wall; CPU) | lean floor | docket ÷ lean floor (wall; CPU) "
                   "| docket pack, malloc not trimming | runs | load average (start → end) |")
        out.append("|" + "---:|" * 13)
        f_wall, f_cpu, f_rss = (w(0, "packfloor", i) for i in range(3))
        l_wall, l_cpu, l_rss = (w(0, "packfloorlean", i) for i in range(3))
        t_wall, t_cpu, t_rss = (w(0, "packtuned", i) for i in range(3))
        s0 = sizes[0]
        out.append(f"| {s0['pack_items']} | {s0['pack_sources'] / 1e6:.1f} | {ms(p_wall)} / {ms(p_cpu)} | {p_rss:.0f} "
                   f"| {s0['pack_docx'] / 1e6:.1f} | {ms(f_wall)} / {ms(f_cpu)} | {f_rss:.0f} "
                   f"| {ratio(p_wall, f_wall)} ; {ratio(p_cpu, f_cpu)} | {ms(l_wall)} / {ms(l_cpu)} "
                   f"| {ratio(p_wall, l_wall)} ; {ratio(p_cpu, l_cpu)} | {ms(t_wall)} / {ms(t_cpu)} ({t_rss:.0f} MiB) "
                   f"| {len(whole[(0, 'pack')])} | {load[0][0]} → {load[0][1]} |")
        out.append("\nThe lean floor leaves out the parts docket pack does not carry "
                   "(word/stylesWithEffects.xml, custom XML, the thumbnail); \"malloc not trimming\" is "
                   "docket pack run with MALLOC_TRIM_THRESHOLD_, MALLOC_TOP_PAD_ and MALLOC_MMAP_THRESHOLD_ "
                   "set high (run.sh).")

    out.append("\n### Output and input sizes\n")
    out.append("| KPI rows | data XML (MB) | data JSON (MB) | docket document.xml (MB) | docket .docx (KB) "
               "| docxtemplater document.xml (MB) | docxtemplater .docx (KB) | docket document.xml per row (bytes) "
               "| same text in both? |")
    out.append("|" + "---:|" * 9)
    for n in ns:
        s = defaultdict(lambda: nan, sizes[n])
        per_row = (s["docket_document_xml"] - sizes[ns[0]]["docket_document_xml"]) / max(n - ns[0], 1)
        out.append(f"| {n:,} | {s['data_xml'] / 1e6:.2f} | {s['data_json'] / 1e6:.2f} "
                   f"| {s['docket_document_xml'] / 1e6:.2f} | {s['docket_docx'] / 1e3:,.0f} "
                   f"| {s['dxt_document_xml'] / 1e6:.2f} | {s['dxt_docx'] / 1e3:,.0f} | {per_row:,.0f} "
                   f"| {s.get('same_text', '?')} |")

    phases = ["template", "parse", "xsd_compile", "xsd_validate", "rules", "stated_values", "confusables",
              "derive", "colours", "strip_ns", "render", "total"]
    out.append("\n### docket in-process, step by step (one run with --phases; CPU ms, total also wall)\n")
    out.append("| KPI rows | " + " | ".join(p.replace("_", " ") for p in phases) + " |")
    out.append("|" + "---:|" * (len(phases) + 1))
    for n in ns:
        p = inproc.get((n, "phases"), {})
        cells = [ms(p.get(f"{k}_cpu_ms", nan)) for k in phases]
        cells[-1] += f" (wall {ms(p.get('total_ms', nan))})"
        out.append(f"| {n:,} | " + " | ".join(cells) + " |")
    out.append("\nResident set after each step (MiB; glibc keeps freed memory, so it only grows):\n")
    rss = ["template", "parse", "xsd_validate", "rules", "confusables", "derive", "strip_ns", "render"]
    out.append("| KPI rows | " + " | ".join(f"after {k.replace('_', ' ')}" for k in rss) + " | peak |")
    out.append("|" + "---:|" * (len(rss) + 2))
    for n in ns:
        p = inproc.get((n, "phases"), {})
        out.append(f"| {n:,} | " + " | ".join(f"{p.get(f'{k}_rss_mib', float('nan')):.0f}" for k in rss)
                   + f" | {p.get('peak_rss_mib', float('nan')):.0f} |")

    out.append("\n### The floor and docxtemplater, step by step (in-process medians; CPU ms)\n")
    out.append("| KPI rows | floor: parse data | floor: package round trip | docxtemplater: load "
               "| compile | render | zip | write |")
    out.append("|" + "---:|" * 8)
    for n in ns:
        f, x = inproc.get((n, "floor"), {}), inproc.get((n, "dxt"), {})
        g = lambda d, k: ms(d.get(f"{k}_cpu_ms", nan))
        out.append(f"| {n:,} | {g(f, 'data_parse')} | {g(f, 'package')} | {g(x, 'load')} "
                   f"| {g(x, 'compile')} | {g(x, 'render')} | {g(x, 'zip')} | {g(x, 'write')} |")
    return "\n".join(out) + "\n"


def main():
    raw, machine, results = sys.argv[1:4]
    body = tables(*read(raw))
    print(body)
    with open(results, "w", encoding="utf-8") as f:
        f.write("# Benchmark results\n\nWritten by `bench/run.sh` (see bench/README.md for what is measured).\n\n")
        f.write("## Machine\n\n")
        f.writelines(f"- {line}" for line in open(machine, encoding="utf-8"))
        f.write("\n## Results\n\n" + body)


if __name__ == "__main__":
    main()
