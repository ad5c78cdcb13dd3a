#include "commandline.h"

#include <QCoreApplication>

#include <algorithm>
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
  addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("cli", "Show this help.")));
}

void CommandLine::addOption(const QCommandLineOption &option)
{
  mParser.addOption(option);
  mOptions.push_back(option);
}

void CommandLine::addFormatOption()
{
  mHasFormat = true;
  addOption(QCommandLineOption(QStringLiteral("format"), QCoreApplication::translate("cli", "Output: table (default), json or csv."),
                               QStringLiteral("table|json|csv"), QStringLiteral("table")));
}

QString CommandLine::helpText() const
{
  // Written here rather than by QCommandLineParser::helpText(), whose headings follow Qt's own
  // translations: every line of the help is ours and translated.
  constexpr int kMaximumNameWidth = 34;
  QString help = QCoreApplication::translate("cli", "Usage: lagesbild-cli %1 %2").arg(mCommand, mUsage) + QStringLiteral("\n\n") +
                 mSummary + QStringLiteral("\n\n") + QCoreApplication::translate("cli", "Options:") + QLatin1Char('\n');
  std::vector<std::pair<QString, QString>> rows;
  int width = 0;
  for (const QCommandLineOption &option : mOptions)
  {
    QStringList names;
    for (const QString &name : option.names())
      names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString left = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
      left += QStringLiteral(" <%1>").arg(option.valueName());
    if (left.size() <= kMaximumNameWidth)
      width = std::max(width, static_cast<int>(left.size()));
    rows.emplace_back(left, option.description());
  }
  for (const auto &[left, description] : rows)
  {
    if (left.size() > width)
      help += QStringLiteral("  %1\n  %2  %3\n").arg(left, QString(width, QLatin1Char(' ')), description);
    else
      help += QStringLiteral("  %1  %2\n").arg(left, -width).arg(description);
  }
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
  err() << QCoreApplication::translate("cli", "Usage: lagesbild-cli %1 %2 (see --help)").arg(mCommand, mUsage) << '\n';
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
