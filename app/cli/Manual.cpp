#include "cli/Manual.h"

#include "cli/Arguments.h"

#include <sstream>

namespace hiernet::cli {
namespace {

/// Text as roff shows it literally: backslashes doubled, a leading dot or quote escaped.
std::string roff(const std::string& text)
{
    std::string out;
    bool lineStart = true;
    for (char c : text) {
        if (lineStart && (c == '.' || c == '\''))
            out += "\\&";
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
        lineStart = c == '\n';
    }
    return out;
}

} // namespace

std::set<std::string> knownOptions(const Command& command)
{
    auto known = optionNames(command.usage);
    if (command.usage.find("trainer options as train-backbone") != std::string::npos)
        for (const auto& c : commands())
            if (c.name == "train-backbone")
                known.merge(optionNames(c.usage));
    return known;
}

std::string manPage(const std::vector<Command>& commands, const std::string& version)
{
    std::ostringstream out;
    out << ".TH HIERNET 1 \"\" \"hiernet " << version << "\" \"HierNet Studio\"\n"
        << ".SH NAME\nhiernet \\- train, group, evaluate and explain hierarchical CNNs (HierNet) from the command line\n"
        << ".SH SYNOPSIS\n.B hiernet\n.I COMMAND\n[\\fIOPTIONS\\fR]\n.br\n.B hiernet\n\\-\\-help | \\-\\-version\n"
        << ".SH DESCRIPTION\nThe headless front end of HierNet Studio: the same core, run directories and files as the studio "
           "(hiernet\\-studio), for servers with or without a GPU. Each command below lists its options as "
           "\\fBhiernet\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR prints them; an unknown option is refused and named with the "
           "closest known one.\n"
        << ".SH COMMANDS\n";
    for (const auto& c : commands) {
        out << ".SS " << roff(c.name) << "\n" << roff(c.summary) << ".\n.PP\n.nf\n" << roff(c.usage) << ".fi\n";
        const auto options = knownOptions(c);
        if (!options.empty()) {
            out << ".PP\nOptions:";
            for (const auto& option : options)
                out << " \\fB\\-\\-" << roff(option) << "\\fR";
            out << "\n";
        }
    }
    out << ".SH EXIT STATUS\n0 on success, 1 when a command fails (the error names the file or value and what is wrong), "
           "2 for an unknown command.\n"
        << ".SH FILES\n.TP\n.I ~/hiernet\\-runs\nthe default runs folder: one directory per run (run.json, metrics.jsonl, "
           "checkpoint.pt, "
           "cpm.json, hierarchy.json, eval.json)\n"
        << ".SH SEE ALSO\n.BR hiernet\\-studio (1)\n";
    return out.str();
}

std::string bashCompletion(const std::vector<Command>& commands)
{
    std::ostringstream out;
    out << "# bash completion for hiernet (written by `hiernet --bash-completion` from its command table)\n"
        << "_hiernet()\n{\n"
        << "    local current=${COMP_WORDS[COMP_CWORD]}\n"
        << "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
        << "        COMPREPLY=($(compgen -W \"";
    for (const auto& c : commands)
        out << c.name << " ";
    out << "--help --version\" -- \"$current\"))\n"
        << "        return\n    fi\n"
        << "    local options=\"\"\n"
        << "    case \"${COMP_WORDS[1]}\" in\n";
    for (const auto& c : commands) {
        out << "        " << c.name << ") options=\"";
        for (const auto& option : knownOptions(c))
            out << "--" << option << " ";
        out << "--help\" ;;\n";
    }
    out << "    esac\n"
        << "    if [[ \"$current\" == -* ]]; then\n"
        << "        COMPREPLY=($(compgen -W \"$options\" -- \"$current\"))\n"
        << "    else\n"
        << "        COMPREPLY=($(compgen -f -- \"$current\"))\n"
        << "    fi\n"
        << "}\n"
        << "complete -o filenames -F _hiernet hiernet\n";
    return out.str();
}

} // namespace hiernet::cli
