#include "commandline.h"

#include <QCoreApplication>

#include <cstdio>

namespace lagesbild::cli
{

QTextStream &out()
{
  static QTextStream stream(stdout);
  return stream;
}

QTextStream &err()
{
  static QTextStream stream(stderr);
  return stream;
}

CommandLine::CommandLine(QString command, QString summary, QString usage)
  : mCommand(std::move(command)), mSummary(std::move(summary)), mUsage(std::move(usage))
{
  mParser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  mParser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
  mParser.addOption(
    QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("cli", "Show this help.")));
}

void CommandLine::addOption(const QCommandLineOption &option)
{
  mParser.addOption(option);
}

void CommandLine::addFormatOption()
{
  mHasFormat = true;
  mParser.addOption(QCommandLineOption(QStringLiteral("format"),
                                       QCoreApplication::translate("cli", "Output: table (default), json or csv."),
                                       QStringLiteral("table|json|csv"), QStringLiteral("table")));
}

QString CommandLine::helpText() const
{
  QString help = QStringLiteral("Usage: lagesbild-cli %1 %2\n\n%3\n").arg(mCommand, mUsage, mSummary);
  const QString options = mParser.helpText();
  const int at = options.indexOf(QStringLiteral("Options:"));
  if (at >= 0)
    help += QLatin1Char('\n') + options.mid(at);
  return help;
}

std::optional<int> CommandLine::parse(const QStringList &arguments, int minPositional, int maxPositional)
{
  QStringList withProgram = arguments;
  withProgram.prepend(QStringLiteral("lagesbild-cli %1").arg(mCommand));
  if (!mParser.parse(withProgram))
    return usageError(mParser.errorText());
  if (mParser.isSet(QStringLiteral("help")))
  {
    out() << helpText();
    out().flush();
    return ExitSuccess;
  }
  const int count = static_cast<int>(mParser.positionalArguments().size());
  if (count < minPositional)
    return usageError(QCoreApplication::translate("cli", "missing arguments"));
  if (maxPositional >= 0 && count > maxPositional)
    return usageError(QCoreApplication::translate("cli", "too many arguments: %1")
                        .arg(mParser.positionalArguments().mid(maxPositional).join(QLatin1Char(' '))));
  if (mHasFormat)
  {
    const QString format = mParser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("json"))
      mFormat = OutputFormat::Json;
    else if (format == QLatin1String("csv"))
      mFormat = OutputFormat::Csv;
    else if (format == QLatin1String("table"))
      mFormat = OutputFormat::Table;
    else
      return usageError(QCoreApplication::translate("cli", "unknown --format \"%1\": use table, json or csv").arg(format));
  }
  return std::nullopt;
}

int CommandLine::usageError(const QString &message) const
{
  err() << QStringLiteral("lagesbild-cli %1: %2\n").arg(mCommand, message);
  err() << QStringLiteral("Usage: lagesbild-cli %1 %2 (see --help)\n").arg(mCommand, mUsage);
  err().flush();
  return ExitUsage;
}

int reportError(const QString &command, const Error &error)
{
  err() << QStringLiteral("lagesbild-cli %1: %2\n").arg(command, error.toString());
  err().flush();
  switch (error.code)
  {
  case ErrorCode::Usage:
    return ExitUsage;
  case ErrorCode::BadInput:
  case ErrorCode::NotFound:
  case ErrorCode::StoreTooNew:
  case ErrorCode::Cancelled:
    return ExitBadInput;
  case ErrorCode::StoreError:
  case ErrorCode::Internal:
    return ExitBadInput;
  }
  return ExitBadInput;
}

} // namespace lagesbild::cli
