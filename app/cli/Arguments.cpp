#include "cli/Arguments.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <regex>

namespace hiernet::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& flags)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg.size() == 2) {
            m_positional.push_back(arg);
            continue;
        }
        const auto eq = arg.find('=');
        const auto name = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
        if (eq != std::string::npos) {
            m_values[name] = arg.substr(eq + 1);
        } else if (flags.count(name)) {
            m_values[name] = "1";
        } else {
            if (i + 1 >= args.size())
                throw Error("option --" + name + " needs a value");
            m_values[name] = args[++i];
        }
    }
}

bool Arguments::has(const std::string& name)
{
    m_used.insert(name);
    return m_values.count(name) > 0;
}

bool Arguments::flag(const std::string& name)
{
    return has(name);
}

std::string Arguments::text(const std::string& name, const std::string& fallback)
{
    return has(name) ? m_values[name] : fallback;
}

std::string Arguments::required(const std::string& name)
{
    if (!has(name))
        throw Error("option --" + name + " is required");
    return m_values[name];
}

double Arguments::number(const std::string& name, double fallback)
{
    return has(name) ? parseNumber(name, m_values[name]) : fallback;
}

long long Arguments::integer(const std::string& name, long long fallback)
{
    return has(name) ? parseInteger(name, m_values[name]) : fallback;
}

void Arguments::finish() const
{
    for (const auto& [name, value] : m_values)
        if (!m_used.count(name))
            throw Error("unknown option --" + name + " (see --help)");
}

std::set<std::string> optionNames(const std::string& usage)
{
    static const std::regex option("--([a-z0-9][a-z0-9-]*)");
    std::set<std::string> names;
    for (auto it = std::sregex_iterator(usage.begin(), usage.end(), option); it != std::sregex_iterator(); ++it)
        names.insert((*it)[1].str());
    return names;
}

namespace {
std::size_t editDistance(const std::string& a, const std::string& b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

std::string closestOption(const std::string& name, const std::set<std::string>& known)
{
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, name.size() / 3) + 1; // farther than this is another word
    for (const auto& candidate : known) {
        const auto distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

void rejectUnknownOptions(const std::vector<std::string>& args, const std::set<std::string>& known, const std::string& command)
{
    for (const auto& arg : args) {
        if (arg.rfind("--", 0) != 0 || arg.size() == 2)
            continue;
        const auto name = arg.substr(2, arg.find('=') == std::string::npos ? std::string::npos : arg.find('=') - 2);
        if (known.count(name))
            continue;
        const auto closest = closestOption(name, known);
        throw Error("unknown option --" + name + (closest.empty() ? std::string() : "; did you mean --" + closest + "?")
            + " (hiernet " + command + " --help lists its options)");
    }
}

double parseNumber(const std::string& option, const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(value))
        throw Error("--" + option + " '" + text + "' is not a number");
    return value;
}

long long parseInteger(const std::string& option, const std::string& text)
{
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0')
        throw Error("--" + option + " '" + text + "' is not a whole number");
    return value;
}

} // namespace hiernet::cli
