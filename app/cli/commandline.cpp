#include "commandline.h"

namespace depot::app {

CommandLine::CommandLine(QList<OptionSpec> options) : m_specs(std::move(options)) { }

const OptionSpec *CommandLine::spec(const QString &name) const
{
    for (const OptionSpec &s : m_specs) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

bool CommandLine::parse(const QStringList &args)
{
    m_words.clear();
    m_given.clear();
    m_error.clear();
    bool onlyWords = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (onlyWords || arg == u"-" || !arg.startsWith(u'-')) {
            m_words.append(arg);
            continue;
        }
        if (arg == u"--") {
            onlyWords = true;
            continue;
        }
        if (arg == u"-h") {
            m_given.append({QStringLiteral("help"), QString()});
            continue;
        }
        if (!arg.startsWith(u"--")) {
            m_error = tr("unknown option '%1'").arg(arg);
            return false;
        }
        const qsizetype equals = arg.indexOf(u'=');
        const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
        const OptionSpec *option = spec(name);
        if (!option) {
            m_error = tr("unknown option '--%1'").arg(name);
            return false;
        }
        if (!option->takesValue()) {
            if (equals >= 0) {
                m_error = tr("option '--%1' does not take a value").arg(name);
                return false;
            }
            m_given.append({name, QString()});
            continue;
        }
        if (equals >= 0) {
            m_given.append({name, arg.mid(equals + 1)});
            continue;
        }
        if (i + 1 >= args.size()) {
            m_error = tr("option '--%1' needs a value (%2)").arg(name, option->valueName);
            return false;
        }
        // The next argument is the value whatever it looks like: "--qty -2" is an adjustment of -2.
        m_given.append({name, args.at(++i)});
    }
    return true;
}

QStringList CommandLine::givenOptions() const
{
    QStringList names;
    for (const auto &[name, value] : m_given)
        names.append(name);
    return names;
}

bool CommandLine::isSet(const QString &name) const
{
    for (const auto &given : m_given) {
        if (given.first == name)
            return true;
    }
    return false;
}

QString CommandLine::value(const QString &name) const
{
    for (auto it = m_given.crbegin(); it != m_given.crend(); ++it) {
        if (it->first == name)
            return it->second.isNull() ? QStringLiteral("") : it->second;
    }
    return {};
}

QStringList CommandLine::values(const QString &name) const
{
    QStringList result;
    for (const auto &given : m_given) {
        if (given.first == name)
            result.append(given.second);
    }
    return result;
}

} // namespace depot::app
