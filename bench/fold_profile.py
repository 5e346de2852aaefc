#!/usr/bin/env python3
"""Groups a folded-stack profile ("frame;frame;… cost" per line) by docket's render steps.

heaptrack gives folded stacks (`heaptrack_print -F peak.folded --flamegraph-cost-type peak`:
memory live at the peak); for perf, give the text of `perf script` with --perf-script and
each sample counts 1. Each stack is charged to the first step below whose pattern it
contains, in the order of STEPS, so "derive → xmlNewTextChild" counts as derive, not as
libxml2, and the render thread's "render → Runtime" counts as program execution.

    python3 bench/fold_profile.py peak.folded               # MiB at the peak
    perf script -i perf.data | python3 bench/fold_profile.py --perf-script -   # samples
"""
import re
import sys
from collections import defaultdict

# (step, pattern in a frame): a stack goes to the first step listed that it matches, so the
# more specific come first where they nest.
STEPS = [
    ("template: load and compile", r"docket::tmpl::Template::load"),
    ("data: read the file", r"docket::read_file"),
    ("data: parse (libxml2 tree)", r"docket::xml::parse"),
    ("data: line index for messages", r"docket::data::DataSource::DataSource"),
    ("data: XSD validation", r"docket::data::check_schema"),
    ("data: rules", r"docket::data::check_rules"),
    ("data: stated values (derive to compare)", r"docket::data::check_stated_values"),
    ("data: confusable characters", r"docket::data::check_confusables"),
    ("data: derive (d: elements)", r"docket::data::derive\b"),
    ("data: status colours", r"docket::data::StatusColours::of"),
    ("data: strip namespace", r"docket::data::strip_root_namespace"),
    ("render: program execution", r"docket::tmpl::Runtime"),
    ("render: package write and deflate", r"docket::ooxml::Package::write|docket::zip::ZipWriter::commit|zip_close"),
    ("render: other", r"docket::tmpl::render"),
    ("free the data tree at exit", r"~DataSource|xmlFreeDoc"),
    ("start-up (static initialisers, libraries)", r"_dl_init|__static_initialization|_GLOBAL__sub_I"),
]


def step_of(stack):
    for name, pattern in STEPS:  # the first step, in list order, with a frame in the stack
        if re.search(pattern, stack):
            return name
    return "other"


def folded_lines(lines):
    """(stack, cost) from heaptrack's folded output."""
    for line in lines:
        stack, _, cost = line.rstrip("\n").rpartition(" ")
        if stack and cost.lstrip("-").isdigit():
            yield stack, int(cost)


def perf_script_stacks(lines):
    """(stack, 1) per sample of `perf script` text: a header line, then one frame a line
    (leaf first: "\t addr symbol (dso)"), then a blank line."""
    frames = []
    for line in lines:
        if line.startswith(("\t", " ")) and line.strip():
            parts = line.strip().split(None, 1)
            frames.append(parts[1] if len(parts) > 1 else parts[0])
        elif not line.strip():
            if frames:
                yield ";".join(reversed(frames)), 1
            frames = []
    if frames:
        yield ";".join(reversed(frames)), 1


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    perf = "--perf-script" in sys.argv
    unit = "samples" if perf else "bytes"
    source = sys.stdin if args[0] == "-" else open(args[0], encoding="utf-8", errors="replace")
    totals = defaultdict(float)
    for stack, cost in (perf_script_stacks(source) if perf else folded_lines(source)):
        totals[step_of(stack)] += cost
    grand = sum(totals.values())
    print(f"| step | {'MiB at peak' if unit == 'bytes' else 'samples'} | share |")
    print("|---|---:|---:|")
    for name, cost in sorted(totals.items(), key=lambda kv: -kv[1]):
        shown = f"{cost / 2**20:,.1f}" if unit == "bytes" else f"{cost:,.0f}"
        print(f"| {name} | {shown} | {100 * cost / grand:.1f}% |")
    shown = f"{grand / 2**20:,.1f}" if unit == "bytes" else f"{grand:,.0f}"
    print(f"| total | {shown} | 100% |")


if __name__ == "__main__":
    main()
