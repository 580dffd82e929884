#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace depot::app {

/// One `--name` option known to the command line. A flag has an empty value name.
struct OptionSpec
{
    QString name;      ///< without the leading "--"
    QString valueName; ///< "SKU", "Q", ...; empty for a flag
    bool takesValue() const { return !valueName.isEmpty(); }
};

/// Splits a multi-level command line ("move adjust --sku S --qty -2 --data-dir D") into command
/// words and options, in any order. Options are looked up in one table shared by every command, so
/// an option that takes a value always consumes the next argument, even one starting with '-'
/// ("--qty -2"); "--name=value" works too. Which command accepts which option is checked by the
/// caller once the command words are known.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(depot::app::CommandLine)

public:
    explicit CommandLine(QList<OptionSpec> options);

    /// Parses `args` (without the program name). On failure returns false and errorText() says why:
    /// an unknown option, an option missing its value, or a value given to a flag.
    bool parse(const QStringList &args);
    QString errorText() const { return m_error; }

    /// The arguments that are not options, in order: the command words.
    QStringList words() const { return m_words; }
    /// The names of the options given, in order, with repetitions.
    QStringList givenOptions() const;
    bool isSet(const QString &name) const;
    /// The last value of an option, or a null string when it was not given.
    QString value(const QString &name) const;
    /// Every value of a repeatable option, in order.
    QStringList values(const QString &name) const;
    const OptionSpec *spec(const QString &name) const;

private:
    QList<OptionSpec> m_specs;
    QStringList m_words;
    QList<QPair<QString, QString>> m_given;
    QString m_error;
};

} // namespace depot::app
