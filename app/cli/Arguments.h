#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

namespace hiernet::cli {

/// Command-line options of one sub-command: `--name value`, `--name=value` and `--flag`.
/// Every option read is marked used; finish() rejects the rest, so a typo never passes silently.
class Arguments {
public:
    Arguments(const std::vector<std::string>& args, const std::set<std::string>& flags);

    bool has(const std::string& name);
    bool flag(const std::string& name);
    std::string text(const std::string& name, const std::string& fallback);
    std::string required(const std::string& name);
    double number(const std::string& name, double fallback);
    long long integer(const std::string& name, long long fallback);
    const std::vector<std::string>& positional() const { return m_positional; }
    /// Throws hiernet::Error for options that no one read.
    void finish() const;

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_used;
    std::vector<std::string> m_positional;
};

/// Every `--name` a usage text mentions: the options a sub-command knows.
std::set<std::string> optionNames(const std::string& usage);
/// The known option closest to `name` by edit distance, or "" when none is close (a typo, not another word).
std::string closestOption(const std::string& name, const std::set<std::string>& known);
/// Throws hiernet::Error naming the first `--option` in args that `command` does not know, and the
/// closest one it does. Run before parsing, so an unknown option is never taken for one that needs a value.
void rejectUnknownOptions(const std::vector<std::string>& args, const std::set<std::string>& known, const std::string& command);

double parseNumber(const std::string& option, const std::string& text);
long long parseInteger(const std::string& option, const std::string& text);

} // namespace hiernet::cli
