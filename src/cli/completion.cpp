// bash completion, written from the command table (see man_page.hpp).
#include <sstream>

#include "cli/help.hpp"
#include "cli/man_page.hpp"

namespace docket::cli {

namespace {

struct OptionWords {
  std::string all;     // every option, as typed
  std::string valued;  // those that take a value, as a case pattern: --output|-o|--pdf
};

OptionWords words_of(const po::options_description& opts) {
  OptionWords w;
  for (const auto& d : opts.options()) {
    std::string names = "--" + d->long_name();
    const std::string shorter = d->canonical_display_name(po::command_line_style::allow_dash_for_short);
    if (shorter.size() == 2 && shorter[0] == '-') names += " " + shorter;
    w.all += (w.all.empty() ? "" : " ") + names;
    if (d->semantic()->max_tokens() > 0) {
      for (char& c : names) c = c == ' ' ? '|' : c;
      w.valued += (w.valued.empty() ? "" : "|") + names;
    }
  }
  return w;
}

}  // namespace

std::string bash_completion() {
  std::ostringstream out;
  std::string names = "help";
  for (const auto& c : commands()) names += " " + c.name;
  const OptionWords common = words_of(common_options());
  out << "# bash completion for docket. Generated from docket's command table by make_docs.\n"
      << "_docket() {\n"
      << "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= i\n"
      << "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      << "    case ${COMP_WORDS[i]} in\n"
      << "      --data-dir) ((i++)) ;;\n"
      << "      -*) ;;\n"
      << "      *) command=${COMP_WORDS[i]}; break ;;\n"
      << "    esac\n"
      << "  done\n"
      << "  local options='" << common.all << " --version' valued='" << common.valued << "'\n"
      << "  case $command in\n"
      << "    '') COMPREPLY=($(compgen -W '" << names << " " << common.all << " --version' -- \"$cur\")); return ;;\n"
      << "    help) COMPREPLY=($(compgen -W '" << names << "' -- \"$cur\")); return ;;\n";
  for (const auto& c : commands()) {
    po::positional_options_description pos;
    const OptionWords own = words_of(own_options(c, pos));
    out << "    " << c.name << ") options+=' " << own.all << "'; valued+='|" << own.valued << "' ;;\n";
  }
  out << "  esac\n"
      << "  if [[ \"|$valued|\" == *\"|$prev|\"* ]]; then\n"
      << "    [[ $prev == --locale ]] && return\n"
      << "    [[ $prev == --data-dir ]] && { COMPREPLY=($(compgen -d -- \"$cur\")); return; }\n"
      << "    COMPREPLY=($(compgen -f -- \"$cur\")); return\n"
      << "  fi\n"
      << "  if [[ $cur == -* ]]; then\n"
      << "    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
      << "  else\n"
      << "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
      << "  fi\n"
      << "}\n"
      << "complete -o filenames -F _docket docket\n";
  return out.str();
}

}  // namespace docket::cli
