// CommandLine: shared parsing, help and error reporting for every lagesbild-cli command, so
// each command file only says what it takes and what it does. Exit codes follow DESIGN.md:
// 0 success, 1 bad input (message names file, line, field), 2 usage error.
#pragma once

#include "common/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace lagesbild::cli
{

enum ExitCode
{
  ExitSuccess = 0,
  ExitBadInput = 1,
  ExitUsage = 2,
};

//! Machine-readable or human output, chosen with --format.
enum class OutputFormat
{
  Table,
  Json,
  Csv,
};

class CommandLine
{
  public:
    //! usage: the positional part, e.g. "STORE FILE..."
    CommandLine(QString command, QString summary, QString usage);

    void addOption(const QCommandLineOption &option);
    //! Adds --format json|csv|table.
    void addFormatOption();

    //! Parses arguments (those after the command name). Returns an exit code when the command
    //! must stop now (--help printed: 0; usage error printed: 2), nothing when it should run.
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional = -1);

    const QCommandLineParser &parser() const { return mParser; }
    QStringList positional() const { return mParser.positionalArguments(); }
    bool isSet(const QString &name) const { return mParser.isSet(name); }
    QString value(const QString &name) const { return mParser.value(name); }
    QStringList values(const QString &name) const { return mParser.values(name); }
    OutputFormat format() const { return mFormat; }

    //! Prints "lagesbild-cli COMMAND: message" and the usage line to stderr; returns 2.
    int usageError(const QString &message) const;

    QString helpText() const;

  private:
    QString mCommand;
    QString mSummary;
    QString mUsage;
    QCommandLineParser mParser;
    std::vector<QCommandLineOption> mOptions; //!< in the order added, for the help text
    bool mHasFormat = false;
    OutputFormat mFormat = OutputFormat::Table;
};

//! Standard output and error as UTF-8 text streams.
QTextStream &out();
QTextStream &err();

//! Prints an error to stderr and returns the exit code for it (1 for bad input, 2 for usage, …).
int reportError(const QString &command, const Error &error);

} // namespace lagesbild::cli
