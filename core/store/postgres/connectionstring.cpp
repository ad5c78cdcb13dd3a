#include "connectionstring.h"

#include <QRegularExpression>
#include <QStringList>

#include <libpq-fe.h>

#include <memory>

namespace lagesbild
{

bool ConnectionString::isPostgres(const QString &text)
{
  static const QRegularExpression sKeyValue(QStringLiteral("^\\s*[A-Za-z_]+\\s*="));
  return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")) ||
         sKeyValue.match(text).hasMatch();
}

QString ConnectionString::describe(const QString &text)
{
  char *parseError = nullptr;
  PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &parseError);
  PQfreemem(parseError);
  if (!options)
    return QStringLiteral("?");
  const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> owner(options, &PQconninfoFree);
  QString service, user, host, port, database;
  for (PQconninfoOption *option = options; option->keyword; ++option)
  {
    if (!option->val)
      continue;
    const QString keyword = QString::fromLatin1(option->keyword);
    const QString value = QString::fromUtf8(option->val);
    if (keyword == QLatin1String("service"))
      service = value;
    else if (keyword == QLatin1String("user"))
      user = value;
    else if (keyword == QLatin1String("host"))
      host = value;
    else if (keyword == QLatin1String("port"))
      port = value;
    else if (keyword == QLatin1String("dbname"))
      database = value;
  }
  QString described;
  if (!service.isEmpty())
    described = QStringLiteral("service=%1").arg(service);
  if (!host.isEmpty() || !database.isEmpty())
  {
    if (!described.isEmpty())
      described += QLatin1Char(' ');
    described += (user.isEmpty() ? QString() : user + QLatin1Char('@')) + host + (port.isEmpty() ? QString() : QLatin1Char(':') + port) +
                 QLatin1Char('/') + database;
  }
  return described.isEmpty() ? QStringLiteral("PostgreSQL") : described;
}

QString ConnectionString::keyValueForm(const QString &text)
{
  char *parseError = nullptr;
  PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &parseError);
  PQfreemem(parseError);
  if (!options)
    return {};
  const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> owner(options, &PQconninfoFree);
  QStringList parts;
  for (PQconninfoOption *option = options; option->keyword; ++option)
  {
    if (!option->val || !*option->val)
      continue;
    QString value = QString::fromUtf8(option->val);
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    parts << QStringLiteral("%1='%2'").arg(QString::fromLatin1(option->keyword), value);
  }
  return parts.join(QLatin1Char(' '));
}

} // namespace lagesbild
