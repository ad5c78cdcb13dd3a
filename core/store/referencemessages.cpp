#include "referencemessages.h"

#include <QCoreApplication>

namespace lagesbild::ReferenceMessages
{

Error unknownCode(std::int64_t number, const char *field, const QString &code)
{
  const QString position = number > 0 ? QCoreApplication::translate("IncidentStore", "Incident %1").arg(number)
                                      : QCoreApplication::translate("IncidentStore", "The incident");
  return makeError(
    ErrorCode::BadInput,
    QCoreApplication::translate("IncidentStore", "%1, field %2: unknown code \"%3\".").arg(position, QString::fromLatin1(field), code));
}

} // namespace lagesbild::ReferenceMessages
