#include "cli/Arguments.h"

#include "util/Error.h"

#include <cmath>

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
